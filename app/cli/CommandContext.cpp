// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandContext.h"

#include "IncidentRepository.h"
#include "TrashRepository.h"

namespace debrief::cli {

CommandContext::CommandContext(QTextStream& out, QTextStream& err, QString storePath)
    : m_out(out)
    , m_err(err)
    , m_storePath(std::move(storePath))
{ }

Database& CommandContext::database()
{
    if (!m_database)
        m_database = std::make_unique<Database>(m_storePath);
    return *m_database;
}

void CommandContext::error(const QString& message)
{
    m_err << "debrief-cli: " << message << Qt::endl;
}

void CommandContext::error(const QString& file, int line, const QString& message)
{
    m_err << "debrief-cli: " << file << ':' << line << ": " << message << Qt::endl;
}

std::optional<IncidentId> CommandContext::parseIncidentId(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0) {
        error(tr("'%1' is not an incident id (a positive number, see 'debrief-cli incidents')").arg(text));
        return std::nullopt;
    }
    return IncidentId {value};
}

std::optional<Incident> CommandContext::loadIncident(const QString& idText)
{
    const auto id = parseIncidentId(idText);
    if (!id)
        return std::nullopt;
    auto incident = IncidentRepository(database()).load(*id);
    if (!incident && TrashRepository(database()).contains(*id))
        error(tr("%1: incident %2 is in the trash ('debrief-cli undelete %2' brings it back)")
                  .arg(m_storePath, QString::number(id->value)));
    else if (!incident)
        error(tr("%1: no incident %2 (see 'debrief-cli incidents')").arg(m_storePath).arg(id->value));
    return incident;
}

} // namespace debrief::cli

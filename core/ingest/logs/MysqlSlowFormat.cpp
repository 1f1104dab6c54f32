// SPDX-License-Identifier: GPL-3.0-or-later
#include "MysqlSlowFormat.h"

#include "FieldsWriter.h"
#include "LooseTimestamp.h"
#include "Rfc3339Time.h"

#include <QCoreApplication>

namespace debrief {

namespace {

bool isBanner(QByteArrayView line)
{
    return line.contains(", Version: ") || line.startsWith("Tcp port: ") || line.startsWith("Time    ")
        || line.startsWith("Time                 Id");
}

// "# Time: 2021-01-26T23:45:57.678222Z" or "# Time: 091121 13:17:58" / "# Time: 091121  3:17:58".
std::optional<qint64> timeOf(QByteArrayView value, int offsetSeconds)
{
    if (const auto iso = Rfc3339Time::parsePrefix(value, offsetSeconds))
        return iso->utcMs;
    QByteArray padded = value.trimmed().toByteArray();
    if (padded.size() == 15 && padded[6] == ' ' && padded[7] == ' ')
        padded[7] = '0'; // a one-digit hour is padded with a space
    LogParseContext context;
    context.defaultOffsetSeconds = offsetSeconds;
    const auto loose = LooseTimestamp::parsePrefix(padded, context);
    return loose ? std::optional<qint64>(loose->utcMs) : std::nullopt;
}

// "Query_time: 0.011853  Lock_time: 0.011542  Rows_sent: 268": each "Name: value" pair.
void addPairs(QByteArrayView text, FieldsWriter& fields)
{
    const QList<QByteArray> words = text.toByteArray().simplified().split(' ');
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        if (words[i].endsWith(':') && words[i].size() > 1 && !words[i + 1].endsWith(':')) {
            fields.addString(words[i].chopped(1).toLower(), words[i + 1]);
            ++i;
        }
    }
}

// Continuations: every line up to the next entry's start belongs to the entry (the header block
// and the statement, however many lines it has).
class MysqlSlowParser : public LogParser
{
public:
    explicit MysqlSlowParser(const LogParseContext& context)
        : m_context(context)
    { }

    void feed(QByteArrayView line, qint64 lineNumber, QVector<LogRecord>& out) override
    {
        const bool time = line.startsWith("# Time:");
        const bool user = line.startsWith("# User@Host:");
        if (time || (user && (!m_pending || m_hasUser))) {
            flush(out);
            m_pending = LogRecord {};
            m_pending->line = lineNumber;
            m_fields.clear();
            m_statement.clear();
            m_hasUser = false;
        }
        if (!m_pending) {
            keepRaw(line, lineNumber, out);
            return;
        }
        if (time) {
            m_pending->at = timeOf(line.sliced(7).trimmed(), m_context.defaultOffsetSeconds);
            m_pending->timeText = QString::fromUtf8(line.sliced(7).trimmed());
        } else if (user) {
            m_hasUser = true;
            const QByteArrayView who = line.sliced(12).trimmed();
            const qsizetype id = who.indexOf("  Id:");
            m_fields.addString("user_host", id > 0 ? who.first(id) : who);
        } else if (line.startsWith("# ")) {
            addPairs(line.sliced(2), m_fields);
        } else if (!line.startsWith("SET timestamp=") && !line.startsWith("use ") && !line.trimmed().isEmpty()) {
            m_statement += (m_statement.isEmpty() ? "" : "\n") + line.toByteArray();
        }
    }

    void finish(QVector<LogRecord>& out) override { flush(out); }

private:
    void keepRaw(QByteArrayView line, qint64 lineNumber, QVector<LogRecord>& out)
    {
        if (line.trimmed().isEmpty())
            return;
        LogRecord raw;
        raw.line = lineNumber;
        raw.message = QString::fromUtf8(line);
        raw.unparsed = true;
        raw.nonEntry = isBanner(line);
        out.append(std::move(raw));
    }

    void flush(QVector<LogRecord>& out)
    {
        if (!m_pending)
            return;
        m_pending->message = QString::fromUtf8(m_statement);
        m_pending->service = QStringLiteral("mysql");
        m_pending->fields = m_fields.finish();
        out.append(std::move(*m_pending));
        m_pending.reset();
    }

    LogParseContext m_context;
    std::optional<LogRecord> m_pending;
    FieldsWriter m_fields;
    QByteArray m_statement;
    bool m_hasUser = false;
};

} // namespace

QString MysqlSlowFormat::name() const
{
    return QStringLiteral("mysql-slow");
}

QString MysqlSlowFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "MySQL, MariaDB and Percona slow query logs: # Time, # User@Host and "
                                       "# Query_time headers, then the statement");
}

QStringList MysqlSlowFormat::samples() const
{
    // From the real corpus (10, Percona Server under ownCloud).
    return {
        QStringLiteral("# Time: 2021-01-26T23:45:57.678222Z"),
        QStringLiteral("# User@Host: owncloud[owncloud] @ localhost []  Id:     2"),
        QStringLiteral("# Query_time: 0.011853  Lock_time: 0.011542  Rows_sent: 268  Rows_examined: 268"),
        QStringLiteral("SET timestamp=1611704757;"),
        QStringLiteral("SELECT * FROM `oc_appconfig`;"),
    };
}

double MysqlSlowFormat::matchLine(QByteArrayView line) const
{
    if (line.startsWith("# Time: ") || line.startsWith("# User@Host: ") || line.startsWith("# Query_time: "))
        return 1.0;
    if (line.startsWith("SET timestamp=") || line.startsWith("# Schema: ") || line.startsWith("# Bytes_sent: ")
        || line.startsWith("# Thread_id: ") || line.startsWith("# QC_Hit: ") || line.startsWith("# Full_scan: "))
        return 0.9;
    if (isBanner(line))
        return 0.5;
    // The statement: whatever SQL is, it follows a header; alone it says little.
    return line.startsWith("use ") || line.endsWith(';') ? 0.4 : 0.0;
}

std::unique_ptr<LogParser> MysqlSlowFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<MysqlSlowParser>(context);
}

} // namespace debrief

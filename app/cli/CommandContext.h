// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Ids.h"
#include "Incident.h"

#include <QCoreApplication>
#include <QString>
#include <QTextStream>
#include <memory>
#include <optional>

namespace debrief::cli {

// What a command runs against: the output streams and the store, opened on first use. Errors are
// printed in the contract's form `debrief-cli: FILE:LINE: message`.
class CommandContext
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    CommandContext(QTextStream& out, QTextStream& err, QString storePath);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const QString& storePath() const { return m_storePath; }

    // The store, opened (and migrated) on first call. Throws StoreError.
    Database& database();

    void error(const QString& message);
    void error(const QString& file, int line, const QString& message);
    // Parses an incident id argument; prints an error and returns none when it is not a number.
    std::optional<IncidentId> parseIncidentId(const QString& text);
    // Loads the incident named by an id argument; prints an error and returns none when the
    // argument is not an id or the store has no such incident.
    std::optional<Incident> loadIncident(const QString& idText);

private:
    QTextStream& m_out;
    QTextStream& m_err;
    QString m_storePath;
    std::unique_ptr<Database> m_database;
};

} // namespace debrief::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <stdexcept>

namespace debrief {

// Thrown by the store when SQLite refuses something: the message names the store file and what
// SQLite said, for a developer or a log; StoreFailure says it in a user's terms from the code. A
// failed write leaves the store as it was before the transaction.
class StoreError : public std::runtime_error
{
public:
    explicit StoreError(const QString& message, int sqliteCode = 0)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_code(sqliteCode)
    {
    }
    const QString& message() const { return m_message; }
    // SQLite's extended result code, 0 when the error did not come from SQLite.
    int sqliteCode() const { return m_code; }

private:
    QString m_message;
    int m_code = 0;
};

} // namespace debrief

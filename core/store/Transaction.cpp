// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"

#include <sqlite3.h>

namespace debrief {

Transaction::Transaction(Database& db)
    : m_db(db)
    , m_nested(sqlite3_get_autocommit(db.handle()) == 0)
{
    // IMMEDIATE takes the write lock now, so a second writer waits (busy_timeout) at the start
    // instead of failing half-way through. A nested one already holds it through the outer one.
    m_db.exec(m_nested ? "SAVEPOINT debrief_nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            if (m_nested) {
                // ROLLBACK TO keeps the savepoint open; RELEASE closes it, leaving the outer one going.
                m_db.exec("ROLLBACK TO debrief_nested");
                m_db.exec("RELEASE debrief_nested");
            } else {
                m_db.exec("ROLLBACK");
            }
        } catch (...) {
            // A failed rollback leaves SQLite to roll back from the journal on the next open.
        }
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE debrief_nested" : "COMMIT");
    m_done = true;
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Transaction.h"

#include "Database.h"

namespace debrief {

Transaction::Transaction(Database& db)
    : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a second writer waits (busy_timeout) at the start
    // instead of failing half-way through.
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // A failed rollback leaves SQLite to roll back from the journal on the next open.
        }
    }
}

void Transaction::commit()
{
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace debrief

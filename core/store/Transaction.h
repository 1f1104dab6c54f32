// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace debrief {

class Database;

// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() was called: every write
// of the store goes through one, so an exception or a killed process leaves nothing half-written.
// Inside another transaction it is a savepoint, so that a repository's write joins the one
// transaction of a larger operation (a document replaced together with its version history) and
// its rollback undoes only its own part.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace debrief

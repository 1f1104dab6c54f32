// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace debrief {

class Database;

// Tells a window whether another connection changed what it shows since it last asked: a CLI edit
// or import in another process, another of this process's connections. `PRAGMA data_version` says
// that some other connection committed (cheap, asked every second); a signature of what readers see
// (the incidents and their last edit, the complete log and metrics sources, document versions,
// rejected suggestions) says whether it is something to show: the hidden batches of an import
// still running are not. Changes made through `db` itself are the caller's own and never reported.
class StoreChanges
{
public:
    // Takes what `db` sees now as seen.
    explicit StoreChanges(Database& db);

    // True once for each change of what readers see that another connection made since the last call.
    bool changed();

private:
    qint64 dataVersion();
    QString signature();

    Database& m_db;
    qint64 m_version = 0;
    QString m_signature;
};

} // namespace debrief

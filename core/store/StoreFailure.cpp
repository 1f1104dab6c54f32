// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreFailure.h"

#include "StoreError.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace debrief {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoreFailure)
};
} // namespace

QString StoreFailure::describe(const StoreError& error)
{
    // The primary code is the low byte; the extended codes only refine it.
    switch (error.sqliteCode() & 0xff) {
    case SQLITE_FULL:
        return Tr::tr("the disk holding the store is full; nothing was stored");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Tr::tr("another program is writing to the store; nothing was stored, try again in a moment");
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Tr::tr("the store cannot be written (a read-only file or folder); nothing was stored");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Tr::tr("the store file is damaged; nothing was stored (open its backup, or a new store)");
    case SQLITE_IOERR:
        return Tr::tr("the disk holding the store could not be written; nothing was stored");
    case SQLITE_NOMEM:
        return Tr::tr("out of memory while storing; nothing was stored");
    case SQLITE_INTERRUPT:
        return Tr::tr("storing was interrupted; nothing was stored");
    default:
        return Tr::tr("the store refused the data; nothing was stored");
    }
}

QString StoreFailure::describeRead(const StoreError& error)
{
    if (error.sqliteCode() == 0)
        return error.message();
    switch (error.sqliteCode() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Tr::tr("another program is writing to the store; try again in a moment");
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return Tr::tr("the store cannot be read (its file or folder may not be readable)");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Tr::tr("the store file is damaged (open its backup, or a new store)");
    case SQLITE_IOERR:
        return Tr::tr("the disk holding the store could not be read");
    case SQLITE_NOMEM:
        return Tr::tr("out of memory while reading the store");
    case SQLITE_INTERRUPT:
        return Tr::tr("reading the store was interrupted");
    default:
        // "no such column" and the like: a layout this Debrief did not write.
        return Tr::tr("the store could not be read: its tables are not laid out as this Debrief writes them "
                      "(was it changed by another program?)");
    }
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace debrief {

class StoreError;

// Says why the store refused a write in a user's terms, from SQLite's result code: the disk is
// full, another program holds the store, the file is read-only or damaged. What SQLite itself said
// stays in StoreError::message() for a developer; a person importing a file sees this instead.
// Not for errors that are not the store's (a bad file, a bad query): those say what is wrong.
class StoreFailure
{
public:
    static QString describe(const StoreError& error);
    // The same for a read (an incident shown, a history listed): what could not be read and why.
    // An error that is not SQLite's is Debrief's own and already in the user's terms.
    static QString describeRead(const StoreError& error);
};

} // namespace debrief

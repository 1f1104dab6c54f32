// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace debrief {

// The store's schema as an ordered list of forward migrations: migration i brings a store from
// user_version i to i + 1. Never edit a released migration; add the next one.
struct Migration
{
    int toVersion;
    const char* sql;
};

const QList<Migration>& storeMigrations();
int currentSchemaVersion();

} // namespace debrief

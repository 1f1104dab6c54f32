// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"

#include <QString>

namespace debrief {

// Writes an incident as the canonical GFM report described in README.md beside this file.
// Deterministic; escapes user text so that it cannot break a table, inject raw HTML or a
// javascript: link.
class MarkdownExporter
{
public:
    static QString exportIncident(const Incident& incident);
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MarkdownExporter.h"
#include "PostmortemImporter.h"

namespace debrief::test {

// The report read again and written again: the same bytes when the report round-trips.
inline QString exportedAgain(const QString& report)
{
    return MarkdownExporter::exportIncident(PostmortemImporter::import(report.toUtf8(), QStringLiteral("r.md")).incident);
}

} // namespace debrief::test

// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER
#include "MarkdownExporter.h"
namespace debrief {
QString MarkdownExporter::exportIncident(const Incident& incident) { return QStringLiteral("# ") + incident.title + u'\n'; }
} // namespace debrief

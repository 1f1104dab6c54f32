// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace debrief {

// The parts of a postmortem the importer understands. Every other section is Unknown and kept
// verbatim. The order of the enumerators is the order of the exported report.
enum class SectionRole
{
    Summary,
    Impact,
    Timeline,
    RootCause,
    Whys,
    Resolution,
    Measures,
    ActionItems,
    // What went well or wrong, lessons learned: kept verbatim with its heading, like an unknown
    // section, but known, so that its items are never taken for measures.
    Lessons,
    Unknown,
};

// "summary", "impact", "timeline", "root_cause", "whys", "resolution", "measures", "action_items", "lessons", "unknown"
QString sectionRoleName(SectionRole role);
std::optional<SectionRole> sectionRoleFromName(const QString& name);

// A section heading as it stood in the imported document: lint uses these to point at a line and
// to tell a missing section from an empty one.
struct DocumentSection
{
    SectionRole role = SectionRole::Unknown;
    QString heading;   // as written, without '#' marks or trailing colon
    int line = 0;      // 1-based line of the heading
    bool empty = false; // the section had no content at all

    bool operator==(const DocumentSection&) const = default;
};

// Text the importer did not understand, kept verbatim and exported again in place. With a heading
// it is a whole section of its own placed after the known section `after` (Unknown = at the very
// start). Without a heading it is leftover text inside the known section `after`, exported at the
// end of that section.
struct UnknownSection
{
    qint64 id = 0;
    QString heading;
    int headingLevel = 2;
    QString markdown;  // the body, verbatim, without the heading line
    SectionRole after = SectionRole::Unknown;
    int sourceLine = 0;

    bool operator==(const UnknownSection&) const = default;
};

} // namespace debrief

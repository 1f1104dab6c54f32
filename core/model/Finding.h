// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace debrief {

enum class Severity
{
    Error,
    Warning,
    Info,
};

// "error", "warning", "info"
QString severityName(Severity severity);

// A lint finding: a rule id ("conflicting-root-causes"), how bad it is, a sentence for a person,
// and where it points (section heading and 1-based line; 0 when it points at no line).
struct LintFinding
{
    QString rule;
    Severity severity = Severity::Warning;
    QString message;
    QString section;
    int line = 0;

    bool operator==(const LintFinding&) const = default;
};

// Something an importer noticed while reading a file: a line it could not understand, a repaired
// encoding error. Errors abort the import; warnings and infos are reported and the import goes on.
struct ImportDiagnostic
{
    Severity severity = Severity::Warning;
    int line = 0;
    QString message;

    bool operator==(const ImportDiagnostic&) const = default;
};

} // namespace debrief

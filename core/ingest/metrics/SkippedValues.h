// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricFormat.h"

#include <QCoreApplication>

namespace debrief {

// Counts the values a metrics parser skipped and reports them without flooding: the first
// kMaxWarnings each get a warning with their line, the rest are summed up in one last warning by
// finish(). For parsers that keep going past a bad value; not for errors that end the parse.
class SkippedValues
{
public:
    static constexpr int kMaxWarnings = 20;

    void skip(MetricParseResult& result, int line, const QString& message)
    {
        if (++m_count <= kMaxWarnings)
            result.diagnostics << ImportDiagnostic {Severity::Warning, line, message};
    }

    void finish(MetricParseResult& result) const
    {
        if (m_count > kMaxWarnings)
            result.diagnostics << ImportDiagnostic {
                Severity::Warning, 0,
                QCoreApplication::translate("MetricFormat", "%n value(s) skipped in all", nullptr, int(m_count))};
    }

    qint64 count() const { return m_count; }

private:
    qint64 m_count = 0;
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#include "Finding.h"

namespace debrief {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QStringLiteral("info");
}

} // namespace debrief

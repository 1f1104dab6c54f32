// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionItem.h"
#include "Finding.h"
#include "Ids.h"
#include "TimelineKind.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

namespace debrief {

// The words and number formats the GUI shows for core values: durations ("2 h 15 min"), UTC
// times, dates, and the translated names of kinds, statuses and severities. One place, so that
// every page says "In progress" the same way and translators find the strings together. Not for
// machine-readable output: the CLI and JSON use the core's stable names.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static QString duration(std::optional<int> minutes);
    static QString date(const std::optional<QDate>& date);
    static QString dateTimeUtc(const std::optional<UtcMillis>& at);
    static QString timelineKind(TimelineKind kind);
    static QString actionStatus(ActionStatus status);
    static QString severity(Severity severity);
    // An incident's status as stored ("open", "mitigated", "resolved"), translated when known.
    static QString incidentStatus(const QString& status);
    // "—": what an empty field shows, so that a blank is visibly "not stated" rather than missing.
    static QString notStated();
};

} // namespace debrief

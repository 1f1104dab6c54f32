// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"

namespace debrief::test {

// A realistic incident with every kind of content, for the store tests.
inline Incident sampleIncident()
{
    Incident incident;
    incident.title = QStringLiteral("Login outage after connection pool change");
    incident.summary = QStringLiteral("Users could not log in for two hours.");
    incident.impact = QStringLiteral("70% of users were unable to access their accounts.");
    incident.severity = QStringLiteral("SEV1");
    incident.status = QStringLiteral("resolved");
    incident.date = QDate(2024, 8, 10);
    incident.timezone = QStringLiteral("UTC");
    incident.startedAt = UtcMillis{1723316400000}; // 2024-08-10T19:00Z
    incident.endedAt = UtcMillis{1723323600000};   // 21:00Z
    incident.statedDurationMinutes = 120;
    incident.columnNames = {{QStringLiteral("actions.title"), QStringLiteral("Action Item")},
                            {QStringLiteral("timeline.event"), QStringLiteral("What \"happened\"")}};
    incident.durationText = QStringLiteral("2 hours");
    incident.resolution = QStringLiteral("Pool size restored.");
    incident.sourcePath = QStringLiteral("/tmp/postmortem.md");
    TimelineEvent detected;
    detected.at = UtcMillis{1723316400000};
    detected.timeText = QStringLiteral("19:00 (UTC)");
    detected.text = QStringLiteral("Alert on failed logins");
    detected.kind = TimelineKind::Detection;
    detected.sourceLine = 9;
    TimelineEvent untimed;
    untimed.label = QStringLiteral("Misleading Investigation");
    untimed.text = QStringLiteral("Suspected a DDoS");
    untimed.kind = TimelineKind::RedHerring;
    untimed.sourceLine = 11;
    incident.timeline = {detected, untimed};
    incident.rootCauses = {RootCause{0, QStringLiteral("Pool misconfigured"), QStringLiteral("Issue Summary"), 7,
                                     QStringLiteral("Trigger")}};
    incident.whys = {WhyStep {0, QStringLiteral("Why did logins fail?"), QStringLiteral("The pool was exhausted."), 20},
                     WhyStep {0, QStringLiteral("Why was it exhausted?"), QString(), 21}};
    incident.measures = {MeasureGroup{0, QStringLiteral("Improve monitoring"),
                                      {QStringLiteral("Alert on pool use"), QStringLiteral("Dashboards")},
                                      QStringLiteral("Corrective and Preventative Measures"), 30}};
    ActionItem owned;
    owned.title = QStringLiteral("Add pool alerts");
    owned.owner = QStringLiteral("alice");
    owned.due = QDate(2024, 9, 1);
    owned.priority = QStringLiteral("P1");
    owned.link = QStringLiteral("https://tracker.example/OPS-1");
    owned.notes = QStringLiteral("blocked on the pool resize");
    owned.group = QStringLiteral("Detection");
    owned.type = QStringLiteral("detect");
    ActionItem done;
    done.title = QStringLiteral("Write runbook");
    done.status = ActionStatus::Done;
    incident.actionItems = {owned, done};
    incident.unknownSections = {UnknownSection{0, QStringLiteral("Glossary"), 2, QStringLiteral("Pool: the DB pool."),
                                               SectionRole::ActionItems, 50}};
    incident.sections = {DocumentSection{SectionRole::Summary, QStringLiteral("Issue Summary"), 1, false},
                         DocumentSection{SectionRole::Timeline, QStringLiteral("Timeline"), 8, false}};
    return incident;
}

// The incident as it comes back from the store: ids assigned, everything else equal.
inline Incident withoutIds(Incident incident)
{
    incident.id = {};
    for (auto& e : incident.timeline)
        e.id = 0;
    for (auto& c : incident.rootCauses)
        c.id = 0;
    for (auto& w : incident.whys)
        w.id = 0;
    for (auto& m : incident.measures)
        m.id = 0;
    for (auto& a : incident.actionItems)
        a.id = 0;
    for (auto& u : incident.unknownSections)
        u.id = 0;
    return incident;
}

} // namespace debrief::test

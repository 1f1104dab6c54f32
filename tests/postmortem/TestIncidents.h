// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Incidents built in code for the exporter and linter tests, so that they do not depend on the
// importer. referenceIncident() is tests/data/postmortem/reference.md as the importer should read it.

#include "Incident.h"

namespace debrief::testing {

inline UtcMillis utc(const char* hhmm, QDate date = QDate(2024, 8, 10))
{
    const QTime t = QTime::fromString(QLatin1String(hhmm), QLatin1String(hhmm[5] == ':' ? "HH:mm:ss" : "HH:mm"));
    return UtcMillis::fromDateTime(QDateTime(date, t, QTimeZone::utc()));
}

inline TimelineEvent timed(const char* hhmm, TimelineKind kind, const QString& text, int line = 0)
{
    TimelineEvent e;
    e.at = utc(hhmm);
    e.timeText = QLatin1String(hhmm) + QStringLiteral(" (UTC)");
    e.kind = kind;
    e.text = text;
    e.sourceLine = line;
    return e;
}

inline TimelineEvent untimed(const QString& label, TimelineKind kind, const QString& text, int line = 0)
{
    TimelineEvent e;
    e.label = label;
    e.kind = kind;
    e.text = text;
    e.sourceLine = line;
    return e;
}

inline ActionItem action(const QString& title, int line = 0)
{
    ActionItem a;
    a.title = title;
    a.sourceLine = line;
    return a;
}

inline Incident referenceIncident()
{
    Incident i;
    i.title = QStringLiteral("Authentication outage");
    i.summary = QStringLiteral("* Duration of the outage: 2 hours, from 19:00 to 21:00 (UTC) on August 10, 2024");
    i.impact = QStringLiteral("User authentication service was down and 70% of users were unable to access "
                              "their accounts on our platform.");
    i.date = QDate(2024, 8, 10);
    i.timezone = QStringLiteral("UTC");
    i.startedAt = utc("19:00");
    i.endedAt = utc("21:00");
    i.statedDurationMinutes = 120;
    i.durationText = QStringLiteral("2 hours");
    i.resolution = QStringLiteral("Increasing server capacity helped handle the traffic, but long-term solutions "
                                  "were discussed.");
    i.timeline = {
        timed("19:00", TimelineKind::Detection,
              QStringLiteral("Issue detected through monitoring alert showing a spike in failed login attempts.."), 11),
        untimed(QStringLiteral("Actions Taken"), TimelineKind::Investigation,
                QStringLiteral("Engineering team  began investigation for potential causes, initially focusing on "
                               "recent deployment of code."),
                13),
        untimed(QStringLiteral("Misleading Investigation"), TimelineKind::RedHerring,
                QStringLiteral("The initial investigation led to considering a Distributed Denial-of-Service (DDoS) "
                               "attack due to high volume of requests."),
                15),
        timed("20:00", TimelineKind::Investigation,
              QStringLiteral("After an hour of investigation, the initial assumption was eliminated and focus was "
                             "shifed to backend services."),
              17),
        timed("20:30", TimelineKind::Investigation,
              QStringLiteral("The development team identified that the issue was database-related and pointed to "
                             "connection configuration."),
              19),
        timed("20:45", TimelineKind::Fix, QStringLiteral("Code implementation was fixed and tested."), 21),
        timed("21:00", TimelineKind::Resolution,
              QStringLiteral("The issue was resolved and users becam able to log into their accounts.."), 23),
    };
    i.rootCauses = {
        {0, QStringLiteral("a misconfiguration in database connection pool that happened in the latest deployment."),
         QStringLiteral("Issue Summary"), 7, QStringLiteral("Root Cause")},
        {0,
         QStringLiteral("The flash sale generated an unexpected surge in traffic, causing the web servers to "
                        "become overloaded."),
         QStringLiteral("Root Cause and Resolution"), 27, QStringLiteral("Root Cause")},
    };
    const QString measures = QStringLiteral("Corrective and Preventative Measures");
    i.measures = {
        {0,
         QStringLiteral("Improve deployment procedures"),
         {QStringLiteral("Implement stricter code review processes for configuration changes"),
          QStringLiteral("Add pre-deployment checklist including verification of critical settings")},
         measures,
         33},
        {0,
         QStringLiteral("Enhance monitoring and alerting"),
         {QStringLiteral("Set up alerts for database connection pool utilization")},
         measures,
         37},
    };
    i.actionItems = {
        action(QStringLiteral("Update deployment scripts to include configuration validation steps."), 59),
        action(QStringLiteral("Configure new alerts in our monitoring system for database connection pool metrics."),
               61),
    };
    i.sections = {
        {SectionRole::Summary, QStringLiteral("Issue Summary"), 1, false},
        {SectionRole::Timeline, QStringLiteral("Timeline"), 9, false},
        {SectionRole::RootCause, QStringLiteral("Root Cause and Resolution"), 25, false},
        {SectionRole::Measures, QStringLiteral("Corrective and Preventative Measures"), 31, false},
        {SectionRole::ActionItems, QStringLiteral("TODO List"), 57, false},
    };
    return i;
}

} // namespace debrief::testing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "Incident.h"
#include "IncidentRepository.h"
#include "MetricRepository.h"
#include "Transaction.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTimeZone>

namespace debrief::testing {

// The date the GUI tests treat as today, so that "overdue" never depends on the clock.
inline QDate guiTestToday()
{
    return QDate(2024, 10, 1);
}

inline UtcMillis utc(int hour, int minute)
{
    return UtcMillis::fromDateTime(QDateTime(QDate(2024, 8, 10), QTime(hour, minute), QTimeZone::utc()));
}

inline TimelineEvent timelineEvent(std::optional<UtcMillis> at, const QString& label, const QString& text,
                                   TimelineKind kind)
{
    TimelineEvent e;
    e.at = at;
    e.label = label;
    e.text = text;
    e.kind = kind;
    if (at)
        e.timeText = at->toDateTime().toString(QStringLiteral("HH:mm")) + QStringLiteral(" (UTC)");
    return e;
}

inline ActionItem actionItem(const QString& title, const QString& owner, std::optional<QDate> due, ActionStatus status,
                             const QString& priority)
{
    ActionItem item;
    item.title = title;
    item.owner = owner;
    item.due = due;
    item.status = status;
    item.priority = priority;
    return item;
}

// The reference postmortem's shape, built in code: two disagreeing root causes, untimed entries,
// grouped measures and action items in every status (one of them overdue on guiTestToday()).
inline Incident loginOutage()
{
    Incident incident;
    incident.title = QStringLiteral("Authentication outage");
    incident.summary = QStringLiteral("Users could not log in for **two hours**.");
    incident.impact = QStringLiteral("70% of users were unable to access their accounts.");
    incident.severity = QStringLiteral("SEV1");
    incident.status = QStringLiteral("resolved");
    incident.date = QDate(2024, 8, 10);
    incident.timezone = QStringLiteral("UTC");
    incident.startedAt = utc(19, 0);
    incident.endedAt = utc(21, 0);
    incident.statedDurationMinutes = 120;
    incident.durationText = QStringLiteral("2 hours");
    incident.resolution = QStringLiteral("Increasing server capacity helped handle the traffic.");
    incident.timeline = {
        timelineEvent(utc(19, 0), {}, QStringLiteral("Monitoring alert: spike in failed logins."),
                      TimelineKind::Detection),
        timelineEvent({}, QStringLiteral("Actions Taken"), QStringLiteral("Team began investigating the deployment."),
                      TimelineKind::Investigation),
        timelineEvent({}, QStringLiteral("Misleading Investigation"), QStringLiteral("Suspected a DDoS attack."),
                      TimelineKind::RedHerring),
        timelineEvent(utc(20, 30), {}, QStringLiteral("Identified a database connection pool misconfiguration."),
                      TimelineKind::Investigation),
        timelineEvent(utc(20, 45), {}, QStringLiteral("Configuration fixed and tested."), TimelineKind::Fix),
        timelineEvent(utc(21, 0), {}, QStringLiteral("Users able to log in again."), TimelineKind::Resolution),
    };
    incident.rootCauses = {
        RootCause {0, QStringLiteral("A misconfiguration in the database connection pool."),
                   QStringLiteral("Issue Summary"), 5, QString()},
        RootCause {0, QStringLiteral("The flash sale overloaded the web servers."),
                   QStringLiteral("Root Cause and Resolution"), 27, QString()},
    };
    incident.measures = {
        MeasureGroup {0,
                      QStringLiteral("Improve deployment procedures"),
                      {QStringLiteral("Stricter review of configuration changes")},
                      QStringLiteral("Corrective and Preventative Measures"),
                      33},
        MeasureGroup {0,
                      QStringLiteral("Enhance monitoring"),
                      {QStringLiteral("Alert on pool utilisation"), QStringLiteral("Dashboards for auth latency")},
                      QStringLiteral("Corrective and Preventative Measures"),
                      37},
    };
    incident.actionItems = {
        actionItem(QStringLiteral("Add pool size check to CI"), QStringLiteral("alice"), QDate(2024, 9, 1),
                   ActionStatus::Open, QStringLiteral("P1")),
        actionItem(QStringLiteral("Load test before sales"), QStringLiteral("bob"), QDate(2099, 1, 1),
                   ActionStatus::InProgress, QStringLiteral("P2")),
        actionItem(QStringLiteral("Write pool runbook"), {}, std::nullopt, ActionStatus::Done, {}),
        actionItem(QStringLiteral("Rewrite auth service"), QStringLiteral("carol"), QDate(2024, 8, 20),
                   ActionStatus::WontDo, QStringLiteral("P3")),
    };
    return incident;
}

inline Incident checkoutLatency()
{
    Incident incident;
    incident.title = QStringLiteral("Checkout latency");
    incident.severity = QStringLiteral("SEV3");
    incident.status = QStringLiteral("mitigated");
    incident.date = QDate(2024, 6, 1);
    incident.timeline = {timelineEvent({}, {}, QStringLiteral("Slow checkout reported."), TimelineKind::Detection)};
    return incident;
}

// A store in a temporary folder holding loginOutage() and checkoutLatency().
class GuiTestStore
{
public:
    GuiTestStore()
        : m_path(m_dir.filePath(QStringLiteral("incidents.sqlite")))
    {
        Database db(m_path);
        IncidentRepository repository(db);
        m_login = repository.create(loginOutage());
        m_checkout = repository.create(checkoutLatency());
    }

    bool isValid() const { return m_dir.isValid(); }
    const QString& path() const { return m_path; }
    IncidentId login() const { return m_login; }
    IncidentId checkout() const { return m_checkout; }
    QString tempFile(const QString& name) const { return m_dir.filePath(name); }

    // A metric series of the login incident with `points`, in one transaction; its summary back.
    MetricSeriesSummary addSeries(const QString& name, const QVector<MetricPoint>& points,
                                  const QString& unit = {}) const
    {
        Database db(m_path);
        MetricRepository repository(db);
        Transaction transaction(db);
        const qint64 id = repository.insertSeries(m_login, 0, name, {}, unit).id;
        repository.insertPoints(id, points);
        transaction.commit();
        for (const MetricSeriesSummary& summary : repository.seriesSummaries(m_login)) {
            if (summary.id == id)
                return summary;
        }
        return {};
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    IncidentId m_login;
    IncidentId m_checkout;
};

} // namespace debrief::testing

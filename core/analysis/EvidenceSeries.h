// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChangePointDetector.h"
#include "MetricPoint.h"

#include <QString>
#include <QVector>

namespace debrief {

// One series the suggestions read: a stored metric series or a log level's rate, its points by
// time, whether a rise of it means trouble, and how its changes are detected.
struct EvidenceSeries
{
    QString name; // metric name, or "log_rate"
    QString labels; // "key=value,..."
    QString displayName; // how a sentence names it: "auth_failed_logins{instance=a}", "error log entries"
    qint64 seriesId = 0; // the metric_series row; 0 for a log rate
    // Errors, failures, timeouts, waiting, latency: a rise is the incident showing, its fall the
    // recovery. Other series (traffic, utilisation, a configured limit) are context: their
    // changes are suggested as notes.
    bool errorSignal = false;
    QVector<MetricPoint> points;
    ChangePointDetector::Options detection;

    // Whether a metric's name or labels say that it counts trouble (see errorSignal).
    static bool looksLikeErrorSignal(const QString& name, const QString& labels);
};

} // namespace debrief

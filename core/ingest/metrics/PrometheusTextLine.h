// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QPair>
#include <QString>
#include <QVector>

namespace debrief {

// One sample line of the Prometheus text exposition format (0.0.4) or OpenMetrics 1.0, taken
// apart: `name{label="value",...} value [timestamp] [# exemplar]`. Label values are unescaped
// (\\, \" and \n; another backslash pair is kept as written, as Prometheus does). The timestamp
// is returned as text, because its unit depends on the dialect (milliseconds in 0.0.4, seconds
// in OpenMetrics), which only the whole document tells. Not for # lines (HELP, TYPE, UNIT, EOF).
class PrometheusTextLine
{
public:
    struct Sample
    {
        QString name;
        QVector<QPair<QString, QString>> labels; // in the order of the line
        double value = 0.0;
        QByteArrayView timestamp; // empty when the sample has none
    };

    // Parses `line` (without its line break) into `sample`, or returns false with `error` set.
    static bool parse(QByteArrayView line, Sample& sample, QString& error);
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvNumber.h"
#include "MetricFormat.h"

#include <QByteArray>
#include <QVector>

namespace debrief {

// One value column of a CSV export on its way to a series: collects the column's cells as
// points, remembers which unit each value was written in and where unparseable cells were, and
// at the end applies the CSV formats' shared policy (see finishAll). Shared by the Grafana,
// generic and Influx CSV formats; not a parser itself (it never sees a row).
class CsvColumnSeries
{
public:
    CsvColumnSeries() = default;
    CsvColumnSeries(MetricSeriesData series, QString columnName);

    void add(qint64 at, const CsvNumber::Cell& cell, int line);
    void addNumber(qint64 at, double value) { m_series.points.append(MetricPoint {at, value}); }
    void addGap(qint64 at);
    void addText(qint64 at, int line);

    MetricSeriesData& series() { return m_series; }
    const QString& columnName() const { return m_columnName; }
    qint64 numbers() const { return m_numbers; }
    qint64 texts() const { return m_texts; }

    // The policy, per column: a column with text and no number at all is a text column and is
    // left out with a note; one that is mostly text fails the file (a shifted or misread column
    // would store wrong numbers); otherwise text cells are gaps with a warning naming line and
    // column. Values written in several units of one family are converted to the family's base
    // unit (B, s, ...), with a note; units of different families fail the file. Returns false
    // after filling result.error; else appends the series, gaps and diagnostics to `result`.
    static bool finishAll(QVector<CsvColumnSeries>& columns, MetricParseResult& result);

private:
    int unitIndex(QByteArrayView unit, int line);
    bool reconcileUnits(MetricParseResult& result);

    MetricSeriesData m_series;
    QString m_columnName;
    QVector<QByteArray> m_units; // distinct units in order of appearance ("" included)
    QVector<int> m_unitFirstLine; // the line each unit first appeared on
    QVector<qint8> m_unitOfPoint; // index into m_units, -1 for gaps; empty while one unit
    QVector<int> m_textLines; // the first few lines with unparseable cells
    qint64 m_numbers = 0;
    qint64 m_texts = 0;
    qint64 m_gaps = 0;
};

} // namespace debrief

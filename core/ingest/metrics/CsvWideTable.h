// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CsvColumnSeries.h"
#include "CsvReader.h"
#include "MetricFormat.h"

#include <QVector>

namespace debrief {

// The rows of a "wide" CSV table, one time column and one column per series (Grafana's "series
// joined by time", a generic CSV): checks each row's field count against the header, reads the
// time cell and hands each value cell to its column. Shared by the Grafana and generic CSV
// formats; it does not find the header or decide which columns are values (the formats do).
class CsvWideTable
{
public:
    struct Column
    {
        int index = 0; // field index in the row
        CsvColumnSeries series;
    };

    CsvWideTable(int fieldCount, int timeColumn, QVector<Column> columns);

    // Reads records until the end, or until a blank line when `stopAtBlankLine` (Grafana ends
    // each frame with one). A row with another field count fails the file: its values cannot be
    // matched to columns, and quietly shifting them would store wrong numbers. A row whose time
    // cannot be read is skipped with a warning; when most rows are, the file fails.
    bool read(CsvReader& reader, const MetricParseContext& context, bool stopAtBlankLine, MetricParseResult& result);
    // Adds the assumed-zone note, then CsvColumnSeries::finishAll.
    bool finish(const MetricParseContext& context, MetricParseResult& result);

    qint64 rows() const { return m_rows; }

private:
    bool checkFieldCount(const CsvReader& reader, MetricParseResult& result) const;

    int m_fieldCount = 0;
    int m_timeColumn = 0;
    QVector<Column> m_columns;
    qint64 m_rows = 0;
    qint64 m_badTimes = 0;
    int m_firstBadTimeLine = 0;
    int m_firstZonelessLine = 0;
};

// "no zone: read as UTC+02:00" once for a file whose formatted times had no zone.
void noteAssumedZone(int line, const MetricParseContext& context, MetricParseResult& result);
QString offsetText(int offsetSeconds);

} // namespace debrief

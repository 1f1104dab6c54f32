// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "MetricFormat.h"

namespace debrief {

class CsvReader;

// Any CSV or TSV (',' ';' or tab) with a header row, one time column and value columns: sar's
// `sadf -d`, sqlite3 -csv, spreadsheet exports, scripts. The time column is the first whose name
// is time, timestamp, ts, date, datetime, _time or @timestamp (any case), else the first whose
// values all read as times (ISO 8601, "YYYY-MM-DD HH:MM:SS", epoch seconds or milliseconds by
// magnitude). Every other column is a series named after its header; a column of text (a host
// name) is left out with a note, unparseable cells in a numeric column are gaps with a warning.
// A row with another field count than the header fails the file, naming the line. Not for files
// without a header row, nor for "long" tables with a series-name column (their timestamps would
// repeat; Grafana's "Series,Time,Value" has its own format).
class GenericCsvFormat : public MetricFormat
{
public:
    QString name() const override;
    QString description() const override;
    QString sample() const override;
    double match(QByteArrayView head) const override;
    MetricParseResult parse(QByteArrayView bytes, const MetricParseContext& context) const override;

    // The header's field `index` without quotes, spaces, or the "# " that sadf puts before it.
    static QString headerName(const CsvReader& header, qsizetype index);
    // The time column of the table whose header is the current record of `reader`, looking at
    // up to `sampleRows` data rows after it; -1 when there is none. `byName` says how it was found.
    static int findTimeColumn(QByteArrayView bytes, int sampleRows, bool* byName);
};

} // namespace debrief

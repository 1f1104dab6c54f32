// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenericCsvFormat.h"

#include "CsvReader.h"
#include "CsvTime.h"
#include "CsvWideTable.h"
#include "GrafanaCsvFormat.h"

#include <QCoreApplication>

namespace debrief {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MetricFormat", text);
}

bool isTimeName(const QString& name)
{
    static const QStringList names
        = {QStringLiteral("time"),     QStringLiteral("timestamp"), QStringLiteral("ts"),        QStringLiteral("date"),
           QStringLiteral("datetime"), QStringLiteral("_time"),     QStringLiteral("@timestamp")};
    return names.contains(name, Qt::CaseInsensitive);
}

// Advances to the first non-blank record, the header.
bool readHeader(CsvReader& reader)
{
    while (reader.next()) {
        if (!reader.isBlank())
            return true;
    }
    return false;
}

bool looksLikeTime(QByteArrayView cell)
{
    const std::optional<CsvTime::Value> time = CsvTime::parse(cell, 0);
    return time && (!time->epoch || CsvTime::plausible(time->utcMs));
}

bool isText(QByteArrayView bytes)
{
    for (const char c : bytes.first(qMin<qsizetype>(bytes.size(), 4096))) {
        if (c == '\0' || (uchar(c) < 0x20 && c != '\n' && c != '\r' && c != '\t'))
            return false;
    }
    return true;
}

} // namespace

QString GenericCsvFormat::headerName(const CsvReader& header, qsizetype index)
{
    QString name = QString::fromUtf8(header.field(index)).trimmed();
    if (index == 0 && name.startsWith(QLatin1Char('#')))
        name = name.mid(1).trimmed();
    return name;
}

int GenericCsvFormat::findTimeColumn(QByteArrayView bytes, int sampleRows, bool* byName)
{
    CsvReader reader(bytes);
    if (!readHeader(reader))
        return -1;
    const int columns = int(reader.size());
    for (int i = 0; i < columns; ++i) {
        if (isTimeName(headerName(reader, i))) {
            *byName = true;
            return i;
        }
    }
    *byName = false;
    // By content: a column whose sampled cells are all times (and at least one row has one).
    QVector<bool> candidate(columns, true);
    int rows = 0;
    while (rows < sampleRows && reader.next()) {
        if (reader.isBlank())
            continue;
        ++rows;
        for (int i = 0; i < columns; ++i)
            candidate[i] = candidate[i] && i < reader.size() && looksLikeTime(reader.field(i));
    }
    if (rows == 0)
        return -1;
    return int(candidate.indexOf(true));
}

QString GenericCsvFormat::name() const
{
    return QStringLiteral("csv");
}

QString GenericCsvFormat::description() const
{
    return QCoreApplication::translate(
        "MetricFormat",
        "CSV or TSV with a header, a time column (by name or content) and one numeric column per series");
}

QString GenericCsvFormat::sample() const
{
    return QStringLiteral("timestamp,host,cpu_percent,pool_in_use\n"
                          "2024-08-10T19:00:00Z,db1,41.5,20\n"
                          "2024-08-10T19:00:30Z,db1,87.25,50\n"
                          "2024-08-10T19:01:00Z,db1,93,50\n");
}

double GenericCsvFormat::match(QByteArrayView head) const
{
    if (!isText(head))
        return 0.0;
    CsvReader reader(head);
    if (!readHeader(reader) || reader.size() < 2 || headerName(reader, 0).startsWith(QLatin1String("datatype")))
        return 0.0;
    bool byName = false;
    const int time = findTimeColumn(head, 200, &byName);
    if (time < 0)
        return 0.05;
    return byName ? 0.5 : 0.4;
}

MetricParseResult GenericCsvFormat::parse(QByteArrayView bytes, const MetricParseContext& context) const
{
    MetricParseResult result;
    CsvReader reader(bytes);
    if (!readHeader(reader)) {
        result.error = tr("the file is empty");
        return result;
    }
    bool byName = false;
    const int time = findTimeColumn(bytes, 1000, &byName);
    if (time < 0 || reader.size() < 2) {
        result.error = reader.size() < 2
            ? tr("expected a header with a time column and at least one value column")
            : tr("no time column: no header is named time, timestamp, ts, date, datetime, _time or @timestamp, "
                 "and no column holds only times");
        result.errorLine = reader.line();
        return result;
    }
    if (!byName) {
        result.diagnostics.append(ImportDiagnostic {
            Severity::Info, reader.line(),
            tr("column \"%1\" holds times and was taken as the time column").arg(headerName(reader, time))});
    }
    QVector<CsvWideTable::Column> columns;
    for (int i = 0; i < reader.size(); ++i) {
        if (i == time)
            continue;
        const QString header = headerName(reader, i);
        MetricSeriesData series = GrafanaCsvFormat::seriesFromHeader(header);
        if (series.name.isEmpty())
            series.name = tr("column %1").arg(i + 1);
        columns.append({i, CsvColumnSeries(std::move(series), header)});
    }
    CsvWideTable table(int(reader.size()), time, std::move(columns));
    if (!table.read(reader, context, false, result) || !table.finish(context, result))
        return result;
    if (table.rows() == 0) {
        result.diagnostics.append(ImportDiagnostic {Severity::Warning, 0, tr("the file has a header but no rows")});
    }
    result.ok = true;
    return result;
}

} // namespace debrief

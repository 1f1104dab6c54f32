// SPDX-License-Identifier: GPL-3.0-or-later
#include "GrafanaCsvFormat.h"

#include "CsvReader.h"
#include "CsvTime.h"
#include "CsvWideTable.h"

#include <QCoreApplication>
#include <QHash>

namespace debrief {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MetricFormat", text);
}

QString cellText(QByteArrayView field)
{
    return QString::fromUtf8(field).trimmed();
}

enum class Layout
{
    None,
    Joined, // "Time","A","B"
    Rows, // "Series","Time","Value"
};

struct RowColumns
{
    int series = -1, time = -1, value = -1;
};

RowColumns rowColumns(const CsvReader& header)
{
    RowColumns columns;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = cellText(header.field(i));
        if (name.compare(QLatin1String("Series"), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String("Metric"), Qt::CaseInsensitive) == 0)
            columns.series = i;
        else if (name.compare(QLatin1String("Time"), Qt::CaseInsensitive) == 0)
            columns.time = i;
        else if (name.compare(QLatin1String("Value"), Qt::CaseInsensitive) == 0)
            columns.value = i;
    }
    return columns;
}

Layout layoutOf(const CsvReader& header)
{
    const RowColumns rows = rowColumns(header);
    if (header.size() == 3 && rows.series >= 0 && rows.time >= 0 && rows.value >= 0)
        return Layout::Rows;
    if (header.size() >= 2 && cellText(header.field(0)).compare(QLatin1String("Time"), Qt::CaseInsensitive) == 0)
        return Layout::Joined;
    return Layout::None;
}

// One frame of the joined layout: the header is the current record of `reader`.
bool readJoinedFrame(CsvReader& reader, const MetricParseContext& context, MetricParseResult& result)
{
    QVector<CsvWideTable::Column> columns;
    for (int i = 1; i < reader.size(); ++i) {
        const QString header = cellText(reader.field(i));
        columns.append({i, CsvColumnSeries(GrafanaCsvFormat::seriesFromHeader(header), header)});
    }
    CsvWideTable table(int(reader.size()), 0, std::move(columns));
    return table.read(reader, context, true, result) && table.finish(context, result);
}

bool readRows(CsvReader& reader, const MetricParseContext& context, MetricParseResult& result)
{
    const RowColumns at = rowColumns(reader);
    QVector<CsvColumnSeries> series;
    QHash<QByteArray, int> bySeries;
    QByteArray lastName;
    int last = -1;
    int firstZoneless = 0;
    while (reader.next()) {
        if (reader.isBlank())
            continue;
        if (reader.unterminatedQuote() || reader.size() != 3) {
            result.error = reader.unterminatedQuote()
                ? tr("a quoted field starts here and is never closed")
                : tr("this row has %1 fields, the header has 3").arg(reader.size());
            result.errorLine = reader.line();
            return false;
        }
        const std::optional<CsvTime::Value> time = CsvTime::parse(reader.field(at.time), context.defaultOffsetSeconds);
        if (!time) {
            result.error
                = tr("\"%1\" is not a time").arg(QString::fromUtf8(CsvReader::clipped(reader.field(at.time), 64)));
            result.errorLine = reader.line();
            return false;
        }
        if (!time->hasZone && firstZoneless == 0)
            firstZoneless = reader.line();
        // The legacy export writes each series' rows together: look up only on a change.
        const QByteArrayView name = reader.field(at.series);
        if (last < 0 || name != lastName) {
            lastName = name.toByteArray();
            auto it = bySeries.find(lastName);
            if (it == bySeries.end()) {
                const QString header = cellText(name);
                it = bySeries.insert(lastName, int(series.size()));
                series.append(CsvColumnSeries(GrafanaCsvFormat::seriesFromHeader(header), header));
            }
            last = it.value();
        }
        series[last].add(time->utcMs, CsvNumber::parse(reader.field(at.value), reader.delimiter()), reader.line());
    }
    noteAssumedZone(firstZoneless, context, result);
    return CsvColumnSeries::finishAll(series, result);
}

// Reads `"value"` with backslash escapes from `text` at `pos`.
bool readQuotedLabel(const QString& text, qsizetype& pos, QString& out)
{
    if (pos >= text.size() || text.at(pos) != QLatin1Char('"'))
        return false;
    for (++pos; pos < text.size(); ++pos) {
        const QChar c = text.at(pos);
        if (c == QLatin1Char('"')) {
            ++pos;
            return true;
        }
        if (c == QLatin1Char('\\') && pos + 1 < text.size()) {
            const QChar e = text.at(++pos);
            out.append(e == QLatin1Char('n') ? QLatin1Char('\n') : e);
        } else {
            out.append(c);
        }
    }
    return false;
}

} // namespace

MetricSeriesData GrafanaCsvFormat::seriesFromHeader(const QString& header)
{
    MetricSeriesData plain;
    plain.name = header;
    const qsizetype open = header.indexOf(QLatin1Char('{'));
    if (open < 0 || !header.endsWith(QLatin1Char('}')))
        return plain;
    QVector<QPair<QString, QString>> labels;
    qsizetype pos = open + 1;
    const qsizetype close = header.size() - 1;
    while (pos < close) {
        while (pos < close && (header.at(pos) == QLatin1Char(' ') || header.at(pos) == QLatin1Char(',')))
            ++pos;
        if (pos >= close)
            break;
        const qsizetype eq = header.indexOf(QLatin1Char('='), pos);
        if (eq < 0 || eq >= close)
            return plain;
        const QString key = header.mid(pos, eq - pos).trimmed();
        pos = eq + 1;
        QString value;
        if (key.isEmpty() || !readQuotedLabel(header, pos, value) || pos > close)
            return plain;
        labels.append({key, value});
    }
    MetricSeriesData series;
    series.name = header.left(open).trimmed();
    for (const auto& label : std::as_const(labels)) {
        if (series.name.isEmpty() && label.first == QLatin1String("__name__"))
            series.name = label.second;
    }
    if (series.name.isEmpty())
        series.name = header;
    labels.removeIf([](const auto& label) { return label.first == QLatin1String("__name__"); });
    series.labels = canonicalLabels(std::move(labels));
    return series;
}

QString GrafanaCsvFormat::name() const
{
    return QStringLiteral("grafana-csv");
}

QString GrafanaCsvFormat::description() const
{
    return QCoreApplication::translate(
        "MetricFormat",
        "Grafana panel CSV export: series joined by time or series as rows, formatted or epoch times, units in values");
}

QString GrafanaCsvFormat::sample() const
{
    return QStringLiteral("sep=,\r\n"
                          "\"Time\",\"auth_failed_logins{service=\"\"auth\"\"}\",\"db_pool_wait\"\r\n"
                          "2024-08-10 19:00:00,12,45.2 ms\r\n"
                          "2024-08-10 19:00:30,96,1.20 s\r\n"
                          "2024-08-10 19:01:00,,980 ms\r\n"
                          "\r\n");
}

double GrafanaCsvFormat::match(QByteArrayView head) const
{
    CsvReader reader(head);
    while (reader.next() && reader.isBlank()) { }
    const Layout layout = layoutOf(reader);
    if (layout == Layout::None)
        return 0.0;
    const qsizetype start = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const qsizetype headerAt = reader.hadSepLine() ? head.indexOf('\n') + 1 : start;
    const bool quotedHeader = headerAt >= 0 && headerAt < head.size() && head.at(headerAt) == '"';
    // Grafana quotes every header it writes; an unquoted "time,..." is any tool's CSV, which the
    // generic format (0.5 by name) should take.
    double score = layout == Layout::Rows ? 0.9 : 0.45;
    if (quotedHeader)
        score += 0.35;
    if (reader.hadSepLine())
        score += 0.05;
    if (layout == Layout::Joined) {
        // The first data row must start with a time, or this is some other table with a "Time" column.
        if (!reader.next() || !CsvTime::parse(reader.field(0), 0))
            return reader.isBlank() || reader.size() == 0 ? score * 0.5 : 0.1;
    }
    return qMin(score, 0.98);
}

MetricParseResult GrafanaCsvFormat::parse(QByteArrayView bytes, const MetricParseContext& context) const
{
    MetricParseResult result;
    CsvReader reader(bytes);
    bool any = false;
    while (reader.next()) {
        if (reader.isBlank())
            continue;
        const Layout layout = layoutOf(reader);
        if (layout == Layout::None) {
            result.error = any ? tr("expected the header of the next frame (\"Time\", then one column per series)")
                               : tr("not a Grafana CSV export: expected a \"Time\" column first, or "
                                    "\"Series\", \"Time\" and \"Value\" columns");
            result.errorLine = reader.line();
            return result;
        }
        any = true;
        const bool ok
            = layout == Layout::Rows ? readRows(reader, context, result) : readJoinedFrame(reader, context, result);
        if (!ok)
            return result;
    }
    if (!any) {
        result.error = tr("the file is empty");
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace debrief

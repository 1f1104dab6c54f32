// SPDX-License-Identifier: GPL-3.0-or-later
#include "InfluxAnnotatedCsvFormat.h"

#include "CsvColumnSeries.h"
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

enum class Type
{
    Untyped, // no #datatype: read like any CSV cell
    Number, // double, long, unsignedLong
    Boolean,
    Time,
    Other, // string, duration, base64Binary
};

Type typeOf(QByteArrayView datatype)
{
    if (datatype.isEmpty())
        return Type::Untyped;
    if (datatype == "double" || datatype == "long" || datatype == "unsignedLong")
        return Type::Number;
    if (datatype == "boolean")
        return Type::Boolean;
    if (datatype.startsWith("dateTime"))
        return Type::Time;
    return Type::Other;
}

bool isReserved(const QByteArray& name)
{
    return name.isEmpty() || name == "result" || name == "table" || name == "_start" || name == "_stop"
        || name == "_time" || name == "_measurement" || name == "_field";
}

// One block: the annotations and header that the rows after them are read with.
struct Block
{
    QVector<QByteArray> datatypes, defaults, names;
    int time = -1, measurement = -1, field = -1;
    QVector<int> values, tags;
    bool hasHeader = false;

    void reset() { *this = Block(); }
    QByteArrayView cell(const CsvReader& row, int i) const
    {
        const QByteArrayView v = row.field(i);
        return v.isEmpty() && i < defaults.size() ? QByteArrayView(defaults.at(i)) : v;
    }
    Type type(int i) const { return i < datatypes.size() ? typeOf(datatypes.at(i)) : Type::Untyped; }
    void readHeader(const CsvReader& header)
    {
        hasHeader = true;
        for (int i = 0; i < header.size(); ++i)
            names.append(header.field(i).trimmed().toByteArray());
        time = int(names.indexOf("_time"));
        measurement = int(names.indexOf("_measurement"));
        field = int(names.indexOf("_field"));
        const int value = int(names.indexOf("_value"));
        for (int i = 0; i < names.size(); ++i) {
            const bool numeric = type(i) == Type::Number || type(i) == Type::Boolean;
            if (i == value || (value < 0 && numeric && !isReserved(names.at(i))))
                values.append(i);
            else if (!isReserved(names.at(i)) && type(i) != Type::Time)
                tags.append(i);
        }
    }
};

struct Parser
{
    const MetricParseContext& context;
    MetricParseResult& result;
    QVector<CsvColumnSeries> series;
    QHash<QByteArray, int> byKey;
    QByteArray key;
    int firstZoneless = 0;

    bool fail(int line, const QString& message)
    {
        result.error = message;
        result.errorLine = line;
        return false;
    }

    int seriesFor(const Block& block, const CsvReader& row, int value)
    {
        key.clear();
        key.append(QByteArray::number(value)).append('\x1f');
        for (const int i : std::as_const(block.tags))
            key.append(block.cell(row, i)).append('\x1f');
        if (block.measurement >= 0)
            key.append(block.cell(row, block.measurement)).append('\x1f');
        if (block.field >= 0)
            key.append(block.cell(row, block.field));
        const auto it = byKey.constFind(key);
        if (it != byKey.cend())
            return it.value();
        MetricSeriesData data;
        const QString measurement
            = block.measurement >= 0 ? QString::fromUtf8(block.cell(row, block.measurement)) : QString();
        const QString field = block.field >= 0 ? QString::fromUtf8(block.cell(row, block.field))
                                               : QString::fromUtf8(block.names.at(value));
        data.name = measurement.isEmpty() ? field
            : field.isEmpty()             ? measurement
                                          : measurement + QLatin1Char('_') + field;
        for (const int i : std::as_const(block.tags))
            data.labels.append({QString::fromUtf8(block.names.at(i)), QString::fromUtf8(block.cell(row, i))});
        data.labels = canonicalLabels(std::move(data.labels));
        const QString column = data.name.isEmpty() ? QString::fromUtf8(block.names.at(value)) : data.name;
        series.append(CsvColumnSeries(std::move(data), column));
        byKey.insert(key, int(series.size() - 1));
        return int(series.size() - 1);
    }

    void addValue(CsvColumnSeries& target, qint64 at, Type type, QByteArrayView cell, int line)
    {
        if (type == Type::Boolean) {
            if (cell == "true" || cell == "false")
                target.addNumber(at, cell == "true" ? 1.0 : 0.0);
            else if (cell.isEmpty())
                target.addGap(at);
            else
                target.addText(at, line);
            return;
        }
        target.add(at, CsvNumber::parse(cell, ','), line);
    }

    bool readRow(const Block& block, const CsvReader& row)
    {
        if (row.unterminatedQuote())
            return fail(row.line(), tr("a quoted field starts here and is never closed"));
        if (row.size() != block.names.size()) {
            return fail(
                row.line(),
                tr("this row has %1 fields, the table's header has %2").arg(row.size()).arg(block.names.size()));
        }
        const std::optional<CsvTime::Value> at
            = CsvTime::parse(block.cell(row, block.time), context.defaultOffsetSeconds);
        if (!at)
            return fail(
                row.line(),
                tr("\"%1\" is not a time").arg(QString::fromUtf8(CsvReader::clipped(block.cell(row, block.time), 64))));
        if (!at->hasZone && firstZoneless == 0)
            firstZoneless = row.line();
        for (const int value : block.values)
            addValue(series[seriesFor(block, row, value)], at->utcMs, block.type(value), block.cell(row, value),
                     row.line());
        return true;
    }

    bool startTable(Block& block, const CsvReader& header)
    {
        block.readHeader(header);
        if (block.names.contains("error")) // Influx reports a failed query as a table
            return false;
        if (block.time < 0)
            return fail(header.line(), tr("the table has no _time column"));
        if (block.values.isEmpty())
            return fail(header.line(), tr("the table has no _value column and no numeric column"));
        return true;
    }

    bool queryError(const Block& block, CsvReader& reader)
    {
        const int line = reader.line();
        const int column = int(block.names.indexOf("error"));
        const QString message = reader.next() ? QString::fromUtf8(reader.field(column)) : QString();
        return fail(line, tr("InfluxDB reported an error: %1").arg(message));
    }
};

} // namespace

QString InfluxAnnotatedCsvFormat::name() const
{
    return QStringLiteral("influx-csv");
}

QString InfluxAnnotatedCsvFormat::description() const
{
    return QCoreApplication::translate(
        "MetricFormat",
        "InfluxDB 2 annotated CSV (query API, influx query --raw): one series per measurement, field and tags");
}

QString InfluxAnnotatedCsvFormat::sample() const
{
    return QStringLiteral(
        "#group,false,false,true,true,false,false,true,true,true\r\n"
        "#datatype,string,long,dateTime:RFC3339,dateTime:RFC3339,dateTime:RFC3339,double,string,string,string\r\n"
        "#default,_result,,,,,,,,\r\n"
        ",result,table,_start,_stop,_time,_value,_field,_measurement,host\r\n"
        ",,0,2024-08-10T18:00:00Z,2024-08-10T21:00:00Z,2024-08-10T19:00:00Z,41.5,usage_user,cpu,db1\r\n"
        ",,0,2024-08-10T18:00:00Z,2024-08-10T21:00:00Z,2024-08-10T19:00:30Z,87.25,usage_user,cpu,db1\r\n"
        "\r\n");
}

double InfluxAnnotatedCsvFormat::match(QByteArrayView head) const
{
    CsvReader reader(head, ',');
    while (reader.next()) {
        if (reader.isBlank())
            continue;
        const QByteArrayView first = reader.field(0);
        if (first == "#datatype" || first == "#group" || first == "#default")
            return 0.95;
        // Without annotations (annotations=[] in the query dialect) the header still starts ",result,table".
        if (first.isEmpty() && reader.field(1) == "result" && reader.field(2) == "table")
            return 0.85;
        return 0.0;
    }
    return 0.0;
}

MetricParseResult InfluxAnnotatedCsvFormat::parse(QByteArrayView bytes, const MetricParseContext& context) const
{
    MetricParseResult result;
    Parser parser {context, result, {}, {}, {}, 0};
    CsvReader reader(bytes, ',');
    Block block;
    bool sawTable = false;
    while (reader.next()) {
        if (reader.isBlank()) {
            block.reset();
            continue;
        }
        const QByteArrayView first = reader.field(0);
        if (first.startsWith('#')) {
            if (block.hasHeader) // a new block without the blank line before it
                block.reset();
            QVector<QByteArray>* target = first == "#datatype" ? &block.datatypes
                : first == "#default"                          ? &block.defaults
                                                               : nullptr;
            if (target) {
                for (const QByteArrayView cell : reader.fields())
                    target->append(cell.toByteArray());
            }
            continue;
        }
        if (!block.hasHeader) {
            if (!parser.startTable(block, reader)) {
                if (result.error.isEmpty())
                    parser.queryError(block, reader);
                return result;
            }
            sawTable = true;
            continue;
        }
        if (!parser.readRow(block, reader))
            return result;
    }
    if (!sawTable) {
        result.error
            = bytes.trimmed().isEmpty() ? tr("the file is empty") : tr("no table header (\",result,table,...\") found");
        return result;
    }
    noteAssumedZone(parser.firstZoneless, context, result);
    if (!CsvColumnSeries::finishAll(parser.series, result))
        return result;
    result.ok = true;
    return result;
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWideTable.h"

#include "CsvTime.h"

#include <QCoreApplication>

namespace debrief {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MetricFormat", text);
}

bool allEmpty(const CsvReader& reader, qsizetype from)
{
    for (qsizetype i = from; i < reader.size(); ++i) {
        if (!reader.field(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

} // namespace

QString offsetText(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return QStringLiteral("UTC");
    const int minutes = qAbs(offsetSeconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

void noteAssumedZone(int line, const MetricParseContext& context, MetricParseResult& result)
{
    if (line <= 0)
        return;
    result.diagnostics.append(
        ImportDiagnostic {Severity::Info, line,
                          tr("times have no zone; they were read as %1 (set --timezone to the dashboard's zone)")
                              .arg(offsetText(context.defaultOffsetSeconds))});
}

CsvWideTable::CsvWideTable(int fieldCount, int timeColumn, QVector<Column> columns)
    : m_fieldCount(fieldCount)
    , m_timeColumn(timeColumn)
    , m_columns(std::move(columns))
{ }

bool CsvWideTable::checkFieldCount(const CsvReader& reader, MetricParseResult& result) const
{
    if (reader.unterminatedQuote()) {
        result.error = tr("a quoted field starts here and is never closed");
        result.errorLine = reader.line();
        return false;
    }
    // A trailing delimiter ("a,b,") adds empty fields; those are harmless.
    if (reader.size() == m_fieldCount || (reader.size() > m_fieldCount && allEmpty(reader, m_fieldCount)))
        return true;
    result.error = tr("this row has %1 fields, the header has %2").arg(reader.size()).arg(m_fieldCount);
    result.errorLine = reader.line();
    return false;
}

bool CsvWideTable::read(CsvReader& reader, const MetricParseContext& context, bool stopAtBlankLine,
                        MetricParseResult& result)
{
    while (reader.next()) {
        if (reader.isBlank()) {
            if (stopAtBlankLine)
                return true;
            continue;
        }
        if (!checkFieldCount(reader, result))
            return false;
        ++m_rows;
        const std::optional<CsvTime::Value> at
            = CsvTime::parse(reader.field(m_timeColumn), context.defaultOffsetSeconds);
        if (!at) {
            if (m_badTimes++ < 5) {
                result.diagnostics.append(
                    ImportDiagnostic {Severity::Warning, reader.line(),
                                      tr("\"%1\" is not a time; the row was skipped")
                                          .arg(QString::fromUtf8(CsvReader::clipped(reader.field(m_timeColumn), 64)))});
            }
            if (m_firstBadTimeLine == 0)
                m_firstBadTimeLine = reader.line();
            continue;
        }
        if (!at->hasZone && m_firstZonelessLine == 0)
            m_firstZonelessLine = reader.line();
        for (Column& column : m_columns)
            column.series.add(at->utcMs, CsvNumber::parse(reader.field(column.index), reader.delimiter()),
                              reader.line());
    }
    return true;
}

bool CsvWideTable::finish(const MetricParseContext& context, MetricParseResult& result)
{
    if (m_badTimes * 2 > m_rows) {
        result.error = tr("most rows have no readable time in the time column");
        result.errorLine = m_firstBadTimeLine;
        return false;
    }
    if (m_badTimes > 5) {
        result.diagnostics.append(
            ImportDiagnostic {Severity::Warning, m_firstBadTimeLine,
                              tr("%1 rows in all had no readable time and were skipped").arg(m_badTimes)});
    }
    noteAssumedZone(m_firstZonelessLine, context, result);
    QVector<CsvColumnSeries> columns;
    columns.reserve(m_columns.size());
    for (Column& column : m_columns)
        columns.append(std::move(column.series));
    m_columns.clear();
    return CsvColumnSeries::finishAll(columns, result);
}

} // namespace debrief

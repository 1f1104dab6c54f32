// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvColumnSeries.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

namespace debrief {

namespace {

constexpr int kMaxUnits = 100; // more distinct units than this is not a metric column
constexpr int kLinesKept = 5; // unparseable cells reported one by one per column

QString tr(const char* text)
{
    return QCoreApplication::translate("MetricFormat", text);
}

void warn(MetricParseResult& result, Severity severity, int line, const QString& message)
{
    result.diagnostics.append(ImportDiagnostic {severity, line, message});
}

} // namespace

CsvColumnSeries::CsvColumnSeries(MetricSeriesData series, QString columnName)
    : m_series(std::move(series))
    , m_columnName(std::move(columnName))
{ }

void CsvColumnSeries::add(qint64 at, const CsvNumber::Cell& cell, int line)
{
    switch (cell.kind) {
    case CsvNumber::Kind::Gap:
        addGap(at);
        return;
    case CsvNumber::Kind::Text:
        addText(at, line);
        return;
    case CsvNumber::Kind::Number:
        break;
    }
    const int unit = unitIndex(cell.unit, line);
    if (!m_unitOfPoint.isEmpty() || m_units.size() > 1)
        m_unitOfPoint.append(qint8(unit));
    ++m_numbers;
    addNumber(at, cell.value);
}

void CsvColumnSeries::addGap(qint64 at)
{
    ++m_gaps;
    if (!m_unitOfPoint.isEmpty())
        m_unitOfPoint.append(-1);
    m_series.points.append(MetricPoint {at, std::numeric_limits<double>::quiet_NaN()});
}

void CsvColumnSeries::addText(qint64 at, int line)
{
    ++m_texts;
    if (m_textLines.size() < kLinesKept)
        m_textLines.append(line);
    addGap(at);
}

int CsvColumnSeries::unitIndex(QByteArrayView unit, int line)
{
    // Nearly every column has one unit: the last one found is the first one checked.
    for (int i = m_units.size() - 1; i >= 0; --i) {
        if (m_units.at(i) == unit)
            return i;
    }
    if (m_units.size() >= kMaxUnits)
        return m_units.size() - 1;
    m_units.append(unit.toByteArray());
    m_unitFirstLine.append(line);
    if (m_units.size() == 2) // from now on each point needs to know its unit
        m_unitOfPoint.fill(0, m_series.points.size());
    return m_units.size() - 1;
}

bool CsvColumnSeries::reconcileUnits(MetricParseResult& result)
{
    if (m_units.isEmpty())
        return true;
    if (m_units.size() == 1) {
        m_series.unit = QString::fromUtf8(m_units.first());
        return true;
    }
    // A unitless value in a column of units is read in the column's unit ("0" beside "5 ms").
    QVector<double> factors(m_units.size(), 1.0);
    QString base;
    bool haveBase = false;
    for (int i = 0; i < m_units.size(); ++i) {
        if (m_units.at(i).isEmpty())
            continue;
        const QString unit = QString::fromUtf8(m_units.at(i));
        const std::optional<CsvNumber::Scale> scale = CsvNumber::scale(unit);
        if (!scale || (haveBase && scale->base != base)) {
            result.error = tr("column \"%1\" mixes units that cannot be converted into each other (\"%2\" here, "
                              "\"%3\" on line %4)")
                               .arg(m_columnName, unit, QString::fromUtf8(m_units.first()))
                               .arg(m_unitFirstLine.first());
            result.errorLine = m_unitFirstLine.at(i);
            return false;
        }
        factors[i] = scale->factor;
        base = scale->base;
        haveBase = true;
    }
    for (qsizetype p = 0; p < m_series.points.size() && p < m_unitOfPoint.size(); ++p) {
        const int unit = m_unitOfPoint.at(p);
        if (unit >= 0)
            m_series.points[p].value *= factors.at(unit);
    }
    m_series.unit = base;
    warn(result, Severity::Info, m_unitFirstLine.at(1),
         tr("column \"%1\" is written in several units; its values were converted to %2")
             .arg(m_columnName, base.isEmpty() ? tr("plain numbers") : base));
    return true;
}

bool CsvColumnSeries::finishAll(QVector<CsvColumnSeries>& columns, MetricParseResult& result)
{
    for (CsvColumnSeries& column : columns) {
        if (column.m_texts > 0 && column.m_numbers == 0) {
            warn(result, Severity::Info, column.m_textLines.first(),
                 tr("column \"%1\" holds text, not numbers; it was not imported").arg(column.m_columnName));
            continue;
        }
        if (column.m_texts > column.m_numbers) {
            result.error = tr("column \"%1\" is mostly not numbers").arg(column.m_columnName);
            result.errorLine = column.m_textLines.first();
            return false;
        }
        if (!column.reconcileUnits(result))
            return false;
        for (const int line : std::as_const(column.m_textLines)) {
            warn(result, Severity::Warning, line,
                 tr("column \"%1\": not a number, kept as a gap").arg(column.m_columnName));
        }
        if (column.m_texts > column.m_textLines.size()) {
            warn(result, Severity::Warning, column.m_textLines.last(),
                 tr("column \"%1\": %2 more values were not numbers and were kept as gaps")
                     .arg(column.m_columnName)
                     .arg(column.m_texts - column.m_textLines.size()));
        }
        result.gaps += column.m_gaps;
        result.series.append(std::move(column.m_series));
    }
    return true;
}

} // namespace debrief

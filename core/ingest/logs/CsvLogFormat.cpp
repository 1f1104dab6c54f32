// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvLogFormat.h"

#include "CsvLogColumns.h"
#include "CsvReader.h"
#include "CsvTime.h"
#include "FieldsWriter.h"
#include "LevelWord.h"
#include "LooseTimestamp.h"

#include <QCoreApplication>
#include <optional>

namespace debrief {

namespace {

// Kibana's Discover writes times in its dateFormat setting, "MMM D, YYYY @ HH:mm:ss.SSS" by default
// ("Aug 10, 2024 @ 19:00:01.123"): rewritten as the ISO form CsvTime reads.
std::optional<qint64> kibanaTime(QByteArrayView cell, int offsetSeconds)
{
    const qsizetype comma = cell.indexOf(',');
    const qsizetype at = cell.indexOf(" @ ");
    if (cell.size() < 12 || comma < 5 || at < comma)
        return std::nullopt;
    const int month = LooseTimestamp::monthFromName(cell.first(3));
    bool dayOk = false;
    bool yearOk = false;
    const int day = cell.sliced(4, comma - 4).trimmed().toInt(&dayOk);
    const int year = cell.sliced(comma + 1, at - comma - 1).trimmed().toInt(&yearOk);
    if (month == 0 || !dayOk || !yearOk)
        return std::nullopt;
    const QByteArray iso = QByteArray::number(year).rightJustified(4, '0') + '-'
        + QByteArray::number(month).rightJustified(2, '0') + '-' + QByteArray::number(day).rightJustified(2, '0') + ' '
        + cell.sliced(at + 3).toByteArray();
    const auto value = CsvTime::parse(iso, offsetSeconds);
    return value ? std::optional<qint64>(value->utcMs) : std::nullopt;
}

std::optional<qint64> cellTime(QByteArrayView cell, int offsetSeconds)
{
    if (const auto value = CsvTime::parse(cell, offsetSeconds))
        return value->epoch && !CsvTime::plausible(value->utcMs) ? std::nullopt : std::optional<qint64>(value->utcMs);
    return kibanaTime(cell.trimmed(), offsetSeconds);
}

// Datadog writes each attribute as a JSON value inside the CSV cell ("""web-1""" for "web-1").
QByteArrayView unquoted(QByteArrayView cell)
{
    return cell.size() >= 2 && cell.front() == '"' && cell.back() == '"' ? cell.sliced(1, cell.size() - 2) : cell;
}

// The fields of one CSV record, read by the RFC 4180 reader; empty when it holds no record.
QVector<QByteArray> fieldsOf(QByteArrayView record, char delimiter)
{
    CsvReader reader(record, delimiter);
    QVector<QByteArray> fields;
    if (reader.next()) {
        for (const QByteArrayView field : reader.fields())
            fields << field.toByteArray();
    }
    return fields;
}

// Collects the lines of one CSV record (a quoted cell can hold line breaks), then reads it: the
// first record is the header, each other one an entry.
class CsvLogParser : public LogParser
{
public:
    explicit CsvLogParser(const LogParseContext& context)
        : m_context(context)
    { }

    void feed(QByteArrayView line, qint64 lineNumber, QVector<LogRecord>& out) override
    {
        if (m_record.isEmpty()) {
            m_recordLine = lineNumber;
        } else {
            m_record += '\n';
        }
        m_record += line;
        for (const char c : line)
            m_inQuote ^= c == '"';
        // A quote that never closes would swallow the rest of the file: the record stays raw.
        if (!m_inQuote || m_record.size() > kMaxRecordBytes)
            flush(out);
    }

    void finish(QVector<LogRecord>& out) override { flush(out); }

private:
    static constexpr qsizetype kMaxRecordBytes = 1 << 20;

    void flush(QVector<LogRecord>& out)
    {
        if (m_record.trimmed().isEmpty()) {
            m_record.clear();
            return;
        }
        if (!m_columns) {
            m_delimiter = CsvReader::detectDelimiter(m_record);
            QVector<QByteArrayView> names;
            const QVector<QByteArray> header = fieldsOf(m_record, m_delimiter);
            for (const QByteArray& name : header)
                names << name;
            m_columns.emplace(names);
            out.append(raw(true));
        } else {
            out.append(entry());
        }
        m_record.clear();
        m_inQuote = false;
    }

    LogRecord raw(bool nonEntry) const
    {
        LogRecord record;
        record.line = m_recordLine;
        record.message = QString::fromUtf8(m_record);
        record.unparsed = true;
        record.nonEntry = nonEntry;
        return record;
    }

    LogRecord entry()
    {
        const QVector<QByteArray> cells = m_inQuote ? QVector<QByteArray>() : fieldsOf(m_record, m_delimiter);
        const auto cell = [&](CsvLogColumns::Role role) {
            const int column = m_columns->column(role);
            return column >= 0 && column < cells.size() ? unquoted(cells[column]) : QByteArrayView();
        };
        const auto at
            = m_columns->valid() ? cellTime(cell(CsvLogColumns::Time), m_context.defaultOffsetSeconds) : std::nullopt;
        if (!at)
            return raw(false);
        LogRecord record;
        record.line = m_recordLine;
        record.at = at;
        record.timeText = QString::fromUtf8(cell(CsvLogColumns::Time));
        record.message = QString::fromUtf8(cell(CsvLogColumns::Message));
        record.host = QString::fromUtf8(cell(CsvLogColumns::Host));
        record.service = QString::fromUtf8(cell(CsvLogColumns::Service));
        const auto level = LevelWord::parse(cell(CsvLogColumns::Level), LevelWord::Letters::Accept);
        record.level = level
            ? *level
            : LevelWord::findUpperCase(
                  cell(CsvLogColumns::Message).first(std::min<qsizetype>(80, cell(CsvLogColumns::Message).size())))
                  .value_or(LogLevel::Info);
        m_fields.clear();
        for (qsizetype column = 0; column < cells.size() && column < m_columns->size(); ++column) {
            if (!m_columns->hasRole(column) && !cells[column].isEmpty())
                m_fields.addString(m_columns->name(column), unquoted(cells[column]));
        }
        record.fields = m_fields.finish();
        return record;
    }

    LogParseContext m_context;
    std::optional<CsvLogColumns> m_columns;
    char m_delimiter = ',';
    QByteArray m_record;
    qint64 m_recordLine = 0;
    bool m_inQuote = false;
    FieldsWriter m_fields;
};

} // namespace

QString CsvLogFormat::name() const
{
    return QStringLiteral("csv-log");
}

QString CsvLogFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "CSV exports of log platforms (Splunk, Datadog, Kibana): a header naming a "
                                       "time and a message column, one entry per row");
}

QStringList CsvLogFormat::samples() const
{
    return {
        QStringLiteral(R"("_time",host,source,sourcetype,"_raw")"),
        QStringLiteral(
            R"("2024-08-10T19:00:01.123+00:00","web-1","/var/log/app.log",app,"ERROR connection pool exhausted")"),
        QStringLiteral(R"("2024-08-10T19:00:02.456+00:00","web-2","/var/log/app.log",app,"INFO retrying")"),
    };
}

std::optional<double> CsvLogFormat::matchDocument(QByteArrayView head) const
{
    CsvReader reader(head);
    if (!reader.next() || reader.size() < 2 || !CsvLogColumns(reader.fields()).valid())
        return 0.0;
    const int timeColumn = CsvLogColumns(reader.fields()).column(CsvLogColumns::Time);
    int rows = 0;
    int timed = 0;
    while (rows < 20 && reader.next()) {
        if (reader.isBlank() || reader.unterminatedQuote())
            continue;
        ++rows;
        timed += cellTime(unquoted(reader.field(timeColumn)), 0) ? 1 : 0;
    }
    // A header alone says "log export"; rows with readable times make it sure.
    return rows == 0 ? 0.8 : 0.6 * double(timed) / double(rows) + (timed > 0 ? 0.4 : 0.0);
}

std::unique_ptr<LogParser> CsvLogFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<CsvLogParser>(context);
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#include "W3cExtendedFormat.h"

#include "FieldsWriter.h"
#include "HttpStatus.h"
#include "LineLogParser.h"
#include "Rfc3339Time.h"

#include <QCoreApplication>
#include <QList>

namespace debrief {

namespace {

bool isW3cDirective(QByteArrayView line)
{
    return line.startsWith("#Software:") || line.startsWith("#Version:") || line.startsWith("#Date:")
        || line.startsWith("#Fields:") || line.startsWith("#Start-Date:") || line.startsWith("#End-Date:")
        || line.startsWith("#Remark:");
}

// Continuations: none; every line is a request or a directive.
class W3cParser : public LineLogParser
{
public:
    W3cParser()
        : LineLogParser(Continuations::None)
    { }

protected:
    bool isDirective(QByteArrayView line) override
    {
        if (!line.startsWith('#'))
            return false;
        if (line.startsWith("#Fields:"))
            m_names = line.sliced(8).trimmed().toByteArray().split(' ');
        return true;
    }

    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        const QList<QByteArrayView> values = splitValues(line);
        if (m_names.isEmpty() || values.size() != m_names.size())
            return std::nullopt;
        LogRecord record;
        QByteArray date;
        QByteArray time;
        QByteArray message;
        m_fields.clear();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QByteArray& name = m_names[i];
            const QByteArrayView value = values[i];
            if (name == "date")
                date = value.toByteArray();
            else if (name == "time")
                time = value.toByteArray();
            else if (value != "-")
                m_fields.addString(name, value);
            if (name == "sc-status")
                record.level = levelOfHttpStatus(value);
            else if (name == "s-ip" || name == "s-computername" || name == "x-edge-location")
                record.host = QString::fromUtf8(value);
            else if (name == "s-sitename" || name == "x-host-header")
                record.service = QString::fromUtf8(value);
            if (name == "cs-method" || name == "cs-uri-stem" || name == "sc-status")
                message += (message.isEmpty() ? "" : " ") + value.toByteArray();
        }
        const QByteArray stamp = date + ' ' + time;
        const auto at = Rfc3339Time::parse(stamp, 0);
        if (!at)
            return std::nullopt;
        record.at = at;
        record.timeText = QString::fromUtf8(stamp);
        record.message = QString::fromUtf8(message.isEmpty() ? line.toByteArray() : message);
        record.fields = m_fields.finish();
        return record;
    }

private:
    // IIS separates the values by spaces (a space inside one is '+'); CloudFront, whose standard logs
    // are this format, by tabs (a space inside one is "%20").
    static QList<QByteArrayView> splitValues(QByteArrayView line)
    {
        QList<QByteArrayView> values;
        const char separator = line.contains('\t') ? '\t' : ' ';
        qsizetype start = 0;
        for (qsizetype i = 0; i <= line.size(); ++i) {
            if (i == line.size() || line[i] == separator) {
                values << line.sliced(start, i - start);
                start = i + 1;
            }
        }
        // CloudFront ends some lines with one tab too many (its documentation's example has one).
        if (separator == '\t' && values.size() > 1 && values.back().isEmpty())
            values.removeLast();
        return values;
    }

    QList<QByteArray> m_names;
    FieldsWriter m_fields;
};

} // namespace

QString W3cExtendedFormat::name() const
{
    return QStringLiteral("w3c");
}

QString W3cExtendedFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "W3C extended log files (IIS): #Fields: directive naming the columns, then "
                                       "one request per line");
}

QStringList W3cExtendedFormat::samples() const
{
    // From the real corpus (07, IIS 8.5).
    return {
        QStringLiteral("#Software: Microsoft Internet Information Services 8.5"),
        QStringLiteral(
            "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
            "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status sc-bytes cs-bytes time-taken"),
        QStringLiteral(
            "2015-01-13 00:32:17 100.79.192.81 GET /robots.txt - 80 - 157.55.39.146 "
            "Mozilla/5.0+(compatible;+bingbot/2.0;++http://www.bing.com/bingbot.htm) - 404 0 2 1405 242 283"),
    };
}

double W3cExtendedFormat::matchLine(QByteArrayView line) const
{
    if (isW3cDirective(line))
        return 1.0;
    // "yyyy-mm-dd hh:mm:ss" and at least five more values, none empty, separated by spaces (IIS) or
    // tabs (CloudFront).
    const char separator = line.size() > 10 ? line[10] : '\0';
    if (line.size() < 30 || line[4] != '-' || (separator != ' ' && separator != '\t') || line[13] != ':'
        || line.contains(separator == ' ' ? "  " : "\t\t"))
        return 0.0;
    QByteArray stamp = line.first(19).toByteArray();
    stamp[10] = ' ';
    if (!Rfc3339Time::parse(stamp, 0))
        return 0.0;
    return line.count(separator) >= 6 ? 0.6 : 0.0;
}

std::unique_ptr<LogParser> W3cExtendedFormat::createParser(const LogParseContext&) const
{
    return std::make_unique<W3cParser>();
}

} // namespace debrief

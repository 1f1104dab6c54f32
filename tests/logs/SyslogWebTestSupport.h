// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccessLogParser.h"
#include "ApacheErrorFormat.h"
#include "CommonLogFormat.h"
#include "NginxAccessFormat.h"
#include "NginxErrorFormat.h"
#include "SyslogRfc3164Format.h"
#include "SyslogRfc5424Format.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>
#include <vector>

// Helpers for the tests of the syslog and web-server log formats: feeding text through a parser
// the way the import pipeline does, reading fixtures, and an independent clock (QDateTime) to check
// the parsers' hand-written date arithmetic against.
namespace debrief::test {

inline QVector<LogRecord> parseText(const LogFormat& format, QByteArrayView text, LogParseContext context = {})
{
    std::unique_ptr<LogParser> parser = format.createParser(context);
    QVector<LogRecord> records;
    qint64 lineNumber = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        end = end < 0 ? text.size() : end;
        QByteArrayView line = text.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        parser->feed(line, ++lineNumber, records);
        start = end + 1;
    }
    parser->finish(records);
    return records;
}

inline std::optional<LogRecord> parseOne(const LogFormat& format, QByteArrayView line, LogParseContext context = {})
{
    const QVector<LogRecord> records = parseText(format, line, context);
    if (records.size() != 1)
        return std::nullopt;
    return records.front();
}

inline QByteArray readFixture(const QString& relativePath)
{
    QFile file(QStringLiteral(DEBRIEF_TEST_DATA "/logs/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// UTC milliseconds of an ISO 8601 text, computed by Qt rather than by the code under test.
inline qint64 isoMillis(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch();
}

inline QJsonObject fieldsOf(const LogRecord& record)
{
    return QJsonDocument::fromJson(record.fields.toUtf8()).object();
}

inline int countUnparsed(const QVector<LogRecord>& records)
{
    return int(std::count_if(records.begin(), records.end(), [](const LogRecord& r) { return r.unparsed; }));
}

inline int countLevel(const QVector<LogRecord>& records, LogLevel level)
{
    return int(std::count_if(records.begin(), records.end(),
                             [level](const LogRecord& r) { return !r.unparsed && r.level == level; }));
}

inline std::vector<std::unique_ptr<LogFormat>> syslogAndWebFormats()
{
    std::vector<std::unique_ptr<LogFormat>> formats;
    formats.push_back(std::make_unique<SyslogRfc3164Format>());
    formats.push_back(std::make_unique<SyslogRfc5424Format>());
    formats.push_back(std::make_unique<NginxAccessFormat>());
    formats.push_back(std::make_unique<CommonLogFormat>());
    formats.push_back(std::make_unique<NginxErrorFormat>());
    formats.push_back(std::make_unique<ApacheErrorFormat>());
    return formats;
}

// The name of the format of our set that scores `line` highest (specificity breaking ties), or
// empty when none scores it.
inline QString bestFormatFor(QByteArrayView line)
{
    QString best;
    double bestScore = 0.0;
    int bestSpecificity = -1;
    for (const auto& format : syslogAndWebFormats()) {
        const double score = format->matchLine(line);
        if (score > bestScore || (score == bestScore && score > 0 && format->specificity() > bestSpecificity)) {
            best = format->name();
            bestScore = score;
            bestSpecificity = format->specificity();
        }
    }
    return best;
}

// Inputs every parser must survive: each gives only unparsed records (or none), never a crash.
inline QList<QByteArray> hostileLines()
{
    QByteArray garbage;
    for (int i = 0; i < 512; ++i)
        garbage += char((i * 37 + 11) % 256);
    return {
        QByteArray("<34>"),
        QByteArray("<"),
        QByteArray("<999>Aug 10 19:00:01 host app: x"),
        QByteArray("["),
        QByteArray("\""),
        garbage,
        QByteArray(10 * 1024 * 1024, 'x'),
        QByteArray(10 * 1024 * 1024, '['),
        QByteArray(10 * 1024 * 1024, '"'),
    };
}

} // namespace debrief::test

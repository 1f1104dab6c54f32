// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers every log-format test shares: feed text through a parser the way the import pipeline
// does (lines without terminators, "\r\n" too), read fixtures, inspect records, and rank a set of
// formats on one line the way detection does.

#include "LogFormat.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <memory>
#include <vector>

namespace debrief::test {

inline QVector<LogRecord> parseText(const LogFormat& format, QByteArrayView text, const LogParseContext& context = {})
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

// A fixture under tests/data/logs/; a missing one stops the test at once rather than reading as empty.
inline QByteArray readFixture(const QString& relativePath)
{
    QFile file(QStringLiteral(DEBRIEF_TEST_DATA "/logs/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

inline QJsonObject fieldsOf(const LogRecord& record)
{
    return QJsonDocument::fromJson(record.fields.toUtf8()).object();
}

inline int unparsedCount(const QVector<LogRecord>& records)
{
    return int(std::count_if(records.cbegin(), records.cend(), [](const LogRecord& r) { return r.unparsed; }));
}

inline int countLevel(const QVector<LogRecord>& records, LogLevel level)
{
    return int(std::count_if(records.cbegin(), records.cend(),
                             [level](const LogRecord& r) { return !r.unparsed && r.level == level; }));
}

// The name of the format in `formats` that scores `line` highest (specificity breaking ties), or
// empty when none scores it.
inline QString bestFormatAmong(const std::vector<std::unique_ptr<LogFormat>>& formats, QByteArrayView line)
{
    QString best;
    double bestScore = 0.0;
    int bestSpecificity = -1;
    for (const auto& format : formats) {
        const double score = format->matchLine(line);
        if (score > bestScore || (score == bestScore && score > 0 && format->specificity() > bestSpecificity)) {
            best = format->name();
            bestScore = score;
            bestSpecificity = format->specificity();
        }
    }
    return best;
}

} // namespace debrief::test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the tests of the structured formats (JSON lines, logfmt, CRI, log4j,
// generic): run a parser over text or a fixture, read times independently of the parsers
// under test, and rank the five formats on one line the way detection does.

#include "CriFormat.h"
#include "GenericTimestampFormat.h"
#include "JsonLinesFormat.h"
#include "Log4jFormat.h"
#include "LogfmtFormat.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <memory>
#include <vector>

namespace debrief::test {

inline QVector<LogRecord> parseText(const LogFormat& format, QByteArrayView text, const LogParseContext& context = {})
{
    auto parser = format.createParser(context);
    QVector<LogRecord> out;
    qint64 lineNumber = 0;
    qsizetype pos = 0;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(pos, end - pos);
        if (line.endsWith('\r'))
            line.chop(1);
        parser->feed(line, ++lineNumber, out);
        pos = end + 1;
    }
    parser->finish(out);
    return out;
}

inline QByteArray readFixture(const QString& relativePath)
{
    QFile file(QStringLiteral(DEBRIEF_TEST_DATA "/logs/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

// UTC milliseconds of an ISO 8601 text, read by Qt rather than by the code under test.
inline qint64 utc(const char* iso)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    if (!time.isValid())
        qFatal("bad time in test: %s", iso);
    return time.toMSecsSinceEpoch();
}

inline QJsonObject fieldsOf(const LogRecord& record)
{
    return QJsonDocument::fromJson(record.fields.toUtf8()).object();
}

inline int unparsedCount(const QVector<LogRecord>& records)
{
    return static_cast<int>(std::count_if(records.cbegin(), records.cend(), [](const auto& r) { return r.unparsed; }));
}

inline std::vector<std::unique_ptr<LogFormat>> structuredFormats()
{
    std::vector<std::unique_ptr<LogFormat>> formats;
    formats.push_back(std::make_unique<JsonLinesFormat>());
    formats.push_back(std::make_unique<CriFormat>());
    formats.push_back(std::make_unique<LogfmtFormat>());
    formats.push_back(std::make_unique<Log4jFormat>());
    formats.push_back(std::make_unique<GenericTimestampFormat>());
    return formats;
}

// The name of the format that scores `line` highest (specificity breaks ties), or "" if none.
inline QString bestFormat(QByteArrayView line)
{
    QString best;
    double bestScore = 0.0;
    int bestSpecificity = -1;
    for (const auto& format : structuredFormats()) {
        const double score = format->matchLine(line);
        if (score > bestScore || (score == bestScore && score > 0 && format->specificity() > bestSpecificity)) {
            best = format->name();
            bestScore = score;
            bestSpecificity = format->specificity();
        }
    }
    return best;
}

// Every sample of `format` is detected as it and parses without an unparsed record.
inline void checkSamples(const LogFormat& format)
{
    const QStringList samples = format.samples();
    QVERIFY(samples.size() >= 2);
    for (const QString& sample : samples) {
        const QByteArray line = sample.toUtf8();
        QCOMPARE(bestFormat(line), format.name());
    }
    const auto records = parseText(format, samples.join(u'\n').toUtf8());
    QVERIFY(!records.isEmpty());
    QCOMPARE(unparsedCount(records), 0);
}

} // namespace debrief::test

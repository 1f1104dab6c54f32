// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the tests of the structured formats (JSON lines, logfmt, CRI, log4j,
// generic): run a parser over text or a fixture, read times independently of the parsers
// under test, and rank the five formats on one line the way detection does.

#include "CriFormat.h"
#include "GenericTimestampFormat.h"
#include "JsonLinesFormat.h"
#include "Log4jFormat.h"
#include "LogTestSupport.h"
#include "LogfmtFormat.h"

#include <QDateTime>
#include <QTest>
#include <memory>
#include <vector>

namespace debrief::test {

// UTC milliseconds of an ISO 8601 text, read by Qt rather than by the code under test.
inline qint64 utc(const char* iso)
{
    const QDateTime time = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs);
    if (!time.isValid())
        qFatal("bad time in test: %s", iso);
    return time.toMSecsSinceEpoch();
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
    return bestFormatAmong(structuredFormats(), line);
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

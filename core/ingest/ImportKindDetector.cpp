// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportKindDetector.h"

#include "SectionClassifier.h"

#include <QFile>

namespace debrief {

namespace {

constexpr int kSampleLines = 200;

// Lines that read as a postmortem's section headings: "# Timeline", "**Root Cause:**", "Impact:".
int sectionHeadingLines(const QList<QByteArray>& lines)
{
    int headings = 0;
    for (const QByteArray& line : lines) {
        if (line.size() > 80)
            continue;
        const QString text = QString::fromUtf8(line).trimmed();
        const bool looksLikeHeading
            = text.startsWith(u'#') || text.startsWith(QLatin1String("**")) || text.endsWith(u':');
        if (looksLikeHeading && SectionClassifier::classify(text) != SectionRole::Unknown)
            ++headings;
    }
    return headings;
}

QList<QByteArray> firstLines(QByteArrayView head)
{
    QList<QByteArray> lines;
    for (const QByteArrayView line : QByteArray::fromRawData(head.data(), head.size()).split('\n')) {
        if (lines.size() >= kSampleLines)
            break;
        QByteArray text = line.toByteArray();
        if (text.endsWith('\r'))
            text.chop(1);
        if (!text.trimmed().isEmpty())
            lines << text;
    }
    return lines;
}

} // namespace

ImportKindDetection ImportKindDetector::detectBytes(QByteArrayView head, const LogFormatRegistry& formats,
                                                    const MetricFormatRegistry& metrics)
{
    if (head.size() >= 2 && quint8(head[0]) == 0x1f && quint8(head[1]) == 0x8b)
        return {ImportKind::Log, QStringLiteral("gzip")};
    const QList<QByteArray> lines = firstLines(head);
    const int headings = sectionHeadingLines(lines);
    if (headings >= 2)
        return {ImportKind::Postmortem, QStringLiteral("%1 section headings").arg(headings)};
    const MetricFormatDetection metric = metrics.detect(head);
    if (metric.format && metric.confidence >= kMetricConfidence)
        return {ImportKind::Metric,
                QStringLiteral("%1 (%2%)").arg(metric.format->name()).arg(qRound(metric.confidence * 100))};
    const LogFormatDetection log = formats.detect(lines);
    // A weaker metrics claim (a CSV with a time column) still beats the generic log fallback, which
    // reads every CSV row that starts with a time as a log line, but never a specific log format.
    if (metric.format && (!log.format || log.format->specificity() == 0))
        return {ImportKind::Metric,
                QStringLiteral("%1 (%2%)").arg(metric.format->name()).arg(qRound(metric.confidence * 100))};
    if (log.format && log.confidence >= 0.5)
        return {ImportKind::Log, QStringLiteral("%1 (%2%)").arg(log.format->name()).arg(qRound(log.confidence * 100))};
    if (headings == 1 || !log.format)
        return {ImportKind::Postmortem, QStringLiteral("no log format matches")};
    return {ImportKind::Log, QStringLiteral("%1 (%2%)").arg(log.format->name()).arg(qRound(log.confidence * 100))};
}

ImportKindDetection ImportKindDetector::detect(const QString& path, const QString& format,
                                               const LogFormatRegistry& formats, const MetricFormatRegistry& metrics)
{
    if (format == QLatin1String("postmortem"))
        return {ImportKind::Postmortem, QStringLiteral("--format")};
    if (!format.isEmpty() && metrics.find(format))
        return {ImportKind::Metric, QStringLiteral("--format")};
    if (!format.isEmpty())
        return {ImportKind::Log, QStringLiteral("--format")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {ImportKind::Postmortem, QString()}; // the importer reports the unreadable file
    return detectBytes(file.read(kHeadBytes), formats, metrics);
}

} // namespace debrief

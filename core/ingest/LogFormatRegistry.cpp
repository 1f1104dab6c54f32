// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogFormatRegistry.h"

#include "AndroidLogcatFormat.h"
#include "AwsLoadBalancerFormat.h"
#include "ApacheErrorFormat.h"
#include "CloudWatchLogsFormat.h"
#include "CommonLogFormat.h"
#include "CriFormat.h"
#include "CsvLogFormat.h"
#include "DockerComposeFormat.h"
#include "ElasticsearchFormat.h"
#include "EnvoyAccessFormat.h"
#include "GcpLoggingFormat.h"
#include "GenericTimestampFormat.h"
#include "HdfsFormat.h"
#include "JsonLinesFormat.h"
#include "KlogFormat.h"
#include "Log4jFormat.h"
#include "LogfmtFormat.h"
#include "LokiFormat.h"
#include "MongoDbFormat.h"
#include "MysqlErrorFormat.h"
#include "MysqlSlowFormat.h"
#include "NginxAccessFormat.h"
#include "NginxErrorFormat.h"
#include "OsloLogFormat.h"
#include "PlainTextFormat.h"
#include "RedisFormat.h"
#include "SyslogRfc3164Format.h"
#include "SyslogRfc5424Format.h"
#include "TerminalPrompt.h"
#include "W3cExtendedFormat.h"
#include "WindowsCbsFormat.h"
#include "ZeekFormat.h"

#include <QCoreApplication>
#include <algorithm>

namespace debrief {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogFormatRegistry)
};

// The lines that say something about the format: blank lines say nothing, and indented lines are
// the continuations of a multi-line entry, which no single-line score can recognise.
QList<QByteArrayView> sampleOf(const QList<QByteArray>& lines)
{
    QList<QByteArrayView> sample;
    QList<QByteArrayView> indented;
    for (const QByteArray& line : lines) {
        if (sample.size() >= LogFormatRegistry::kSampleLines)
            break;
        const QByteArrayView view(line);
        // Blank lines and shell prompts (a pasted terminal session) say nothing about the format.
        if (view.trimmed().isEmpty() || TerminalPrompt::isPrompt(view))
            continue;
        if (view.front() == ' ' || view.front() == '\t')
            indented << view;
        else
            sample << view;
    }
    return sample.isEmpty() ? indented.mid(0, LogFormatRegistry::kSampleLines) : sample;
}

// The start of the file as one text, for the formats that score a whole document.
QByteArray headOf(const QList<QByteArray>& lines)
{
    QByteArray head;
    for (const QByteArray& line : lines) {
        head += line;
        head += '\n';
    }
    return head;
}

double meanScore(const LogFormat& format, const QList<QByteArrayView>& sample, QByteArrayView head)
{
    if (const std::optional<double> document = format.matchDocument(head))
        return std::clamp(*document, 0.0, 1.0);
    double sum = 0.0;
    for (const QByteArrayView line : sample)
        sum += std::clamp(format.matchLine(line), 0.0, 1.0);
    return sample.isEmpty() ? 0.0 : sum / double(sample.size());
}

} // namespace

const LogFormatRegistry& LogFormatRegistry::builtIn()
{
    static const LogFormatRegistry registry = [] {
        LogFormatRegistry formats;
        // One line per format, specific formats first (the order also breaks exact ties).
        formats.add(std::make_unique<SyslogRfc5424Format>());
        formats.add(std::make_unique<SyslogRfc3164Format>());
        formats.add(std::make_unique<NginxAccessFormat>());
        formats.add(std::make_unique<CommonLogFormat>());
        formats.add(std::make_unique<NginxErrorFormat>());
        formats.add(std::make_unique<ApacheErrorFormat>());
        formats.add(std::make_unique<EnvoyAccessFormat>());
        formats.add(std::make_unique<AwsLoadBalancerFormat>());
        formats.add(std::make_unique<MongoDbFormat>()); // before JSON lines: its JSON is JSON too
        formats.add(std::make_unique<JsonLinesFormat>());
        // Exports of log platforms (JSON answers, CSV): scored on the file's head, not on lines.
        formats.add(std::make_unique<CloudWatchLogsFormat>());
        formats.add(std::make_unique<LokiFormat>());
        formats.add(std::make_unique<ElasticsearchFormat>());
        formats.add(std::make_unique<GcpLoggingFormat>());
        formats.add(std::make_unique<CsvLogFormat>());
        formats.add(std::make_unique<CriFormat>());
        formats.add(std::make_unique<DockerComposeFormat>());
        formats.add(std::make_unique<LogfmtFormat>());
        formats.add(std::make_unique<KlogFormat>());
        formats.add(std::make_unique<W3cExtendedFormat>());
        formats.add(std::make_unique<ZeekFormat>());
        formats.add(std::make_unique<MysqlSlowFormat>());
        formats.add(std::make_unique<MysqlErrorFormat>());
        formats.add(std::make_unique<AndroidLogcatFormat>());
        formats.add(std::make_unique<HdfsFormat>());
        formats.add(std::make_unique<OsloLogFormat>());
        formats.add(std::make_unique<WindowsCbsFormat>());
        formats.add(std::make_unique<RedisFormat>());
        formats.add(std::make_unique<Log4jFormat>());
        formats.add(std::make_unique<GenericTimestampFormat>());
        formats.add(std::make_unique<PlainTextFormat>()); // after generic: it loses every near-tie
        return formats;
    }();
    return registry;
}

void LogFormatRegistry::add(std::unique_ptr<LogFormat> format)
{
    m_formats.push_back(std::move(format));
}

QVector<const LogFormat*> LogFormatRegistry::formats() const
{
    QVector<const LogFormat*> result;
    for (const auto& format : m_formats)
        result << format.get();
    return result;
}

const LogFormat* LogFormatRegistry::find(const QString& name) const
{
    for (const auto& format : m_formats) {
        if (format->name().compare(name, Qt::CaseInsensitive) == 0)
            return format.get();
    }
    return nullptr;
}

QStringList LogFormatRegistry::names() const
{
    QStringList result;
    for (const auto& format : m_formats)
        result << format->name();
    return result;
}

LogFormatDetection LogFormatRegistry::detect(const QList<QByteArray>& lines) const
{
    LogFormatDetection detection;
    const QList<QByteArrayView> sample = sampleOf(lines);
    detection.sampledLines = int(sample.size());
    if (sample.isEmpty()) {
        detection.error = Tr::tr("the file has no lines to detect its format from");
        return detection;
    }
    const QByteArray head = headOf(lines);
    std::vector<double> scores;
    double best = 0.0;
    const LogFormat* closest = nullptr;
    for (const auto& format : m_formats) {
        scores.push_back(meanScore(*format, sample, head));
        if (!closest || scores.back() > best) {
            best = scores.back();
            closest = format.get();
        }
    }
    detection.closest = closest;
    detection.closestConfidence = best;
    if (!closest || best < kMinConfidence) {
        detection.error = closest
            ? Tr::tr("unknown log format: no format matches the first %1 lines (closest: %2 at %3%)")
                  .arg(sample.size())
                  .arg(closest->name())
                  .arg(qRound(best * 100))
            : Tr::tr("unknown log format: no log formats are registered");
        return detection;
    }
    // Near-ties go to the more specific format; the registry order settles the rest.
    for (size_t i = 0; i < m_formats.size(); ++i) {
        const LogFormat* format = m_formats[i].get();
        if (scores[i] < best - kTieMargin)
            continue;
        if (!detection.format || format->specificity() > detection.format->specificity()) {
            detection.format = format;
            detection.confidence = scores[i];
        }
    }
    return detection;
}

} // namespace debrief

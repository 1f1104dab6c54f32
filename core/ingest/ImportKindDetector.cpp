// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportKindDetector.h"

#include "SectionClassifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace debrief {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ImportKindDetector)
};

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

// How many different words that postmortems use, and logs and config files rarely do, the text
// holds. Evidence for a document that has too few headings to tell by them alone.
int postmortemWords(const QList<QByteArray>& lines)
{
    static const char* const words[]
        = {"postmortem", "post-mortem", "post mortem", "root cause",  "outage",          "incident", "timeline",
           "impact",     "resolution",  "mitigat",     "action item", "lessons learned", "downtime", "corrective",
           "prevent",    "severity",    "resolved",    "symptom",     "investigat"};
    QByteArray text;
    for (const QByteArray& line : lines)
        text += line.toLower() + '\n';
    int found = 0;
    for (const char* word : words)
        found += text.contains(word) ? 1 : 0;
    return found;
}

// ESC [ ... final byte: the colour codes of docker compose and many CLIs, which hide a line's start.
QByteArray withoutAnsi(QByteArrayView line)
{
    QByteArray out;
    out.reserve(line.size());
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '\x1b' && i + 1 < line.size() && line[i + 1] == '[') {
            i += 2;
            while (i < line.size() && !(line[i] >= '@' && line[i] <= '~'))
                ++i;
            continue;
        }
        out += line[i];
    }
    return out;
}

// A time near the start of a line, in any of the many shapes software writes one (a clock with
// seconds, or epoch seconds, milliseconds or microseconds of 2000..2100): broader than any log
// format on purpose, since it only says that the file is a log, not how to read it.
bool hasTimeNearStart(QByteArrayView line)
{
    static const QRegularExpression clock(QStringLiteral("(?<![0-9])[0-9]{1,2}:[0-5][0-9]:[0-5][0-9](?![0-9])"));
    static const QRegularExpression epoch(QStringLiteral("(?<![0-9.])([0-9]{10})(?:[0-9]{3}|[0-9]{6})?(?![0-9])"));
    const QString head = QString::fromUtf8(withoutAnsi(line.first(std::min<qsizetype>(line.size(), 96))).left(64));
    if (clock.match(head).hasMatch())
        return true;
    // Compact stamps without separators: HDFS's "081109 203518", "20240810T190001".
    static const QRegularExpression compact(
        QStringLiteral("(?<![0-9])(?:[0-9]{2})?[0-9]{6}[ T]([01][0-9]|2[0-3])[0-5][0-9][0-5][0-9](?![0-9])"));
    if (compact.match(head).hasMatch())
        return true;
    for (auto it = epoch.globalMatch(head); it.hasNext();) {
        const qint64 seconds = it.next().captured(1).toLongLong();
        if (seconds >= 946684800 && seconds < 4102444800) // 2000-01-01 .. 2100-01-01
            return true;
    }
    return false;
}

// The share of the lines with a time near their start; indented lines are left out, they
// continue an entry. `timed` is set to their number.
double timeLedShare(const QList<QByteArray>& lines, int& timed)
{
    int sampled = 0;
    timed = 0;
    for (const QByteArray& line : lines) {
        if (line.startsWith(' ') || line.startsWith('\t'))
            continue;
        ++sampled;
        timed += hasTimeNearStart(line) ? 1 : 0;
    }
    return sampled == 0 ? 0.0 : double(timed) / double(sampled);
}

// A line of a stack trace or traceback as Java, Python, PHP, Go and others print them: the body of
// a multi-line log entry, which a log has and a postmortem only inside a code block.
bool isTraceLine(QByteArrayView line)
{
    static const QRegularExpression trace(QStringLiteral(
        "^(?:\\s+at \\S+[(]|#[0-9]+ |goroutine [0-9]+ \\[|Traceback \\(most recent call last\\)|\\s*File \".*\", line "
        "[0-9]+"
        "|Caused by: |Stack trace:|\\[stacktrace\\]|panic: |[A-Za-z0-9_.]+[(](?:0x[0-9a-f]+|[)])|created by |"
        ".*Exception in thread )"));
    return trace.match(QString::fromUtf8(line.first(std::min<qsizetype>(line.size(), 120)))).hasMatch();
}

int traceLines(const QList<QByteArray>& lines)
{
    int count = 0;
    for (const QByteArray& line : lines)
        count += isTraceLine(line) ? 1 : 0;
    return count;
}

// The shape of a written document rather than of a log: YAML front matter with a title (static
// site postmortems), or Markdown headings below the first level ("## Investigation"; a single '#'
// is also a comment in config files).
bool documentShape(const QList<QByteArray>& lines)
{
    if (!lines.isEmpty() && lines.front().trimmed() == "---") {
        for (qsizetype i = 1; i < std::min<qsizetype>(lines.size(), 40); ++i) {
            if (lines[i].startsWith("title:"))
                return true;
        }
    }
    int subheadings = 0;
    for (const QByteArray& line : lines) {
        if (line.startsWith("## ") || line.startsWith("### "))
            ++subheadings;
    }
    return subheadings >= 1;
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

// A metric format's claim holds only when it reads numeric values from the head: a CSV with a
// time column and nothing but text beside it (time, level, component, text) is a log, not metrics.
// A head cut inside a JSON document cannot be parsed; then the claim stands on match() alone.
bool readsValues(const MetricFormat& format, QByteArrayView head, bool whole)
{
    QByteArrayView complete = head;
    if (!whole) {
        const qsizetype end = head.lastIndexOf('\n');
        complete = end > 0 ? head.first(end + 1) : head;
    }
    MetricParseContext context;
    context.snapshotAt = 0; // a scrape without timestamps still has values
    const MetricParseResult parsed = format.parse(complete, context);
    if (!parsed.ok)
        return !whole;
    for (const MetricSeriesData& series : parsed.series) {
        for (const MetricPoint& point : series.points) {
            if (!std::isnan(point.value))
                return true;
        }
    }
    return false;
}

QString percent(double share)
{
    return QString::number(qRound(share * 100));
}

ImportKindDetection found(ImportKind kind, const QString& reason)
{
    ImportKindDetection detection;
    detection.kind = kind;
    detection.reason = reason;
    return detection;
}

} // namespace

QString ImportKindDetection::refusal() const
{
    if (closest.isEmpty())
        return Tr::tr("not a postmortem, log or metrics file that Debrief can read");
    return Tr::tr("not a postmortem, log or metrics file that Debrief can read (closest: %1, %2% of sampled lines)")
        .arg(closest, QString::number(closestPercent));
}

ImportKindDetection ImportKindDetector::detectBytes(QByteArrayView head, const LogFormatRegistry& formats,
                                                    const MetricFormatRegistry& metrics, bool whole)
{
    if (head.size() >= 2 && quint8(head[0]) == 0x1f && quint8(head[1]) == 0x8b)
        return found(ImportKind::Log, QStringLiteral("gzip"));
    const QList<QByteArray> lines = firstLines(head);
    // A plain-text postmortem's timeline lines start with times too: its sections decide.
    const int headings = sectionHeadingLines(lines);
    if (headings >= 2)
        return found(ImportKind::Postmortem, QStringLiteral("%1 section headings").arg(headings));

    const MetricFormatDetection metric = metrics.detect(head);
    // A sure claim (a JSON API answer, even an error answer whose parser has the better message)
    // stands; a weak one (the generic CSV) must read values.
    const bool metricReads
        = metric.format && (metric.confidence >= kMetricConfidence || readsValues(*metric.format, head, whole));
    const QString metricReason
        = metric.format ? QStringLiteral("%1 (%2%)").arg(metric.format->name(), percent(metric.confidence)) : QString();
    if (metricReads && metric.confidence >= kMetricConfidence)
        return found(ImportKind::Metric, metricReason);
    const LogFormatDetection log = formats.detect(lines);
    // A weaker metrics claim (a CSV with a time column) still beats the generic log fallback, which
    // reads every CSV row that starts with a time as a log line, but never a specific log format.
    if (metricReads && (!log.format || log.format->specificity() == 0))
        return found(ImportKind::Metric, metricReason);
    const QString logReason
        = log.format ? QStringLiteral("%1 (%2%)").arg(log.format->name(), percent(log.confidence)) : QString();
    if (log.format && log.confidence >= kLogConfidence)
        return found(ImportKind::Log, logReason);

    const int words = postmortemWords(lines);
    const bool document = documentShape(lines);
    if ((headings == 1 && (words >= 2 || document)) || (document && words >= 1))
        return found(ImportKind::Postmortem,
                     QStringLiteral("%1 section headings, %2 postmortem words, %3")
                         .arg(QString::number(headings), QString::number(words),
                              document ? QStringLiteral("document structure") : QStringLiteral("plain text")));
    int timed = 0;
    const double timeLed = timeLedShare(lines, timed);
    if (log.format && (timeLed >= kTimeLedShare || log.format->specificity() > 0))
        return found(ImportKind::Log, logReason);
    // Multi-line entries (stack traces, query blocks) keep the share of timed lines of a real log
    // well below half; without a document's headings a few dozen percent is still a log.
    if (timed >= kMinTimedLines && timeLed >= kTimedShareWithoutSections)
        return found(ImportKind::Log, QStringLiteral("%1% of lines carry a time").arg(percent(timeLed)));
    // Stack traces between timed lines: entries of many lines each (PHP, Go, Java, Python).
    const int traces = traceLines(lines);
    if (timed >= 1 && timed + traces >= kMinTimedLines && double(timed + traces) >= 0.5 * double(lines.size()))
        return found(ImportKind::Log, QStringLiteral("%1 timed lines and %2 stack trace lines").arg(timed).arg(traces));
    if (words >= 3)
        return found(ImportKind::Postmortem, QStringLiteral("%1 postmortem words").arg(words));

    ImportKindDetection unknown;
    unknown.reason
        = QStringLiteral("no kind fits: %1 section headings, %2 postmortem words, %3% of lines start "
                         "with a time, closest log format %4 at %5%")
              .arg(QString::number(headings), QString::number(words), percent(timeLed),
                   log.closest ? log.closest->name() : QStringLiteral("none"), percent(log.closestConfidence));
    // The generic format scores a timed line 0.4 or 0.5; the share of timed lines is the honest figure for it.
    const bool specific = log.closest && log.closest->specificity() > 0 && log.closestConfidence > 0.0;
    unknown.closest = specific ? log.closest->name() : QStringLiteral("generic");
    unknown.closestPercent = qRound((specific ? log.closestConfidence : timeLed) * 100);
    return unknown;
}

ImportKindDetection ImportKindDetector::detect(const QString& path, const QString& format,
                                               const LogFormatRegistry& formats, const MetricFormatRegistry& metrics)
{
    ImportKindDetection forced;
    forced.forced = true;
    forced.reason = QStringLiteral("--format");
    if (format == QLatin1String("postmortem")) {
        forced.kind = ImportKind::Postmortem;
        return forced;
    }
    if (!format.isEmpty()) {
        forced.kind = metrics.find(format) ? ImportKind::Metric : ImportKind::Log;
        return forced;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return found(ImportKind::Postmortem, QString()); // the importer reports the unreadable file
    const QByteArray head = file.read(kHeadBytes);
    return detectBytes(head, formats, metrics, file.atEnd());
}

} // namespace debrief

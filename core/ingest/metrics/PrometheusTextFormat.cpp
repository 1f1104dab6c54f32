// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusTextFormat.h"

#include "PrometheusTextLine.h"
#include "PrometheusUnit.h"
#include "PrometheusValue.h"
#include "SkippedValues.h"

#include <QCoreApplication>
#include <QHash>
#include <cmath>

namespace debrief {

namespace {

QByteArrayView withoutBom(QByteArrayView bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
}

QByteArrayView trimmed(QByteArrayView line)
{
    while (!line.isEmpty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t'))
        line.chop(1);
    while (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t'))
        line = line.sliced(1);
    return line;
}

// OpenMetrics ends with "# EOF"; 0.0.4 has no such line. Only the dialect says a timestamp's unit.
bool isOpenMetrics(QByteArrayView bytes)
{
    for (qsizetype at = bytes.indexOf("# EOF"); at >= 0; at = bytes.indexOf("# EOF", at + 1)) {
        if (at == 0 || bytes[at - 1] == '\n')
            return true;
    }
    return false;
}

// Calls `onLine(lineNumber, line)` for each line without its break; stops when it returns false.
template<typename F> void forEachLine(QByteArrayView bytes, F&& onLine)
{
    int number = 0;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        if (!onLine(++number, trimmed(bytes.sliced(start, end - start))))
            return;
        start = end + 1;
    }
}

// The document loop: comments set up families and units, sample lines become points.
class TextReader
{
public:
    TextReader(const MetricParseContext& context, bool openMetrics, MetricParseResult& result)
        : m_context(context)
        , m_openMetrics(openMetrics)
        , m_result(result)
    { }

    // False when the parse must stop (result.ok is then false).
    bool line(int number, QByteArrayView line);
    void finish();

private:
    bool comment(int number, QByteArrayView line);
    bool sample(int number, QByteArrayView line);
    std::optional<qint64> timestampMs(QByteArrayView text) const;
    bool fail(int number, const QString& message);

    const MetricParseContext& m_context;
    const bool m_openMetrics;
    MetricParseResult& m_result;
    SkippedValues m_skipped;
    PrometheusUnit m_units;
    QHash<QString, qsizetype> m_seriesByKey;
    PrometheusTextLine::Sample m_sample;
    int m_eofLine = 0;
    int m_afterEofLine = 0;
    int m_firstBadLine = 0;
    QString m_firstBadMessage;
};

bool TextReader::fail(int number, const QString& message)
{
    m_result.ok = false;
    m_result.error = message;
    m_result.errorLine = number;
    m_result.series.clear();
    return false;
}

bool TextReader::line(int number, QByteArrayView line)
{
    if (m_eofLine > 0) {
        // Whatever follows # EOF is not part of the exposition; say so once, read no further.
        if (!line.isEmpty() && m_afterEofLine == 0)
            m_afterEofLine = number;
        return true;
    }
    if (line.isEmpty())
        return true;
    if (line.front() == '#')
        return comment(number, line);
    return sample(number, line);
}

bool TextReader::comment(int number, QByteArrayView line)
{
    if (line == "# EOF") {
        m_eofLine = number;
        return true;
    }
    const bool type = line.startsWith("# TYPE ");
    if (!type && !line.startsWith("# UNIT "))
        return true; // HELP text and free comments carry nothing to store
    const QByteArrayView rest = trimmed(line.sliced(7));
    const qsizetype space = rest.indexOf(' ');
    const QString family = QString::fromUtf8(space < 0 ? rest : rest.first(space));
    const QByteArrayView word = space < 0 ? QByteArrayView() : trimmed(rest.sliced(space + 1));
    if (!type) {
        m_units.declare(family, QString::fromUtf8(word));
        return true;
    }
    static const QList<QByteArrayView> types {"counter", "gauge",    "histogram",      "summary", "untyped",
                                              "info",    "stateset", "gaugehistogram", "unknown"};
    if (!types.contains(word))
        m_result.diagnostics << ImportDiagnostic {
            Severity::Warning, number,
            QCoreApplication::translate("MetricFormat", "unknown metric type \"%1\"; its samples are read as untyped")
                .arg(QString::fromUtf8(word))};
    return true;
}

std::optional<qint64> TextReader::timestampMs(QByteArrayView text) const
{
    const std::optional<double> number = PrometheusValue::parse(text);
    if (!number)
        return std::nullopt;
    if (m_openMetrics)
        return PrometheusValue::secondsToMs(*number);
    if (!std::isfinite(*number) || std::fabs(*number) > 9.0e18)
        return std::nullopt;
    // 0.0.4 says integer milliseconds; a stray fraction is rounded rather than refused.
    return qint64(std::llround(*number));
}

bool TextReader::sample(int number, QByteArrayView line)
{
    QString error;
    if (!PrometheusTextLine::parse(line, m_sample, error)) {
        if (m_firstBadLine == 0) {
            m_firstBadLine = number;
            m_firstBadMessage = error;
        }
        m_skipped.skip(m_result, number,
                       QCoreApplication::translate("MetricFormat", "%1; the line is skipped").arg(error));
        return true;
    }
    qint64 at = 0;
    if (!m_sample.timestamp.isEmpty()) {
        const std::optional<qint64> parsed = timestampMs(m_sample.timestamp);
        if (!parsed) {
            m_skipped.skip(m_result, number,
                           QCoreApplication::translate("MetricFormat", "\"%1\" is not a timestamp; the line is skipped")
                               .arg(QString::fromUtf8(m_sample.timestamp)));
            return true;
        }
        at = *parsed;
    } else if (m_context.snapshotAt) {
        at = *m_context.snapshotAt;
    } else {
        return fail(number,
                    QCoreApplication::translate("MetricFormat",
                                                "the samples carry no timestamps: give the time of the "
                                                "scrape (--at)"));
    }
    const auto labels = canonicalLabels(m_sample.labels);
    const QString key = m_sample.name + QChar(u'{') + labelsText(labels);
    auto found = m_seriesByKey.constFind(key);
    if (found == m_seriesByKey.constEnd()) {
        found = m_seriesByKey.insert(key, m_result.series.size());
        m_result.series.append({m_sample.name, labels, m_units.of(m_sample.name), {}});
    }
    if (std::isnan(m_sample.value))
        ++m_result.gaps;
    m_result.series[*found].points.append({at, m_sample.value});
    return true;
}

void TextReader::finish()
{
    m_skipped.finish(m_result);
    if (m_afterEofLine > 0)
        m_result.diagnostics << ImportDiagnostic {
            Severity::Warning, m_afterEofLine,
            QCoreApplication::translate("MetricFormat", "text after \"# EOF\" (line %1) is ignored").arg(m_eofLine)};
    if (!m_result.series.isEmpty())
        return;
    // Nothing but unreadable lines: this is no exposition, not an empty scrape.
    if (m_firstBadLine > 0) {
        fail(m_firstBadLine, m_firstBadMessage);
        m_result.diagnostics.clear();
        return;
    }
    m_result.diagnostics << ImportDiagnostic {
        Severity::Warning, 0, QCoreApplication::translate("MetricFormat", "the scrape holds no samples")};
}

} // namespace

QString PrometheusTextFormat::name() const
{
    return QStringLiteral("prometheus-text");
}

QString PrometheusTextFormat::description() const
{
    return QCoreApplication::translate("MetricFormat",
                                       "Prometheus text exposition 0.0.4 or OpenMetrics 1.0 (a /metrics scrape)");
}

QString PrometheusTextFormat::sample() const
{
    return QStringLiteral("# HELP http_requests_total Requests served.\n"
                          "# TYPE http_requests_total counter\n"
                          "http_requests_total{code=\"200\",handler=\"/login\"} 1027 1723316400000\n"
                          "http_requests_total{code=\"401\",handler=\"/login\"} 3 1723316400000\n"
                          "# HELP auth_pool_wait_seconds Time spent waiting for a database connection.\n"
                          "# TYPE auth_pool_wait_seconds histogram\n"
                          "auth_pool_wait_seconds_bucket{le=\"0.1\"} 12 1723316400000\n"
                          "auth_pool_wait_seconds_bucket{le=\"+Inf\"} 15 1723316400000\n"
                          "auth_pool_wait_seconds_sum 2.5 1723316400000\n"
                          "auth_pool_wait_seconds_count 15 1723316400000\n");
}

double PrometheusTextFormat::match(QByteArrayView head) const
{
    int samples = 0;
    int comments = 0;
    bool bad = false;
    PrometheusTextLine::Sample sample;
    QString error;
    int seen = 0;
    forEachLine(withoutBom(head), [&](int, QByteArrayView line) {
        if (line.isEmpty())
            return true;
        if (line.startsWith("# HELP ") || line.startsWith("# TYPE ") || line.startsWith("# UNIT "))
            ++comments;
        else if (line.front() != '#' && PrometheusTextLine::parse(line, sample, error))
            ++samples;
        else if (line.front() != '#')
            bad = true;
        return !bad && ++seen < 20;
    });
    if (bad)
        return comments > 0 && samples > 0 ? 0.5 : 0.0;
    if (comments > 0)
        return samples > 0 ? 0.95 : 0.8;
    // Bare "name value" lines look like many things; a low score lets more specific formats win.
    return samples >= 2 ? 0.4 : 0.0;
}

MetricParseResult PrometheusTextFormat::parse(QByteArrayView bytes, const MetricParseContext& context) const
{
    MetricParseResult result;
    result.ok = true;
    bytes = withoutBom(bytes);
    TextReader reader(context, isOpenMetrics(bytes), result);
    bool stopped = false;
    forEachLine(bytes, [&](int number, QByteArrayView line) {
        stopped = !reader.line(number, line);
        return !stopped;
    });
    if (!stopped)
        reader.finish();
    return result;
}

} // namespace debrief

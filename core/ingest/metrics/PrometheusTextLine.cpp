// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusTextLine.h"

#include "PrometheusValue.h"

#include <QCoreApplication>

namespace debrief {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

// A cursor over one line; every read leaves m_pos after what it took.
class LineScanner
{
public:
    explicit LineScanner(QByteArrayView line)
        : m_line(line)
    { }

    bool atEnd() const { return m_pos >= m_line.size(); }
    char peek() const { return atEnd() ? '\0' : m_line[m_pos]; }
    void advance() { ++m_pos; }
    void skipBlanks()
    {
        while (!atEnd() && isBlank(m_line[m_pos]))
            ++m_pos;
    }
    QByteArrayView name()
    {
        const qsizetype start = m_pos;
        if (!atEnd() && isNameStart(m_line[m_pos])) {
            while (!atEnd() && isNameChar(m_line[m_pos]))
                ++m_pos;
        }
        return m_line.sliced(start, m_pos - start);
    }
    QByteArrayView token()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && !isBlank(m_line[m_pos]))
            ++m_pos;
        return m_line.sliced(start, m_pos - start);
    }
    // The body of a quoted label value, m_pos after its opening quote; false when unterminated.
    bool quoted(QByteArray& out)
    {
        while (!atEnd()) {
            const char c = m_line[m_pos++];
            if (c == '"')
                return true;
            if (c != '\\' || atEnd()) {
                out += c;
                continue;
            }
            const char next = m_line[m_pos++];
            if (next == 'n')
                out += '\n';
            else if (next == '\\' || next == '"')
                out += next;
            else
                out.append('\\').append(next); // unknown escape: kept as written
        }
        return false;
    }

private:
    QByteArrayView m_line;
    qsizetype m_pos = 0;
};

bool parseLabels(LineScanner& scanner, PrometheusTextLine::Sample& sample, QString& error)
{
    scanner.advance(); // '{'
    for (;;) {
        scanner.skipBlanks();
        if (scanner.peek() == '}') {
            scanner.advance();
            return true;
        }
        const QByteArrayView key = scanner.name();
        if (key.isEmpty()) {
            error = QCoreApplication::translate("MetricFormat", "expected a label name or '}'");
            return false;
        }
        scanner.skipBlanks();
        if (scanner.peek() != '=') {
            error = QCoreApplication::translate("MetricFormat", "expected '=' after the label name");
            return false;
        }
        scanner.advance();
        scanner.skipBlanks();
        if (scanner.peek() != '"') {
            error = QCoreApplication::translate("MetricFormat", "expected a label value in double quotes");
            return false;
        }
        scanner.advance();
        QByteArray value;
        if (!scanner.quoted(value)) {
            error = QCoreApplication::translate("MetricFormat", "unterminated label value");
            return false;
        }
        sample.labels.append({QString::fromLatin1(key), QString::fromUtf8(value)});
        scanner.skipBlanks();
        if (scanner.peek() == ',') {
            scanner.advance();
        } else if (scanner.peek() != '}') {
            error = QCoreApplication::translate("MetricFormat", "expected ',' or '}' after a label");
            return false;
        }
    }
}

} // namespace

bool PrometheusTextLine::parse(QByteArrayView line, Sample& sample, QString& error)
{
    LineScanner scanner(line);
    const QByteArrayView name = scanner.name();
    if (name.isEmpty()) {
        error = QCoreApplication::translate("MetricFormat", "expected a metric name");
        return false;
    }
    sample.name = QString::fromLatin1(name);
    sample.labels.clear();
    scanner.skipBlanks();
    if (scanner.peek() == '{' && !parseLabels(scanner, sample, error))
        return false;
    scanner.skipBlanks();
    const QByteArrayView valueText = scanner.token();
    const std::optional<double> value = PrometheusValue::parse(valueText);
    if (!value) {
        error = valueText.isEmpty()
            ? QCoreApplication::translate("MetricFormat", "expected a value")
            : QCoreApplication::translate("MetricFormat", "\"%1\" is not a number")
                  .arg(QString::fromUtf8(valueText.first(qMin<qsizetype>(40, valueText.size()))));
        return false;
    }
    sample.value = *value;
    sample.timestamp = {};
    scanner.skipBlanks();
    // An OpenMetrics exemplar follows " # "; it describes one traced request, not the series.
    if (scanner.atEnd() || scanner.peek() == '#')
        return true;
    sample.timestamp = scanner.token();
    scanner.skipBlanks();
    if (scanner.atEnd() || scanner.peek() == '#')
        return true;
    error = QCoreApplication::translate("MetricFormat", "unexpected text after the timestamp");
    return false;
}

} // namespace debrief

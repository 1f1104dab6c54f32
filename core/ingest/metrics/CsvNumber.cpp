// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvNumber.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace debrief {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype b = 0, e = text.size();
    while (b < e && (text.at(b) == ' ' || text.at(b) == '\t'))
        ++b;
    while (e > b && (text.at(e - 1) == ' ' || text.at(e - 1) == '\t' || text.at(e - 1) == '\r'))
        --e;
    return text.sliced(b, e - b);
}

bool isGapWord(QByteArrayView t)
{
    return t.isEmpty() || t.compare("null", Qt::CaseInsensitive) == 0 || t.compare("nan", Qt::CaseInsensitive) == 0
        || t == "undefined" || t.compare("N/A", Qt::CaseInsensitive) == 0 || t == "-";
}

std::optional<double> infinity(QByteArrayView t)
{
    const bool negative = t.startsWith('-');
    if (t.startsWith('-') || t.startsWith('+'))
        t = t.sliced(1);
    if (t.compare("inf", Qt::CaseInsensitive) != 0 && t.compare("infinity", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const double inf = std::numeric_limits<double>::infinity();
    return negative ? -inf : inf;
}

// Copies the number at the start of `t` into `out` without grouping commas; returns the
// bytes it took, 0 when there is no number.
qsizetype scanNumber(QByteArrayView t, char delimiter, char* out, qsizetype outSize, qsizetype& outLength)
{
    qsizetype pos = 0, n = 0;
    // A ',' groups thousands in a comma-separated file ("1,234.5" was quoted) and when a '.'
    // follows; otherwise it is a decimal comma.
    const bool commaGroups = delimiter == ',' || t.contains('.');
    auto put = [&](char c) {
        if (n < outSize)
            out[n++] = c;
    };
    if (pos < t.size() && (t.at(pos) == '-' || t.at(pos) == '+'))
        put(t.at(pos++));
    int digits = 0;
    bool sawPoint = false;
    while (pos < t.size()) {
        const char c = t.at(pos);
        if (isDigit(c)) {
            put(c);
            ++digits;
        } else if (c == '.' && !sawPoint) {
            put(c);
            sawPoint = true;
        } else if (c == ',' && digits > 0 && !sawPoint && pos + 1 < t.size() && isDigit(t.at(pos + 1))) {
            if (!commaGroups) {
                put('.');
                sawPoint = true;
            }
        } else {
            break;
        }
        ++pos;
    }
    if (digits == 0)
        return 0;
    if (pos < t.size() && (t.at(pos) == 'e' || t.at(pos) == 'E')) {
        qsizetype e = pos + 1;
        if (e < t.size() && (t.at(e) == '-' || t.at(e) == '+'))
            ++e;
        if (e < t.size() && isDigit(t.at(e))) {
            put('e');
            for (qsizetype i = pos + 1; i < t.size() && (i < e || isDigit(t.at(i))); ++i)
                put(t.at(i));
            while (e < t.size() && isDigit(t.at(e)))
                ++e;
            pos = e;
        }
    }
    outLength = n;
    return pos;
}

bool unitLike(QByteArrayView unit)
{
    if (unit.size() > 24)
        return false;
    for (const char c : unit) {
        if (isDigit(c) || c == ',' || c == ';' || c == '"')
            return false;
    }
    return true;
}

} // namespace

CsvNumber::Cell CsvNumber::parse(QByteArrayView text, char delimiter)
{
    text = trimmed(text);
    Cell cell;
    if (isGapWord(text))
        return cell;
    if (const std::optional<double> inf = infinity(text)) {
        cell.kind = Kind::Number;
        cell.value = *inf;
        return cell;
    }
    char buffer[64];
    qsizetype length = 0;
    const qsizetype used = scanNumber(text, delimiter, buffer, sizeof buffer, length);
    cell.kind = Kind::Text;
    if (used == 0 || length >= qsizetype(sizeof buffer))
        return cell;
    const char* begin = buffer[0] == '+' ? buffer + 1 : buffer;
    double value = 0.0;
    const auto [end, ec] = std::from_chars(begin, buffer + length, value);
    if (ec != std::errc() || end != buffer + length)
        return cell;
    const QByteArrayView unit = trimmed(text.sliced(used));
    if (!unitLike(unit))
        return cell;
    cell.kind = Kind::Number;
    cell.value = value;
    cell.unit = unit;
    return cell;
}

std::optional<CsvNumber::Scale> CsvNumber::scale(const QString& unit)
{
    struct Entry
    {
        const char* unit;
        double factor;
        const char* base;
    };
    // Grafana's time formatters write ns, µs, ms, s, min, hour, day, week, year.
    static constexpr Entry durations[] = {
        {"ns", 1e-9, "s"},       {"µs", 1e-6, "s"},        {"us", 1e-6, "s"},     {"ms", 1e-3, "s"},
        {"s", 1, "s"},           {"sec", 1, "s"},          {"min", 60, "s"},      {"mins", 60, "s"},
        {"h", 3600, "s"},        {"hour", 3600, "s"},      {"hours", 3600, "s"},  {"d", 86400, "s"},
        {"day", 86400, "s"},     {"days", 86400, "s"},     {"week", 604800, "s"}, {"weeks", 604800, "s"},
        {"year", 31536000, "s"}, {"years", 31536000, "s"},
    };
    for (const Entry& e : durations) {
        if (unit == QString::fromUtf8(e.unit))
            return Scale {e.factor, QString::fromLatin1(e.base)};
    }
    // Grafana's short and count units: "1.20 K", "3.40 Mil req/s".
    static constexpr Entry words[] = {{"K", 1e3, ""}, {"Mil", 1e6, ""}, {"Bil", 1e9, ""}, {"Tri", 1e12, ""}};
    for (const Entry& e : words) {
        const QLatin1String word(e.unit);
        if (unit == word)
            return Scale {e.factor, QString()};
        if (unit.startsWith(word + QLatin1Char(' ')))
            return Scale {e.factor, unit.mid(word.size() + 1)};
    }
    static constexpr Entry binary[] = {{"Ki", 1024.0, ""},
                                       {"Mi", 1048576.0, ""},
                                       {"Gi", 1073741824.0, ""},
                                       {"Ti", 1099511627776.0, ""},
                                       {"Pi", 1125899906842624.0, ""}};
    for (const Entry& e : binary) {
        if (unit.size() > 2 && unit.startsWith(QLatin1String(e.unit)))
            return Scale {e.factor, unit.mid(2)};
    }
    // SI prefixes only on bases where a prefix cannot be mistaken for another unit.
    static const QStringList bases
        = {QStringLiteral("B"),   QStringLiteral("b"),   QStringLiteral("bps"), QStringLiteral("Bps"),
           QStringLiteral("B/s"), QStringLiteral("b/s"), QStringLiteral("Hz"),  QStringLiteral("W"),
           QStringLiteral("Wh"),  QStringLiteral("V"),   QStringLiteral("A"),   QStringLiteral("J")};
    if (bases.contains(unit))
        return Scale {1.0, unit};
    static constexpr Entry prefixes[]
        = {{"n", 1e-9, ""}, {"µ", 1e-6, ""}, {"u", 1e-6, ""}, {"m", 1e-3, ""}, {"k", 1e3, ""},
           {"K", 1e3, ""},  {"M", 1e6, ""},  {"G", 1e9, ""},  {"T", 1e12, ""}, {"P", 1e15, ""}};
    for (const Entry& e : prefixes) {
        const QString prefix = QString::fromUtf8(e.unit);
        if (unit.startsWith(prefix) && bases.contains(unit.mid(prefix.size())))
            return Scale {e.factor, unit.mid(prefix.size())};
    }
    return std::nullopt;
}

} // namespace debrief

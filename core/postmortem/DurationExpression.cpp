// SPDX-License-Identifier: GPL-3.0-or-later
#include "DurationExpression.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>
#include <cmath>

namespace debrief {

namespace {

constexpr auto kOptions = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// One amount with its unit: "2 hours", "30m", "half an hour", "an hour and a half", "two-hour".
const QRegularExpression& partPattern()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\d.:,])(?:\\b(?<half>half)\\s+(?:an?\\s+)?"
                       "|(?<n>\\d+(?:[.,]\\d+)?|\\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                       "|twelve|fifteen|twenty|thirty|forty-five|forty|sixty|ninety))(?:\\s*-\\s*|\\s*)"
                       "(?:(?<nhalf>and\\s+a\\s+half)\\s+)?)"
                       "(?<unit>days?|d|hours?|hrs?|h|minutes?|mins?|m|seconds?|secs?|s)(?![a-z])"
                       "(?<uhalf>\\s+and\\s+a\\s+half)?"),
        kOptions);
    return re;
}

double amountOf(const QString& word)
{
    static const QStringList words {QStringLiteral("zero"),  QStringLiteral("one"),   QStringLiteral("two"),
                                    QStringLiteral("three"), QStringLiteral("four"),  QStringLiteral("five"),
                                    QStringLiteral("six"),   QStringLiteral("seven"), QStringLiteral("eight"),
                                    QStringLiteral("nine"),  QStringLiteral("ten"),   QStringLiteral("eleven"),
                                    QStringLiteral("twelve")};
    const QString w = word.toLower();
    if (w == u"a" || w == u"an")
        return 1;
    if (const qsizetype i = words.indexOf(w); i >= 0)
        return double(i);
    static const QHash<QString, double> tens {{QStringLiteral("fifteen"), 15},    {QStringLiteral("twenty"), 20},
                                              {QStringLiteral("thirty"), 30},     {QStringLiteral("forty"), 40},
                                              {QStringLiteral("forty-five"), 45}, {QStringLiteral("sixty"), 60},
                                              {QStringLiteral("ninety"), 90}};
    if (tens.contains(w))
        return tens.value(w);
    return QString(w).replace(u',', u'.').toDouble();
}

// Units from the largest; a compound duration must go down ("1h 30m", never "30m 1h").
int unitRank(QStringView unit)
{
    const QChar first = unit.at(0).toLower();
    if (first == u'd')
        return 0;
    if (first == u'h')
        return 1;
    if (first == u'm')
        return 2;
    return 3;
}

double unitMinutes(int rank)
{
    static constexpr double minutes[] = {24 * 60, 60, 1, 1.0 / 60};
    return minutes[rank];
}

struct Part
{
    double minutes = 0;
    int rank = 0;
    qsizetype end = 0;
};

std::optional<Part> toPart(const QRegularExpressionMatch& m)
{
    const QString unit = m.captured(QStringLiteral("unit"));
    const QString number = m.captured(QStringLiteral("n"));
    // "a m" or "an h" are letters, not durations: words for numbers need a unit in words.
    if (unit.size() == 1 && !number.isEmpty() && !number.at(0).isDigit())
        return std::nullopt;
    double amount = m.hasCaptured(QStringLiteral("half")) ? 0.5 : amountOf(number);
    if (m.hasCaptured(QStringLiteral("nhalf")) || m.hasCaptured(QStringLiteral("uhalf")))
        amount += 0.5;
    const int rank = unitRank(unit);
    return Part {amount * unitMinutes(rank), rank, m.capturedEnd()};
}

// The compound duration that starts with `first`: "2 hours 15 minutes", "1h30m", "2 hrs and 15 mins".
std::optional<double> compoundFrom(QStringView text, Part first)
{
    static const QRegularExpression joint(QStringLiteral("\\s*(?:,\\s*|and\\s+|&\\s*)?"), kOptions);
    double total = first.minutes;
    Part last = first;
    for (;;) {
        const auto j = joint.match(text, last.end, QRegularExpression::NormalMatch,
                                   QRegularExpression::AnchorAtOffsetMatchOption);
        const auto m = partPattern().match(text, j.capturedEnd(), QRegularExpression::NormalMatch,
                                           QRegularExpression::AnchorAtOffsetMatchOption);
        const auto next = m.hasMatch() ? toPart(m) : std::nullopt;
        if (!next || next->rank <= last.rank)
            break;
        total += next->minutes;
        last = *next;
    }
    // "19h00" is a time, not nineteen hours followed by noise.
    if (last.end < text.size() && text[last.end].isDigit())
        return std::nullopt;
    return total;
}

} // namespace

std::optional<int> DurationExpression::findMinutes(QStringView text)
{
    auto it = partPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto first = toPart(it.next());
        if (!first)
            continue;
        if (const auto total = compoundFrom(text, *first))
            return int(std::lround(*total));
    }
    return std::nullopt;
}

} // namespace debrief

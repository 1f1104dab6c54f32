// SPDX-License-Identifier: GPL-3.0-or-later
#include "ContentWords.h"

#include <QHash>
#include <QStringList>
#include <algorithm>
#include <array>

namespace debrief {

namespace {

const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        // Common English function words, then words so common in postmortems that sharing them says
        // nothing about sharing a cause or a fix.
        const QString list = QStringLiteral(
            "a about above after again against all also am an and any are as at be because been before being "
            "below between both but by can could did do does doing down during each few for from further had "
            "has have having he her here hers him his how i if in into is it its itself just me more most my "
            "no nor not now of off on once only or other our ours out over own same she should so some such "
            "than that the their them then there these they this those through to too under until up very "
            "was we were what when where which while who whom why will with would you your via due "
            "become became becam becomes get got gets make made new initial initially later finally "
            "issue issues problem problems incident incidents outage outages cause causes caused causing root "
            "fix fixes fixed fixing resolve resolves resolved resolving resolution team teams engineer "
            "engineers engineering help helps helped discuss discussed long term solution solutions able "
            "lead leads led result results resulted happen happens happened");
        const QStringList split = list.split(u' ', Qt::SkipEmptyParts);
        return QSet<QString>(split.begin(), split.end());
    }();
    return words;
}

// Words people use for the same remedy; "rolled back" and "rollback" must meet.
QStringList synonymsOf(const QString& lower)
{
    static const QHash<QString, QStringList> synonyms {
        {QStringLiteral("rollback"), {QStringLiteral("roll"), QStringLiteral("back")}},
        {QStringLiteral("rollbacks"), {QStringLiteral("roll"), QStringLiteral("back")}},
        {QStringLiteral("revert"), {QStringLiteral("roll"), QStringLiteral("back")}},
        {QStringLiteral("reverted"), {QStringLiteral("roll"), QStringLiteral("back")}},
        {QStringLiteral("reverting"), {QStringLiteral("roll"), QStringLiteral("back")}},
        {QStringLiteral("reboot"), {QStringLiteral("restart")}},
        {QStringLiteral("rebooted"), {QStringLiteral("restart")}},
        {QStringLiteral("db"), {QStringLiteral("database")}},
    };
    return synonyms.value(lower, {lower});
}

} // namespace

QString ContentWords::stem(const QString& lowerWord)
{
    // Longest suffix first; a stem keeps at least three letters so "users" does not become "us".
    static const std::array<const char*, 17> suffixes {"izations", "ization", "ations", "ation", "ments", "ment",
                                                       "ings",     "ing",     "ions",   "ion",   "ers",   "er",
                                                       "ies",      "ed",      "es",     "s",     "e"};
    QString word = lowerWord;
    if (word.endsWith(QLatin1String("'s")))
        word.chop(2);
    for (const char* suffix : suffixes) {
        const QLatin1String s(suffix);
        if (word.endsWith(s) && word.size() - s.size() >= 3 && !word.endsWith(QLatin1String("ss"))) {
            word.chop(s.size());
            break;
        }
    }
    if (word.endsWith(u'e') && word.size() > 3)
        word.chop(1);
    // "misconfigured" and "config" talk about the same thing as "configuration".
    if (word.startsWith(QLatin1String("mis")) && word.size() >= 8)
        word.remove(0, 3);
    if (word.startsWith(QLatin1String("config")))
        word.truncate(6);
    return word;
}

QSet<QString> ContentWords::of(QStringView text)
{
    QSet<QString> words;
    QString current;
    const auto flush = [&] {
        const QString lower = current.toLower();
        current.clear();
        for (const QString& word : synonymsOf(lower)) {
            const bool numeric = std::all_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
            if (word.size() >= 3 && !numeric && !stopWords().contains(word))
                words.insert(stem(word));
        }
    };
    for (QChar c : text) {
        if (c.isLetterOrNumber())
            current += c;
        else if (!current.isEmpty())
            flush();
    }
    if (!current.isEmpty())
        flush();
    return words;
}

double ContentWords::overlap(const QSet<QString>& a, const QSet<QString>& b)
{
    const qsizetype smaller = std::min(a.size(), b.size());
    if (smaller == 0)
        return 0.0;
    const QSet<QString>& small = a.size() <= b.size() ? a : b;
    const QSet<QString>& large = a.size() <= b.size() ? b : a;
    qsizetype shared = 0;
    for (const QString& w : small)
        shared += large.contains(w) ? 1 : 0;
    return double(shared) / double(smaller);
}

} // namespace debrief

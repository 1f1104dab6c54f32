// SPDX-License-Identifier: GPL-3.0-or-later
#include "SectionClassifier.h"

#include <QHash>
#include <QRegularExpression>

namespace debrief {

namespace {

const QHash<QString, SectionRole>& synonyms()
{
    static const QHash<QString, SectionRole> table = [] {
        QHash<QString, SectionRole> t;
        const auto add = [&t](SectionRole role, std::initializer_list<const char*> names) {
            for (const char* name : names)
                t.insert(QString::fromLatin1(name), role);
        };
        add(SectionRole::Summary,
            {"issue summary", "summary", "overview", "executive summary", "incident summary", "description",
             "incident overview", "incident description"});
        add(SectionRole::Impact, {"impact", "customer impact", "user impact", "business impact", "impact summary"});
        add(SectionRole::Timeline,
            {"timeline", "incident timeline", "chronology", "sequence of events", "detection and timeline",
             "timeline of events", "event timeline"});
        add(SectionRole::RootCause,
            {"root cause", "root causes", "root cause analysis", "root cause and resolution",
             "root causes and resolution", "contributing factors", "trigger", "what happened", "why", "cause", "causes",
             "rca"});
        // "5 Whys" arrives as "whys": the numbering is stripped like a section number's.
        add(SectionRole::Whys,
            {"whys", "why's", "five whys", "five why's", "the five whys", "the 5 whys", "whys analysis",
             "five whys analysis", "why analysis", "why chain"});
        add(SectionRole::Resolution,
            {"resolution", "recovery", "mitigation", "resolution and recovery", "resolution and mitigation"});
        add(SectionRole::Measures,
            {"corrective and preventative measures", "corrective and preventive measures", "remediation", "prevention",
             "corrective measures", "preventative measures", "preventive measures"});
        add(SectionRole::Lessons,
            {"lessons learned", "lessons learnt", "what went well", "what went wrong", "where we got lucky",
             "things that went well", "things that went wrong", "learnings", "takeaways"});
        add(SectionRole::ActionItems,
            {"todo",
             "todo list",
             "to do",
             "to-do",
             "to do list",
             "to-do list",
             "action items",
             "action item",
             "follow-ups",
             "follow ups",
             "followups",
             "follow-up actions",
             "follow up actions",
             "follow-up items",
             "follow-up tasks",
             "follow up tasks",
             "next steps",
             "tasks",
             "actions",
             "action plan"});
        return t;
    }();
    return table;
}

bool isSymbol(QChar c)
{
    if (c.isLetterOrNumber() || c.isSpace())
        return false;
    // Punctuation that can belong inside a heading's words ("Follow-ups", "Root Cause(s)").
    return !QStringView(u"-'()&/,.+").contains(c);
}

QString stripSymbols(QStringView heading)
{
    QString out;
    out.reserve(heading.size());
    for (qsizetype i = 0; i < heading.size(); ++i) {
        const QChar c = heading.at(i);
        if (c.isHighSurrogate() || c.isLowSurrogate() || c == u'\u200d' || c == u'\ufe0f' || isSymbol(c))
            out += u' ';
        else
            out += c;
    }
    return out;
}

} // namespace

QString SectionClassifier::cleanHeading(QStringView heading)
{
    static const QRegularExpression numbering(
        QStringLiteral("^\\s*(?:\\d{1,2}(?:\\.\\d{1,2})*[.)]?|[IVX]{1,4}[.)])\\s+"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    // Exports of doc sites wrap a heading in anchors: "[#](https://x/p.html#action-items)Action Items
    // <a href="#action-items"></a>" reads "# (https://x/p.html#action-items)Action Items <a ...>".
    // The anchor tags, the link targets and the anchor's "#" are no words of the heading (other tags
    // are: "Impact <iframe>" may be the author's text).
    static const QRegularExpression anchors(
        QStringLiteral("</?a\\b[^<>]*>|\\s*\\((?:https?://|#|/|\\./|\\.\\./)[^()\\s]*\\)|^\\s*[#¶§]\\s*"));
    QString cleaned = heading.toString();
    cleaned.remove(anchors);
    QString text = stripSymbols(cleaned).replace(spaces, QStringLiteral(" ")).trimmed();
    // Emphasis with underscores ("__Impact__", "_Timeline_") sits at the edges only.
    while (text.startsWith(u'_'))
        text.remove(0, 1);
    while (text.endsWith(u'_'))
        text.chop(1);
    text = text.trimmed();
    text.remove(numbering);
    while (!text.isEmpty() && (text.endsWith(u':') || text.endsWith(u'.') || text.endsWith(u'-')))
        text.chop(1);
    return text.trimmed();
}

namespace {

// Words that give a heading its role when it says more than a synonym ("Root cause of the outage",
// "Rhythmic Timeline: Makossa Moves", "Follow-up actions"). The role whose phrase comes first wins,
// so "Root Cause and Resolution" is a root cause and "Impact and timeline" an impact.
struct KeyPhrase
{
    const char* words;
    SectionRole role;
};

constexpr KeyPhrase kKeyPhrases[] = {
    {"summary", SectionRole::Summary},
    {"overview", SectionRole::Summary},
    {"tl dr", SectionRole::Summary},
    {"tldr", SectionRole::Summary},
    {"impact", SectionRole::Impact},
    {"timeline", SectionRole::Timeline},
    {"time line", SectionRole::Timeline},
    {"chronology", SectionRole::Timeline},
    {"sequence of events", SectionRole::Timeline},
    {"key events", SectionRole::Timeline},
    {"root cause", SectionRole::RootCause},
    {"root causes", SectionRole::RootCause},
    {"rca", SectionRole::RootCause},
    {"contributing factors", SectionRole::RootCause},
    {"causes", SectionRole::RootCause},
    {"cause", SectionRole::RootCause},
    {"5 whys", SectionRole::Whys},
    {"five whys", SectionRole::Whys},
    {"resolution", SectionRole::Resolution},
    {"recovery", SectionRole::Resolution},
    {"mitigation", SectionRole::Resolution},
    {"corrective", SectionRole::Measures},
    {"preventative", SectionRole::Measures},
    {"preventive", SectionRole::Measures},
    {"prevention", SectionRole::Measures},
    {"remediation", SectionRole::Measures},
    {"improvements", SectionRole::Measures},
    {"action items", SectionRole::ActionItems},
    {"action item", SectionRole::ActionItems},
    {"actions", SectionRole::ActionItems},
    // What was done during the incident is a part of its timeline, not work still to do.
    {"actions taken", SectionRole::Timeline},
    {"steps taken", SectionRole::Timeline},
    {"tasks performed", SectionRole::Timeline},
    {"actions performed", SectionRole::Timeline},
    {"steps performed", SectionRole::Timeline},
    {"follow up", SectionRole::ActionItems},
    {"follow ups", SectionRole::ActionItems},
    {"followups", SectionRole::ActionItems},
    {"next steps", SectionRole::ActionItems},
    {"todo", SectionRole::ActionItems},
    {"to do", SectionRole::ActionItems},
    {"tasks", SectionRole::ActionItems},
    {"action plan", SectionRole::ActionItems},
    // Work the team commits to, said in their own words: "What we're doing about it", "Future work",
    // "Going forward", "What we will change".
    {"future work", SectionRole::ActionItems},
    {"going forward", SectionRole::ActionItems},
    {"moving forward", SectionRole::ActionItems},
    {"what we re doing", SectionRole::ActionItems},
    {"what we are doing", SectionRole::ActionItems},
    {"what we will do", SectionRole::ActionItems},
    {"what we ll do", SectionRole::ActionItems},
    {"what we re changing", SectionRole::ActionItems},
    {"what we are changing", SectionRole::ActionItems},
    {"what we will change", SectionRole::ActionItems},
    {"lessons", SectionRole::Lessons},
    {"learned", SectionRole::Lessons},
    {"learnt", SectionRole::Lessons},
    {"went well", SectionRole::Lessons},
    {"went wrong", SectionRole::Lessons},
    {"got lucky", SectionRole::Lessons},
};

// A heading longer than this is a sentence, whatever words it holds.
constexpr int kMaxHeadingWords = 10;

struct ScoredRole
{
    SectionRole role = SectionRole::Unknown;
    int wordIndex = -1; // where the words that give the role start
};

ScoredRole scoredRole(const QString& key)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    const QStringList words = key.split(separators, Qt::SkipEmptyParts);
    // Dates and numbers in a heading ("Timeline (all times PST) 01/16/2024 - 02/28/2024") are no words.
    const auto wordsIn = [](const QStringList& ws) {
        return std::count_if(ws.cbegin(), ws.cend(), [](const QString& w) {
            return std::any_of(w.cbegin(), w.cend(), [](QChar c) { return c.isLetter(); });
        });
    };
    // The report names a section the document headed twice by both headings, " / " between them:
    // each of them is held to the length of a heading, not the two together.
    qsizetype wordCount = 0;
    for (const QString& part : key.split(QStringLiteral(" / ")))
        wordCount = std::max(wordCount, qsizetype(wordsIn(part.split(separators, Qt::SkipEmptyParts))));
    if (wordCount == 0 || wordCount > kMaxHeadingWords)
        return {};
    const QString spaced = u' ' + words.join(u' ') + u' ';
    SectionRole best = SectionRole::Unknown;
    qsizetype bestAt = -1;
    qsizetype bestLength = 0;
    for (const KeyPhrase& p : kKeyPhrases) {
        const QString phrase = u' ' + QLatin1String(p.words) + u' ';
        const qsizetype at = spaced.indexOf(phrase);
        if (at < 0)
            continue;
        if (bestAt < 0 || at < bestAt || (at == bestAt && phrase.size() > bestLength)) {
            best = p.role;
            bestAt = at;
            bestLength = phrase.size();
        }
    }
    // "The following 2 weeks", "Over the next few months", "Coming sprints": work planned for a
    // stretch of time ahead is follow-up work, whatever the heading's other words.
    static const QRegularExpression horizon(
        QStringLiteral("\\b(?:next|following|coming|upcoming)\\s+(?:\\d+|few|two|three|couple of)?\\s*"
                       "(?:days|weeks|months|quarters|sprints)\\b"));
    if (best == SectionRole::Unknown) {
        const QRegularExpressionMatch m = horizon.match(spaced);
        if (!m.hasMatch())
            return {};
        best = SectionRole::ActionItems;
        bestAt = m.capturedStart() - 1;
    }
    return {best, int(QStringView(spaced).left(bestAt + 1).count(u' ')) - 1};
}

} // namespace

bool SectionClassifier::namesSection(QStringView heading)
{
    return classify(heading) != SectionRole::Unknown || isCommonOtherSection(heading);
}

bool SectionClassifier::isCommonOtherSection(QStringView heading)
{
    static const QStringList others = {
        QStringLiteral("conclusion"), QStringLiteral("conclusions"), QStringLiteral("background"),
        QStringLiteral("context"), QStringLiteral("appendix"), QStringLiteral("references"),
        QStringLiteral("glossary"), QStringLiteral("acknowledgements"), QStringLiteral("acknowledgments"),
        QStringLiteral("final thoughts"), QStringLiteral("closing thoughts")};
    return others.contains(cleanHeading(heading).toLower());
}

namespace {

// The role of a heading that is a known name ("Issue Summary", "Timeline (PDT)"), Unknown otherwise.
SectionRole namedRole(const QString& key)
{
    if (const auto it = synonyms().constFind(key); it != synonyms().constEnd())
        return *it;
    // "Incident Timeline (PDT)", "Timeline - all times UTC": the words before the aside decide.
    static const QRegularExpression aside(QStringLiteral("\\s*(?:\\(.*\\)|[-,].*)$"));
    const QString core = QString(key).remove(aside).trimmed();
    if (core != key)
        return synonyms().value(core, SectionRole::Unknown);
    return SectionRole::Unknown;
}

QString keyOf(QStringView heading)
{
    QString key = SectionClassifier::cleanHeading(heading).toLower();
    key.replace(QStringLiteral("(s)"), QStringLiteral("s"));
    key.replace(u'\u2019', u'\'');
    return key;
}

} // namespace

bool SectionClassifier::isKnownName(QStringView heading)
{
    return namedRole(keyOf(heading)) != SectionRole::Unknown;
}

SectionRole SectionClassifier::classify(QStringView heading)
{
    const QString key = keyOf(heading);
    if (const SectionRole named = namedRole(key); named != SectionRole::Unknown)
        return named;
    // A sentence ("A summary of the pause duration.") or a line naming identifiers ("# TYPE
    // go_gc_duration_seconds summary") is no heading, whatever words it holds.
    const QStringView raw = heading.trimmed();
    static const QRegularExpression identifier(QStringLiteral("[\\p{L}\\p{N}]_[\\p{L}\\p{N}]|="));
    if (raw.endsWith(u'.') || identifier.match(raw).hasMatch())
        return SectionRole::Unknown;
    return scoredRole(key).role;
}

int SectionClassifier::roleWordIndex(QStringView heading)
{
    const QString key = keyOf(heading);
    if (namedRole(key) != SectionRole::Unknown)
        return 0;
    return scoredRole(key).wordIndex;
}

} // namespace debrief

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
            {"corrective and preventative measures", "corrective and preventive measures", "lessons learned",
             "lessons learnt", "what went well", "what went wrong", "where we got lucky", "remediation", "prevention",
             "corrective measures", "preventative measures", "preventive measures", "things that went well",
             "things that went wrong"});
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
    QString text = stripSymbols(heading).replace(spaces, QStringLiteral(" ")).trimmed();
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

SectionRole SectionClassifier::classify(QStringView heading)
{
    QString key = cleanHeading(heading).toLower();
    key.replace(QStringLiteral("(s)"), QStringLiteral("s"));
    key.replace(u'\u2019', u'\'');
    if (const auto it = synonyms().constFind(key); it != synonyms().constEnd())
        return *it;
    // "Incident Timeline (PDT)", "Timeline - all times UTC": the words before the aside decide.
    static const QRegularExpression aside(QStringLiteral("\\s*(?:\\(.*\\)|[-,].*)$"));
    const QString core = QString(key).remove(aside).trimmed();
    if (core != key)
        return synonyms().value(core, SectionRole::Unknown);
    return SectionRole::Unknown;
}

} // namespace debrief

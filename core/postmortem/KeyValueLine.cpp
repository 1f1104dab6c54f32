// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyValueLine.h"

#include <QHash>
#include <QRegularExpression>

namespace debrief {

namespace {

const QHash<QString, IncidentField>& keys()
{
    static const QHash<QString, IncidentField> table = [] {
        QHash<QString, IncidentField> t;
        const auto add = [&t](IncidentField field, std::initializer_list<const char*> names) {
            for (const char* name : names)
                t.insert(QString::fromLatin1(name), field);
        };
        add(IncidentField::Duration,
            {"duration", "duration of the outage", "outage duration", "total duration", "incident duration",
             "duration of the incident", "downtime"});
        add(IncidentField::Impact, {"impact", "customer impact", "user impact", "business impact"});
        add(IncidentField::RootCause, {"root cause", "root causes", "root cause(s)", "cause"});
        add(IncidentField::Resolution, {"resolution"});
        add(IncidentField::Severity, {"severity", "sev", "priority", "incident severity", "severity level", "level"});
        add(IncidentField::Status, {"status", "incident status", "current status", "state"});
        add(IncidentField::Date, {"date", "incident date", "date of incident", "day"});
        add(IncidentField::Started, {"start", "started", "start time", "started at", "incident start", "began"});
        add(IncidentField::Ended, {"end", "ended", "end time", "ended at", "incident end"});
        add(IncidentField::Detected, {"detected", "detected at", "detection time", "time detected"});
        add(IncidentField::Resolved, {"resolved", "resolved at", "resolution time", "time resolved"});
        add(IncidentField::Owner, {"owner", "owners", "incident owner", "incident commander", "author", "authors"});
        add(IncidentField::Trigger, {"trigger"});
        add(IncidentField::Timezone, {"timezone", "time zone"});
        add(IncidentField::ActionItems,
            {"review actions", "action items", "action item", "follow-up actions", "follow up actions",
             "follow-ups", "follow-up", "next steps", "corrective actions", "preventive actions",
             "preventative actions", "remediation actions"});
        return t;
    }();
    return table;
}

} // namespace

std::optional<IncidentField> KeyValueLine::fieldOf(QStringView key)
{
    QString k = key.trimmed().toString().toLower();
    k.replace(u'\u00a0', u' ');
    const auto it = keys().constFind(k.simplified());
    if (it == keys().constEnd())
        return std::nullopt;
    return *it;
}

std::optional<KeyValueLine> KeyValueLine::parse(QStringView line)
{
    const qsizetype colon = line.indexOf(u':');
    if (colon <= 0 || colon > 40)
        return std::nullopt;
    const QStringView key = line.left(colon).trimmed();
    const auto field = fieldOf(key);
    if (!field)
        return std::nullopt;
    KeyValueLine kv;
    kv.field = *field;
    kv.key = key.toString();
    kv.value = line.mid(colon + 1).trimmed().toString();
    return kv;
}

std::optional<std::pair<QString, QString>> KeyValueLine::splitLabel(QStringView line)
{
    // The label may end in an aside that holds colons of its own: "Issue Detection (November 10,
    // 2023, 8:00 PM): Users reported ...".
    static const QRegularExpression re(
        QStringLiteral("^\\s*(\\p{L}[^:(]{0,39}?)\\s*(\\([^()]{1,48}\\))?\\s*:\\s+(\\S.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(line.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QString words = m.captured(1).trimmed();
    if (words.count(u' ') > 4 || words.contains(QStringLiteral("http")))
        return std::nullopt;
    const QString label = m.captured(2).isEmpty() ? words : words + u' ' + m.captured(2);
    return std::make_pair(label, m.captured(3).trimmed());
}

} // namespace debrief

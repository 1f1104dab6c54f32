// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimelineKindClassifier.h"

#include <QList>
#include <QRegularExpression>
#include <array>

namespace debrief {

namespace {

using Kind = TimelineKind;

// A cue: a pattern over the words of an entry, the kind it speaks for and how loudly.
// Patterns start at a word boundary and are otherwise open-ended, so a stem ("investigat") matches
// every word built on it ("investigation", "investigating"). Each cue counts once per text, so a
// long paragraph does not win by repetition.
struct Cue
{
    const char* pattern;
    Kind kind;
    int weight;
};

// Weights: 1 a hint, 2-3 a usual word for the kind, 4-5 the kind's own verb. Red herring cues weigh
// 8 because a red herring is always told as an investigation ("the initial investigation led to
// considering a DDoS attack"): its markers must outweigh the investigation words around them. A
// rollback weighs 6 for the same reason: it names the deploy it undoes.
constexpr Cue kCues[] = {
    // detection: something told us
    {"detect", Kind::Detection, 4},
    {"alert", Kind::Detection, 3},
    {"alarm", Kind::Detection, 3},
    {"pag(?:ed|er|ing)", Kind::Detection, 3},
    {"opsgenie", Kind::Detection, 3},
    {"notic", Kind::Detection, 3},
    {"(?:customers?|users?)\\s+(?:reported|complained)", Kind::Detection, 3},
    {"reported\\b", Kind::Detection, 2},
    {"(?:incident\\s+(?:was\\s+)?declared|declared\\s+(?:an?\\s+)?incident)", Kind::Detection, 3},
    {"first\\s+(?:report|sign|alert|error)", Kind::Detection, 2},
    {"monitor", Kind::Detection, 2},
    {"discover", Kind::Detection, 2},
    {"on[-\\s]?call", Kind::Detection, 1},
    {"spik", Kind::Detection, 1},
    {"(?:fired|triggered)\\b", Kind::Detection, 1},
    {"observ", Kind::Detection, 1},
    // investigation: working out what is wrong
    {"investigat", Kind::Investigation, 4},
    {"(?:diagnos|debug|troubleshoot|triag)", Kind::Investigation, 3},
    {"look(?:ed|ing)?\\s+into", Kind::Investigation, 3},
    {"identif", Kind::Investigation, 2},
    {"suspect", Kind::Investigation, 2},
    {"(?:analy[sz]|examin|inspect|narrow)", Kind::Investigation, 2},
    {"check(?:ed|ing)?\\b", Kind::Investigation, 2},
    {"(?:found|discovered|determined|confirmed)\\s+that", Kind::Investigation, 2},
    {"(?:pointed|points?)\\s+to", Kind::Investigation, 2},
    {"trac(?:ed|ing)\\b", Kind::Investigation, 2},
    {"(?:potential|possible|probable)\\s+causes?", Kind::Investigation, 2},
    {"hypothes", Kind::Investigation, 2},
    {"(?:review(?:ed|ing)?\\b|consider|focus|assum|eliminat|root\\s+cause)", Kind::Investigation, 1},
    // red herring: a lead that went nowhere
    {"red\\s+herring", Kind::RedHerring, 8},
    {"(?:mislead|misled)", Kind::RedHerring, 8},
    {"false\\s+(?:lead|alarm|positive|trail|start)", Kind::RedHerring, 8},
    {"dead[-\\s]end", Kind::RedHerring, 8},
    {"(?:unrelated|not\\s+related|wasn'?t\\s+related|irrelevant)", Kind::RedHerring, 8},
    {"wrong\\s+(?:track|direction|path|lead)", Kind::RedHerring, 8},
    {"(?:was\\s+not|wasn'?t|were\\s+not|is\\s+not)\\s+(?:the\\s+)?(?:root\\s+)?cause", Kind::RedHerring, 8},
    {"ruled\\s+out", Kind::RedHerring, 3},
    {"turned\\s+out", Kind::RedHerring, 1},
    // mitigation: stopping the bleeding without curing it
    {"mitigat", Kind::Mitigation, 4},
    {"(?:roll(?:ed|ing)?\\s*back|revert)", Kind::Mitigation, 6},
    {"fail(?:ed|ing)?\\s*over", Kind::Mitigation, 5},
    {"(?:workaround|work\\s+around)", Kind::Mitigation, 4},
    {"(?:restart|reboot|bounc(?:ed|ing)\\b)", Kind::Mitigation, 3},
    {"(?:scal(?:ed|ing)\\s+(?:up|out)|added\\s+(?:more\\s+)?(?:capacity|servers|nodes|instances))", Kind::Mitigation,
     3},
    {"increas\\w*\\s+(?:the\\s+)?(?:server\\s+)?capacity", Kind::Mitigation, 3},
    {"(?:redirect|rerout|stabili[sz])", Kind::Mitigation, 3},
    {"(?:disabl|throttl|rate[-\\s]limit|drain|block(?:ed|ing)?\\b|kill(?:ed|ing)?\\b)", Kind::Mitigation, 2},
    {"(?:flush|purg|cleared\\s+(?:the\\s+)?cache)", Kind::Mitigation, 2},
    {"temporar", Kind::Mitigation, 1},
    // fix: the cure
    {"hotfix", Kind::Fix, 5},
    {"fix", Kind::Fix, 3},
    {"(?:patch|repair|correct(?:ed|ing)\\b)", Kind::Fix, 3},
    {"(?:merg(?:ed|ing)?\\b|permanent)", Kind::Fix, 2},
    {"(?:test(?:ed|ing)?\\b|pull\\s+request)", Kind::Fix, 1},
    // deploy: a change reaching production
    {"(?:re)?deploy", Kind::Deploy, 3},
    {"(?:roll(?:ed|ing)?\\s*out|went\\s+live|go[-\\s]live|push(?:ed)?\\s+to\\s+prod)", Kind::Deploy, 3},
    {"(?:releas|ship(?:ped)?\\b|canary|config(?:uration)?\\s+change)", Kind::Deploy, 2},
    {"(?:v\\d+\\.\\d+|migrat)", Kind::Deploy, 1},
    // resolution: the incident is over
    {"resol[vu]", Kind::Resolution, 5},
    {"(?:back|returned)\\s+to\\s+normal|normal\\s+operation", Kind::Resolution, 4},
    {"all[-\\s]clear|(?:end\\s+of|ended)\\s+(?:the\\s+)?(?:incident|impact)|impact\\s+ended", Kind::Resolution, 4},
    {"(?:recover|restor|operational)", Kind::Resolution, 3},
    {"clos(?:ed|ing)\\b", Kind::Resolution, 3},
    {"(?:working|up|available|online)\\s+again", Kind::Resolution, 3},
    {"no\\s+(?:further|more|new)\\s+(?:errors|issues|alerts|impact|failures)", Kind::Resolution, 3},
    {"(?:incident|outage)\\s+(?:was\\s+)?(?:over|ended)", Kind::Resolution, 3},
    {"(?:all\\s+(?:systems|services)|able\\s+to)", Kind::Resolution, 1},
    // communication: telling people
    {"status\\s*page", Kind::Communication, 5},
    {"notif", Kind::Communication, 4},
    {"(?:announc|communicat|inform(?:ed|ing)?\\b|tweet)", Kind::Communication, 3},
    {"updated\\s+(?:the\\s+)?(?:customers|users|stakeholders|status)", Kind::Communication, 3},
    {"(?:posted\\b|email|stakeholder|escalat|(?:status|incident)\\s+update)", Kind::Communication, 2},
    {"(?:customer|slack|channel)", Kind::Communication, 1},
};

// The label ("Misleading Investigation", "Mitigation") is the writer's own verdict on the entry.
constexpr int kLabelFactor = 2;
// A lone hint (one weight-1 word) is too little to leave "note".
constexpr int kMinimumScore = 2;

// Ties go to the rarer, more telling kind: "deployed the fix" is a fix, "rolled back the deploy" a
// mitigation, and investigation, the kind of most entries, only wins outright.
constexpr Kind kTieOrder[] = {Kind::RedHerring, Kind::Resolution,    Kind::Fix,       Kind::Mitigation,
                              Kind::Deploy,     Kind::Communication, Kind::Detection, Kind::Investigation};

struct CompiledCue
{
    QRegularExpression re;
    Kind kind;
    int weight;
};

const QList<CompiledCue>& compiledCues()
{
    static const QList<CompiledCue> cues = [] {
        QList<CompiledCue> list;
        for (const Cue& cue : kCues) {
            list.append({QRegularExpression(QStringLiteral("\\b(?:%1)").arg(QString::fromLatin1(cue.pattern)),
                                            QRegularExpression::CaseInsensitiveOption
                                                | QRegularExpression::UseUnicodePropertiesOption),
                         cue.kind, cue.weight});
        }
        return list;
    }();
    return cues;
}

using Scores = std::array<int, 9>;

void addScores(Scores& scores, QStringView text, int factor)
{
    if (text.trimmed().isEmpty())
        return;
    for (const CompiledCue& cue : compiledCues()) {
        if (cue.re.match(text).hasMatch())
            scores[std::size_t(cue.kind)] += cue.weight * factor;
    }
}

} // namespace

TimelineKind TimelineKindClassifier::classify(QStringView label, QStringView text)
{
    Scores scores {};
    addScores(scores, label, kLabelFactor);
    addScores(scores, text, 1);
    Kind best = Kind::Note;
    int bestScore = kMinimumScore - 1;
    for (const Kind kind : kTieOrder) {
        if (scores[std::size_t(kind)] > bestScore) {
            best = kind;
            bestScore = scores[std::size_t(kind)];
        }
    }
    return best;
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#include "SuggestionTriage.h"

#include <QTest>

using namespace debrief;

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kT0 = 1723316400000; // 2024-08-10 19:00 UTC

SuggestedEvent suggestion(qint64 at, TimelineKind kind)
{
    SuggestedEvent s;
    s.at = UtcMillis {at};
    s.kind = kind;
    return s;
}

TimelineEvent entryAt(std::optional<qint64> at)
{
    TimelineEvent e;
    if (at)
        e.at = UtcMillis {*at};
    e.text = QStringLiteral("entry");
    return e;
}

} // namespace

class TestSuggestionTriage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusOfEach();
    void openKeepsOrder();
};

void TestSuggestionTriage::statusOfEach()
{
    QVector<SuggestedEvent> s {
        suggestion(kT0, TimelineKind::Detection), // an entry at 19:01: in the timeline
        suggestion(kT0 + 30 * kMinute, TimelineKind::Note), // nothing near: open
        suggestion(kT0 + 60 * kMinute, TimelineKind::Mitigation), // rejected
        suggestion(kT0 + 90 * kMinute, TimelineKind::Resolution), // entry 3 min away: still open
        suggestion(kT0 + 120 * kMinute, TimelineKind::Note), // rejected with another kind: open
    };
    const QVector<TimelineEvent> timeline {entryAt(kT0 + kMinute), entryAt(std::nullopt),
                                           entryAt(kT0 + 93 * kMinute)};
    const QVector<RejectedSuggestion> rejected {{UtcMillis {kT0 + 60 * kMinute}, TimelineKind::Mitigation},
                                                {UtcMillis {kT0 + 120 * kMinute}, TimelineKind::Detection}};
    SuggestionTriage::mark(s, timeline, rejected);
    QCOMPARE(s[0].status, SuggestionStatus::InTimeline);
    QCOMPARE(s[1].status, SuggestionStatus::Open);
    QCOMPARE(s[2].status, SuggestionStatus::Rejected);
    QCOMPARE(s[3].status, SuggestionStatus::Open);
    QCOMPARE(s[4].status, SuggestionStatus::Open);
    // Marking again after the review changed starts over: nothing sticks from the last time.
    SuggestionTriage::mark(s, {}, {});
    for (const SuggestedEvent& e : s)
        QCOMPARE(e.status, SuggestionStatus::Open);
}

void TestSuggestionTriage::openKeepsOrder()
{
    QVector<SuggestedEvent> s {suggestion(kT0, TimelineKind::Note), suggestion(kT0 + kMinute * 10, TimelineKind::Note),
                               suggestion(kT0 + kMinute * 20, TimelineKind::Note)};
    s[1].status = SuggestionStatus::Rejected;
    const QVector<SuggestedEvent> open = SuggestionTriage::open(s);
    QCOMPARE(open.size(), 2);
    QCOMPARE(open[0].at, s[0].at);
    QCOMPARE(open[1].at, s[2].at);
}

QTEST_GUILESS_MAIN(TestSuggestionTriage)
#include "TestSuggestionTriage.moc"

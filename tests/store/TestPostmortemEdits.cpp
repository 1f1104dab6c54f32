// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"
#include "IncidentRepository.h"
#include "PostmortemEdits.h"
#include "StoreError.h"
#include "StoreTestSupport.h"
#include "SuggestionReview.h"

#include <QTemporaryDir>
#include <QTest>

using namespace debrief;

namespace {

QStringList eventTexts(const Incident& incident)
{
    QStringList texts;
    for (const TimelineEvent& e : incident.timeline)
        texts << e.text;
    return texts;
}

QStringList itemTitles(const Incident& incident)
{
    QStringList titles;
    for (const ActionItem& a : incident.actionItems)
        titles << a.title;
    return titles;
}

} // namespace

// The single edits of PostmortemEdits on a real store file: each is stored at once (a reopened
// store shows it), lists stay in order without gaps, and what undo needs (positions, the same row
// ids back) holds.
class TestPostmortemEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void updateActionItemIsStoredAtOnce();
    void updateOfMissingActionItemThrowsAndChangesNothing();
    void updateTimelineEventKeepsPosition();
    void insertAtPositionShiftsTheRest();
    void removeReturnsPositionAndReinsertRestoresTheRow();
    void moveReorders();
    void textFieldsAndWindow();
    void rootCauseEdits();
    void whyStepEdits();
    void detailsInOneEdit();
    void rejectedSuggestionsStayRejected();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestPostmortemEdits::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()));
}

void TestPostmortemEdits::updateActionItemIsStoredAtOnce()
{
    IncidentId id;
    {
        Database db(m_path);
        IncidentRepository repository(db);
        id = repository.create(test::sampleIncident());
        ActionItem item = repository.load(id)->actionItems[0];
        item.owner = QStringLiteral("bob");
        item.status = ActionStatus::InProgress;
        item.due.reset();
        item.notes = QStringLiteral("resize done");
        PostmortemEdits(db).updateActionItem(item);
    }
    Database reopened(m_path);
    const ActionItem stored = IncidentRepository(reopened).load(id)->actionItems[0];
    QCOMPARE(stored.owner, QStringLiteral("bob"));
    QCOMPARE(stored.status, ActionStatus::InProgress);
    QVERIFY(!stored.due);
    QCOMPARE(stored.notes, QStringLiteral("resize done"));
    QCOMPARE(stored.group, QStringLiteral("Detection"));
}


void TestPostmortemEdits::updateOfMissingActionItemThrowsAndChangesNothing()
{
    Database db(m_path);
    IncidentRepository repository(db);
    const IncidentId id = repository.create(test::sampleIncident());
    ActionItem ghost;
    ghost.id = 9999;
    ghost.title = QStringLiteral("ghost");
    QVERIFY_THROWS_EXCEPTION(StoreError, PostmortemEdits(db).updateActionItem(ghost));
    QCOMPARE(repository.load(id)->actionItems.size(), 2);
}


void TestPostmortemEdits::updateTimelineEventKeepsPosition()
{
    Database db(m_path);
    IncidentRepository repository(db);
    const IncidentId id = repository.create(test::sampleIncident());
    TimelineEvent event = repository.load(id)->timeline[1];
    event.kind = TimelineKind::Investigation;
    event.at = UtcMillis{1723317000000};
    PostmortemEdits(db).updateTimelineEvent(event);
    const auto loaded = repository.load(id);
    QCOMPARE(loaded->timeline[1].kind, TimelineKind::Investigation);
    QCOMPARE(loaded->timeline[1].at, std::optional<UtcMillis>(UtcMillis{1723317000000}));
    QCOMPARE(loaded->timeline[0].kind, TimelineKind::Detection);
}


void TestPostmortemEdits::insertAtPositionShiftsTheRest()
{
    Database db(m_path);
    IncidentRepository repository(db);
    const IncidentId id = repository.create(test::sampleIncident());
    const QStringList before = eventTexts(*repository.load(id));
    TimelineEvent added;
    added.text = QStringLiteral("Paged the database team");
    added.kind = TimelineKind::Communication;
    const qint64 rowId = PostmortemEdits(db).insertTimelineEvent(id, 1, added);
    const Incident loaded = *repository.load(id);
    QCOMPARE(eventTexts(loaded), (QStringList {before[0], added.text, before[1]}));
    QCOMPARE(loaded.timeline[1].id, rowId);
    QCOMPARE(loaded.timeline[1].kind, TimelineKind::Communication);
    // Past the end: appended, never a gap.
    added.text = QStringLiteral("Last");
    PostmortemEdits(db).insertTimelineEvent(id, 99, added);
    QCOMPARE(eventTexts(*repository.load(id)).constLast(), QStringLiteral("Last"));
}

void TestPostmortemEdits::removeReturnsPositionAndReinsertRestoresTheRow()
{
    Database db(m_path);
    IncidentRepository repository(db);
    PostmortemEdits edits(db);
    const IncidentId id = repository.create(test::sampleIncident());
    const Incident original = *repository.load(id);
    const ActionItem first = original.actionItems[0];
    QCOMPARE(edits.removeActionItem(first.id), 0);
    QCOMPARE(itemTitles(*repository.load(id)), QStringList {original.actionItems[1].title});
    // Undo: the same row at the same place, so that later undo steps that name its id still work.
    QCOMPARE(edits.insertActionItem(id, 0, first), first.id);
    QCOMPARE(repository.load(id)->actionItems, original.actionItems);
    QVERIFY_THROWS_EXCEPTION(StoreError, edits.removeActionItem(first.id + 1000));
    QCOMPARE(repository.load(id)->actionItems, original.actionItems);
}

void TestPostmortemEdits::moveReorders()
{
    Database db(m_path);
    IncidentRepository repository(db);
    PostmortemEdits edits(db);
    const IncidentId id = repository.create(test::sampleIncident());
    TimelineEvent third;
    third.text = QStringLiteral("third");
    edits.insertTimelineEvent(id, 2, third);
    const Incident original = *repository.load(id);
    const QStringList texts = eventTexts(original);
    edits.moveTimelineEvent(original.timeline[0].id, 2);
    QCOMPARE(eventTexts(*repository.load(id)), (QStringList {texts[1], texts[2], texts[0]}));
    edits.moveTimelineEvent(original.timeline[0].id, 0);
    QCOMPARE(eventTexts(*repository.load(id)), texts);
    edits.moveActionItem(original.actionItems[1].id, 0);
    QCOMPARE(itemTitles(*repository.load(id)),
             (QStringList {original.actionItems[1].title, original.actionItems[0].title}));
}

void TestPostmortemEdits::textFieldsAndWindow()
{
    IncidentId id;
    {
        Database db(m_path);
        id = IncidentRepository(db).create(test::sampleIncident());
        PostmortemEdits edits(db);
        edits.setText(id, IncidentTextField::Title, QStringLiteral("Login outage"));
        edits.setText(id, IncidentTextField::Resolution, QStringLiteral("Pool size restored to 50."));
        edits.setText(id, IncidentTextField::Status, QStringLiteral("resolved"));
        edits.setWindow(id, UtcMillis {1723316400000}, std::nullopt);
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 edits.setText(IncidentId {id.value + 7}, IncidentTextField::Title, QString()));
    }
    Database reopened(m_path);
    const Incident loaded = *IncidentRepository(reopened).load(id);
    QCOMPARE(loaded.title, QStringLiteral("Login outage"));
    QCOMPARE(loaded.resolution, QStringLiteral("Pool size restored to 50."));
    QCOMPARE(loaded.status, QStringLiteral("resolved"));
    QCOMPARE(loaded.startedAt, std::optional<UtcMillis>(UtcMillis {1723316400000}));
    QVERIFY(!loaded.endedAt);
}

void TestPostmortemEdits::rootCauseEdits()
{
    Database db(m_path);
    IncidentRepository repository(db);
    PostmortemEdits edits(db);
    const IncidentId id = repository.create(test::sampleIncident());
    RootCause cause;
    cause.text = QStringLiteral("Pool max cut from 50 to 5 by the deploy");
    cause.section = QStringLiteral("Root cause");
    cause.id = edits.insertRootCause(id, 0, cause);
    QCOMPARE(repository.load(id)->rootCauses.constFirst(), cause);
    cause.text += QStringLiteral(" at 18:47");
    edits.updateRootCause(cause);
    QCOMPARE(repository.load(id)->rootCauses.constFirst().text, cause.text);
    const int before = int(repository.load(id)->rootCauses.size());
    QCOMPARE(edits.removeRootCause(cause.id), 0);
    QCOMPARE(int(repository.load(id)->rootCauses.size()), before - 1);
}

namespace {

QStringList whyTexts(const Incident& incident)
{
    QStringList texts;
    for (const WhyStep& w : incident.whys)
        texts << w.question + QStringLiteral(" | ") + w.answer;
    return texts;
}

} // namespace

void TestPostmortemEdits::whyStepEdits()
{
    IncidentId id;
    WhyStep added {0, QStringLiteral("Why did nobody notice?"), QStringLiteral("No pool alert."), 0};
    {
        Database db(m_path);
        IncidentRepository repository(db);
        PostmortemEdits edits(db);
        id = repository.create(test::sampleIncident());
        added.id = edits.insertWhyStep(id, 1, added);
        WhyStep open = repository.load(id)->whys[2];
        QCOMPARE(open.question, QStringLiteral("Why was it exhausted?"));
        open.answer = QStringLiteral("Max connections was 5.");
        edits.updateWhyStep(open);
        edits.moveWhyStep(added.id, 2);
    }
    Database reopened(m_path);
    IncidentRepository repository(reopened);
    QCOMPARE(whyTexts(*repository.load(id)),
             QStringList({QStringLiteral("Why did logins fail? | The pool was exhausted."),
                          QStringLiteral("Why was it exhausted? | Max connections was 5."),
                          QStringLiteral("Why did nobody notice? | No pool alert.")}));
    // Removing gives the position back; inserting there with the same id restores the row.
    PostmortemEdits edits(reopened);
    QCOMPARE(edits.removeWhyStep(added.id), 2);
    QCOMPARE(repository.load(id)->whys.size(), 2);
    QCOMPARE(edits.insertWhyStep(id, 2, added), added.id);
    QCOMPARE(repository.load(id)->whys[2], added);
    QVERIFY_THROWS_EXCEPTION(StoreError, edits.updateWhyStep(WhyStep {987654, QStringLiteral("?"), {}, 0}));
}

void TestPostmortemEdits::detailsInOneEdit()
{
    IncidentId id;
    Incident details;
    {
        Database db(m_path);
        IncidentRepository repository(db);
        id = repository.create(test::sampleIncident());
        details = *repository.load(id);
        details.title = QStringLiteral("Login outage");
        details.summary = QStringLiteral("Logins failed for **2 hours**.");
        details.impact = QStringLiteral("70% of users");
        details.severity = QStringLiteral("SEV1");
        details.status = QStringLiteral("mitigated");
        details.startedAt = UtcMillis {1723316400000};
        details.endedAt.reset();
        PostmortemEdits(db).setDetails(details);
    }
    Database reopened(m_path);
    const Incident stored = *IncidentRepository(reopened).load(id);
    QCOMPARE(stored.title, details.title);
    QCOMPARE(stored.summary, details.summary);
    QCOMPARE(stored.impact, details.impact);
    QCOMPARE(stored.severity, details.severity);
    QCOMPARE(stored.status, details.status);
    QCOMPARE(stored.startedAt, details.startedAt);
    QVERIFY(!stored.endedAt);
    QCOMPARE(stored.timeline, details.timeline); // the rest stays as it was
    details.id = IncidentId {id.value + 100};
    QVERIFY_THROWS_EXCEPTION(StoreError, PostmortemEdits(reopened).setDetails(details));
}

void TestPostmortemEdits::rejectedSuggestionsStayRejected()
{
    IncidentId id;
    SuggestedEvent suggestion;
    suggestion.at = UtcMillis {1723316400000};
    suggestion.kind = TimelineKind::Detection;
    suggestion.text = QStringLiteral("Failed logins rose 8x");
    {
        Database db(m_path);
        id = IncidentRepository(db).create(test::sampleIncident());
        SuggestionReview review(db);
        review.reject(id, suggestion);
        review.reject(id, suggestion); // twice is once
        SuggestedEvent other = suggestion;
        other.kind = TimelineKind::Mitigation;
        review.reject(id, other);
    }
    Database reopened(m_path);
    SuggestionReview review(reopened);
    QCOMPARE(review.rejected(id).size(), 2);
    review.restore(id, RejectedSuggestion {suggestion.at, TimelineKind::Mitigation});
    QCOMPARE(review.rejected(id), QVector<RejectedSuggestion>({{suggestion.at, TimelineKind::Detection}}));
    // They belong to the incident and go with it.
    IncidentRepository(reopened).remove(id);
    QVERIFY(review.rejected(id).isEmpty());
}

QTEST_GUILESS_MAIN(TestPostmortemEdits)
#include "TestPostmortemEdits.moc"

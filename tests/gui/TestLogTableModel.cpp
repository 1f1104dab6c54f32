// SPDX-License-Identifier: GPL-3.0-or-later
// LogTableModel over a generated store of a million entries: the count, windows at the start,
// middle and end, a jump to a time, the bounded cache (and the resident memory while walking every
// row), search with highlights, a bad FTS query, and stale answers of an older query.
#include "../store/LogStoreTestSupport.h"
#include "LogTableModel.h"
#include "LogTableView.h"
#include "LogWindowFetcher.h"
#include "Transaction.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QThread>

using namespace debrief;

namespace {
// AddressSanitizer keeps freed memory in quarantine, so resident memory says nothing about the
// model there; the sanitizer build checks the bounded cache by its counts alone.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kMeasuresMemory = false;
#else
constexpr bool kMeasuresMemory = true;
#endif
} // namespace

namespace {

constexpr qint64 kEntries = 1'000'000;
constexpr qint64 kStart = 1723316400000; // 2024-08-10T19:00:00Z
constexpr qint64 kStep = 3; // ms between entries: row r is at kStart + r * kStep
constexpr qint64 kRareEvery = 50'000;

qint64 timeOfRow(qint64 row)
{
    return kStart + row * kStep;
}

EncodedLogEntry generatedEntry(qint64 i)
{
    const QByteArray message = i % kRareEvery == kRareEvery / 2
        ? QByteArray("connection pool exhausted while serving checkout")
        : "request " + QByteArray::number(i % 9973) + " served";
    EncodedLogEntry e = test::entry(i + 1, timeOfRow(i), i % 10 == 0 ? 5 : 2, message,
                                    "web-" + QByteArray::number(i % 4), i % 2 ? "auth" : "api");
    return e;
}

// Resident set size now (not the peak), in KiB.
long residentKiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLong() * 4 : 0; // pages of 4 KiB
}

} // namespace

class TestLogTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void countsEveryEntry();
    void rowsArriveAtStartMiddleAndEnd();
    void jumpToTimeFindsTheRow();
    void cacheStaysBoundedWhileWalkingEveryRow();
    void searchFiltersAndHighlights();
    void badSearchReportsError();
    void staleAnswersAreDropped();
    void levelFilterCounts();
    void viewMemoryIsConstant();
    void readsRowsOutsideTheCache();
    void facetsArriveAfterTheCount();
    void newQueryDuringTheCountAnswersInFull();
    void regexScanReportsProgressAndCounts();
    void stoppingAScanKeepsTheRowsFound();

private:
    void waitForCount(LogTableModel& model);
    qint64 loadedTime(LogTableModel& model, int row);

    QTemporaryDir m_dir;
    QString m_path;
    IncidentId m_incident;
    std::unique_ptr<LogTableModel> m_model;
};

void TestLogTableModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("million.sqlite"));
    QElapsedTimer timer;
    timer.start();
    Database db(m_path);
    m_incident = test::createLogIncident(db);
    Transaction transaction(db);
    LogRepository repository(db);
    repository.beginBulk();
    LogSourceRecord source;
    source.incident = m_incident;
    source.path = QStringLiteral("/var/log/generated.log");
    source.format = QStringLiteral("test");
    source.contentHash = QStringLiteral("generated");
    source.id = repository.insertSource(source);
    std::vector<EncodedLogEntry> batch;
    for (qint64 i = 0; i < kEntries; ++i) {
        batch.push_back(generatedEntry(i));
        if (batch.size() == 8192 || i + 1 == kEntries) {
            repository.insertEntries(m_incident, source.id, batch);
            batch.clear();
        }
    }
    source.entries = kEntries;
    repository.finishSource(source);
    repository.endBulk();
    transaction.commit();
    qInfo("generated %lld entries in %lld ms", kEntries, timer.elapsed());
}

void TestLogTableModel::init()
{
    m_model = std::make_unique<LogTableModel>();
    m_model->setStore(m_path);
}

void TestLogTableModel::waitForCount(LogTableModel& model)
{
    QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 30000);
}

qint64 TestLogTableModel::loadedTime(LogTableModel& model, int row)
{
    const QModelIndex index = model.index(row, LogTableModel::TimeColumn);
    // data() asks for the window (again, when the worker skipped it); the loop lets it arrive.
    const QDeadlineTimer deadline(20000);
    while (!model.data(index, LogTableModel::LoadedRole).toBool()) {
        if (deadline.hasExpired())
            return -1;
        QCoreApplication::processEvents();
        QThread::usleep(200);
    }
    return model.data(index, LogTableModel::TimeRole).toLongLong();
}

void TestLogTableModel::countsEveryEntry()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loading(m_model.get(), &LogTableModel::loadingChanged);
    m_model->setQuery(LogQuery::of(m_incident));
    QVERIFY(m_model->isLoading());
    waitForCount(*m_model);
    QVERIFY(!m_model->isLoading());
    QVERIFY(m_model->errorText().isEmpty());
    QCOMPARE(m_model->rowCount(), int(kEntries));
    QCOMPARE(m_model->count(), (LogCount {kEntries, true}));
    QCOMPARE(m_model->columnCount(), int(LogTableModel::ColumnCount));
    QVERIFY(loading.count() >= 2);
}

void TestLogTableModel::rowsArriveAtStartMiddleAndEnd()
{
    m_model->setQuery(LogQuery::of(m_incident));
    waitForCount(*m_model);
    // Far jumps first (interpolation), then the neighbours (page before / after a known point).
    for (const int row : {654321, 654320, 654322, 999999, 999998, 0, 1, 255, 256, 500000, 499999}) {
        QCOMPARE(loadedTime(*m_model, row), timeOfRow(row));
        const QString text = m_model->data(m_model->index(row, LogTableModel::TimeColumn)).toString();
        QCOMPARE(text, UtcMillis {timeOfRow(row)}.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    }
    const QModelIndex message = m_model->index(654321, LogTableModel::MessageColumn);
    QCOMPARE(m_model->data(message).toString(), QStringLiteral("request %1 served").arg(654321 % 9973));
    QCOMPARE(m_model->data(m_model->index(654321, LogTableModel::HostColumn)).toString(), QStringLiteral("web-1"));
    QCOMPARE(m_model->data(m_model->index(654320, LogTableModel::LevelColumn), LogTableModel::LevelRole).toInt(), 5);
    QCOMPARE(m_model->data(m_model->index(654321, LogTableModel::SourceColumn)).toString(),
             QStringLiteral("generated.log:654322"));
}

void TestLogTableModel::jumpToTimeFindsTheRow()
{
    m_model->setQuery(LogQuery::of(m_incident));
    QSignalSpy found(m_model.get(), &LogTableModel::rowFound);
    // Between two entries: the first one after the moment.
    m_model->findRow(UtcMillis {timeOfRow(777777) - 1});
    QTRY_COMPARE_WITH_TIMEOUT(found.count(), 1, 20000);
    QCOMPARE(found.at(0).at(0).toInt(), 777777);
    waitForCount(*m_model);
    QCOMPARE(loadedTime(*m_model, 777777), timeOfRow(777777));
    // Before everything and after everything.
    m_model->findRow(UtcMillis {kStart - 60000});
    QTRY_COMPARE(found.count(), 2);
    QCOMPARE(found.at(1).at(0).toInt(), 0);
    m_model->findRow(UtcMillis {timeOfRow(kEntries) + 60000});
    QTRY_COMPARE(found.count(), 3);
    QCOMPARE(found.at(2).at(0).toInt(), int(kEntries));
}

void TestLogTableModel::cacheStaysBoundedWhileWalkingEveryRow()
{
    m_model->setQuery(LogQuery::of(m_incident));
    waitForCount(*m_model);
    const long before = residentKiB();
    long peak = before;
    QElapsedTimer timer;
    timer.start();
    const int windows = int(kEntries / LogWindowFetcher::kWindowRows) + 1;
    for (int window = 0; window < windows; ++window) {
        const int row = std::min(window * LogWindowFetcher::kWindowRows, int(kEntries) - 1);
        QCOMPARE(loadedTime(*m_model, row), timeOfRow(row));
        QVERIFY(m_model->cachedRowCount() <= LogTableModel::kMaxCachedWindows * LogWindowFetcher::kWindowRows);
        peak = std::max(peak, residentKiB());
    }
    // Walking back up a stretch goes through pageBefore from the windows seen.
    for (int row = int(kEntries) - 1; row > int(kEntries) - 20 * LogWindowFetcher::kWindowRows;
         row -= LogWindowFetcher::kWindowRows)
        QCOMPARE(loadedTime(*m_model, row), timeOfRow(row));
    QCOMPARE(m_model->cachedWindowCount(), LogTableModel::kMaxCachedWindows);
    qInfo("walked %d windows in %lld ms; resident memory %ld KiB before, peak %ld KiB (+%ld KiB)", windows,
          timer.elapsed(), before, peak, peak - before);
    // A bounded cache: no more than a few MB of growth however far one scrolls.
    if (kMeasuresMemory)
        QVERIFY2(peak - before < 32 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(peak - before)));
}

void TestLogTableModel::searchFiltersAndHighlights()
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setQuery(LogQuery::of(m_incident, QStringLiteral("exhausted")));
    waitForCount(*m_model);
    QCOMPARE(m_model->rowCount(), int(kEntries / kRareEvery));
    QCOMPARE(loadedTime(*m_model, 3), timeOfRow(3 * kRareEvery + kRareEvery / 2));
    const QModelIndex message = m_model->index(3, LogTableModel::MessageColumn);
    const QString text = m_model->data(message).toString();
    const auto highlights = m_model->data(message, LogTableModel::HighlightsRole).value<QVector<std::pair<int, int>>>();
    QCOMPARE(highlights.size(), 1);
    QCOMPARE(text.mid(highlights[0].first, highlights[0].second), QStringLiteral("exhausted"));
    QVERIFY(m_model->query().highlight);
}

void TestLogTableModel::badSearchReportsError()
{
    QSignalSpy failed(m_model.get(), &LogTableModel::queryFailed);
    m_model->setQuery(LogQuery::of(m_incident, QStringLiteral("pool AND (")));
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY(m_model->errorText().contains(QStringLiteral("pool AND (")));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->isLoading());
    QVERIFY(!m_model->isCounting());
    // A good query afterwards clears the error.
    m_model->setQuery(LogQuery::of(m_incident, QStringLiteral("exhausted")));
    waitForCount(*m_model);
    QVERIFY(m_model->errorText().isEmpty());
    QCOMPARE(m_model->rowCount(), 20);
}

void TestLogTableModel::staleAnswersAreDropped()
{
    m_model->setQuery(LogQuery::of(m_incident));
    m_model->setQuery(LogQuery::of(m_incident, QStringLiteral("exhausted")));
    m_model->setQuery(LogQuery::of(m_incident, QStringLiteral("nothingmatchesthis")));
    waitForCount(*m_model);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->count(), (LogCount {0, true}));
    // Nothing of the earlier queries arrives later.
    QTest::qWait(200);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->cachedRowCount(), 0);
}

void TestLogTableModel::levelFilterCounts()
{
    LogQuery errors = LogQuery::of(m_incident);
    errors.minLevel = 5;
    m_model->setQuery(errors);
    waitForCount(*m_model);
    QCOMPARE(m_model->rowCount(), int(kEntries / 10));
    QCOMPARE(loadedTime(*m_model, 65432), timeOfRow(654320));
    QCOMPARE(m_model->data(m_model->index(65432, LogTableModel::LevelColumn)).toString(), QStringLiteral("Error"));
}

void TestLogTableModel::viewMemoryIsConstant()
{
    m_model->setQuery(LogQuery::of(m_incident));
    waitForCount(*m_model);
    LogTableView view(m_model.get());
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50);
    // The item view sees a screenful: a plain QTableView keeps a header section per row
    // (about 8 MB for these million rows, 80 MB for ten million).
    QVERIFY(view.table()->model()->rowCount() < 100);
    const long before = residentKiB();
    long peak = before;
    for (int step = 1; step <= 40; ++step) {
        view.scrollBar()->setValue(int(qint64(view.scrollBar()->maximum()) * step / 40));
        const int first = view.firstVisibleRow();
        QCOMPARE(loadedTime(*m_model, first), timeOfRow(first));
        QTest::qWait(5);
        peak = std::max(peak, residentKiB());
    }
    qInfo("a shown table over %d rows, dragged to 40 places: resident memory %ld KiB, peak %ld KiB (+%ld KiB)",
          m_model->rowCount(), before, peak, peak - before);
    if (kMeasuresMemory)
        QVERIFY2(peak - before < 4 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(peak - before)));
}

void TestLogTableModel::readsRowsOutsideTheCache()
{
    m_model->setQuery(LogQuery::of(m_incident));
    waitForCount(*m_model);
    QSignalSpy read(m_model.get(), &LogTableModel::rowsRead);
    // Two ranges far apart, neither loaded, capped within the second.
    m_model->readRows({{10, 19}, {999990, 999999}}, 15);
    QTRY_COMPARE_WITH_TIMEOUT(read.count(), 1, 20000);
    const auto rows = read.at(0).at(0).value<QVector<LogHit>>();
    QCOMPARE(rows.size(), 15);
    QCOMPARE(*rows[0].entry.at, timeOfRow(10));
    QCOMPARE(*rows[9].entry.at, timeOfRow(19));
    QCOMPARE(*rows[10].entry.at, timeOfRow(999990));
    QCOMPARE(*rows[14].entry.at, timeOfRow(999994));
    const QStringList fields = LogTableModel::textLine(rows[0]).split(u'\t');
    const QString time = UtcMillis {timeOfRow(10)}.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    QCOMPARE(fields,
             (QStringList {time, QStringLiteral("Error"), QStringLiteral("web-2"), QStringLiteral("api"),
                           QStringLiteral("request 10 served")}));
}

void TestLogTableModel::facetsArriveAfterTheCount()
{
    QSignalSpy facets(m_model.get(), &LogTableModel::facetsChanged);
    QElapsedTimer timer;
    timer.start();
    m_model->setQuery(LogQuery::of(m_incident));
    QTRY_COMPARE_WITH_TIMEOUT(facets.count(), 1, 30000);
    qInfo("count and facets of %lld entries after %lld ms", kEntries, timer.elapsed());
    QVERIFY(!m_model->isCounting());
    const LogFacets& known = m_model->facets();
    QCOMPARE(known.hosts.join(u','), QStringLiteral("web-0,web-1,web-2,web-3"));
    QCOMPARE(known.services, (QStringList {QStringLiteral("api"), QStringLiteral("auth")}));
    QCOMPARE(known.sources.size(), 1);
    QCOMPARE(known.sources[0].entries, kEntries);
    // Asked once per incident, not again for each query.
    m_model->setQuery(LogQuery::of(m_incident, QStringLiteral("exhausted")));
    waitForCount(*m_model);
    QTest::qWait(100);
    QCOMPARE(facets.count(), 1);
}

void TestLogTableModel::newQueryDuringTheCountAnswersInFull()
{
    // Counting a million entries by host reads every one of them: the new query interrupts it
    // (TestLogSearch proves the interrupt; here the model must take it as no error).
    LogQuery slow = LogQuery::of(m_incident);
    slow.host = QStringLiteral("web-1");
    QSignalSpy counted(m_model.get(), &LogTableModel::countChanged);
    m_model->setQuery(slow);
    QTRY_VERIFY(!m_model->isLoading()); // the first window is in: the count runs now
    m_model->setQuery(LogQuery::of(m_incident, QStringLiteral("exhausted")));
    waitForCount(*m_model);
    // The interrupted count is no error, and the new query's answer is whole.
    QVERIFY(m_model->errorText().isEmpty());
    QCOMPARE(m_model->rowCount(), int(kEntries / kRareEvery));
    QCOMPARE(m_model->count(), (LogCount {kEntries / kRareEvery, true}));
}

void TestLogTableModel::regexScanReportsProgressAndCounts()
{
    LogQuery pattern = LogQuery::of(m_incident, QStringLiteral("pool exhausted wh[i]le"));
    pattern.regex = true;
    QSignalSpy progressed(m_model.get(), &LogTableModel::scanProgressed);
    m_model->setQuery(pattern);
    QVERIFY(m_model->isScanning());
    waitForCount(*m_model);
    QVERIFY(!m_model->isScanning());
    QVERIFY(m_model->errorText().isEmpty());
    QCOMPARE(m_model->count(), (LogCount {kEntries / kRareEvery, true}));
    QCOMPARE(m_model->rowCount(), int(kEntries / kRareEvery));
    // A million entries are read in many chunks, each a step of the bar, never backwards.
    QVERIFY2(progressed.count() > 10, qPrintable(QString::number(progressed.count())));
    for (int i = 1; i < progressed.count(); ++i)
        QVERIFY(progressed[i - 1][0].toInt() <= progressed[i][0].toInt());
    const QModelIndex first = m_model->index(0, LogTableModel::MessageColumn);
    QTRY_VERIFY(m_model->data(first, LogTableModel::LoadedRole).toBool());
    const auto marks = m_model->data(first, LogTableModel::HighlightsRole).value<QVector<std::pair<int, int>>>();
    QCOMPARE(marks, (QVector<std::pair<int, int>> {{11, 20}}));
}

void TestLogTableModel::stoppingAScanKeepsTheRowsFound()
{
    // Nearly every entry matches: the first window is there at once, the count reads them all.
    LogQuery common = LogQuery::of(m_incident, QStringLiteral("served$"));
    common.regex = true;
    m_model->setQuery(common);
    QTRY_VERIFY(!m_model->isLoading());
    QVERIFY(m_model->isCounting());
    QVERIFY(m_model->isScanning());
    m_model->stopSearch();
    QVERIFY(!m_model->isScanning());
    QVERIFY(!m_model->isCounting());
    QVERIFY(m_model->wasStopped());
    QCOMPARE(m_model->rowCount(), LogWindowFetcher::kWindowRows);
    QCOMPARE(m_model->count(), (LogCount {LogWindowFetcher::kWindowRows, false}));
    QVERIFY(m_model->loadedHit(0));
    QVERIFY(m_model->errorText().isEmpty());
    // No late answer of the stopped scan changes that.
    QTest::qWait(200);
    QCOMPARE(m_model->rowCount(), LogWindowFetcher::kWindowRows);
    QVERIFY(m_model->errorText().isEmpty());
    // The next query runs in full.
    m_model->setQuery(LogQuery::of(m_incident, QStringLiteral("exhausted")));
    waitForCount(*m_model);
    QVERIFY(!m_model->wasStopped());
    QCOMPARE(m_model->rowCount(), int(kEntries / kRareEvery));
}

QTEST_MAIN(TestLogTableModel)
#include "TestLogTableModel.moc"

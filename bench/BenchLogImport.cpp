// SPDX-License-Identifier: GPL-3.0-or-later
// Generates a deterministic log file (RFC 3164 syslog or JSON lines), imports it through LogImport
// into a fresh store, and prints the import's wall time, lines per second and peak RSS, then the
// first-page latency of typical searches over the result. Usage:
//   BenchLogImport [--lines N] [--format syslog|json] [--dir DIR] [--file PATH]
//   BenchLogImport --generate PATH [--lines N] [--format syslog|json]   (write the file only)
#include "Database.h"
#include "IncidentRepository.h"
#include "LogImport.h"
#include "LogSearch.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace debrief;

namespace {

constexpr qint64 kStart = 1723316400000; // 2024-08-10T19:00:00Z

const char* const kWords[]
    = {"GET",     "POST",  "request", "served",  "upstream", "cache", "miss",   "hit",    "user",
       "session", "token", "refresh", "db",      "query",    "slow",  "retry",  "worker", "queue",
       "job",     "done",  "started", "latency", "ms",       "bytes", "client", "closed"};

// One message of 6..14 words; one line in 50 000 says the rare phrase the searches look for.
QByteArray message(std::mt19937& random, qint64 i)
{
    if (i % 50000 == 25000)
        return "connection pool exhausted while serving checkout";
    QByteArray text;
    const int words = 6 + int(random() % 9);
    for (int w = 0; w < words; ++w) {
        text += kWords[random() % std::size(kWords)];
        text += w == 2 ? " id=" + QByteArray::number(random() % 100000) + " " : " ";
    }
    text.chop(1);
    return text;
}

QByteArray line(std::mt19937& random, qint64 i, bool json)
{
    const qint64 at = kStart + i * 3; // about 3 ms apart: 1M lines span 50 minutes
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
    const QByteArray host = "web-" + QByteArray::number(i % 8);
    const char* levels[] = {"info", "info", "info", "info", "debug", "warn", "error"};
    if (json) {
        return R"({"time":")" + time.toString(Qt::ISODateWithMs).toLatin1() + R"(","level":")" + levels[random() % 7]
            + R"(","host":")" + host + R"(","service":"api","msg":")" + message(random, i) + R"(","user":"u_)"
            + QByteArray::number(i % 5000) + R"(","status":)" + (i % 7 == 0 ? "500" : "200") + "}\n";
    }
    return time.toString(QStringLiteral("MMM dd HH:mm:ss")).toLatin1() + " " + host + " nginx["
        + QByteArray::number(1000 + i % 50) + "]: " + message(random, i) + "\n";
}

void generate(const QString& path, qint64 lines, bool json)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    std::mt19937 random(42);
    QByteArray block;
    for (qint64 i = 0; i < lines; ++i) {
        block += line(random, i, json);
        if (block.size() > (1 << 20)) {
            file.write(block);
            block.clear();
        }
    }
    file.write(block);
}

long peakRssKiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// The first page's latency: the first run (cold cache) and the median of the next runs.
// Each run with a new LogSearch, so that statement preparation and the plan probe are counted.
void timeSearch(Database& db, const char* label, LogQuery query)
{
    std::vector<double> runs;
    int rows = 0;
    LogSearch::Plan plan = LogSearch::Plan::Filters;
    for (int run = 0; run < 6; ++run) {
        LogSearch search(db);
        QElapsedTimer timer;
        timer.start();
        rows = int(search.page(query, std::nullopt, 100).rows.size());
        runs.push_back(double(timer.nsecsElapsed()) / 1e6);
        plan = search.lastPlan();
    }
    std::sort(runs.begin() + 1, runs.end());
    const char* plans[] = {"filters", "fts-first", "time-first", "regex"};
    std::printf("search %-34s %4d rows  first %7.2f ms  median %7.2f ms  plan %s\n", label, rows, runs[0], runs[3],
                plans[int(plan)]);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const auto option = [&args](const char* name, const QString& fallback) {
        const qsizetype at = args.indexOf(QLatin1String(name));
        return at >= 0 && at + 1 < args.size() ? args[at + 1] : fallback;
    };
    const qint64 lines = option("--lines", QStringLiteral("1000000")).toLongLong();
    const bool json = option("--format", QStringLiteral("syslog")) == QLatin1String("json");
    const QString generateOnly = option("--generate", QString());
    if (!generateOnly.isEmpty()) {
        generate(generateOnly, lines, json);
        return 0;
    }
    QTemporaryDir temporary;
    const QString dir = option("--dir", temporary.path());
    QString file = option("--file", QString());
    if (file.isEmpty()) {
        file = dir + (json ? QStringLiteral("/bench.json") : QStringLiteral("/bench.log"));
        generate(file, lines, json);
    }
    const long rssBefore = peakRssKiB();
    const QString storePath = dir + QStringLiteral("/bench.sqlite");
    QFile::remove(storePath);
    Database db(storePath);
    Incident incident;
    incident.title = QStringLiteral("Benchmark");
    incident.date = QDate(2024, 8, 10);
    const IncidentId id = IncidentRepository(db).create(incident);

    QElapsedTimer timer;
    timer.start();
    const LogImportResult result = LogImport::run(db, id, file);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!result.ok) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(result.message()));
        return 1;
    }
    std::printf("file %s: %.1f MB, format %s (confidence %.2f)\n", qPrintable(file),
                double(QFileInfo(file).size()) / 1e6, qPrintable(result.format), result.confidence);
    std::printf("import %lld entries (%lld unparsed) in %.2f s: %.0f lines/s; peak RSS %.1f MB (%.1f MB before)\n",
                qint64(result.entries), qint64(result.unparsed), seconds, double(result.lines) / seconds,
                double(peakRssKiB()) / 1024, double(rssBefore) / 1024);
    std::printf("store %.1f MB\n", double(QFileInfo(storePath).size()) / 1e6);

    timeSearch(db, "phrase \"connection pool exhausted\"",
               LogQuery::of(id, QStringLiteral("\"connection pool exhausted\"")));
    timeSearch(db, "common word: request", LogQuery::of(id, QStringLiteral("request")));
    LogQuery narrow = LogQuery::of(id, QStringLiteral("request"));
    narrow.from = UtcMillis {kStart + 1500000};
    narrow.to = UtcMillis {kStart + 1560000};
    timeSearch(db, "common word, 1-minute range", narrow);
    timeSearch(db, "prefix: sess*", LogQuery::of(id, QStringLiteral("sess*")));
    timeSearch(db, "no text (first page of all)", LogQuery::of(id));
    LogQuery errors = LogQuery::of(id);
    errors.minLevel = 5;
    timeSearch(db, "errors only", errors);
    // Text as people paste it from a log line (the brief: first page under 50 ms over 1M entries).
    for (const char* pasted : {"connection pool exhausted", "id=4242", "request served", "web-3", "api",
                               "/api/v1/login", "user:alice", "max_connections=5", "10.0.1.174",
                               // Field values of the JSON lines (none in syslog): rare, keyed, common.
                               "u_4242", "user:u_4242", "status=500"}) {
        timeSearch(db, qPrintable(QStringLiteral("pasted %1").arg(QLatin1String(pasted))),
                   LogQuery::of(id, QString::fromLatin1(pasted)));
    }
    for (const char* pattern : {"served$", "pool exhausted wh[i]le"}) {
        LogQuery regex = LogQuery::of(id, QString::fromLatin1(pattern));
        regex.regex = true;
        timeSearch(db, qPrintable(QStringLiteral("regex %1").arg(QLatin1String(pattern))), regex);
    }
    LogSearch search(db);
    // A walk: 100 pages of 100 rows of a common word, the way a view scrolls.
    timer.restart();
    std::optional<LogCursor> cursor;
    for (int i = 0; i < 100; ++i)
        cursor = search.page(LogQuery::of(id, QStringLiteral("request")), cursor, 100).last;
    std::printf("walk 100 pages of \"request\": %.2f ms per page\n", double(timer.nsecsElapsed()) / 1e6 / 100);
    timer.restart();
    const LogCount count = search.count(LogQuery::of(id, QStringLiteral("request")));
    std::printf("count \"request\" (cap 100000): %lld%s in %.2f ms\n", qint64(count.value), count.exact ? "" : "+",
                double(timer.nsecsElapsed()) / 1e6);
    return 0;
}

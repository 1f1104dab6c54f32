// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeExpressionParser.h"

#include <QTest>

using namespace debrief;

namespace {
// Stands for "no offset" in the data tables, where std::optional cannot go.
constexpr int kNone = -999999;

int offsetOrNone(const std::optional<int>& offset)
{
    return offset.value_or(kNone);
}

QTime endOrInvalid(const TimeExpression& e)
{
    return e.endTime.value_or(QTime());
}

QDate dateOrInvalid(const std::optional<QDate>& date)
{
    return date.value_or(QDate());
}
} // namespace

class TestTimeExpressionParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseLeading_data();
    void parseLeading();
    void parseLeadingRejects_data();
    void parseLeadingRejects();
    void parseLeadingStart();
    void monthDayWithoutYear();
    void approximate_data();
    void approximate();
    void parseLeadingDate_data();
    void parseLeadingDate();
    void parseLeadingDateRejects_data();
    void parseLeadingDateRejects();
    void parseLeadingDateStart();
    void find_data();
    void find();
    void findRejects_data();
    void findRejects();
    void findDate_data();
    void findDate();
    void zoneOffset_data();
    void zoneOffset();
    void ianaZoneWithoutDate();
    void duration_data();
    void duration();
};

void TestTimeExpressionParser::parseLeading_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QTime>("endTime");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("rest");

    const QDate aug10(2024, 8, 10);
    auto row = [](const char* name, const char* input, QTime time, QTime end, QDate date, const char* zone, int offset,
                  const char* rest) {
        QTest::newRow(name) << QString::fromUtf8(input) << time << end << date << QString::fromUtf8(zone) << offset
                            << QString::fromUtf8(rest);
    };
    row("zone in parentheses", "19:00 (UTC): Issue detected", QTime(19, 0), {}, {}, "UTC", 0, "Issue detected");
    row("zone after a space", "19:00 UTC - Issue", QTime(19, 0), {}, {}, "UTC", 0, "Issue");
    row("zulu seconds", "19:00:05Z deploy", QTime(19, 0, 5), {}, {}, "Z", 0, "deploy");
    row("iso date and time", "2024-08-10 19:00 UTC: Alert", QTime(19, 0), {}, aug10, "UTC", 0, "Alert");
    row("iso T with offset", "2024-08-10T19:00:05+02:00 Deploy started", QTime(19, 0, 5), {}, aug10, "+02:00", 7200,
        "Deploy started");
    row("fractional seconds", "2024-08-10T19:00:05.250Z x", QTime(19, 0, 5, 250), {}, aug10, "Z", 0, "x");
    row("PST", "10:30 PST: paged", QTime(10, 30), {}, {}, "PST", -8 * 3600, "paged");
    row("AM with zone in parentheses", "10:00 AM (EAT): Team notified", QTime(10, 0), {}, {}, "EAT", 3 * 3600,
        "Team notified");
    row("underscore emphasis", "_5:30 PM_ Rollback", QTime(17, 30), {}, {}, "", kNone, "Rollback");
    row("bold then dash", "**19:00** - Alert fired", QTime(19, 0), {}, {}, "", kNone, "Alert fired");
    row("colon inside bold", "**19:00 UTC:** Alert", QTime(19, 0), {}, {}, "UTC", 0, "Alert");
    row("zone outside bold", "**19:00** UTC: Alert", QTime(19, 0), {}, {}, "UTC", 0, "Alert");
    row("seconds", "13:00:56 Service restarted", QTime(13, 0, 56), {}, {}, "", kNone, "Service restarted");
    row("spaced in brackets", "[ 4: 45 am PST ] Paged", QTime(4, 45), {}, {}, "PST", -8 * 3600, "Paged");
    row("parentheses", "(19:00) Alert", QTime(19, 0), {}, {}, "", kNone, "Alert");
    row("backticks", "`19:00` Alert", QTime(19, 0), {}, {}, "", kNone, "Alert");
    row("range", "8:20 - 8:24 Errors spiked", QTime(8, 20), QTime(8, 24), {}, "", kNone, "Errors spiked");
    row("tight range with zone", "8:20-8:24 UTC: Errors", QTime(8, 20), QTime(8, 24), {}, "UTC", 0, "Errors");
    row("range lends PM", "8:20 - 8:24 PM: x", QTime(20, 20), QTime(20, 24), {}, "", kNone, "x");
    row("range keeps order", "11:50 - 12:10 PM x", QTime(11, 50), QTime(12, 10), {}, "", kNone, "x");
    row("range with to", "19:00 to 21:00 (UTC) x", QTime(19, 0), QTime(21, 0), {}, "UTC", 0, "x");
    row("noon", "12:00 noon: lunch", QTime(12, 0), {}, {}, "", kNone, "lunch");
    row("midnight", "12 midnight: cron", QTime(0, 0), {}, {}, "", kNone, "cron");
    row("french h", "19h00: x", QTime(19, 0), {}, {}, "", kNone, "x");
    row("hour and am", "10am: x", QTime(10, 0), {}, {}, "", kNone, "x");
    row("dotted p.m.", "3 p.m. x", QTime(15, 0), {}, {}, "", kNone, "x");
    row("12 am", "12:15 AM x", QTime(0, 15), {}, {}, "", kNone, "x");
    row("month name date", "Aug 10, 2024 19:00: x", QTime(19, 0), {}, aug10, "", kNone, "x");
    row("weekday date and at", "Saturday, August 10, 2024 at 19:00 UTC - x", QTime(19, 0), {}, aug10, "UTC", 0, "x");
    row("trailing date", "19:00 UTC on August 10, 2024: x", QTime(19, 0), {}, aug10, "UTC", 0, "x");
    row("UTC+3", "19:00 UTC+3: x", QTime(19, 0), {}, {}, "UTC+3", 3 * 3600, "x");
    row("GMT-4", "19:00 GMT-4 x", QTime(19, 0), {}, {}, "GMT-4", -4 * 3600, "x");
    row("UTC+05:30", "19:00 UTC+05:30 x", QTime(19, 0), {}, {}, "UTC+05:30", 19800, "x");
    row("+0200", "19:00 +0200 x", QTime(19, 0), {}, {}, "+0200", 7200, "x");
    row("attached -05", "19:00:00-05 x", QTime(19, 0), {}, {}, "-05", -5 * 3600, "x");
    row("IANA in summer", "2024-08-10 19:00 Europe/Berlin: x", QTime(19, 0), {}, aug10, "Europe/Berlin", 7200, "x");
    row("IANA in winter", "2024-01-10 19:00 (Europe/Berlin) x", QTime(19, 0), {}, QDate(2024, 1, 10), "Europe/Berlin",
        3600, "x");
    row("IST", "19:00 IST x", QTime(19, 0), {}, {}, "IST", 19800, "x");
    row("CEST and am", "9:15 am CEST x", QTime(9, 15), {}, {}, "CEST", 7200, "x");
    row("lower-case utc", "19:00 utc x", QTime(19, 0), {}, {}, "utc", 0, "x");
    row("lower-case word is no zone", "19:00 eat lunch", QTime(19, 0), {}, {}, "", kNone, "eat lunch");
    row("upper-case word is no zone", "19:00 ISSUE found", QTime(19, 0), {}, {}, "", kNone, "ISSUE found");
    row("em dash", "19:00 \u2014 Issue", QTime(19, 0), {}, {}, "", kNone, "Issue");
    row("pipe", "19:00 | Issue", QTime(19, 0), {}, {}, "", kNone, "Issue");
    row("only a time", "19:00", QTime(19, 0), {}, {}, "", kNone, "");
    row("unmatched closer stays", "19:00 x) y", QTime(19, 0), {}, {}, "", kNone, "x) y");

    // Dates leading the time, as the real postmortems write them.
    row("dashed day first", "16-10-2024 11:58 - [PR-158](u) was merged", QTime(11, 58), {}, QDate(2024, 10, 16), "",
        kNone, "[PR-158](u) was merged");
    row("dashed date then dash", "24-10-2024 - 08:15 - Customer instances", QTime(8, 15), {}, QDate(2024, 10, 24), "",
        kNone, "Customer instances");
    row("dashed date and range", "24-10-2024 02:00-04:30 Maintenance", QTime(2, 0), QTime(4, 30), QDate(2024, 10, 24),
        "", kNone, "Maintenance");
    row("dashed ambiguous is month first", "**11-01-2026 10:00 UTC** – Webhook failures", QTime(10, 0), {},
        QDate(2026, 11, 1), "UTC", 0, "Webhook failures");
    row("several spaces", "2021-12-10   15:40 We became aware", QTime(15, 40), {}, QDate(2021, 12, 10), "", kNone,
        "We became aware");
    row("ordinal day month year", "10th May 2021 14:00: x", QTime(14, 0), {}, QDate(2021, 5, 10), "", kNone, "x");
    row("month day ordinal", "May 10th, 2021, 2:00 AM - x", QTime(2, 0), {}, QDate(2021, 5, 10), "", kNone, "x");
    row("month day year, pm", "November 10, 2023, 8:00 PM: Users reported", QTime(20, 0), {}, QDate(2023, 11, 10), "",
        kNone, "Users reported");
    row("iso comma pm", "2018-08-22, 03:26pm: first noticed", QTime(15, 26), {}, QDate(2018, 8, 22), "", kNone,
        "first noticed");
    row("two-digit year after month and day", "February 24th, 15, 9:21 PM (WAT): Multiple users", QTime(21, 21), {},
        QDate(2015, 2, 24), "WAT", 3600, "Multiple users");
    row("no year before a time after a comma", "August 10, 15:00 x", QTime(15, 0), {}, {}, "", kNone, "x");
    row("slash between date and time", "*2023-01-04/11:34*: The website", QTime(11, 34), {}, QDate(2023, 1, 4), "",
        kNone, "The website");
    // Times.
    row("glued am and zone", "11:26-am-GMT - Users Complain", QTime(11, 26), {}, {}, "GMT", 0, "Users Complain");
    row("glued pm and zone", "12:45-pm-GMT - The Website is up", QTime(12, 45), {}, {}, "GMT", 0, "The Website is up");
    row("glued range", "11:26-am-GMT until 12:45-pm-GMT, the server", QTime(11, 26), QTime(12, 45), {}, "GMT", 0,
        "the server");
    row("hyphen and a word is no zone", "19:00-Deploy started", QTime(19, 0), {}, {}, "", kNone, "Deploy started");
    row("hyphen and am-word is no meridiem", "10:00-amd64 build", QTime(10, 0), {}, {}, "", kNone, "amd64 build");
    row("range with the zone repeated", "19:00 UTC - 21:00 UTC deploy", QTime(19, 0), QTime(21, 0), {}, "UTC", 0,
        "deploy");
    row("zone not repeated is no range", "19:00 UTC - 21:00 deploy", QTime(19, 0), {}, {}, "UTC", 0, "21:00 deploy");
    row("sign apart is no offset", "19:00 UTC - 2 servers down", QTime(19, 0), {}, {}, "UTC", 0, "2 servers down");
    row("h and zone", "15h50 UTC: Update", QTime(15, 50), {}, {}, "UTC", 0, "Update");
    row("h and zone, no separator", "14h00 UTC outage", QTime(14, 0), {}, {}, "UTC", 0, "outage");
    row("military hours", "0300hrs (EAT) The fault", QTime(3, 0), {}, {}, "EAT", 3 * 3600, "The fault");
    row("military hours underlined", "__0400hrs (EAT)__ Normal running", QTime(4, 0), {}, {}, "EAT", 3 * 3600,
        "Normal running");
    row("military range", "0300hrs to 0400hrs: down", QTime(3, 0), QTime(4, 0), {}, "", kNone, "down");
    row("approximate", "~18:10 Alert", QTime(18, 10), {}, {}, "", kNone, "Alert");
    row("approximate after a date", "2018-10-08 ~18:10", QTime(18, 10), {}, QDate(2018, 10, 8), "", kNone, "");
    row("pm and zone, no separator", "08:15 PM UTC text", QTime(20, 15), {}, {}, "UTC", 0, "text");
    row("pm and zone in parentheses", "3:00 PM (UTC): Identified", QTime(15, 0), {}, {}, "UTC", 0, "Identified");
    row("glued pm", "03:26pm first noticed", QTime(15, 26), {}, {}, "", kNone, "first noticed");
    row("pm then dash", "7:32 PM - The chain stalled", QTime(19, 32), {}, {}, "", kNone, "The chain stalled");
    row("midnight word", "**Midnight (SAST):** My night", QTime(0, 0), {}, {}, "SAST", 2 * 3600, "My night");
    row("noon word", "Noon: lunch deploy", QTime(12, 0), {}, {}, "", kNone, "lunch deploy");
    row("noon word and zone", "Noon UTC deploy", QTime(12, 0), {}, {}, "UTC", 0, "deploy");
    row("midnight alone", "Midnight", QTime(0, 0), {}, {}, "", kNone, "");
    row("hour and PM with zone", "2 PM UTC: x", QTime(14, 0), {}, {}, "UTC", 0, "x");
    row("hour and PM with en dash", "6 PM – The whole website", QTime(18, 0), {}, {}, "", kNone, "The whole website");
    row("bold with colon after", "**10:00 AM**: Nginx server revived", QTime(10, 0), {}, {}, "", kNone,
        "Nginx server revived");
    row("bold with colon inside", "**10:00 AM:** We called", QTime(10, 0), {}, {}, "", kNone, "We called");
}

void TestTimeExpressionParser::parseLeading()
{
    QFETCH(QString, input);
    QFETCH(QTime, time);
    QFETCH(QTime, endTime);
    QFETCH(QDate, date);
    QFETCH(QString, zone);
    QFETCH(int, offset);
    QFETCH(QString, rest);

    const auto e = TimeExpressionParser::parseLeading(input);
    QVERIFY(e.has_value());
    QCOMPARE(e->time, time);
    QCOMPARE(endOrInvalid(*e), endTime);
    QCOMPARE(dateOrInvalid(e->date), date);
    QCOMPARE(e->zone, zone);
    QCOMPARE(offsetOrNone(e->offsetSeconds), offset);
    QCOMPARE(input.mid(e->start + e->length).trimmed(), rest);
}

void TestTimeExpressionParser::parseLeadingRejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("hour 25") << QStringLiteral("25:99 x");
    QTest::newRow("hour 24") << QStringLiteral("24:30 x");
    QTest::newRow("minute 60") << QStringLiteral("12:60 x");
    QTest::newRow("second 61") << QStringLiteral("12:00:61 x");
    QTest::newRow("13 PM") << QStringLiteral("13 PM x");
    QTest::newRow("one-digit minutes") << QStringLiteral("13:5 x");
    QTest::newRow("spaced colon without am/pm") << QStringLiteral("3: 45 users affected");
    QTest::newRow("time later in the text") << QStringLiteral("Issue at 19:00");
    QTest::newRow("label") << QStringLiteral("Actions Taken: began investigating");
    QTest::newRow("date only") << QStringLiteral("2024-08-10: deploy");
    QTest::newRow("bare number") << QStringLiteral("10 servers down");
    QTest::newRow("duration") << QStringLiteral("1.5 hours later");
    QTest::newRow("empty") << QString();
    // Words for times of day only lead an entry when a zone or a separator follows.
    QTest::newRow("midnight in prose") << QStringLiteral("Midnight deploys are risky");
    QTest::newRow("noon with a suffix") << QStringLiteral("Noon-ish we restarted");
    // Numbers that are no times.
    QTest::newRow("hour without am/pm") << QStringLiteral("2 people paged");
    QTest::newRow("version word") << QStringLiteral("version 2 released");
    QTest::newRow("version") << QStringLiteral("v1.14 rolled out");
    QTest::newRow("dotted version") << QStringLiteral("1.14.8 released");
    QTest::newRow("ratio") << QStringLiteral("16:9 screens");
    QTest::newRow("one-digit ratio") << QStringLiteral("3:1 odds");
    QTest::newRow("ip and port") << QStringLiteral("192.168.10.20:8080 down");
    QTest::newRow("ip") << QStringLiteral("10.0.0.1 unreachable");
    QTest::newRow("status code") << QStringLiteral("404 errors");
    QTest::newRow("minutes") << QStringLiteral("10 mins later");
    QTest::newRow("hours") << QStringLiteral("24 hrs later");
    QTest::newRow("four digits and a spaced unit") << QStringLiteral("1000 hrs of work");
    QTest::newRow("military hour 25") << QStringLiteral("2500hrs x");
    QTest::newRow("military minute 60") << QStringLiteral("1260hrs x");
    // "07:7:47" (real/108.md): 07:07:47 or 07:47 with a stray 7? It cannot be told, so it is no time,
    // like "13:5"; the importer keeps the entry untimed and warns.
    QTest::newRow("one-digit minute with seconds") << QStringLiteral("07:7:47 @cammellos says");
    QTest::newRow("date and one-digit minute") << QStringLiteral("2020-02-06 07:7:47 x");
}

void TestTimeExpressionParser::parseLeadingRejects()
{
    QFETCH(QString, input);
    QVERIFY(!TimeExpressionParser::parseLeading(input).has_value());
}

void TestTimeExpressionParser::parseLeadingStart()
{
    const QString input = QStringLiteral("  * 19:00: x");
    const auto e = TimeExpressionParser::parseLeading(input);
    QVERIFY(e.has_value());
    QCOMPARE(e->start, 2);
    QCOMPARE(input.mid(e->start, e->length), QStringLiteral("* 19:00: "));
}

void TestTimeExpressionParser::monthDayWithoutYear()
{
    const QString input = QStringLiteral("August 10 19:00 - x");
    const auto e = TimeExpressionParser::parseLeading(input);
    QVERIFY(e.has_value());
    QVERIFY(!e->date.has_value());
    QCOMPARE(dateOrInvalid(e->monthDay), QDate(2000, 8, 10));
    QCOMPARE(e->time, QTime(19, 0));
    QCOMPARE(input.mid(e->start + e->length), QStringLiteral("x"));
}

void TestTimeExpressionParser::approximate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("leading"); // parseLeading, or else find
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<QString>("span");

    QTest::newRow("tilde") << QStringLiteral("~18:10 Alert") << true << true << QStringLiteral("~18:10 ");
    QTest::newRow("tilde and space") << QStringLiteral("~ 18:10: Alert") << true << true << QStringLiteral("~ 18:10: ");
    QTest::newRow("after a date") << QStringLiteral("2018-10-08 ~18:10") << true << true
                                  << QStringLiteral("2018-10-08 ~18:10");
    QTest::newRow("in a sentence") << QStringLiteral("at ~18:10 we") << false << true << QStringLiteral("~18:10");
    QTest::newRow("exact") << QStringLiteral("18:10 Alert") << true << false << QStringLiteral("18:10 ");
    QTest::newRow("strikethrough") << QStringLiteral("~~18:10~~ Alert") << true << false
                                   << QStringLiteral("~~18:10~~ ");
    QTest::newRow("single-tilde strikethrough")
        << QStringLiteral("~18:10~ Alert") << true << false << QStringLiteral("~18:10~ ");
}

void TestTimeExpressionParser::approximate()
{
    QFETCH(QString, input);
    QFETCH(bool, leading);
    QFETCH(bool, approximate);
    QFETCH(QString, span);

    const auto e = leading ? TimeExpressionParser::parseLeading(input) : TimeExpressionParser::find(input);
    QVERIFY(e.has_value());
    QCOMPARE(e->time, QTime(18, 10));
    QCOMPARE(e->approximate, approximate);
    QCOMPARE(input.mid(e->start, e->length), span);
}

void TestTimeExpressionParser::parseLeadingDate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("hasYear");
    QTest::addColumn<QString>("rest");

    QTest::newRow("dashed, en dash") << QStringLiteral("08-01-2026 – AWS Load Balancer") << QDate(2026, 8, 1) << true
                                     << QStringLiteral("AWS Load Balancer");
    QTest::newRow("dashed in bold") << QStringLiteral("**08-01-2026** – AWS Load Balancer") << QDate(2026, 8, 1) << true
                                    << QStringLiteral("AWS Load Balancer");
    QTest::newRow("dashed day first") << QStringLiteral("16-10-2024 - merged") << QDate(2024, 10, 16) << true
                                      << QStringLiteral("merged");
    QTest::newRow("dashed two-digit year") << QStringLiteral("5-26-21") << QDate(2021, 5, 26) << true << QString();
    QTest::newRow("dashed ambiguous is month first")
        << QStringLiteral("04-12-2022: x") << QDate(2022, 4, 12) << true << QStringLiteral("x");
    QTest::newRow("dashed then dash") << QStringLiteral("01-31-2024 - The fix was added") << QDate(2024, 1, 31) << true
                                      << QStringLiteral("The fix was added");
    QTest::newRow("ordinal day month year")
        << QStringLiteral("10th May 2021 the server") << QDate(2021, 5, 10) << true << QStringLiteral("the server");
    QTest::newRow("month day ordinal in bold")
        << QStringLiteral("**May 10th, 2021:** x") << QDate(2021, 5, 10) << true << QStringLiteral("x");
    QTest::newRow("iso and pipe") << QStringLiteral("2021-12-10 | The Log4Shell") << QDate(2021, 12, 10) << true
                                  << QStringLiteral("The Log4Shell");
    QTest::newRow("weekday") << QStringLiteral("Wednesday 8th February, 2023 - down") << QDate(2023, 2, 8) << true
                             << QStringLiteral("down");
    QTest::newRow("no year, colon") << QStringLiteral("**February 11:** Public disclosure") << QDate(2000, 2, 11)
                                    << false << QStringLiteral("Public disclosure");
    QTest::newRow("a bad time after the date is text")
        << QStringLiteral("2020-02-06 07:7:47 x") << QDate(2020, 2, 6) << true << QStringLiteral("07:7:47 x");
}

void TestTimeExpressionParser::parseLeadingDate()
{
    QFETCH(QString, input);
    QFETCH(QDate, date);
    QFETCH(bool, hasYear);
    QFETCH(QString, rest);

    const auto d = TimeExpressionParser::parseLeadingDate(input);
    QVERIFY(d.has_value());
    QCOMPARE(d->date, date);
    QCOMPARE(d->hasYear, hasYear);
    QCOMPARE(input.mid(d->start + d->length).trimmed(), rest);
}

void TestTimeExpressionParser::parseLeadingDateRejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("a time follows") << QStringLiteral("2024-08-10 19:00 x");
    QTest::newRow("a dashed date and a time") << QStringLiteral("16-10-2024 11:58 - x");
    QTest::newRow("no year, no separator") << QStringLiteral("May 10 users complained");
    QTest::newRow("not at the start") << QStringLiteral("Issue on 2024-08-10");
    QTest::newRow("impossible dashed") << QStringLiteral("13-13-2024 x");
    QTest::newRow("page range") << QStringLiteral("3-12 pages");
    QTest::newRow("identifier") << QStringLiteral("CVE-2024-12345 patched");
    QTest::newRow("number") << QStringLiteral("10 servers down");
    QTest::newRow("empty") << QString();
}

void TestTimeExpressionParser::parseLeadingDateRejects()
{
    QFETCH(QString, input);
    QVERIFY(!TimeExpressionParser::parseLeadingDate(input).has_value());
}

void TestTimeExpressionParser::parseLeadingDateStart()
{
    const QString input = QStringLiteral("  * 08-01-2026 – x");
    const auto d = TimeExpressionParser::parseLeadingDate(input);
    QVERIFY(d.has_value());
    QCOMPARE(d->start, 2);
    QCOMPARE(input.mid(d->start, d->length), QStringLiteral("* 08-01-2026 – "));
}

void TestTimeExpressionParser::find_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("span");
    QTest::addColumn<QTime>("time");
    QTest::addColumn<QTime>("endTime");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("zone");

    QTest::newRow("in a sentence") << QStringLiteral("Issue detected at 19:00 UTC by monitoring")
                                   << QStringLiteral("19:00 UTC") << QTime(19, 0) << QTime() << QDate()
                                   << QStringLiteral("UTC");
    QTest::newRow("range with zone and date")
        << QStringLiteral("2 hours, from 19:00 to 21:00 (UTC) on August 10, 2024")
        << QStringLiteral("19:00 to 21:00 (UTC) on August 10, 2024") << QTime(19, 0) << QTime(21, 0)
        << QDate(2024, 8, 10) << QStringLiteral("UTC");
    QTest::newRow("brackets around") << QStringLiteral("The outage began [ 4: 45 am PST ] and ended")
                                     << QStringLiteral("[ 4: 45 am PST ]") << QTime(4, 45) << QTime() << QDate()
                                     << QStringLiteral("PST");
    QTest::newRow("bold around") << QStringLiteral("began at **19:00** today") << QStringLiteral("**19:00**")
                                 << QTime(19, 0) << QTime() << QDate() << QString();
    QTest::newRow("skips impossible time") << QStringLiteral("not 25:99 but 19:30") << QStringLiteral("19:30")
                                           << QTime(19, 30) << QTime() << QDate() << QString();
    QTest::newRow("date before time") << QStringLiteral("logged 2024-08-10 19:00:05Z by x")
                                      << QStringLiteral("2024-08-10 19:00:05Z") << QTime(19, 0, 5) << QTime()
                                      << QDate(2024, 8, 10) << QStringLiteral("Z");
    QTest::newRow("lower-case word is no zone") << QStringLiteral("at 19:00 eat lunch") << QStringLiteral("19:00")
                                                << QTime(19, 0) << QTime() << QDate() << QString();
    QTest::newRow("opening bracket far away")
        << QStringLiteral("(at 19:00)") << QStringLiteral("19:00") << QTime(19, 0) << QTime() << QDate() << QString();
    QTest::newRow("status update label") << QStringLiteral("[Update - 2023-03-29 15h50 UTC]")
                                         << QStringLiteral("2023-03-29 15h50 UTC") << QTime(15, 50) << QTime()
                                         << QDate(2023, 3, 29) << QStringLiteral("UTC");
    QTest::newRow("h in a sentence") << QStringLiteral("There is an outage on ci.jenkins.io since 14h00 UTC.")
                                     << QStringLiteral("14h00 UTC") << QTime(14, 0) << QTime() << QDate()
                                     << QStringLiteral("UTC");
    QTest::newRow("military in a sentence")
        << QStringLiteral("The fault was detected at 0330hrs (EAT), when") << QStringLiteral("0330hrs (EAT)")
        << QTime(3, 30) << QTime() << QDate() << QStringLiteral("EAT");
    QTest::newRow("military underlined") << QStringLiteral("from __0300hrs (EAT)__ to __0400hrs (EAT)__ due to")
                                         << QStringLiteral("__0300hrs (EAT)__") << QTime(3, 0) << QTime() << QDate()
                                         << QStringLiteral("EAT");
    QTest::newRow("ordinal date and at") << QStringLiteral("On May 10th, 2024 at 2:00 AM, the server")
                                         << QStringLiteral("May 10th, 2024 at 2:00 AM") << QTime(2, 0) << QTime()
                                         << QDate(2024, 5, 10) << QString();
    QTest::newRow("date and time at the end")
        << QStringLiteral("Detected at Nov 1, 2022 6:00 AM") << QStringLiteral("Nov 1, 2022 6:00 AM") << QTime(6, 0)
        << QTime() << QDate(2022, 11, 1) << QString();
    QTest::newRow("glued zone") << QStringLiteral("until 12:45-pm-GMT, the server") << QStringLiteral("12:45-pm-GMT")
                                << QTime(12, 45) << QTime() << QDate() << QStringLiteral("GMT");
    QTest::newRow("versions skipped") << QStringLiteral("upgraded from v1.14.1 to v1.16.0 at 10:30")
                                      << QStringLiteral("10:30") << QTime(10, 30) << QTime() << QDate() << QString();
    QTest::newRow("ip and port skipped") << QStringLiteral("192.168.10.20:8080 refused at 10:30")
                                         << QStringLiteral("10:30") << QTime(10, 30) << QTime() << QDate() << QString();
    QTest::newRow("the word midnight is skipped")
        << QStringLiteral("from midnight to 3:00 AM (SAST)") << QStringLiteral("3:00 AM (SAST)") << QTime(3, 0)
        << QTime() << QDate() << QStringLiteral("SAST");
    QTest::newRow("hour and pm") << QStringLiteral("at 2 pm we restarted") << QStringLiteral("2 pm") << QTime(14, 0)
                                 << QTime() << QDate() << QString();
}

void TestTimeExpressionParser::find()
{
    QFETCH(QString, input);
    QFETCH(QString, span);
    QFETCH(QTime, time);
    QFETCH(QTime, endTime);
    QFETCH(QDate, date);
    QFETCH(QString, zone);

    const auto e = TimeExpressionParser::find(input);
    QVERIFY(e.has_value());
    QCOMPARE(input.mid(e->start, e->length), span);
    QCOMPARE(e->time, time);
    QCOMPARE(endOrInvalid(*e), endTime);
    QCOMPARE(dateOrInvalid(e->date), date);
    QCOMPARE(e->zone, zone);
}

void TestTimeExpressionParser::findRejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("version") << QStringLiteral("upgraded to v1.14");
    QTest::newRow("dotted version") << QStringLiteral("release 1.14.8 is out");
    QTest::newRow("ratio") << QStringLiteral("a 16:9 screen");
    QTest::newRow("one-digit ratio") << QStringLiteral("odds of 3:1");
    QTest::newRow("ip and port") << QStringLiteral("connect to 192.168.10.20:8080");
    QTest::newRow("loopback and port") << QStringLiteral("bound to 127.0.0.1:80");
    QTest::newRow("ipv6") << QStringLiteral("address 2001:db8::1");
    QTest::newRow("status code") << QStringLiteral("HTTP 404 for everyone");
    QTest::newRow("minutes") << QStringLiteral("about __10 mins__ after");
    QTest::newRow("hours") << QStringLiteral("within 24 hrs");
    QTest::newRow("one-digit minute") << QStringLiteral("| 2020-02-06 07:7:47 | @cammellos says");
    QTest::newRow("people") << QStringLiteral("2 people were paged");
    QTest::newRow("version word") << QStringLiteral("version 2 broke it");
    QTest::newRow("midnight word") << QStringLiteral("worked past midnight");
    QTest::newRow("date only") << QStringLiteral("on 16-10-2024 the PR");
}

void TestTimeExpressionParser::findRejects()
{
    QFETCH(QString, input);
    QVERIFY(!TimeExpressionParser::find(input).has_value());
}

void TestTimeExpressionParser::findDate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("date");

    const QDate aug10(2024, 8, 10);
    QTest::newRow("month day, year") << QStringLiteral("August 10, 2024") << aug10;
    QTest::newRow("ordinal") << QStringLiteral("Aug 10th, 2024") << aug10;
    QTest::newRow("day month year") << QStringLiteral("10 August 2024") << aug10;
    QTest::newRow("day of month") << QStringLiteral("the 1st of March 2024") << QDate(2024, 3, 1);
    QTest::newRow("dashed abbreviation") << QStringLiteral("10-Aug-2024") << aug10;
    QTest::newRow("iso") << QStringLiteral("2024-08-10") << aug10;
    QTest::newRow("iso slashes") << QStringLiteral("2024/08/10") << aug10;
    QTest::newRow("weekday") << QStringLiteral("Saturday, August 10, 2024") << aug10;
    QTest::newRow("on") << QStringLiteral("on August 10, 2024 the service") << aug10;
    QTest::newRow("colon after the year") << QStringLiteral("Aug 10, 2024: deploy") << aug10;
    QTest::newRow("sept") << QStringLiteral("Sept 3, 2023") << QDate(2023, 9, 3);
    QTest::newRow("in a duration line") << QStringLiteral("2 hours, from 19:00 to 21:00 (UTC) on August 10, 2024")
                                        << aug10;
    QTest::newRow("ambiguous slashes are US") << QStringLiteral("08/10/2024") << aug10;
    QTest::newRow("day above 12 first") << QStringLiteral("13/08/2024") << QDate(2024, 8, 13);
    QTest::newRow("day above 12 second") << QStringLiteral("08/13/2024") << QDate(2024, 8, 13);
    QTest::newRow("dotted is day first") << QStringLiteral("10.08.2024") << aug10;
    QTest::newRow("leap day") << QStringLiteral("Feb 29, 2024") << QDate(2024, 2, 29);
    QTest::newRow("no leap day") << QStringLiteral("Feb 29, 2023") << QDate();
    QTest::newRow("impossible iso") << QStringLiteral("2024-02-30") << QDate();
    QTest::newRow("no year") << QStringLiteral("August 10") << QDate();
    QTest::newRow("only a time") << QStringLiteral("the 19:00 alert") << QDate();
    QTest::newRow("may the verb") << QStringLiteral("this may 2 be") << QDate();
    QTest::newRow("dashed day first") << QStringLiteral("16-10-2024 11:58 - x") << QDate(2024, 10, 16);
    QTest::newRow("dashed month first") << QStringLiteral("Website Outage 5-26-21") << QDate(2021, 5, 26);
    QTest::newRow("dashed ambiguous is US") << QStringLiteral("04-12-2022") << QDate(2022, 4, 12);
    QTest::newRow("dashed ambiguous in bold") << QStringLiteral("**08-01-2026** – x") << QDate(2026, 8, 1);
    QTest::newRow("ordinal day first") << QStringLiteral("10th May 2021") << QDate(2021, 5, 10);
    QTest::newRow("month, ordinal, comma") << QStringLiteral("May 10th, 2021") << QDate(2021, 5, 10);
    QTest::newRow("with a time after") << QStringLiteral("November 10, 2023, 8:00 PM") << QDate(2023, 11, 10);
    QTest::newRow("iso and comma") << QStringLiteral("2018-08-22, 03:26pm") << QDate(2018, 8, 22);
    QTest::newRow("weekday and ordinal") << QStringLiteral("on **Wednesday 8th February, 2023** from")
                                         << QDate(2023, 2, 8);
    QTest::newRow("impossible dashed") << QStringLiteral("13-13-2024") << QDate();
    QTest::newRow("dashed without year") << QStringLiteral("pages 3-12") << QDate();
    QTest::newRow("identifier") << QStringLiteral("CVE-2024-12345") << QDate();
    QTest::newRow("phone-like") << QStringLiteral("call 555-12-34") << QDate();
    QTest::newRow("three small numbers") << QStringLiteral("steps 1-2-3") << QDate();
}

void TestTimeExpressionParser::findDate()
{
    QFETCH(QString, input);
    QFETCH(QDate, date);
    QCOMPARE(dateOrInvalid(TimeExpressionParser::findDate(input)), date);
}

void TestTimeExpressionParser::zoneOffset_data()
{
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QDate>("onDate");
    QTest::addColumn<int>("offset");

    const QDate summer(2024, 8, 10);
    const QDate winter(2024, 1, 10);
    const std::pair<const char*, int> fixed[] = {
        {"UTC", 0},         {"utc", 0},        {"GMT", 0},       {"Z", 0},         {"PST", -8 * 60}, {"PDT", -7 * 60},
        {"MST", -7 * 60},   {"MDT", -6 * 60},  {"CST", -6 * 60}, {"CDT", -5 * 60}, {"EST", -5 * 60}, {"EDT", -4 * 60},
        {"AKST", -9 * 60},  {"HST", -10 * 60}, {"BST", 60},      {"CET", 60},      {"CEST", 120},    {"EET", 120},
        {"EEST", 180},      {"WET", 0},        {"WEST", 60},     {"IST", 330},     {"JST", 540},     {"KST", 540},
        {"SGT", 480},       {"HKT", 480},      {"AEST", 600},    {"AEDT", 660},    {"NZST", 720},    {"NZDT", 780},
        {"EAT", 180},       {"WAT", 60},       {"CAT", 120},     {"SAST", 120},    {"MSK", 180},     {"BRT", -180},
        {"ART", -180},      {"+02:00", 120},   {"+0200", 120},   {"-05", -300},    {"UTC+3", 180},   {"GMT-4", -240},
        {"UTC+05:30", 330}, {" UTC ", 0},
    };
    for (const auto& [zone, minutes] : fixed)
        QTest::newRow(zone) << QString::fromLatin1(zone) << QDate() << minutes * 60;
    QTest::newRow("PST in summer stays PST") << QStringLiteral("PST") << summer << -8 * 3600;
    QTest::newRow("Berlin summer") << QStringLiteral("Europe/Berlin") << summer << 7200;
    QTest::newRow("Berlin winter") << QStringLiteral("Europe/Berlin") << winter << 3600;
    QTest::newRow("New York summer") << QStringLiteral("America/New_York") << summer << -4 * 3600;
    QTest::newRow("ET in winter") << QStringLiteral("ET") << winter << -5 * 3600;
    QTest::newRow("unknown abbreviation") << QStringLiteral("XYZ") << QDate() << kNone;
    QTest::newRow("unknown IANA") << QStringLiteral("Mars/Olympus") << summer << kNone;
    QTest::newRow("offset too large") << QStringLiteral("+25:00") << QDate() << kNone;
    QTest::newRow("empty") << QString() << QDate() << kNone;
}

void TestTimeExpressionParser::zoneOffset()
{
    QFETCH(QString, zone);
    QFETCH(QDate, onDate);
    QFETCH(int, offset);
    QCOMPARE(offsetOrNone(TimeExpressionParser::zoneOffsetSeconds(zone, onDate)), offset);
}

void TestTimeExpressionParser::ianaZoneWithoutDate()
{
    // Without a date the current offset is taken, which depends on the season of the test run.
    const int offset = offsetOrNone(TimeExpressionParser::zoneOffsetSeconds(QStringLiteral("Europe/Berlin")));
    QVERIFY2(offset == 3600 || offset == 7200, qPrintable(QString::number(offset)));
}

void TestTimeExpressionParser::duration_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("minutes");

    QTest::newRow("hours") << QStringLiteral("2 hours") << 120;
    QTest::newRow("hrs") << QStringLiteral("2 hrs") << 120;
    QTest::newRow("h m spaced") << QStringLiteral("1h 30m") << 90;
    QTest::newRow("h m tight") << QStringLiteral("1h30m") << 90;
    QTest::newRow("minutes") << QStringLiteral("90 minutes") << 90;
    QTest::newRow("min") << QStringLiteral("90 min") << 90;
    QTest::newRow("mins") << QStringLiteral("45 mins") << 45;
    QTest::newRow("hours and minutes") << QStringLiteral("2 hours 15 minutes") << 135;
    QTest::newRow("hrs mins") << QStringLiteral("2 hrs 15 mins") << 135;
    QTest::newRow("with and") << QStringLiteral("2 hours and 15 minutes") << 135;
    QTest::newRow("decimal") << QStringLiteral("1.5 hours") << 90;
    QTest::newRow("an hour") << QStringLiteral("an hour") << 60;
    QTest::newRow("half an hour") << QStringLiteral("half an hour") << 30;
    QTest::newRow("an hour and a half") << QStringLiteral("an hour and a half") << 90;
    QTest::newRow("word number") << QStringLiteral("two hours") << 120;
    QTest::newRow("hyphenated") << QStringLiteral("a 2-hour outage") << 120;
    QTest::newRow("a day") << QStringLiteral("1 day") << 1440;
    QTest::newRow("start of a phrase") << QStringLiteral("2 hours, from 19:00 to 21:00 (UTC) on August 10, 2024")
                                       << 120;
    QTest::newRow("after words") << QStringLiteral("The outage lasted 3 hours.") << 180;
    QTest::newRow("larger unit after smaller is a new duration") << QStringLiteral("30 minutes 2 hours") << 30;
    QTest::newRow("times are no duration") << QStringLiteral("19:00 to 21:00") << kNone;
    QTest::newRow("french time is no duration") << QStringLiteral("19h00") << kNone;
    QTest::newRow("months are not minutes") << QStringLiteral("3 months") << kNone;
    QTest::newRow("letters are not units") << QStringLiteral("a m") << kNone;
    QTest::newRow("nothing") << QStringLiteral("a long time") << kNone;
}

void TestTimeExpressionParser::duration()
{
    QFETCH(QString, input);
    QFETCH(int, minutes);
    QCOMPARE(offsetOrNone(TimeExpressionParser::parseDurationMinutes(input)), minutes);
}

QTEST_GUILESS_MAIN(TestTimeExpressionParser)
#include "TestTimeExpressionParser.moc"

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
    void find_data();
    void find();
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

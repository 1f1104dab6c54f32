// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include <QtTest>

using namespace debrief;

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryOption();
    void defaultsToNothing();
    void rejects_data();
    void rejects();
    void detectsScreenshotBeforeQApplication();
    void parsesThePalette();
};

namespace {
QStringList args(const QStringList& rest)
{
    return QStringList {QStringLiteral("debrief")} + rest;
}
} // namespace

void TestCommandLine::parsesEveryOption()
{
    CommandLine commandLine;
    QCOMPARE(commandLine.parse(args(
                 {"--store", "/tmp/s.sqlite", "--incident", "3", "--view", "rootcause", "--screenshot", "/tmp/x.png",
                  "--size", "1280x720"})),
             CommandLine::Outcome::Run);
    const GuiOptions& options = commandLine.options();
    QCOMPARE(options.storePath, QStringLiteral("/tmp/s.sqlite"));
    QVERIFY(options.incident);
    QCOMPARE(options.incident->value, 3);
    QCOMPARE(options.page, std::optional(IncidentPage::RootCause));
    QCOMPARE(options.screenshotPath, QStringLiteral("/tmp/x.png"));
    QCOMPARE(options.screenshotSize, QSize(1280, 720));
    QCOMPARE(options.logSearch, QString());
    CommandLine text;
    QCOMPARE(text.parse(args({"--search", "auth-1"})), CommandLine::Outcome::Run);
    QCOMPARE(text.options().logSearch, QStringLiteral("auth-1"));
    QVERIFY(!text.options().logRegex);
    CommandLine regex;
    QCOMPARE(regex.parse(args({"--regex", "^GET /"})), CommandLine::Outcome::Run);
    QCOMPARE(regex.options().logSearch, QStringLiteral("^GET /"));
    QVERIFY(regex.options().logRegex);
}

void TestCommandLine::defaultsToNothing()
{
    CommandLine commandLine;
    QCOMPARE(commandLine.parse(args({})), CommandLine::Outcome::Run);
    QVERIFY(commandLine.options().storePath.isEmpty());
    QVERIFY(!commandLine.options().incident);
    QVERIFY(!commandLine.options().page);
    QCOMPARE(CommandLine().parse(args({"--help"})), CommandLine::Outcome::ShowHelp);
    QVERIFY(commandLine.helpText().contains(QStringLiteral("--screenshot")));
}

void TestCommandLine::rejects_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown view") << QStringList {"--view", "charts"} << QStringLiteral("unknown view \"charts\"");
    QTest::newRow("id not a number") << QStringList {"--incident", "abc"} << QStringLiteral("positive number");
    QTest::newRow("id zero") << QStringList {"--incident", "0"} << QStringLiteral("positive number");
    QTest::newRow("unknown option") << QStringList {"--frobnicate"} << QStringLiteral("frobnicate");
    QTest::newRow("text and regex") << QStringList {"--search", "a", "--regex", "b"}
                                    << QStringLiteral("--search and --regex exclude each other");
    QTest::newRow("unknown palette") << QStringList {"--palette", "solarized"}
                                     << QStringLiteral("unknown palette \"solarized\"");
    QTest::newRow("size without height") << QStringList {"--size", "1600"} << QStringLiteral("--size takes");
    QTest::newRow("size in words") << QStringList {"--size", "big"} << QStringLiteral("--size takes");
    QTest::newRow("positional") << QStringList {"file.md"} << QStringLiteral("unexpected argument: file.md");
    QTest::newRow("missing value") << QStringList {"--store"} << QStringLiteral("store");
}

void TestCommandLine::rejects()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    CommandLine commandLine;
    QCOMPARE(commandLine.parse(args(arguments)), CommandLine::Outcome::Error);
    QVERIFY2(commandLine.errorText().contains(error), qPrintable(commandLine.errorText()));
}

void TestCommandLine::detectsScreenshotBeforeQApplication()
{
    char program[] = "debrief";
    char store[] = "--store";
    char path[] = "s";
    char shot[] = "--screenshot=/tmp/x.png";
    char* with[] = {program, store, path, shot};
    char* without[] = {program, store, path};
    QVERIFY(CommandLine::wantsScreenshot(4, with));
    QVERIFY(!CommandLine::wantsScreenshot(3, without));
}

QTEST_MAIN(TestCommandLine)
void TestCommandLine::parsesThePalette()
{
    CommandLine commandLine;
    QCOMPARE(commandLine.parse(args({})), CommandLine::Outcome::Run);
    QCOMPARE(commandLine.options().palette, PaletteChoice::System);
    QVERIFY(commandLine.helpText().contains(QStringLiteral("--palette")));
    for (const auto& [name, choice] :
         {std::pair {"dark", PaletteChoice::Dark}, std::pair {"light", PaletteChoice::Light},
          std::pair {"system", PaletteChoice::System}}) {
        CommandLine parsed;
        QCOMPARE(parsed.parse(args({"--palette", QString::fromLatin1(name)})), CommandLine::Outcome::Run);
        QCOMPARE(parsed.options().palette, choice);
    }
    // The dark palette is dark where it matters: light text on a dark base, and disabled text
    // still distinct from enabled text.
    const QPalette dark = AppPalette::dark();
    QVERIFY(AppPalette::isDark(dark));
    QVERIFY(!AppPalette::isDark(AppPalette::light()));
    QVERIFY(dark.color(QPalette::Text).lightnessF() > 0.8);
    QVERIFY(dark.color(QPalette::Disabled, QPalette::Text) != dark.color(QPalette::Active, QPalette::Text));
}

#include "TestCommandLine.moc"

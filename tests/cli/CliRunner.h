// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliApplication.h"

#include <QStringList>
#include <QTextStream>

namespace debrief::test {

// One in-process run of debrief-cli against a store: exit code and what it printed.
struct CliRun
{
    int code = 0;
    QString out;
    QString err;
};

inline CliRun runCli(const QString& store, QStringList arguments)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    arguments.prepend(store);
    arguments.prepend(QStringLiteral("--store"));
    arguments.prepend(QStringLiteral("debrief-cli"));
    run.code = cli::CliApplication::run(arguments, out, err);
    out.flush();
    err.flush();
    return run;
}

#ifdef DEBRIEF_DEMO_DIR
// The demo postmortem (incident 1) and the named files of resources/demo/ as its evidence, imported
// into `store` as scripts/demo.sh does. Needs DEBRIEF_DEMO_DIR. Returns the failed run, if any.
inline CliRun importDemo(const QString& store, const QStringList& evidenceFiles)
{
    const QString demo = QStringLiteral(DEBRIEF_DEMO_DIR) + u'/';
    CliRun run = runCli(store, {QStringLiteral("import"), demo + QStringLiteral("postmortem.md")});
    if (run.code != 0 || evidenceFiles.isEmpty())
        return run;
    QStringList arguments {QStringLiteral("import"), QStringLiteral("--incident"), QStringLiteral("1")};
    for (const QString& file : evidenceFiles)
        arguments << demo + file;
    return runCli(store, arguments);
}
#endif

} // namespace debrief::test

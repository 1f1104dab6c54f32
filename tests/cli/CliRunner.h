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

} // namespace debrief::test

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace debrief::cli {

// The whole of `debrief-cli` minus main(): global options (--store, --help, --version), command
// dispatch, and the mapping of exceptions to exit code 2. Runs in-process for the tests.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    // `arguments` as argv, program name first. Returns the process exit code.
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

private:
    static QString usage();
};

} // namespace debrief::cli

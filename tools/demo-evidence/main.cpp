// SPDX-License-Identifier: GPL-3.0-or-later
// debrief-demo-evidence OUTDIR: writes the demo incident's evidence files (see resources/demo/README.md).
#include "DemoEvidence.h"

#include <QDir>
#include <QString>
#include <cstdio>

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: debrief-demo-evidence OUTDIR\n");
        return 2;
    }
    const QString dir = QString::fromLocal8Bit(argv[1]);
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "debrief-demo-evidence: cannot create %s\n", argv[1]);
        return 1;
    }
    const QString error = debrief::demo::DemoEvidence::writeAll(dir);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "debrief-demo-evidence: %s\n", qPrintable(error));
        return 1;
    }
    for (const QString& name : debrief::demo::DemoEvidence::fileNames())
        std::printf("%s\n", qPrintable(QDir(dir).filePath(name)));
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace debrief::demo {

// The demo incident's evidence as a whole: the four files of resources/demo/ beside the
// postmortem, by name. The executable writes them into a folder; the test compares them with the
// committed ones, so those can never drift from the generator.
class DemoEvidence
{
public:
    // The file names, in the order the demo imports them.
    static QStringList fileNames();
    // The bytes of one file of fileNames(); empty for any other name.
    static QByteArray contents(const QString& fileName);
    // Writes every file into `dir` (which must exist); an error message, empty on success.
    static QString writeAll(const QString& dir);
};

} // namespace debrief::demo

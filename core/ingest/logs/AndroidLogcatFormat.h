// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// Android logcat output in its common layouts: threadtime ("03-17 16:13:38.811  1702  2395 D
// WindowManager: msg", the default of `adb logcat` and of bug reports), time ("03-17 16:13:38.811
// D/WindowManager( 1702): msg") and brief ("D/WindowManager( 1702): msg", no time), each optionally
// with the year ("-v year": "2024-03-17 16:13:38.811 ..."). Levels V D I W E F A (assert and fatal
// are critical); the tag is the service, pid and tid go into fields. No year and no zone unless
// written: the context's, rolled over at the new year. "--------- beginning of main" lines are no
// entries; every other line stands alone (logcat repeats the header on each line of a message).
class AndroidLogcatFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief

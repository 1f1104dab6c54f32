// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// Plain text that a program printed around its stack traces: every line is an entry of its own
// (timed when it starts with a time, as the generic format reads it, else untimed), except the
// lines of a stack trace or a Go panic, which join the line that announced them: indented frames,
// "Caused by:", "goroutine N [...]:", Go's call and "created by" lines, and the blank lines inside a
// panic's goroutine dump. Chosen only for a file whose head is mostly such traces around an
// announcement ("Exception in thread", "panic:", "Traceback"), where the generic format, which joins
// every untimed line to the entry before, would swallow the plain lines into the traces. Specificity
// 0 and after the generic format, which wins every near-tie.
class PlainTextFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView) const override { return 0.0; } // the traces decide, on the head
    std::optional<double> matchDocument(QByteArrayView head) const override;
    int specificity() const override { return 0; }
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief

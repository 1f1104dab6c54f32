// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// The fallback for text logs no specific format claims: a timestamp at the start of the line
// (any shape LooseTimestamp reads, optionally in brackets), an optional level word right after
// it ("ERROR", "[warn]", "<info>", "error:"), then the message. Indented lines continue the
// entry. Its scores stay at or below 0.5 and its specificity is 0, so every specific format
// wins where it applies. Not for lines whose time is not at the start (access logs, CSV).
class GenericTimestampFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    int specificity() const override { return 0; }
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;

    // One line read as this format reads it (a time at the start, a level word, the message), or
    // none; for the plain-text format, whose timed lines are the same.
    static std::optional<LogRecord> readLine(QByteArrayView line, const LogParseContext& context);
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// The Windows servicing logs, CBS.log and its CSI and DPX parts (C:\Windows\Logs\CBS):
// "2016-09-28 04:30:30, Info                  CBS    Loaded Servicing Stack v6.1.7601.23505 ...":
// local time with a comma after it, a level word padded to a column (Info, Warning, Error, Perf),
// a component (CBS, CSI, DPX, ...), then the message. Lines that do not start so continue the entry
// before them (CSI's multi-line dumps).
class WindowsCbsFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// Zeek (formerly Bro) TSV logs (conn.log, http.log, dns.log, ...): a header of '#' directives
// ("#separator \x09", "#fields ts uid id.orig_h ...", "#types time string addr ...", "#path",
// "#open", "#close"), then one record per line, its values separated by the declared separator,
// "-" for unset and "(empty)" for empty. The "ts" column (epoch seconds with microseconds) is the
// time; the columns go into fields; directives are kept raw but are no entries. Not for Zeek's JSON
// output (that is JSON lines).
class ZeekFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// The Redis server log (redis-server, redis-sentinel) since 3.0: `pid:role dd Mmm yyyy hh:mm:ss.mmm
// level message`, the role X sentinel, C child (RDB/AOF writer), S replica, M master, the level `.`
// debug, `-` verbose, `*` notice, `#` warning; and before 3.0 `[pid] dd Mmm hh:mm:ss.mmm level
// message` (no year: the context's); a signal handler's `pid:signal-handler (epoch) message` line too.
// Times are local times of the server (the context's zone). The
// service is "redis", pid and role go into the fields. Not for the ASCII-art banner of old versions,
// whose lines stay raw.
class RedisFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief

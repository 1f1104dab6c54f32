// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogRecord.h"

#include <QByteArrayView>
#include <optional>

namespace debrief {

// The application's own timestamp at the start of a message that a syslog or journal prefix
// already stamped: "kubelet[854]: I1022 16:45:57.501418  854 server.go:203] ..." (klog, with
// microseconds), "polkadot[100176]: 2022-03-21 21:16:24 Imported ..." (with the year the prefix
// lacks), "app: 2024-08-10T19:00:01.123+02:00 ..." (with a zone). Such a stamp is the entry's time,
// since it says more than the prefix; the caller keeps the prefix's in the fields. A stamp that
// says no more than the prefix (a bare clock) is not taken.
class InnerTimestamp
{
public:
    struct Parsed
    {
        qint64 utcMs = 0;
        QByteArrayView timeText;
        std::optional<LogLevel> level; // klog's level letter
    };
    // `year` for a klog stamp, which has none: the prefix's.
    static std::optional<Parsed> read(QByteArrayView message, int year, int defaultOffsetSeconds);
};

} // namespace debrief

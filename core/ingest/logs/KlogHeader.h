// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogRecord.h"

#include <QByteArrayView>
#include <optional>

namespace debrief {

// The header that Google's glog and Kubernetes' klog put before every message:
// "Lmmdd hh:mm:ss.uuuuuu threadid file:line] msg" (L is I, W, E or F; the thread id is padded to a
// width that glog and klog choose differently, so any run of spaces is read). No year and no zone:
// the caller's context supplies them. A reader of the header only, shared by KlogFormat and the
// syslog parser, which finds it inside journal lines of the kubelet.
class KlogHeader
{
public:
    struct Parsed
    {
        LogLevel level = LogLevel::Info;
        int month = 0;
        int day = 0;
        qint64 msOfDay = 0;
        QByteArrayView timeText; // "1022 16:45:57.501418", without the level letter
        QByteArrayView thread;
        QByteArrayView source; // "server.go:203"
        QByteArrayView message;
    };
    static std::optional<Parsed> read(QByteArrayView line);
    // The UTC instant of a header in `year`, its clock read at `offsetSeconds` east of UTC.
    static std::optional<qint64> utcMs(const Parsed& header, int year, int offsetSeconds);
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#include "InnerTimestamp.h"

#include "KlogHeader.h"
#include "Rfc3339Time.h"

namespace debrief {

std::optional<InnerTimestamp::Parsed> InnerTimestamp::read(QByteArrayView message, int year,
                                                           int defaultOffsetSeconds)
{
    if (const auto klog = KlogHeader::read(message)) {
        const auto at = KlogHeader::utcMs(*klog, year, defaultOffsetSeconds);
        if (!at)
            return std::nullopt;
        return Parsed {*at, message.first(klog->timeText.size() + 1), klog->level};
    }
    // A full date and time ("yyyy-mm-dd hh:mm:ss", 19 bytes at least) followed by the text.
    if (message.size() < 20 || message[4] != '-')
        return std::nullopt;
    const auto iso = Rfc3339Time::parsePrefix(message, defaultOffsetSeconds);
    if (!iso || iso->length < 19 || (iso->length < message.size() && message[iso->length] != ' '))
        return std::nullopt;
    return Parsed {iso->utcMs, message.first(iso->length), std::nullopt};
}

} // namespace debrief

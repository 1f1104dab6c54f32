// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogLevel.h"

#include <QByteArrayView>

namespace debrief {

// The level an access log's HTTP status gives its entry: 5xx error, 4xx warning, else info. Shared by
// the access-log formats (CLF, W3C, Envoy, AWS load balancers).
inline LogLevel levelOfHttpStatus(QByteArrayView status)
{
    if (status.size() != 3)
        return LogLevel::Info;
    return status[0] == '5' ? LogLevel::Error : status[0] == '4' ? LogLevel::Warning : LogLevel::Info;
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace debrief::demo {

class DemoRandom;

// Writes nginx-access.log: the auth gateway's access log in nginx's "combined" format, sampled one
// request in 1500 (as `access_log ... if=$sampled` would), so its volume follows the request
// rate. During the flash sale most lines come from five carrier-NAT addresses of the mobile app's
// retry storm, which is what made the outage look like a DDoS; logins answer 503/504 while the
// pool is saturated and 401 while locked accounts are refused. Deterministic.
class NginxAccessLogWriter
{
public:
    QByteArray write() const;

    static constexpr int kSampleOneIn = 1500;

private:
    struct Request
    {
        const char* method;
        const char* path;
    };

    static QByteArray line(DemoRandom& random, qint64 second);
    static Request pickRequest(DemoRandom& random, bool storm);
    static int status(DemoRandom& random, const Request& request, qint64 t, bool storm);
    static int bodyBytes(DemoRandom& random, const Request& request, int status);
    static QByteArray localTime(qint64 t);
};

} // namespace debrief::demo

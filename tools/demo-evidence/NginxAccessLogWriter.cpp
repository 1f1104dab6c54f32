// SPDX-License-Identifier: GPL-3.0-or-later
#include "NginxAccessLogWriter.h"

#include "DemoRandom.h"
#include "DemoStory.h"

#include <cstring>

namespace debrief::demo {

namespace {

constexpr quint64 kSeed = 0x6E67696E78ULL; // "nginx"
constexpr double kBaselineRate = 120.0;

// The mobile app's retry storm reaches the gateway through a handful of carrier NAT addresses.
const char* const kNatAddresses[] = {"203.0.113.17", "203.0.113.18", "203.0.113.19", "203.0.113.41", "203.0.113.42"};
const char* const kAppAgents[] = {"ShopApp/5.3.1 (Android 14; okhttp/4.12.0)",
                                  "ShopApp/5.3.1 (iPhone; iOS 17.5.1) CFNetwork/1496.0.7 Darwin/23.5.0"};
const char* const kBrowserAgents[] = {
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 "
    "Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:129.0) Gecko/20100101 Firefox/129.0",
};

bool isLogin(const char* path)
{
    return std::strcmp(path, "/api/v1/login") == 0;
}

bool isRefresh(const char* path)
{
    return std::strcmp(path, "/api/v1/token/refresh") == 0;
}

} // namespace

QByteArray NginxAccessLogWriter::write() const
{
    DemoRandom random(kSeed);
    QByteArray out;
    for (qint64 second = DemoStory::kStart; second < DemoStory::kEnd; second += 1000) {
        // Sampled lines per second: the whole part always, the fraction by chance.
        const double expected = DemoStory::requestRate(second) / kSampleOneIn;
        int lines = int(expected);
        if (random.unit() < expected - lines)
            ++lines;
        for (int i = 0; i < lines; ++i)
            out += line(random, second) + '\n';
    }
    return out;
}

QByteArray NginxAccessLogWriter::line(DemoRandom& random, qint64 second)
{
    // The traffic above the evening's baseline is the app's; the rest are ordinary clients.
    const double rate = DemoStory::requestRate(second);
    const bool storm = random.unit() < (rate - kBaselineRate) / rate;
    QByteArray client;
    QByteArray agent;
    QByteArray referer = "-";
    if (storm) {
        client = kNatAddresses[random.below(5)];
        agent = kAppAgents[random.below(2)];
    } else {
        client = (random.below(2) == 0 ? "198.51.100." : "192.0.2.") + QByteArray::number(2 + random.below(250));
        const bool app = random.below(3) == 0;
        agent = app ? kAppAgents[random.below(2)] : kBrowserAgents[random.below(3)];
        if (!app)
            referer = "https://shop.example.com/login";
    }
    const Request request = pickRequest(random, storm);
    const int code = status(random, request, second, storm);
    return client + " - - [" + localTime(second) + "] \"" + request.method + ' ' + request.path + " HTTP/"
        + (storm ? "2.0" : "1.1") + "\" " + QByteArray::number(code) + ' '
        + QByteArray::number(bodyBytes(random, request, code)) + " \"" + referer + "\" \"" + agent + '"';
}

NginxAccessLogWriter::Request NginxAccessLogWriter::pickRequest(DemoRandom& random, bool storm)
{
    const int r = random.below(20);
    if (storm) // the retry loop: log in again, or refresh a token that the failed login never issued
        return r < 12 ? Request {"POST", "/api/v1/login"} : Request {"POST", "/api/v1/token/refresh"};
    if (r < 7)
        return {"POST", "/api/v1/login"};
    if (r < 14)
        return {"POST", "/api/v1/token/refresh"};
    if (r < 18)
        return {"GET", "/api/v1/session"};
    if (r < 19)
        return {"POST", "/api/v1/logout"};
    return {"GET", "/api/v1/password/policy"};
}

int NginxAccessLogWriter::status(DemoRandom& random, const Request& request, qint64 t, bool storm)
{
    const double r = random.unit();
    // The gateway's per-address limit catches part of what five NAT addresses send.
    if (storm && r < 0.15)
        return 429;
    const bool outage = t >= DemoStory::kSaturation && t < DemoStory::kFix;
    const bool lockedOut = t >= DemoStory::kFix && t < DemoStory::kLockoutsExpire;
    const double s = random.unit();
    if (isLogin(request.path)) {
        if (outage)
            return s < 0.38 ? 503 : s < 0.72 ? 504 : s < 0.85 ? 401 : 200;
        if (lockedOut)
            return s < 0.30 ? 401 : 200;
        return s < 0.06 ? 401 : 200;
    }
    if (isRefresh(request.path) && outage)
        return s < 0.25 ? 503 : s < 0.45 ? 504 : 200;
    return 200;
}

int NginxAccessLogWriter::bodyBytes(DemoRandom& random, const Request& request, int status)
{
    switch (status) {
    case 401:
        return 64;
    case 429:
        return 86;
    case 503:
        return 190;
    case 504:
        return 167;
    default:
        break;
    }
    if (isLogin(request.path))
        return 600 + random.below(90);
    if (isRefresh(request.path))
        return 540 + random.below(60);
    if (std::strcmp(request.path, "/api/v1/session") == 0)
        return 210 + random.below(40);
    if (std::strcmp(request.path, "/api/v1/logout") == 0)
        return 2;
    return 143;
}

QByteArray NginxAccessLogWriter::localTime(qint64 t)
{
    return "10/Aug/2024:" + DemoStory::clock(t) + " +0000";
}

} // namespace debrief::demo

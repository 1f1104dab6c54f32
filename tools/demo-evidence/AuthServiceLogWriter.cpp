// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuthServiceLogWriter.h"

#include "DemoRandom.h"
#include "DemoStory.h"

#include <algorithm>

namespace debrief::demo {

namespace {

constexpr qint64 kMinute = 60000;
constexpr qint64 kLockMs = 15 * kMinute;
const QByteArray kService = "auth-service";

// One log line with the keys every line has first, in the order the service's logger writes them.
// Values are our own words and hex ids: nothing needs JSON escaping.
class JsonLine
{
public:
    JsonLine(qint64 at, const char* level, const QByteArray& msg, int host)
    {
        m_text = "{\"time\":\"" + DemoStory::rfc3339(at) + "\",\"level\":\"" + level + "\",\"msg\":\"" + msg
            + "\",\"service\":\"" + kService + "\",\"host\":\"" + DemoStory::hostName(host) + '"';
    }
    JsonLine& add(const char* key, const QByteArray& value)
    {
        m_text += ",\"" + QByteArray(key) + "\":\"" + value + '"';
        return *this;
    }
    JsonLine& add(const char* key, qint64 value)
    {
        m_text += ",\"" + QByteArray(key) + "\":" + QByteArray::number(value);
        return *this;
    }
    QByteArray text() const { return m_text + '}'; }

private:
    QByteArray m_text;
};

quint64 seedFor(int host, quint64 stream)
{
    return stream * 16 + quint64(host);
}

bool restarting(int host, qint64 t)
{
    for (const qint64 deploy : {DemoStory::kBadDeploy, DemoStory::kFix}) {
        const qint64 start = DemoStory::restartAt(host, deploy);
        if (t >= start && t < start + DemoStory::kRestartMs)
            return true;
    }
    return false;
}

// `count` times in [from, to), sorted.
QVector<qint64> timesIn(DemoRandom& random, qint64 from, qint64 to, int count)
{
    QVector<qint64> times;
    for (int i = 0; i < count; ++i)
        times.append(from + random.below(int(to - from)));
    std::sort(times.begin(), times.end());
    return times;
}

} // namespace

QByteArray AuthServiceLogWriter::write() const
{
    QVector<Entry> entries;
    for (int host = 0; host < DemoStory::kHosts; ++host) {
        addInfoSample(host, entries);
        addDeploy(host, DemoStory::kBadDeploy, "v2.13.2", "v2.14.0", 5, entries);
        addDeploy(host, DemoStory::kFix, "v2.14.0", "v2.14.1", 50, entries);
        addPoolTimeouts(host, entries);
        addLockouts(host, entries);
        addRefusals(host, entries);
        addSlowQueries(host, entries);
    }
    // Stable: lines of one host at the same millisecond keep the order they were logged in.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.at < b.at; });
    QByteArray out;
    out.reserve(entries.size() * 240);
    for (const Entry& e : std::as_const(entries))
        out += e.line + '\n';
    return out;
}

void AuthServiceLogWriter::addInfoSample(int host, QVector<Entry>& out) const
{
    DemoRandom random(seedFor(host, 1));
    for (qint64 t = DemoStory::kStart + host * 1700; t < DemoStory::kEnd; t += 4500 + random.below(1000)) {
        if (restarting(host, t))
            continue;
        const bool slow = DemoStory::saturated(host, t);
        const int kind = random.below(20);
        if (kind < 9) {
            // During the outage only the logins that got a connection before the timeout succeed.
            out.append({t,
                        JsonLine(t, "info", "login succeeded", host)
                            .add("request_id", requestId(random))
                            .add("user", user(random))
                            .add("latency_ms", slow ? 2400 + random.below(2500) : 18 + random.below(55))
                            .add("pool_in_use", DemoStory::poolInUse(host, t))
                            .add("pool_waiting", DemoStory::poolWaiting(host, t))
                            .text()});
        } else if (kind < 15) {
            out.append({t,
                        JsonLine(t, "info", "token refreshed", host)
                            .add("request_id", requestId(random))
                            .add("user", user(random))
                            .add("latency_ms", 3 + random.below(10))
                            .text()});
        } else if (kind < 18) {
            out.append({t,
                        JsonLine(t, "info", "login failed: invalid password", host)
                            .add("request_id", requestId(random))
                            .add("user", user(random))
                            .add("failed_attempts", 1 + random.below(3))
                            .add("latency_ms", 20 + random.below(40))
                            .text()});
        } else {
            out.append({t,
                        JsonLine(t, "info", "session validated", host)
                            .add("request_id", requestId(random))
                            .add("user", user(random))
                            .add("latency_ms", 1 + random.below(4))
                            .text()});
        }
    }
}

void AuthServiceLogWriter::addDeploy(int host, qint64 deploy, const QByteArray& fromVersion,
                                     const QByteArray& toVersion, int poolMax, QVector<Entry>& out) const
{
    const qint64 t = DemoStory::restartAt(host, deploy);
    out.append(
        {t, JsonLine(t, "info", "received SIGTERM, draining connections", host).add("version", fromVersion).text()});
    out.append({t + 1180, JsonLine(t + 1180, "info", "http server stopped", host).add("in_flight", 0).text()});
    out.append({t + 4120,
                JsonLine(t + 4120, "info", "starting auth-service " + toVersion, host)
                    .add("version", toVersion)
                    .add("go_version", "go1.22.5")
                    .text()});
    const qint64 ready = t + DemoStory::kRestartMs;
    out.append(
        {ready - 310,
         JsonLine(ready - 310, "info", "database pool configured max_connections=" + QByteArray::number(poolMax), host)
             .add("pool_max", poolMax)
             .add("min_idle", 1)
             .add("acquire_timeout_ms", 5000)
             .text()});
    out.append({ready, JsonLine(ready, "info", "listening on :8080", host).add("version", toVersion).text()});
}

void AuthServiceLogWriter::addPoolTimeouts(int host, QVector<Entry>& out) const
{
    DemoRandom random(seedFor(host, 2));
    const qint64 end = DemoStory::restartAt(host, DemoStory::kFix);
    for (qint64 minute = DemoStory::kSaturation; minute < end; minute += kMinute) {
        // ~15 a minute per host; the last, partial minute before the restart gets its share.
        const qint64 to = qMin(minute + kMinute, end);
        const int count = int((13 + random.below(5)) * (to - minute) / kMinute);
        for (const qint64 t : timesIn(random, minute, to, count)) {
            const bool login = random.below(10) < 7;
            out.append({t,
                        JsonLine(t, "error", "timed out waiting for a database connection", host)
                            .add("request_id", requestId(random))
                            .add("route", login ? "/api/v1/login" : "/api/v1/token/refresh")
                            .add("latency_ms", 5000 + random.below(40))
                            .add("pool_in_use", DemoStory::poolInUse(host, t))
                            .add("pool_max", DemoStory::poolMax(host, t))
                            .add("pool_waiting", DemoStory::poolWaiting(host, t))
                            .text()});
        }
    }
}

void AuthServiceLogWriter::addLockouts(int host, QVector<Entry>& out) const
{
    DemoRandom random(seedFor(host, 3));
    const qint64 end = DemoStory::restartAt(host, DemoStory::kFix);
    for (qint64 minute = DemoStory::kSaturation; minute < end; minute += kMinute) {
        const qint64 to = qMin(minute + kMinute, end);
        for (const qint64 t : timesIn(random, minute, to, 1 + random.below(2))) {
            out.append({t,
                        JsonLine(t, "warn", "account locked after 5 failed attempts", host)
                            .add("user", user(random))
                            .add("failed_attempts", 5)
                            .add("locked_until", DemoStory::rfc3339(t + kLockMs - t % 1000))
                            .text()});
        }
    }
}

void AuthServiceLogWriter::addRefusals(int host, QVector<Entry>& out) const
{
    DemoRandom random(seedFor(host, 4));
    // The app retried until the fix went out, so every lock it caused ends a quarter hour later.
    const qint64 begin = DemoStory::restartAt(host, DemoStory::kFix) + DemoStory::kRestartMs;
    // Clock minutes, so that a per-minute count of these warnings is as steady as their rate.
    for (qint64 minute = DemoStory::kFix; minute < DemoStory::kLockoutsExpire; minute += kMinute) {
        const qint64 from = qMax(minute, begin);
        const qint64 to = qMin(minute + kMinute, DemoStory::kLockoutsExpire);
        const int count = int((6 + random.below(2)) * (to - from) / kMinute);
        for (const qint64 t : timesIn(random, from, to, count)) {
            const qint64 lockedUntil = DemoStory::kLockoutsExpire + random.below(16) * 1000;
            out.append(
                {t,
                 JsonLine(t, "warn", "login refused: account locked until " + DemoStory::clock(lockedUntil), host)
                     .add("request_id", requestId(random))
                     .add("user", user(random))
                     .add("locked_until", DemoStory::rfc3339(lockedUntil))
                     .text()});
        }
    }
}

void AuthServiceLogWriter::addSlowQueries(int host, QVector<Entry>& out) const
{
    DemoRandom random(seedFor(host, 5));
    // The few warnings of a quiet evening, outside the incident so they do not blur its edges.
    for (qint64 t = DemoStory::kStart + 300000 + host * 170000; t < DemoStory::kEnd;
         t += 600000 + random.below(600000)) {
        if (t >= DemoStory::kSurge && t < DemoStory::kLockoutsExpire + 5 * kMinute)
            continue;
        out.append({t,
                    JsonLine(t, "warn", "slow query", host)
                        .add("query", random.below(2) == 0 ? "select_user_by_email" : "insert_login_audit")
                        .add("duration_ms", 250 + random.below(400))
                        .text()});
    }
}

QByteArray AuthServiceLogWriter::requestId(DemoRandom& random)
{
    return QByteArray::number(random.next(), 16).rightJustified(16, '0');
}

QByteArray AuthServiceLogWriter::user(DemoRandom& random)
{
    // Hashed user ids from a population of a few thousand: some users appear more than once.
    return "u_"
        + QByteArray::number(quint64(random.below(4096)) * 0x9E3779B1ULL % 0xFFFFFFFFULL, 16).rightJustified(8, '0');
}

} // namespace debrief::demo

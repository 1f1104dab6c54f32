// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrometheusPoolWriter.h"

#include "DemoStory.h"

#include <cstring>

namespace debrief::demo {

namespace {

// In Prometheus' order: by __name__, then instance.
const char* const kMetrics[]
    = {"auth_db_pool_in_use_connections", "auth_db_pool_max_connections", "auth_db_pool_waiting_requests"};

} // namespace

QByteArray PrometheusPoolWriter::write() const
{
    QByteArray out = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[\n";
    bool first = true;
    for (const char* name : kMetrics) {
        for (int host = 0; host < DemoStory::kHosts; ++host) {
            if (!first)
                out += ",\n";
            first = false;
            out += series(name, host);
        }
    }
    out += "\n]}}\n";
    return out;
}

QByteArray PrometheusPoolWriter::series(const char* name, int host)
{
    QByteArray out = QByteArray("{\"metric\":{\"__name__\":\"") + name + "\",\"instance\":\""
        + DemoStory::instance(host) + "\",\"job\":\"auth-service\"},\"values\":[";
    for (qint64 t = DemoStory::kStart; t <= DemoStory::kEnd; t += kStepMs) {
        if (t != DemoStory::kStart)
            out += ',';
        out += '[' + QByteArray::number(t / 1000) + ",\"" + QByteArray::number(value(name, host, t)) + "\"]";
    }
    return out + "]}";
}

int PrometheusPoolWriter::value(const char* name, int host, qint64 t)
{
    if (std::strcmp(name, "auth_db_pool_max_connections") == 0)
        return DemoStory::poolMax(host, t);
    if (std::strcmp(name, "auth_db_pool_in_use_connections") == 0)
        return DemoStory::poolInUse(host, t);
    return DemoStory::poolWaiting(host, t);
}

} // namespace debrief::demo

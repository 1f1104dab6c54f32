// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QVector>

namespace debrief::demo {

class DemoRandom;

// Writes auth-service.jsonl: the JSON-lines logs of auth-1 and auth-2 as a log shipper would
// export them, merged in time order. Info lines are a sample (~0.4/s); warnings and errors are all
// there: the two deploys, the pool timeouts of the outage, the lockouts and their refusals.
// Deterministic: the same bytes on every call.
class AuthServiceLogWriter
{
public:
    QByteArray write() const;

private:
    struct Entry
    {
        qint64 at;
        QByteArray line;
    };

    void addInfoSample(int host, QVector<Entry>& out) const;
    void addDeploy(int host, qint64 deploy, const QByteArray& fromVersion, const QByteArray& toVersion, int poolMax,
                   QVector<Entry>& out) const;
    void addPoolTimeouts(int host, QVector<Entry>& out) const;
    void addLockouts(int host, QVector<Entry>& out) const;
    void addRefusals(int host, QVector<Entry>& out) const;
    void addSlowQueries(int host, QVector<Entry>& out) const;

    static QByteArray requestId(DemoRandom& random);
    static QByteArray user(DemoRandom& random);
};

} // namespace debrief::demo

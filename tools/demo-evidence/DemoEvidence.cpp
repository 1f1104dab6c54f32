// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoEvidence.h"

#include "AuthServiceLogWriter.h"
#include "GrafanaOverviewWriter.h"
#include "NginxAccessLogWriter.h"
#include "PrometheusPoolWriter.h"

#include <QDir>
#include <QSaveFile>

namespace debrief::demo {

QStringList DemoEvidence::fileNames()
{
    return {QStringLiteral("auth-service.jsonl"), QStringLiteral("nginx-access.log"),
            QStringLiteral("prometheus-db-pool.json"), QStringLiteral("grafana-auth-overview.csv")};
}

QByteArray DemoEvidence::contents(const QString& fileName)
{
    const QStringList names = fileNames();
    switch (names.indexOf(fileName)) {
    case 0:
        return AuthServiceLogWriter().write();
    case 1:
        return NginxAccessLogWriter().write();
    case 2:
        return PrometheusPoolWriter().write();
    case 3:
        return GrafanaOverviewWriter().write();
    default:
        return {};
    }
}

QString DemoEvidence::writeAll(const QString& dir)
{
    for (const QString& name : fileNames()) {
        // QSaveFile: an interrupted run leaves the previous file, never half of a new one.
        QSaveFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(contents(name)) < 0 || !file.commit())
            return file.fileName() + QStringLiteral(": ") + file.errorString();
    }
    return {};
}

} // namespace debrief::demo

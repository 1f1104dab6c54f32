// SPDX-License-Identifier: GPL-3.0-or-later
#include "CriFormat.h"

#include "CriParser.h"
#include "Rfc3339Time.h"

#include <QCoreApplication>

namespace debrief {

QString CriFormat::name() const
{
    return QStringLiteral("kubernetes-cri");
}

QString CriFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Kubernetes CRI container logs (containerd, CRI-O): time, stream, "
                                       "P/F tag, message; partial lines joined");
}

QStringList CriFormat::samples() const
{
    return {
        QStringLiteral("2024-08-10T19:00:01.123456789Z stdout F GET /healthz 200 0.4ms"),
        QStringLiteral(R"(2024-08-10T19:00:01.200000000Z stderr F {"level":"error","msg":"pool exhausted"})"),
        QStringLiteral("2024-08-10T19:00:02.000000001+00:00 stdout P first half of a long line, "),
        QStringLiteral("2024-08-10T19:00:02.000000002+00:00 stdout F and its second half"),
    };
}

double CriFormat::matchLine(QByteArrayView line) const
{
    return CriParser::parseHeader(line, 0) ? 1.0 : 0.0;
}

std::unique_ptr<LogParser> CriFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<CriParser>(context);
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// Kubernetes CRI container logs as containerd and CRI-O write them under /var/log/pods:
// `2024-08-10T19:00:01.123456789Z stdout F message`. Lines tagged P are parts of one long line
// and are joined, per stream, until the F line. When the message is itself JSON, logfmt or
// klog, its level, message and fields are taken from it. Not for `kubectl logs` output (no
// CRI header) nor for Docker's json-file driver (that is json-lines).
class CriFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief

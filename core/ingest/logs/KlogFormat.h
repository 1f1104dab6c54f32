// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// Google glog and Kubernetes klog text logs: "I0810 19:00:01.123456    1 file.go:42] msg", as the
// Kubernetes components, `kubectl logs` and C++ programs using glog write them. The level letter
// I/W/E/F is the level; thread id and source file:line go into fields, the file's base name is the
// service. No year or zone is written: the context's, rolled over at the new year. Not for klog's
// JSON output (that is JSON lines).
class KlogFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

#include <vector>

namespace debrief {

// The output of `docker compose logs` / `docker compose up`: every line is "<service>  | <line the
// container wrote>", the service name padded and usually coloured. The prefix names the entry's
// service; the container's line is read by the format its service's first line fits best (JSON
// lines, klog, logfmt, log4j, or the generic fallback), each service with a parser of its own so that
// its continuation lines join its own entries. A line that its service's format cannot read is still
// an entry of that service, without a time of its own.
class DockerComposeFormat : public LogFormat
{
public:
    DockerComposeFormat();
    ~DockerComposeFormat() override;
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;

    struct Prefixed
    {
        QByteArrayView service;
        QByteArrayView text; // the container's line
    };
    // The prefix of a line without terminal escapes, or none.
    static std::optional<Prefixed> split(QByteArrayView line);

private:
    std::vector<std::unique_ptr<LogFormat>> m_inner;
};

} // namespace debrief

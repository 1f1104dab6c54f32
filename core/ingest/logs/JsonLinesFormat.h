// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// One JSON object per line, as structured loggers and collectors write it: journald
// (`journalctl -o json`), Docker json-file, ECS, GCP, Bunyan, Pino, zap, logrus, slog, zerolog,
// nginx JSON log_format, PostgreSQL jsonlog. JsonRecordReader knows the keys. Not for
// pretty-printed JSON spread over several lines, nor for a JSON array of entries.
class JsonLinesFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief

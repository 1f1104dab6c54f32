// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonRecordReader.h"
#include "LogFormat.h"
#include "LogfmtReader.h"

#include <QByteArray>
#include <optional>

namespace debrief {

// The stateful parser behind CriFormat: P (partial) lines are held per stream, because stdout
// and stderr interleave, and joined with the F line that ends them. The joined entry takes the
// time and line number of its first part. A P run with no F at the end of input is still
// emitted, marked "partial": true in its fields. Level: from the message when it says one
// (JSON, logfmt, klog "E0810 ..."), else Info on both streams: Python logging, Go's log and
// klog write everything to stderr, so stderr alone is no sign of trouble.
class CriParser : public LogParser
{
public:
    struct Header
    {
        qint64 at = 0;
        QByteArrayView timeText;
        bool stderrStream = false;
        bool partial = false;
        QByteArrayView message;
    };
    static std::optional<Header> parseHeader(QByteArrayView line, int defaultOffsetSeconds);

    explicit CriParser(const LogParseContext& context);

    void feed(QByteArrayView line, qint64 lineNumber, QVector<LogRecord>& out) override;
    void finish(QVector<LogRecord>& out) override;

private:
    struct Pending
    {
        bool active = false;
        qint64 line = 0;
        qint64 at = 0;
        QString timeText;
        QByteArray text;
    };

    void emitEntry(Pending& pending, bool stderrStream, bool complete, QVector<LogRecord>& out);
    void interpret(QByteArrayView message, LogRecord& record);

    LogParseContext m_context;
    JsonRecordReader m_json;
    LogfmtReader m_logfmt;
    Pending m_pending[2]; // stdout, stderr
};

} // namespace debrief

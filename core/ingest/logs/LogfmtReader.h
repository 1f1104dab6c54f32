// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldsWriter.h"
#include "LogRecord.h"

#include <QByteArrayView>
#include <QVarLengthArray>

namespace debrief {

// Reads one logfmt line (`time=... level=error msg="pool exhausted" key=value bare_key`) into a
// LogRecord: time, level, message, host and service from their usual keys, every other pair
// into `fields` as strings (a bare key as true). Shared by the logfmt and CRI parsers. Not a
// detector on its own: score() says how much a line looks like logfmt.
class LogfmtReader
{
public:
    enum class Time
    {
        Read,
        Keep, // the caller has the entry's time (CRI): time keys stay in `fields`
    };

    explicit LogfmtReader(const LogParseContext& context);

    // False when the line does not split into logfmt pairs; `record` is then untouched.
    bool read(QByteArrayView line, LogRecord& record, Time time = Time::Read);
    // 0: not logfmt; 0.5: mostly key=value pairs; 0.9: with a time, level or message key.
    static double score(QByteArrayView line);

private:
    struct Pair
    {
        QByteArrayView key;
        QByteArrayView value; // quoted values without their quotes, escapes left in
        bool quoted = false;
        bool bare = false; // a key without '='
    };
    using Pairs = QVarLengthArray<Pair, 24>;

    static bool split(QByteArrayView line, Pairs& pairs);
    static QByteArray unquote(const Pair& pair);
    bool applyTime(const Pair& pair, LogRecord& record) const;

    LogParseContext m_context;
    Pairs m_pairs;
    FieldsWriter m_fields;
};

} // namespace debrief

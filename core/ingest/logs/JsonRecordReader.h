// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FieldsWriter.h"
#include "JsonScanner.h"
#include "LogRecord.h"

#include <QByteArrayView>

namespace debrief {

// Maps one JSON log object onto a LogRecord: the keys that loggers use for time, level,
// message, host and service (journald, Docker json-file, ECS, GCP, Bunyan, Pino, zap, logrus,
// slog, zerolog, Serilog CLEF, PostgreSQL jsonlog), everything else into `fields`. When two keys
// could fill one role, the higher-ranked one that holds a usable value wins and the other stays
// in `fields`, so nothing is lost. Shared by the JSON lines and CRI parsers; not a detector.
class JsonRecordReader
{
public:
    enum class Time
    {
        Read,
        Keep, // the caller has the entry's time (CRI): time keys stay in `fields`
    };

    explicit JsonRecordReader(const LogParseContext& context);

    // False when `line` is not exactly one JSON object; `record` is then untouched.
    bool read(QByteArrayView line, LogRecord& record, Time time = Time::Read);
    // 0: not a JSON object; 1: an object; 2: an object with a known time, level or message key.
    static int recognise(QByteArrayView line);

private:
    enum class Role
    {
        Time,
        Level,
        Message,
        Host,
        Service,
    };
    struct Candidate
    {
        Role role;
        int rank;
        int owner; // index of the top-level member it came from
        QByteArrayView key;
        JsonScanner::Member member;
    };

    void collect(const JsonScanner::Members& members, Time time);
    void collectNested(QByteArrayView parentKey, const JsonScanner::Member& parent, int owner);
    void addCandidate(Role role, int rank, int owner, QByteArrayView key, const JsonScanner::Member& member);
    bool apply(const Candidate& candidate, LogRecord& record) const;
    bool applyTime(const JsonScanner::Member& member, LogRecord& record) const;
    static bool applyLevel(QByteArrayView key, const JsonScanner::Member& member, LogRecord& record);
    static bool applyMessage(const JsonScanner::Member& member, LogRecord& record);

    LogParseContext m_context;
    JsonScanner::Members m_members;
    QVarLengthArray<Candidate, 16> m_candidates;
    QVarLengthArray<int, 32> m_nestedTotal; // per member: nested members that could be taken
    QVarLengthArray<int, 32> m_used; // per member: taken values (nested or itself)
    FieldsWriter m_fields;
};

} // namespace debrief

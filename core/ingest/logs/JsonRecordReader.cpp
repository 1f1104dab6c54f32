// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonRecordReader.h"

#include "LevelWord.h"
#include "Rfc3339Time.h"

#include <algorithm>
#include <string_view>

namespace debrief {

namespace {

using namespace std::string_view_literals;

// Sized views: comparing against a `const char*` would run strlen for every key of every line.
QByteArrayView view(std::string_view text)
{
    return QByteArrayView(text.data(), static_cast<qsizetype>(text.size()));
}

struct KeyRole
{
    std::string_view key;
    int role; // JsonRecordReader::Role, as int to keep the table outside the class
    int rank; // lower wins
};

// Role numbers: 0 time, 1 level, 2 message, 3 host, 4 service.
constexpr KeyRole kKeys[] = {
    {"time"sv, 0, 0},
    {"timestamp"sv, 0, 1},
    {"@timestamp"sv, 0, 2},
    {"ts"sv, 0, 3},
    {"__REALTIME_TIMESTAMP"sv, 0, 4},
    {"t"sv, 0, 5},
    {"@t"sv, 0, 6},
    {"date"sv, 0, 7},
    {"level"sv, 1, 0},
    {"severity"sv, 1, 1},
    {"lvl"sv, 1, 2},
    {"log.level"sv, 1, 3},
    {"PRIORITY"sv, 1, 4},
    {"error_severity"sv, 1, 5},
    {"@l"sv, 1, 6},
    {"levelname"sv, 1, 7},
    {"loglevel"sv, 1, 8},
    {"msg"sv, 2, 0},
    {"message"sv, 2, 1},
    {"MESSAGE"sv, 2, 2},
    {"log"sv, 2, 3},
    {"@m"sv, 2, 4},
    {"short_message"sv, 2, 5},
    {"@mt"sv, 2, 6},
    {"event"sv, 2, 7},
    {"line"sv, 2, 8}, // Loki's logcli --output=jsonl
    {"host"sv, 3, 0},
    {"hostname"sv, 3, 1},
    {"_HOSTNAME"sv, 3, 2},
    {"host.name"sv, 3, 3},
    {"service"sv, 4, 0},
    {"service.name"sv, 4, 1},
    {"app"sv, 4, 2},
    {"SYSLOG_IDENTIFIER"sv, 4, 3},
    {"_SYSTEMD_UNIT"sv, 4, 4},
    {"container_name"sv, 4, 5},
    {"logger"sv, 4, 6},
    {"logger_name"sv, 4, 7},
    {"log.logger"sv, 4, 8},
    {"name"sv, 4, 9},
};

// ECS nests what other loggers flatten: {"log":{"level":..,"logger":..}}, {"host":{"name":..}}.
struct NestedRole
{
    std::string_view parent;
    std::string_view key;
    int role;
    int rank;
};
constexpr NestedRole kNested[] = {
    {"log"sv, "level"sv, 1, 3},
    {"log"sv, "logger"sv, 4, 8},
    {"host"sv, "name"sv, 3, 3},
    {"service"sv, "name"sv, 4, 1},
    // Loki's stream labels (logcli --output=jsonl, query_range answers): Promtail's and Alloy's names.
    {"labels"sv, "level"sv, 1, 4},
    {"labels"sv, "detected_level"sv, 1, 5},
    {"labels"sv, "host"sv, 3, 4},
    {"labels"sv, "hostname"sv, 3, 5},
    {"labels"sv, "instance"sv, 3, 6},
    {"labels"sv, "service_name"sv, 4, 10},
    {"labels"sv, "app"sv, 4, 11},
    {"labels"sv, "container"sv, 4, 12},
    {"labels"sv, "job"sv, 4, 13},
};

bool isNestedParent(QByteArrayView key)
{
    for (const auto& known : kNested) {
        if (key == view(known.parent))
            return true;
    }
    return false;
}

// Bytes of a journald field that is not valid UTF-8 or holds control characters: [72,101,...].
bool decodeByteArray(QByteArrayView raw, QByteArray& out)
{
    int value = -1;
    for (const char c : raw) {
        if (c >= '0' && c <= '9') {
            value = (value < 0 ? 0 : value * 10) + (c - '0');
            if (value > 255)
                return false;
        } else if (c == ',' || c == ']') {
            if (value < 0)
                return c == ']' && out.isEmpty();
            out.append(static_cast<char>(value));
            value = -1;
        } else if (c != '[' && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
            return false;
        }
    }
    return true;
}

// {"t": 5} is a count, not a time in 1970.
std::optional<qint64> plausibleEpoch(QByteArrayView number)
{
    const auto at = Rfc3339Time::epochTextToMs(number);
    if (at && !Rfc3339Time::plausibleEpochMs(*at))
        return std::nullopt;
    return at;
}

// GCP / protobuf Timestamp: {"seconds": 1723316401, "nanos": 123000000}.
std::optional<qint64> protobufTimestamp(QByteArrayView object)
{
    JsonScanner::Members parts;
    if (!JsonScanner::scanObject(object, parts))
        return std::nullopt;
    qint64 seconds = 0;
    qint64 nanos = 0;
    bool haveSeconds = false;
    for (const auto& part : parts) {
        if (part.key == "seconds")
            haveSeconds = JsonScanner::toInteger(part, seconds);
        else if (part.key == "nanos" && !JsonScanner::toInteger(part, nanos))
            return std::nullopt;
    }
    // Seconds beyond year ~33000 are not a log time, and would overflow as milliseconds.
    if (!haveSeconds || nanos < 0 || nanos >= 1'000'000'000 || seconds > 1'000'000'000'000
        || seconds < -1'000'000'000'000)
        return std::nullopt;
    return seconds * 1000 + nanos / 1'000'000;
}

} // namespace

JsonRecordReader::JsonRecordReader(const LogParseContext& context)
    : m_context(context)
{ }

int JsonRecordReader::recognise(QByteArrayView line)
{
    JsonScanner::Members members;
    if (!JsonScanner::scanObject(line, members))
        return 0;
    for (const auto& member : members) {
        for (const auto& known : kKeys) {
            if (known.role <= 2 && member.key == view(known.key))
                return 2;
        }
        if (member.key == "log" && member.kind == JsonScanner::Kind::Object)
            return 2;
    }
    return 1;
}

void JsonRecordReader::addCandidate(Role role, int rank, int owner, QByteArrayView key,
                                    const JsonScanner::Member& member)
{
    m_candidates.append(Candidate {role, rank, owner, key, member});
}

void JsonRecordReader::collectNested(QByteArrayView parentKey, const JsonScanner::Member& parent, int owner)
{
    JsonScanner::Members nested;
    if (!JsonScanner::scanObject(parent.value, nested))
        return;
    m_nestedTotal[owner] = static_cast<int>(nested.size());
    for (const auto& member : nested) {
        for (const auto& known : kNested) {
            if (parentKey == view(known.parent) && member.key == view(known.key))
                addCandidate(static_cast<Role>(known.role), known.rank, owner, member.key, member);
        }
    }
}

void JsonRecordReader::collect(const JsonScanner::Members& members, Time time)
{
    m_candidates.clear();
    m_nestedTotal.resize(members.size());
    std::fill(m_nestedTotal.begin(), m_nestedTotal.end(), 0);
    m_used.resize(members.size());
    std::fill(m_used.begin(), m_used.end(), 0);
    for (int i = 0; i < members.size(); ++i) {
        const auto& member = members[i];
        if (member.kind == JsonScanner::Kind::Object && isNestedParent(member.key)) {
            collectNested(member.key, member, i);
            continue;
        }
        for (const auto& known : kKeys) {
            // Size and first byte first: most keys of a line are none of ours.
            if (known.key.size() == static_cast<size_t>(member.key.size()) && known.key.front() == member.key.front()
                && member.key == view(known.key)) {
                if (known.role != 0 || time == Time::Read)
                    addCandidate(static_cast<Role>(known.role), known.rank, i, member.key, member);
                break;
            }
        }
    }
    std::stable_sort(m_candidates.begin(), m_candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.role != b.role ? a.role < b.role : a.rank < b.rank;
    });
}

bool JsonRecordReader::read(QByteArrayView line, LogRecord& record, Time time)
{
    if (!JsonScanner::scanObject(line, m_members))
        return false;
    collect(m_members, time);
    bool filled[5] = {};
    for (const auto& candidate : m_candidates) {
        bool& roleFilled = filled[static_cast<int>(candidate.role)];
        if (!roleFilled && apply(candidate, record)) {
            roleFilled = true;
            ++m_used[candidate.owner];
        }
    }
    if (!filled[static_cast<int>(Role::Message)])
        record.message = QString::fromUtf8(line.trimmed()); // searchable even without a message key
    m_fields.clear();
    for (int i = 0; i < m_members.size(); ++i) {
        const bool taken = m_nestedTotal[i] > 0 ? m_used[i] == m_nestedTotal[i] : m_used[i] > 0;
        if (!taken)
            JsonScanner::appendCompact(m_fields.beginRaw(m_members[i].key), m_members[i]);
    }
    record.fields = m_fields.finish();
    return true;
}

bool JsonRecordReader::apply(const Candidate& candidate, LogRecord& record) const
{
    const auto& member = candidate.member;
    switch (candidate.role) {
    case Role::Time:
        return applyTime(member, record);
    case Role::Level:
        return applyLevel(candidate.key, member, record);
    case Role::Message:
        return applyMessage(member, record);
    case Role::Host:
    case Role::Service:
        if (member.kind != JsonScanner::Kind::String || member.value.isEmpty())
            return false;
        (candidate.role == Role::Host ? record.host : record.service) = JsonScanner::decodeString(member);
        return true;
    }
    return false;
}

bool JsonRecordReader::applyTime(const JsonScanner::Member& member, LogRecord& record) const
{
    std::optional<qint64> at;
    if (member.kind == JsonScanner::Kind::String) {
        const QByteArray decoded
            = member.valueEscaped ? JsonScanner::decodeStringUtf8(member.value, true) : QByteArray();
        const QByteArrayView text = member.valueEscaped ? QByteArrayView(decoded) : member.value;
        at = Rfc3339Time::parse(text, m_context.defaultOffsetSeconds);
        if (!at && !text.isEmpty() && text.front() >= '0' && text.front() <= '9')
            at = plausibleEpoch(text); // journald: microseconds as a string
    } else if (member.kind == JsonScanner::Kind::Number) {
        at = plausibleEpoch(member.value);
    } else if (member.kind == JsonScanner::Kind::Object) {
        at = protobufTimestamp(member.value);
    }
    if (!at)
        return false;
    record.at = at;
    if (member.kind == JsonScanner::Kind::String) {
        record.timeText = JsonScanner::decodeString(member);
    } else {
        QByteArray compact;
        JsonScanner::appendCompact(compact, member);
        record.timeText = QString::fromUtf8(compact);
    }
    return true;
}

bool JsonRecordReader::applyLevel(QByteArrayView, const JsonScanner::Member& member, LogRecord& record)
{
    qint64 number = 0;
    bool numeric = JsonScanner::toInteger(member, number);
    if (member.kind == JsonScanner::Kind::String && !member.value.isEmpty() && member.value.size() <= 3) {
        JsonScanner::Member asNumber {member.key, member.value, JsonScanner::Kind::Number, false};
        numeric
            = (member.value.front() >= '0' && member.value.front() <= '9') && JsonScanner::toInteger(asNumber, number);
    }
    if (numeric) {
        // Syslog severities are 0..7 (journald PRIORITY, GELF); Bunyan and Pino count in tens.
        if (number >= 0 && number <= 7)
            record.level = logLevelFromSyslogSeverity(static_cast<int>(number));
        else if (number >= 10 && number <= 100)
            record.level = logLevelFromBunyan(static_cast<int>(number));
        else
            return false;
        return true;
    }
    if (member.kind != JsonScanner::Kind::String || member.valueEscaped)
        return false;
    const auto level = LevelWord::parse(member.value, LevelWord::Letters::Accept);
    if (level)
        record.level = *level;
    return level.has_value();
}

bool JsonRecordReader::applyMessage(const JsonScanner::Member& member, LogRecord& record)
{
    QByteArray text;
    if (member.kind == JsonScanner::Kind::String)
        text = JsonScanner::decodeStringUtf8(member.value, member.valueEscaped);
    else if (member.kind == JsonScanner::Kind::Array && !decodeByteArray(member.value, text))
        return false;
    else if (member.kind != JsonScanner::Kind::Null && member.kind != JsonScanner::Kind::Array)
        return false;
    // Docker json-file keeps the line's own "\n"; it is a terminator, not content.
    if (text.endsWith('\n'))
        text.chop(text.endsWith("\r\n") ? 2 : 1);
    record.message = QString::fromUtf8(text);
    return true;
}

} // namespace debrief

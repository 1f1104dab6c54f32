// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogfmtReader.h"

#include "JsonScanner.h"
#include "LevelWord.h"
#include "Rfc3339Time.h"

#include <algorithm>
#include <string_view>

namespace debrief {

namespace {

using namespace std::string_view_literals;

enum Role
{
    TimeRole,
    LevelRole,
    MessageRole,
    HostRole,
    ServiceRole,
    NoRole,
};

struct KeyRole
{
    std::string_view key;
    Role role;
};

// In priority order within a role: the first listed key that holds a usable value wins.
constexpr KeyRole kKeys[] = {
    {"time"sv, TimeRole},       {"ts"sv, TimeRole},           {"t"sv, TimeRole},         {"timestamp"sv, TimeRole},
    {"level"sv, LevelRole},     {"lvl"sv, LevelRole},         {"severity"sv, LevelRole}, {"msg"sv, MessageRole},
    {"message"sv, MessageRole}, {"host"sv, HostRole},         {"hostname"sv, HostRole},  {"service"sv, ServiceRole},
    {"app"sv, ServiceRole},     {"component"sv, ServiceRole}, {"logger"sv, ServiceRole},
};

int keyIndex(QByteArrayView key)
{
    for (int i = 0; i < static_cast<int>(std::size(kKeys)); ++i) {
        const std::string_view known = kKeys[i].key;
        if (known.size() == static_cast<size_t>(key.size()) && key == QByteArrayView(known.data(), key.size()))
            return i;
    }
    return -1;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

} // namespace

LogfmtReader::LogfmtReader(const LogParseContext& context)
    : m_context(context)
{ }

bool LogfmtReader::split(QByteArrayView line, Pairs& pairs)
{
    pairs.clear();
    qsizetype pos = 0;
    const qsizetype size = line.size();
    while (true) {
        while (pos < size && isSpace(line[pos]))
            ++pos;
        if (pos == size)
            return !pairs.isEmpty();
        const qsizetype keyStart = pos;
        while (pos < size && !isSpace(line[pos]) && line[pos] != '=' && line[pos] != '"')
            ++pos;
        if (pos == keyStart)
            return false; // '=' or '"' where a key should start
        Pair pair;
        pair.key = line.sliced(keyStart, pos - keyStart);
        if (pos == size || isSpace(line[pos])) {
            pair.bare = true;
        } else if (line[pos] == '"') {
            return false;
        } else if (++pos < size && line[pos] == '"') {
            const qsizetype valueStart = ++pos;
            while (pos < size && line[pos] != '"')
                pos += line[pos] == '\\' ? 2 : 1;
            if (pos >= size)
                return false; // unterminated quote: not logfmt (or cut off)
            pair.value = line.sliced(valueStart, pos - valueStart);
            pair.quoted = true;
            ++pos;
        } else {
            const qsizetype valueStart = pos;
            while (pos < size && !isSpace(line[pos]))
                ++pos;
            pair.value = line.sliced(valueStart, pos - valueStart);
        }
        pairs.append(pair);
    }
}

QByteArray LogfmtReader::unquote(const Pair& pair)
{
    if (!pair.quoted || !pair.value.contains('\\'))
        return pair.value.toByteArray();
    // Go's strconv.Quote escapes, which logfmt writers use; unknown escapes are kept as written.
    QByteArray out;
    out.reserve(pair.value.size());
    for (qsizetype i = 0; i < pair.value.size(); ++i) {
        const char c = pair.value[i];
        if (c != '\\' || i + 1 == pair.value.size()) {
            out.append(c);
            continue;
        }
        const char e = pair.value[++i];
        switch (e) {
        case 'n':
            out.append('\n');
            break;
        case 't':
            out.append('\t');
            break;
        case 'r':
            out.append('\r');
            break;
        case '"':
        case '\\':
            out.append(e);
            break;
        default:
            out.append('\\').append(e);
        }
    }
    return out;
}

double LogfmtReader::score(QByteArrayView line)
{
    if (line.isEmpty() || line.front() == '{' || isSpace(line.front()))
        return 0.0;
    Pairs pairs;
    if (!split(line, pairs))
        return 0.0;
    int withValue = 0;
    bool known = false;
    for (const Pair& pair : pairs) {
        if (pair.bare)
            continue;
        ++withValue;
        const int index = keyIndex(pair.key);
        known = known || (index >= 0 && kKeys[index].role <= MessageRole);
    }
    // Prose with an "a=b" in it is not logfmt, nor is a timestamp-first line with pairs after it:
    // the line starts with a pair and at least two thirds of its tokens are pairs.
    if (pairs.front().bare || withValue < 2 || withValue * 3 < static_cast<int>(pairs.size()) * 2)
        return 0.0;
    return known ? 0.9 : 0.5;
}

bool LogfmtReader::applyTime(const Pair& pair, LogRecord& record) const
{
    std::optional<qint64> at = Rfc3339Time::parse(pair.value, m_context.defaultOffsetSeconds);
    if (!at) {
        at = Rfc3339Time::epochTextToMs(pair.value);
        if (at && !Rfc3339Time::plausibleEpochMs(*at))
            at.reset();
    }
    if (!at)
        return false;
    record.at = at;
    record.timeText = QString::fromUtf8(pair.value);
    return true;
}

bool LogfmtReader::read(QByteArrayView line, LogRecord& record, Time time)
{
    if (!split(line, m_pairs))
        return false;
    int chosen[NoRole];
    std::fill(std::begin(chosen), std::end(chosen), -1); // index into kKeys of the role's winner
    QVarLengthArray<bool, 24> used(m_pairs.size(), false);
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        const Pair& pair = m_pairs[i];
        const int index = pair.bare ? -1 : keyIndex(pair.key);
        if (index < 0 || (kKeys[index].role == TimeRole && time == Time::Keep))
            continue;
        const Role role = kKeys[index].role;
        if (chosen[role] >= 0 && chosen[role] < index)
            continue;
        bool ok = true;
        if (role == TimeRole) {
            ok = applyTime(pair, record);
        } else if (role == LevelRole) {
            const auto level = LevelWord::parse(pair.value, LevelWord::Letters::Accept);
            ok = level.has_value();
            if (ok)
                record.level = *level;
        } else {
            QString text = QString::fromUtf8(unquote(pair));
            ok = role == MessageRole || !text.isEmpty();
            if (ok)
                (role == MessageRole ? record.message : role == HostRole ? record.host : record.service) = text;
        }
        if (!ok)
            continue;
        // A better-ranked key after a worse one: the worse one goes back to the fields.
        for (qsizetype j = 0; j < i; ++j) {
            if (used[j] && keyIndex(m_pairs[j].key) >= 0 && kKeys[keyIndex(m_pairs[j].key)].role == role)
                used[j] = false;
        }
        chosen[role] = index;
        used[i] = true;
    }
    if (chosen[MessageRole] < 0)
        record.message = QString::fromUtf8(line); // searchable even without msg=
    m_fields.clear();
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        if (used[i])
            continue;
        if (m_pairs[i].bare) {
            QByteArray key;
            JsonScanner::appendEscaped(key, m_pairs[i].key);
            m_fields.addRaw(key, "true");
        } else {
            m_fields.addString(m_pairs[i].key, unquote(m_pairs[i]));
        }
    }
    record.fields = m_fields.finish();
    return true;
}

} // namespace debrief

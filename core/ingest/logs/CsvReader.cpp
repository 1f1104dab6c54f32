// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include <algorithm>
#include <cstring>

namespace debrief {

CsvReader::CsvReader(QByteArrayView bytes, char delimiter)
    : m_bytes(bytes)
{
    skipPreamble();
    if (delimiter != 0)
        m_delimiter = delimiter;
    else if (!m_sepLine)
        m_delimiter = detectDelimiter(m_bytes.sliced(m_pos));
}

void CsvReader::skipPreamble()
{
    if (m_bytes.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_pos = 3;
    }
    // Excel's "sep=;" line names the delimiter; Grafana writes it for its "Download for Excel".
    const QByteArrayView rest = m_bytes.sliced(m_pos);
    if (rest.size() < 5 || !rest.startsWith("sep="))
        return;
    const char sep = rest.at(4);
    if (sep == '\r' || sep == '\n' || sep == '"')
        return;
    qsizetype end = 5;
    if (end < rest.size() && rest.at(end) == '\r')
        ++end;
    if (end < rest.size() && rest.at(end) != '\n')
        return;
    m_delimiter = sep;
    m_sepLine = true;
    m_pos += std::min(end + 1, rest.size());
    m_line = 2;
}

char CsvReader::detectDelimiter(QByteArrayView text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool inQuotes = false;
    for (const char c : text) {
        if (c == '"')
            inQuotes = !inQuotes;
        else if (inQuotes)
            continue;
        else if (c == '\n')
            break;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return '\t';
    if (semicolon > comma)
        return ';';
    return ',';
}

bool CsvReader::next()
{
    m_fields.clear();
    m_scratch.clear();
    m_quoted = false;
    m_unterminated = false;
    if (m_pos >= m_bytes.size())
        return false;
    m_recordLine = m_line;
    const char* p = m_bytes.data() + m_pos;
    const char* const end = m_bytes.data() + m_bytes.size();
    for (;;) {
        if (p < end && *p == '"') {
            m_quoted = true;
            p = readQuoted(p + 1, end);
        } else {
            p = readPlain(p, end);
        }
        if (p >= end) {
            p = end;
            break;
        }
        if (*p == m_delimiter) {
            ++p;
            if (p == end) // "a,b," at the very end: the last field is empty
                m_fields.append(QByteArrayView());
            else
                continue;
            break;
        }
        // A line end: readPlain stops only at '\n' or "\r\n".
        p += (*p == '\r') ? 2 : 1;
        ++m_line;
        break;
    }
    m_pos = p - m_bytes.data();
    return true;
}

// Reads up to the closing quote; "" is one quote. Text between the closing quote and the next
// delimiter ('"a"b,') is not RFC 4180; it is dropped rather than failing the whole file.
const char* CsvReader::readQuoted(const char* p, const char* end)
{
    const char* const start = p;
    QByteArray* buffer = nullptr;
    for (;;) {
        const char* q = static_cast<const char*>(std::memchr(p, '"', end - p));
        m_line += int(std::count(p, q ? q : end, '\n'));
        if (!q) {
            m_unterminated = true;
            if (buffer) {
                buffer->append(p, end - p);
                m_fields.append(QByteArrayView(*buffer));
            } else {
                m_fields.append(QByteArrayView(start, end - start));
            }
            return end;
        }
        if (q + 1 < end && q[1] == '"') {
            if (!buffer)
                buffer = &m_scratch.emplace_back();
            buffer->append(p, q + 1 - p);
            p = q + 2;
            continue;
        }
        if (buffer) {
            buffer->append(p, q - p);
            m_fields.append(QByteArrayView(*buffer));
        } else {
            m_fields.append(QByteArrayView(start, q - start));
        }
        p = q + 1;
        while (p < end && *p != m_delimiter && *p != '\n' && !(*p == '\r' && p + 1 < end && p[1] == '\n'))
            ++p;
        return p;
    }
}

const char* CsvReader::readPlain(const char* p, const char* end)
{
    const char* const start = p;
    while (p < end) {
        const char c = *p;
        if (c == m_delimiter || c == '\n')
            break;
        if (c == '\r' && p + 1 < end && p[1] == '\n')
            break;
        ++p;
    }
    // A lone '\r' at the very end is the rest of a CRLF that the file was cut before.
    const char* stop = (p == end && p > start && p[-1] == '\r') ? p - 1 : p;
    m_fields.append(QByteArrayView(start, stop - start));
    return p;
}

} // namespace debrief

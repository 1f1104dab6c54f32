// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldsJsonWriter.h"

#include <charconv>

namespace debrief {

void FieldsJsonWriter::clear()
{
    // resize() keeps the capacity, so steady-state parsing does not reallocate.
    m_buffer.resize(1);
    m_buffer[0] = '{';
}

void FieldsJsonWriter::addString(QByteArrayView key, QByteArrayView value, Source source)
{
    appendKey(key);
    m_buffer += '"';
    appendEscaped(value, source);
    m_buffer += '"';
}

void FieldsJsonWriter::addNumber(QByteArrayView key, qint64 value)
{
    appendKey(key);
    // to_chars into the stack instead of QByteArray::number, which allocates.
    char digits[24];
    const std::to_chars_result end = std::to_chars(digits, digits + sizeof digits, value);
    m_buffer.append(digits, end.ptr - digits);
}

void FieldsJsonWriter::beginObject(QByteArrayView key)
{
    appendKey(key);
    m_buffer += '{';
}

void FieldsJsonWriter::endObject()
{
    m_buffer += '}';
}

QString FieldsJsonWriter::toString()
{
    if (isEmpty())
        return {};
    // Close, convert, reopen: one QString allocation of the right size.
    m_buffer += '}';
    const QString json = QString::fromUtf8(m_buffer);
    m_buffer.chop(1);
    return json;
}

void FieldsJsonWriter::appendKey(QByteArrayView key)
{
    if (m_buffer.back() != '{')
        m_buffer += ',';
    m_buffer += '"';
    appendEscaped(key, Source::Raw);
    m_buffer += "\":";
}

void FieldsJsonWriter::appendEscaped(QByteArrayView value, Source source)
{
    // Copy runs of plain bytes at once; per-byte appends dominated the profile.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        char c = value[i];
        if (c != '"' && c != '\\' && uchar(c) >= 0x20)
            continue;
        m_buffer.append(value.sliced(runStart, i - runStart));
        if (c == '\\' && source == Source::BackslashEscaped && i + 1 < value.size()
            && (value[i + 1] == '"' || value[i + 1] == '\\' || value[i + 1] == ']'))
            c = value[++i];
        appendEscapedByte(c);
        runStart = i + 1;
    }
    m_buffer.append(value.sliced(runStart));
}

void FieldsJsonWriter::appendEscapedByte(char c)
{
    static constexpr char kHex[] = "0123456789abcdef";
    if (c == '"' || c == '\\') {
        m_buffer += '\\';
        m_buffer += c;
    } else if (c == '\n') {
        m_buffer += "\\n";
    } else if (c == '\t') {
        m_buffer += "\\t";
    } else if (uchar(c) < 0x20) {
        m_buffer += "\\u00";
        m_buffer += kHex[uchar(c) >> 4];
        m_buffer += kHex[uchar(c) & 0xf];
    } else {
        m_buffer += c; // ']' after a backslash
    }
}

} // namespace debrief

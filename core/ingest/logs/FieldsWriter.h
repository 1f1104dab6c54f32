// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace debrief {

// Builds LogRecord::fields, a compact JSON object, from key/value pairs without a QJsonObject
// per line (the parsers that use it run over millions of lines). Keys keep the order they are
// added in; the caller avoids duplicates. Not a general JSON writer: strings and raw values only.
class FieldsWriter
{
public:
    void clear() { m_buffer.clear(); }
    bool isEmpty() const { return m_buffer.isEmpty(); }
    // `key` and `value` as UTF-8; both are escaped.
    void addString(QByteArrayView key, QByteArrayView value);
    // `rawKey` already escaped as JSON string contents; returns the buffer to append the raw
    // JSON value to.
    QByteArray& beginRaw(QByteArrayView rawKey);
    void addRaw(QByteArrayView rawKey, QByteArrayView rawJson) { beginRaw(rawKey).append(rawJson); }
    // The object ("{...}"), or an empty string when nothing was added.
    QString finish() const;

private:
    QByteArray m_buffer; // members so far, without braces
};

} // namespace debrief

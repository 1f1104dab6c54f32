// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace debrief {

// Builds the compact JSON object of a LogRecord's `fields` by appending bytes, for the parsers that
// produce one per line: one reused buffer and one QString at the end are measurably cheaper than a
// QJsonObject per line. Values are UTF-8 strings (escaped here) or integers; objects may nest one
// level for syslog structured data. Not a general JSON library: it writes, never reads.
class FieldsJsonWriter
{
public:
    enum class Source
    {
        Raw, // the value is taken as it is
        BackslashEscaped, // the log escaped '"', '\\' and ']' with a backslash: undo that first
    };

    void clear();
    void addString(QByteArrayView key, QByteArrayView value, Source source = Source::Raw);
    void addNumber(QByteArrayView key, qint64 value);
    void beginObject(QByteArrayView key);
    void endObject();
    bool isEmpty() const { return m_buffer.size() <= 1; }
    // The object, or an empty string when nothing was added.
    QString toString();

private:
    void appendKey(QByteArrayView key);
    void appendEscaped(QByteArrayView value, Source source);
    void appendEscapedByte(char c);

    QByteArray m_buffer = QByteArray(1, '{');
};

} // namespace debrief

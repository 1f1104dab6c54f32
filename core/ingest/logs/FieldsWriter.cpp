// SPDX-License-Identifier: GPL-3.0-or-later
#include "FieldsWriter.h"

#include "JsonScanner.h"

namespace debrief {

void FieldsWriter::addString(QByteArrayView key, QByteArrayView value)
{
    if (!m_buffer.isEmpty())
        m_buffer.append(',');
    m_buffer.append('"');
    JsonScanner::appendEscaped(m_buffer, key);
    m_buffer.append("\":\"");
    JsonScanner::appendEscaped(m_buffer, value);
    m_buffer.append('"');
}

QByteArray& FieldsWriter::beginRaw(QByteArrayView rawKey)
{
    if (!m_buffer.isEmpty())
        m_buffer.append(',');
    return m_buffer.append('"').append(rawKey).append("\":");
}

QString FieldsWriter::finish() const
{
    if (m_buffer.isEmpty())
        return {};
    QString out;
    out.reserve(m_buffer.size() + 2);
    out.append(u'{').append(QString::fromUtf8(m_buffer)).append(u'}');
    return out;
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace debrief {

// Converts UTF-8 to QString, remembering the last conversion: consecutive log lines mostly repeat
// their host, program and (within a second) timestamp, and a repeat then costs a comparison and a
// reference count instead of an allocation. One entry per field, not a general string pool.
class RecentString
{
public:
    QString get(QByteArrayView utf8)
    {
        if (utf8 != QByteArrayView(m_bytes)) {
            // resize + append reuses the buffer, where assigning a new QByteArray would allocate.
            m_bytes.resize(0);
            m_bytes.append(utf8);
            m_string = QString::fromUtf8(utf8);
        }
        return m_string;
    }

private:
    QByteArray m_bytes;
    QString m_string;
};

} // namespace debrief

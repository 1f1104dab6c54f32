// SPDX-License-Identifier: GPL-3.0-or-later
#include "SplitMessageJoiner.h"

namespace debrief {

void SplitMessageJoiner::entryStarted(QByteArrayView source, QByteArrayView timeText, QByteArrayView message,
                                      bool stamped)
{
    m_open = !stamped && message.trimmed().endsWith(':');
    if (!m_open)
        return;
    m_source = source.toByteArray();
    m_time = timeText.toByteArray();
}

bool SplitMessageJoiner::continues(QByteArrayView source, QByteArrayView timeText, QByteArrayView message,
                                   bool stamped) const
{
    // A heading of its own starts the next message ("Configuration Notice:" twice in a second).
    return m_open && !stamped && source == m_source && timeText == m_time && !message.trimmed().endsWith(':');
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace debrief {

// A message that a process wrote over several journal or syslog lines: each line gets the prefix
// again, so only the content tells that they belong together. The rule: an entry whose message is
// a heading (it ends with ':', as "Error:", "Call Trace:", "Configuration Notice:" do) written
// without an application stamp (the program printed it straight to stderr) takes the
// following lines of the same tag[pid], written in the same second, without an application stamp
// and not headings themselves, as its continuation (a Rust error chain "Error:\n   0: ...\n   1: ...\n
// Backtrace omitted..."). Lines of other processes, of a later second or stamped, start entries.
// A stamped heading's later lines stay entries: the application's logger wrote them as lines of
// their own (klog's "Trace[id]: ..." lines each carry their trace id).
class SplitMessageJoiner
{
public:
    // The entry just started: its "tag[pid]", its prefix time as written, and its message.
    void entryStarted(QByteArrayView source, QByteArrayView timeText, QByteArrayView message, bool stamped);
    // Cheap: whether any line could continue the current entry at all.
    bool mayContinue() const { return m_open; }
    bool continues(QByteArrayView source, QByteArrayView timeText, QByteArrayView message, bool stamped) const;

private:
    QByteArray m_source;
    QByteArray m_time;
    bool m_open = false; // the current entry is a heading (and stays open while lines join it)
};

} // namespace debrief

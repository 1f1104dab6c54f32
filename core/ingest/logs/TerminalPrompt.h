// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace debrief {

// A shell prompt at the start of a line: logs are often pasted from a terminal session
// ("sre@k8s-01:~$ kubectl logs ...", "[root@db1 ~]# journalctl -u mysqld", "$ docker logs api",
// "PS C:\logs> Get-Content app.log"). Such a line, and the command output after it up to the first
// log entry, is kept raw but is no log entry (see LineLogParser). Shapes, not a shell grammar: a
// line must look like one of those prompts to count.
class TerminalPrompt
{
public:
    static bool isPrompt(QByteArrayView line);
};

} // namespace debrief

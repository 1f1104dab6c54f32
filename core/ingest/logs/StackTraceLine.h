// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace debrief {

// A line of a stack trace or traceback as Java, Python, PHP, Go and Rust print them after the log
// line that announced the error: the body of a multi-line entry. Detection counts such lines as
// evidence for the formats that join them (the generic fallback), since no single-line pattern can
// recognise them as the format's own. Shapes only; not a parser of any language's traces.
class StackTraceLine
{
public:
    static bool looksLike(QByteArrayView line);
};

} // namespace debrief

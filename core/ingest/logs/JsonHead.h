// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

namespace debrief {

// Cheap tests on the start of a JSON document (possibly cut anywhere), for detection: which
// character opens it and whether a key, or a key with a given string value, occurs in it. Shared by
// the JSON answers of log platforms and of metric APIs, whose heads these keys tell apart. No
// parsing: a key inside a string value can match, which a detection score tolerates.
class JsonHead
{
public:
    // The first character of `head` that is no blank (after a UTF-8 BOM), or '\0'.
    static char opening(QByteArrayView head);
    // True when `head` holds "key" followed by optional blanks and ':' (a key, not a value).
    static bool hasKey(QByteArrayView head, QByteArrayView key);
    // True when some "key" in `head` has the string value "value".
    static bool hasStringValue(QByteArrayView head, QByteArrayView key, QByteArrayView value);

private:
    // The offset just after the ':' of the next "key" from `from`, or -1.
    static qsizetype afterKey(QByteArrayView head, QByteArrayView key, qsizetype from);
};

} // namespace debrief

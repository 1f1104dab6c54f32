// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QVarLengthArray>

namespace debrief {

// The fields of an access-log line whose fields are separated by single spaces, a field being a
// bare word, a '"'-quoted string (a backslash escapes the next byte; spaces inside) or a
// '['-bracketed stamp: Envoy's default format and AWS load balancers' access logs. Views into the line,
// quotes and brackets removed (escapes kept). Not for formats whose fields may hold unquoted spaces.
class SpacedFields
{
public:
    struct Field
    {
        QByteArrayView text;
        bool quoted = false;
    };
    using Fields = QVarLengthArray<Field, 40>;

    // False when a quote or a bracket is not closed, or fields are not separated by one space.
    static bool split(QByteArrayView line, Fields& fields);
};

} // namespace debrief

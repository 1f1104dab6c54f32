// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpacedFields.h"

#include "SyslogText.h"

namespace debrief {

bool SpacedFields::split(QByteArrayView line, Fields& fields)
{
    fields.clear();
    qsizetype pos = 0;
    while (pos < line.size()) {
        Field field;
        qsizetype end = 0;
        if (line[pos] == '"') {
            end = syslogtext::quotedEnd(line, pos);
            if (end < 0)
                return false;
            field = {line.sliced(pos + 1, end - pos - 2), true};
        } else if (line[pos] == '[') {
            end = line.indexOf(']', pos);
            if (end < 0)
                return false;
            field = {line.sliced(pos + 1, end - pos - 1), false};
            ++end;
        } else {
            end = syslogtext::tokenEnd(line, pos);
            field = {line.sliced(pos, end - pos), false};
        }
        fields.append(field);
        if (end < line.size() && line[end] != ' ')
            return false;
        pos = end + 1;
    }
    return !fields.isEmpty();
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace debrief {

// Decides whether bytes can be a text document at all and makes them valid UTF-8: a file that is
// empty or binary is refused with a reason, invalid sequences are replaced by U+FFFD and counted,
// a byte order mark is dropped. Line structure is kept, so line numbers still match the file.
class PostmortemInput
{
public:
    static PostmortemInput check(QByteArrayView bytes);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QByteArray& text() const { return m_text; }
    int repairedSequences() const { return m_repaired; }
    // 1-based line of the first repaired sequence, 0 when none.
    int firstRepairedLine() const { return m_firstRepairedLine; }

private:
    void repair(QByteArrayView bytes);

    QByteArray m_text;
    QString m_error;
    int m_repaired = 0;
    int m_firstRepairedLine = 0;
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace debrief {

// What the columns of a CSV log export hold, from the names in its header row: the column of each
// role that the platforms write (Splunk's `_time` and `_raw`, Datadog's `Date` and `Content`,
// Kibana's `@timestamp` and `message`...), -1 where none. Names compare without case; where two
// columns could fill a role, the better-known name wins. Not a reader of the rows.
class CsvLogColumns
{
public:
    enum Role
    {
        Time,
        Message,
        Host,
        Service,
        Level,
        RoleCount,
    };

    // Reads the header's names; valid() tells whether it names a time and a message column.
    explicit CsvLogColumns(const QVector<QByteArrayView>& header);

    bool valid() const { return m_column[Time] >= 0 && m_column[Message] >= 0; }
    int column(Role role) const { return m_column[role]; }
    const QByteArray& name(qsizetype column) const { return m_names.at(column); }
    qsizetype size() const { return m_names.size(); }
    // The column fills a role (its cell is not kept among the fields).
    bool hasRole(qsizetype column) const;

private:
    QVector<QByteArray> m_names;
    int m_column[RoleCount] = {-1, -1, -1, -1, -1};
    int m_rank[RoleCount] = {};
};

} // namespace debrief

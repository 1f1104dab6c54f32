// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

namespace debrief {

// An incident's table column names (Incident::columnNames) as the JSON object the store keeps in
// incidents.column_names: {"actions.title": "Action Item"}. Text that is not such an object reads
// as no names, so a damaged cell costs the author's column names, never the incident.
class ColumnNamesJson
{
public:
    static QString write(const QMap<QString, QString>& names);
    static QMap<QString, QString> read(const QString& json);
};

} // namespace debrief

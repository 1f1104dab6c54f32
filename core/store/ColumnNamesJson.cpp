// SPDX-License-Identifier: GPL-3.0-or-later
#include "ColumnNamesJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace debrief {

QString ColumnNamesJson::write(const QMap<QString, QString>& names)
{
    QJsonObject object;
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QMap<QString, QString> ColumnNamesJson::read(const QString& json)
{
    QMap<QString, QString> names;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.value().isString())
            names.insert(it.key(), it.value().toString());
    }
    return names;
}

} // namespace debrief

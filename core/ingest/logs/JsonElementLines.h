// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QVector>

namespace debrief {

// The lines on which the elements of one array of a JSON document start, so that each entry read
// from a whole-file answer (with QJsonDocument, which keeps no positions) can say where in the file
// it was written. The array is named by its path from the root: the object keys, "*" for a step
// into the elements of an array ({"events"}; {"data", "result", "*", "values"}; {} for an array
// that is the document). A scan of the bytes that tracks strings and nesting, no validation: the
// document was parsed before.
class JsonElementLines
{
public:
    static QVector<qint64> find(QByteArrayView document, const QList<QByteArray>& path, qint64 firstLine = 1);
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentLineMap.h"

#include <QAbstractTableModel>
#include <QColor>

namespace debrief {

// The lines of an incident's document as a table: the line number, what the line became (a
// timeline entry, a root cause, kept verbatim...) in that role's colour, and the text as written,
// in a fixed-width font so that tables and indentation look as the author typed them. Read-only.
class DocumentLinesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        RoleColumn,
        TextColumn,
        ColumnCount,
    };

    explicit DocumentLinesModel(QObject* parent = nullptr);

    void setMap(const DocumentLineMap& map);
    const DocumentLineMap& map() const { return m_map; }

    // "Timeline entry", "Kept verbatim"...: the name a person reads in the Role column.
    static QString roleTitle(DocumentLineRole role);
    // Mid-tone colours that read on a light and a dark palette, one per role; none for blank lines.
    static QColor roleColor(DocumentLineRole role);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DocumentLineMap m_map;
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentLinesModel.h"

#include <QFontDatabase>

namespace debrief {

DocumentLinesModel::DocumentLinesModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void DocumentLinesModel::setMap(const DocumentLineMap& map)
{
    beginResetModel();
    m_map = map;
    endResetModel();
}

QString DocumentLinesModel::roleTitle(DocumentLineRole role)
{
    switch (role) {
    case DocumentLineRole::Blank:
        return {};
    case DocumentLineRole::Heading:
        return tr("Heading");
    case DocumentLineRole::Text:
        return tr("Text");
    case DocumentLineRole::TimelineEntry:
        return tr("Timeline entry");
    case DocumentLineRole::RootCause:
        return tr("Root cause");
    case DocumentLineRole::Why:
        return tr("Why");
    case DocumentLineRole::Measure:
        return tr("Measure");
    case DocumentLineRole::ActionItem:
        return tr("Action item");
    case DocumentLineRole::Verbatim:
        return tr("Kept verbatim");
    case DocumentLineRole::Other:
        break;
    }
    return tr("Not read as an item");
}

QColor DocumentLinesModel::roleColor(DocumentLineRole role)
{
    switch (role) {
    case DocumentLineRole::Blank:
        return {};
    case DocumentLineRole::Heading:
        return QColor(0x6b, 0x72, 0x80);
    case DocumentLineRole::Text:
        return QColor(0x3b, 0x82, 0xf6);
    case DocumentLineRole::TimelineEntry:
        return QColor(0x0e, 0xa5, 0xa5);
    case DocumentLineRole::RootCause:
        return QColor(0xdc, 0x50, 0x50);
    case DocumentLineRole::Why:
        return QColor(0xe0, 0x7b, 0x39);
    case DocumentLineRole::Measure:
        return QColor(0x8b, 0x5c, 0xf6);
    case DocumentLineRole::ActionItem:
        return QColor(0x16, 0xa3, 0x4a);
    case DocumentLineRole::Verbatim:
        return QColor(0xa1, 0x8a, 0x3c);
    case DocumentLineRole::Other:
        break;
    }
    return QColor(0x9c, 0xa3, 0xaf);
}

int DocumentLinesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_map.lines().size());
}

int DocumentLinesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentLinesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_map.lines().size())
        return {};
    const DocumentLine& line = m_map.lines().at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LineColumn)
            return index.row() + 1;
        if (index.column() == RoleColumn)
            return roleTitle(line.role);
        // A tab shows as the four spaces it usually stands for; the text itself is not changed.
        return QString(line.text).replace(u'\t', QStringLiteral("    "));
    case Qt::ForegroundRole:
        if (index.column() == RoleColumn && line.role != DocumentLineRole::Blank)
            return roleColor(line.role);
        return {};
    case Qt::FontRole:
        if (index.column() == TextColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        // A long line is cut at the column's edge: the whole of it on hover.
        return index.column() == TextColumn ? line.text : roleTitle(line.role);
    default:
        return {};
    }
}

QVariant DocumentLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        return tr("Line");
    case RoleColumn:
        return tr("Read as");
    case TextColumn:
        return tr("Text as written");
    default:
        return {};
    }
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QStringList>
#include <initializer_list>

namespace debrief {

// Finds the columns of a GFM table by their header names ("Owner", "Assignee"), so that readers
// of timeline, root cause and action item tables accept the column names teams use. Not a table
// parser: md4c has already split the cells.
class TableColumns
{
public:
    explicit TableColumns(const QStringList& header);

    // The first column whose header equals one of `names` (case-insensitive, emphasis and a
    // parenthesised aside ignored), else the first that contains one when `contains` is set; -1.
    int find(std::initializer_list<const char*> names, bool contains = false);
    // Columns not taken by find() yet.
    QVector<int> untaken() const;
    int size() const { return int(m_names.size()); }
    const QString& headerText(int column) const { return m_header.at(column); }

    static QString cell(const QStringList& row, int column);
    // `text` with the row's cells of `columns` after it as "(Header: value)", so that columns without
    // a field of their own ("Type", "Owner") keep their words; empty cells add nothing.
    QString withCells(QString text, const QStringList& row, const QVector<int>& columns) const;
    // Keeps the header of `column` as the author's name of the column `key`, unless a table read
    // before already named it (or the column is -1).
    void noteName(QMap<QString, QString>& names, const QString& key, int column) const;

private:
    QStringList m_header;
    QStringList m_names;
    QVector<bool> m_taken;
};

} // namespace debrief

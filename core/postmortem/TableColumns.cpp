// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableColumns.h"

#include <QRegularExpression>

namespace debrief {

TableColumns::TableColumns(const QStringList& header)
    : m_header(header)
    , m_taken(header.size(), false)
{
    static const QRegularExpression aside(QStringLiteral("\\(.*\\)"));
    for (const QString& h : header)
        m_names << QString(h).remove(aside).remove(u'*').remove(u'_').simplified().toLower();
}

int TableColumns::find(std::initializer_list<const char*> names, bool contains)
{
    for (int pass = 0; pass < (contains ? 2 : 1); ++pass) {
        for (const char* name : names) {
            const QString n = QString::fromLatin1(name);
            for (int c = 0; c < m_names.size(); ++c) {
                if (!m_taken[c] && (pass == 0 ? m_names[c] == n : m_names[c].contains(n))) {
                    m_taken[c] = true;
                    return c;
                }
            }
        }
    }
    return -1;
}

QVector<int> TableColumns::untaken() const
{
    QVector<int> columns;
    for (int c = 0; c < m_taken.size(); ++c) {
        if (!m_taken[c])
            columns << c;
    }
    return columns;
}

QString TableColumns::cell(const QStringList& row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}

QString TableColumns::withCells(QString text, const QStringList& row, const QVector<int>& columns) const
{
    for (int col : columns) {
        if (const QString v = cell(row, col); !v.isEmpty())
            text += QStringLiteral(" (%1: %2)").arg(headerText(col).trimmed(), v);
    }
    return text;
}

void TableColumns::noteName(QMap<QString, QString>& names, const QString& key, int column) const
{
    if (column < 0 || column >= m_header.size() || names.contains(key))
        return;
    const QString name = m_header.at(column).trimmed();
    if (!name.isEmpty())
        names.insert(key, name);
}

} // namespace debrief

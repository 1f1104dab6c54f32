// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogMessageDelegate.h"

#include "LogTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace debrief {

namespace {
constexpr int kTextMargin = 5; // the gap the style leaves before a cell's text

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QList<QTextLayout::FormatRange> matchFormats(const QVector<std::pair<int, int>>& matches, int length,
                                             const QPalette& palette)
{
    QList<QTextLayout::FormatRange> formats;
    for (const auto& [start, size] : matches) {
        if (start < 0 || start >= length)
            continue;
        QTextLayout::FormatRange range;
        range.start = start;
        range.length = std::min(size, length - start);
        range.format.setBackground(LogMessageDelegate::matchBackground(palette));
        range.format.setForeground(LogMessageDelegate::matchForeground(palette));
        formats.append(range);
    }
    return formats;
}
} // namespace

LogMessageDelegate::LogMessageDelegate(QObject* parent)
    : PaddedItemDelegate(parent, 6, 10)
{ }

QColor LogMessageDelegate::matchBackground(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x8a, 0x6a, 0x00) : QColor(0xff, 0xe0, 0x6b);
}

QColor LogMessageDelegate::matchForeground(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xff, 0xff) : QColor(0x1a, 0x1a, 0x1a);
}

void LogMessageDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const auto matches = index.data(LogTableModel::HighlightsRole).value<QVector<std::pair<int, int>>>();
    if (matches.isEmpty()) {
        PaddedItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString text = item.text;
    item.text.clear(); // the style paints the background and selection, this paints the text
    QStyle* style = item.widget ? item.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget);

    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget)
                               .adjusted(kTextMargin, 0, -kTextMargin, 0);
    QTextLayout layout(text, item.font);
    layout.setFormats(matchFormats(matches, int(text.size()), item.palette));
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6); // one line: the message is clipped, never wrapped
    layout.endLayout();

    painter->save();
    painter->setClipRect(textRect);
    const bool selected = item.state & QStyle::State_Selected;
    QColor pen = selected ? item.palette.color(QPalette::HighlightedText) : item.palette.color(QPalette::Text);
    if (!selected && index.data(Qt::ForegroundRole).canConvert<QColor>())
        pen = index.data(Qt::ForegroundRole).value<QColor>();
    painter->setPen(pen);
    const qreal top = textRect.top() + (textRect.height() - line.height()) / 2;
    layout.draw(painter, QPointF(textRect.left(), top));
    painter->restore();
}

} // namespace debrief

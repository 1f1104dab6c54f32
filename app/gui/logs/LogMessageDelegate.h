// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PaddedItemDelegate.h"

namespace debrief {

// Paints the message column of the log view with the search matches marked (the ranges of
// LogTableModel::HighlightsRole) on one line, clipped at the cell's edge. Everything else (the
// row background, selection, focus) is left to the style. Not an editor.
class LogMessageDelegate : public PaddedItemDelegate
{
    Q_OBJECT

public:
    explicit LogMessageDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The match marker colours: a yellow that reads on light palettes and a darker amber with
    // light text on dark ones.
    static QColor matchBackground(const QPalette& palette);
    static QColor matchForeground(const QPalette& palette);
};

} // namespace debrief

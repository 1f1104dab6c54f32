// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace debrief {

// A styled delegate that gives every cell some air: table rows sized to their contents are
// otherwise as tight as the font, which is hard to follow on a projector. Painting is left to the
// style (palette, selection, decorations); only the size hint grows. Not an editor.
class PaddedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit PaddedItemDelegate(QObject* parent = nullptr, int vertical = 8, int horizontal = 10);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_vertical;
    int m_horizontal;
};

} // namespace debrief

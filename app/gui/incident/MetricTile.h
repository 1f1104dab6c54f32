// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace debrief {

// One derived number with its caption ("Time to detect" / "12 min"), large enough to read from
// the back of a room. Display only: the value is formatted by the page that owns the tile.
class MetricTile : public QFrame
{
    Q_OBJECT

public:
    explicit MetricTile(const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& toolTip = {});
    QString value() const;

private:
    QLabel* m_caption = nullptr;
    QLabel* m_value = nullptr;
};

} // namespace debrief

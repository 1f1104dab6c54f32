// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricTile.h"

#include <QLabel>
#include <QVBoxLayout>

namespace debrief {

MetricTile::MetricTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(caption);
    // The palette's alternate base lifts the tile off the page in light and dark themes alike.
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);

    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.8);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_caption->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
}

void MetricTile::setValue(const QString& value, const QString& toolTip)
{
    m_value->setText(value);
    setToolTip(toolTip);
    setAccessibleDescription(value);
}

QString MetricTile::value() const
{
    return m_value->text();
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricTile.h"

#include "KindStyle.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace debrief {

namespace {
constexpr int kAccentWidth = 5;
}

MetricTile::MetricTile(const QString& caption, QWidget* parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_value(new QLabel(this))
    , m_evidence(new QLabel(this))
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
    m_evidence->setWordWrap(true);
    m_evidence->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14 + kAccentWidth, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_evidence);
    layout->addStretch(1);
}

void MetricTile::setValue(const QString& value, const QString& toolTip)
{
    m_value->setText(value);
    setToolTip(toolTip);
    updateAccessibleDescription();
}

QString MetricTile::value() const
{
    return m_value->text();
}

void MetricTile::setEvidence(const QString& text, bool disagrees)
{
    m_evidence->setText(text);
    m_evidence->setVisible(!text.isEmpty());
    m_disagrees = disagrees && !text.isEmpty();
    applyEvidenceStyle();
    updateAccessibleDescription();
    update();
}

QString MetricTile::evidence() const
{
    return m_evidence->text();
}

void MetricTile::paintEvent(QPaintEvent* event)
{
    QFrame::paintEvent(event);
    if (!m_disagrees)
        return;
    QPainter painter(this);
    painter.fillRect(QRect(0, 0, kAccentWidth, height()), KindStyle::attentionColor());
}

void MetricTile::changeEvent(QEvent* event)
{
    // The attention colour depends on whether the palette is dark: follow a theme switch.
    if (event->type() == QEvent::PaletteChange)
        applyEvidenceStyle();
    QFrame::changeEvent(event);
}

void MetricTile::applyEvidenceStyle()
{
    QPalette palette = m_evidence->palette();
    const QColor normal = QWidget::palette().color(QPalette::PlaceholderText);
    palette.setColor(QPalette::WindowText, m_disagrees ? KindStyle::attentionColor() : normal);
    m_evidence->setPalette(palette);
    QFont font = m_evidence->font();
    font.setBold(m_disagrees);
    m_evidence->setFont(font);
}

void MetricTile::updateAccessibleDescription()
{
    QString description = m_value->text();
    if (!m_evidence->text().isEmpty())
        description += QStringLiteral("; ") + m_evidence->text();
    if (m_disagrees)
        description += QStringLiteral("; ") + tr("the evidence disagrees with the postmortem");
    setAccessibleDescription(description);
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;

namespace debrief {

// One derived number with its caption ("Time to detect" / "12 min"), large enough to read from
// the back of a room, and below it what the evidence says about the same number ("evidence:
// 120 min (19:00 → 21:00)"). When the two disagree the tile carries an accent bar and the
// evidence line is drawn in the attention colour, so that a room sees the contradiction without
// reading the numbers. Display only: the texts are formatted and compared by the page that owns it.
class MetricTile : public QFrame
{
    Q_OBJECT

public:
    explicit MetricTile(const QString& caption, QWidget* parent = nullptr);

    void setValue(const QString& value, const QString& toolTip = {});
    QString value() const;

    // An empty text hides the evidence line (a number the evidence cannot measure).
    void setEvidence(const QString& text, bool disagrees = false);
    QString evidence() const;
    bool disagrees() const { return m_disagrees; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void applyEvidenceStyle();
    void updateAccessibleDescription();

    QLabel* m_caption = nullptr;
    QLabel* m_value = nullptr;
    QLabel* m_evidence = nullptr;
    bool m_disagrees = false;
};

} // namespace debrief

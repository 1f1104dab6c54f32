// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionItem.h"
#include "MeasureGroup.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace debrief {

// The corrective and preventative measures of the postmortem, grouped as it groups them (the
// section, then the measure, then its items), beside the action items that track them. Each
// measure says whether an action item tracks it (an item with the same title); "Track as action
// item" (or Enter) asks for one to be made from the selected measure, so that what the review
// decided ends up owned and dated rather than only written down.
class MeasuresPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MeasuresPanel(QWidget* parent = nullptr);

    void setContent(const QVector<MeasureGroup>& measures, const QVector<ActionItem>& items);
    QTreeWidget* tree() const { return m_tree; }
    int trackedCount() const { return m_tracked; }
    int measureCount() const { return m_measures; }

    // Asks for an action item for the selected measure (nothing when it is tracked already).
    void trackSelected();

Q_SIGNALS:
    void trackRequested(const QString& title);

private:
    QTreeWidgetItem* addMeasure(QTreeWidgetItem* parent, const QString& text, const QVector<ActionItem>& items);
    QTreeWidgetItem* sectionItem(const QString& section);
    void updateButton();

    QLabel* m_title = nullptr;
    QTreeWidget* m_tree = nullptr;
    QPushButton* m_track = nullptr;
    int m_tracked = 0;
    int m_measures = 0;
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ActionItem.h"
#include "Ids.h"
#include "MeasureGroup.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QProgressBar;
class QTableView;

namespace debrief {

class ActionItemsFilter;
class ActionItemsModel;
class IncidentEditor;
class MeasuresPanel;

// The action-items tab: a progress bar (done of planned), the number overdue, a filter (all, open,
// overdue), and the sortable table of items (ActionItemsModel) with overdue dates in red. Every
// cell edits in place (double-click or F2; the status from a list); Insert adds an item and Delete
// removes the selected one. Below the table, the postmortem's measures grouped as it groups them
// (MeasuresPanel), each saying whether an action item tracks it, and one turned into an item on
// request. Each change goes to the IncidentEditor, which stores it at once and makes it undoable;
// the table then shows what was stored.
class ActionItemsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ActionItemsPage(QWidget* parent = nullptr);

    void setItems(const QVector<ActionItem>& items, const QDate& today, IncidentId incident = {});
    // Call after setItems(): the panel sets each measure against the items.
    void setMeasures(const QVector<MeasureGroup>& measures);
    MeasuresPanel* measuresPanel() const { return m_measures; }
    void setEditor(IncidentEditor* editor) { m_editor = editor; }
    ActionItemsModel* model() const { return m_model; }
    ActionItemsFilter* filter() const { return m_filter; }
    QComboBox* showChooser() const { return m_show; }
    QProgressBar* progress() const { return m_progress; }
    QTableView* view() const { return m_view; }

    void addItem();
    void removeSelectedItem();
    // A new action item titled after a measure, at the end of the list.
    void trackMeasure(const QString& title);

Q_SIGNALS:
    void itemSelected(qint64 actionItemId);

private:
    QWidget* createSummary();
    void configureView();
    void updateSummary();

    ActionItemsModel* m_model = nullptr;
    ActionItemsFilter* m_filter = nullptr;
    IncidentEditor* m_editor = nullptr;
    IncidentId m_incident;
    QComboBox* m_show = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_overdue = nullptr;
    QTableView* m_view = nullptr;
    MeasuresPanel* m_measures = nullptr;
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentLineMap.h"
#include "DocumentVersion.h"
#include "Incident.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace debrief {

class DocumentLinesModel;
class IncidentEditor;

// The Document tab: the incident's document as it was imported, line by line, each line marked by
// what it became (DocumentLineMap), with a count of each. A line that was not read as what it is
// becomes a timeline entry, an action item or a root cause in one step ("Make Timeline Entry"...,
// also on the line's context menu): one undoable edit through the IncidentEditor, and the line
// then shows as that item. An item selected on another page selects its source line here.
class DocumentPage : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentPage(QWidget* parent = nullptr);

    // `document` is none for an incident written by hand.
    void setDocument(const std::optional<DocumentVersion>& document, const Incident& incident);
    void setEditor(IncidentEditor* editor);
    // Selects and shows the line `itemId` starts on; false when it has none here.
    bool showItem(DocumentLineRole role, qint64 itemId);
    // The selected line, 1-based; 0 when none.
    int selectedLine() const;
    void selectLine(int line);

    // The edits of the buttons, on the selected line.
    void makeTimelineEntry();
    void makeActionItem();
    void makeRootCause();

    QTableView* view() const { return m_view; }
    DocumentLinesModel* model() const { return m_model; }
    QLabel* summaryLabel() const { return m_summary; }

private:
    QWidget* createToolbar();
    void configureView();
    void showContextMenu(const QPoint& pos);
    void updateButtons();
    void updateSummary();
    QString sectionAt(int line) const;
    int lineFor(const QPushButton* button) const;
    QString lineText(int line) const;

    Incident m_incident;
    IncidentEditor* m_editor = nullptr;
    DocumentLinesModel* m_model = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_source = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_makeEntry = nullptr;
    QPushButton* m_makeAction = nullptr;
    QPushButton* m_makeCause = nullptr;
};

} // namespace debrief

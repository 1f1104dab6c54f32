// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "Incident.h"

#include <QWidget>
#include <functional>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace debrief {

class IncidentEditor;

// The root-cause tab: every root cause with the section it was stated in (statements the linter
// found to disagree sit side by side in columns under its finding), the "5 whys" (WhyChainView),
// the resolution, and the corrective measures grouped as the postmortem groups them. Root causes and the
// resolution are shown as Markdown and edited as Markdown (MarkdownEditDialog); a root cause can
// be added and removed. Every change goes through the IncidentEditor (stored at once, undoable).
// The page is rebuilt whole for each incident, which is cheap at the size of a postmortem.
class RootCausePage : public QWidget
{
    Q_OBJECT

public:
    explicit RootCausePage(QWidget* parent = nullptr);

    void setIncident(const Incident& incident, const QVector<LintFinding>& findings);
    void setEditor(IncidentEditor* editor) { m_editor = editor; }
    int rootCauseCount() const { return m_rootCauseCount; }

    // The edits the page's buttons make once their dialog is accepted.
    void editRootCause(int index, const QString& markdown);
    void addRootCause(const QString& markdown);
    void removeRootCause(int index);
    void editResolution(const QString& markdown);

private:
    void addRootCauses(QVBoxLayout* layout, const Incident& incident, const QVector<LintFinding>& findings);
    void addResolution(QVBoxLayout* layout, const Incident& incident);
    void addMeasures(QVBoxLayout* layout, const Incident& incident);
    QWidget* createRootCauseCard(const RootCause& cause, int index, QWidget* parent);
    QWidget* createEditButtons(QWidget* parent, const std::function<void()>& edit, const std::function<void()>& remove);
    QWidget* createConflictBanner(const LintFinding& finding, QWidget* parent);
    QWidget* createMeasureGroup(const MeasureGroup& group, QWidget* parent);
    static QLabel* createHeading(const QString& text, QWidget* parent);
    static QLabel* createText(const QString& text, QWidget* parent);
    static QLabel* createMarkdown(const QString& markdown, QWidget* parent);

    Incident m_incident;
    IncidentEditor* m_editor = nullptr;
    QScrollArea* m_scroll = nullptr;
    int m_rootCauseCount = 0;
};

} // namespace debrief

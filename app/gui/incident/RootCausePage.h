// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "Incident.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace debrief {

// The root-cause tab: every root cause with the section it was stated in (so that two statements
// that disagree sit side by side, flagged when the linter found the conflict), the resolution,
// and the corrective measures grouped as the postmortem groups them. Read-only text; the page is
// rebuilt whole for each incident, which is cheap at the size of a postmortem.
class RootCausePage : public QWidget
{
    Q_OBJECT

public:
    explicit RootCausePage(QWidget* parent = nullptr);

    void setIncident(const Incident& incident, const QVector<LintFinding>& findings);
    int rootCauseCount() const { return m_rootCauseCount; }

private:
    void addRootCauses(QVBoxLayout* layout, const Incident& incident, const QVector<LintFinding>& findings);
    void addResolution(QVBoxLayout* layout, const Incident& incident);
    void addMeasures(QVBoxLayout* layout, const Incident& incident);
    QWidget* createRootCauseCard(const RootCause& cause, QWidget* parent);
    QWidget* createConflictBanner(const LintFinding& finding, QWidget* parent);
    QWidget* createMeasureGroup(const MeasureGroup& group, QWidget* parent);
    static QLabel* createHeading(const QString& text, QWidget* parent);
    static QLabel* createText(const QString& text, QWidget* parent);

    QScrollArea* m_scroll = nullptr;
    int m_rootCauseCount = 0;
};

} // namespace debrief

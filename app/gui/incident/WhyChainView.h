// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "WhyStep.h"

#include <QVector>
#include <QWidget>

class QVBoxLayout;

namespace debrief {

class IncidentEditor;

// The "5 whys" of an incident as a numbered chain: each step's question in bold and its answer
// below, with Edit, Move up, Move down and Remove, and "Add why" at the end (its dialog shows
// the previous answer, the thing being asked about). Every change goes through the IncidentEditor:
// stored at once and undoable. Built whole for each incident, like the page it sits on.
class WhyChainView : public QWidget
{
    Q_OBJECT

public:
    WhyChainView(IncidentId incident, const QVector<WhyStep>& steps, IncidentEditor* editor,
                 QWidget* parent = nullptr);

    // The edits the buttons make once their dialog is accepted.
    void editStep(int index, const WhyStep& edited);
    void addStep(const WhyStep& step);
    void removeStep(int index);
    void moveStep(int index, int delta);

private:
    QWidget* createStep(int index);
    QWidget* createButtons(int index, QWidget* parent);
    void askToEdit(int index);
    void askToAdd();
    QString answerBefore(int index) const;

    IncidentId m_incident;
    QVector<WhyStep> m_steps;
    IncidentEditor* m_editor = nullptr;
};

} // namespace debrief

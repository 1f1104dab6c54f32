// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WhyStep.h"

#include <QDialog>
#include <optional>

class QLineEdit;
class QPlainTextEdit;

namespace debrief {

// Edits one step of the "5 whys": the question on one line, the answer below it. The previous
// step's answer is shown above as the thing being asked about, so that the chain reads on.
class WhyStepDialog : public QDialog
{
    Q_OBJECT

public:
    WhyStepDialog(const WhyStep& step, const QString& previousAnswer, QWidget* parent = nullptr);

    WhyStep step() const;
    // The edited step (id and source line kept), or none when the user cancelled or left both
    // fields empty.
    static std::optional<WhyStep> edit(QWidget* parent, const WhyStep& step, const QString& previousAnswer);

private:
    WhyStep m_step;
    QLineEdit* m_question;
    QPlainTextEdit* m_answer;
};

} // namespace debrief

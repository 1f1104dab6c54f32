// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Incident.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace debrief {

// Edits what the overview shows of an incident: title, severity, status, when the impact started
// and ended (UTC; either may be unknown), summary and impact (Markdown). An end before the start
// is refused in the dialog, with the reason beside the buttons. Returns the incident with the
// fields changed and everything else as given.
class IncidentDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    IncidentDetailsDialog(const Incident& incident, QWidget* parent = nullptr);

    Incident edited() const;
    // The edited incident, or none when the user cancelled.
    static std::optional<Incident> edit(QWidget* parent, const Incident& incident);

private:
    QWidget* createTimeField(QCheckBox*& known, QDateTimeEdit*& edit, const std::optional<UtcMillis>& at,
                             const QString& name);
    static std::optional<UtcMillis> timeOf(const QCheckBox* known, const QDateTimeEdit* edit);
    void validate();

    Incident m_incident;
    QLineEdit* m_title = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_status = nullptr;
    QCheckBox* m_startKnown = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QCheckBox* m_endKnown = nullptr;
    QDateTimeEdit* m_end = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QPlainTextEdit* m_impact = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace debrief

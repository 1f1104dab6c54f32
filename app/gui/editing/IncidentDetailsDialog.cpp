// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentDetailsDialog.h"

#include "KindStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

namespace debrief {

namespace {

// The values teams use; the field stays free text, so whatever the postmortem says is kept.
const char* const kSeverities[] = {"SEV1", "SEV2", "SEV3", "SEV4", "SEV5"};
const char* const kStatuses[] = {"open", "mitigated", "resolved"};

QComboBox* choices(const QString& current, std::initializer_list<const char*> values, bool editable,
                   QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setEditable(editable);
    for (const char* value : values)
        box->addItem(QString::fromLatin1(value));
    if (!current.isEmpty() && box->findText(current) < 0)
        box->addItem(current);
    box->setCurrentText(current);
    return box;
}

QPlainTextEdit* markdownField(const QString& text, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(70);
    return edit;
}

} // namespace

IncidentDetailsDialog::IncidentDetailsDialog(const Incident& incident, QWidget* parent)
    : QDialog(parent)
    , m_incident(incident)
    , m_title(new QLineEdit(incident.title, this))
    , m_severity(choices(incident.severity, {"", kSeverities[0], kSeverities[1], kSeverities[2], kSeverities[3],
                                             kSeverities[4]},
                         true, this))
    , m_status(choices(incident.status, {kStatuses[0], kStatuses[1], kStatuses[2]}, false, this))
    , m_summary(markdownField(incident.summary, this))
    , m_impact(markdownField(incident.impact, this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Incident details"));
    m_title->setObjectName(QStringLiteral("title"));
    m_severity->lineEdit()->setPlaceholderText(tr("not stated"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("Impact &started (UTC):"),
                 createTimeField(m_startKnown, m_start, incident.startedAt, tr("Impact started")));
    form->addRow(tr("Impact &ended (UTC):"), createTimeField(m_endKnown, m_end, incident.endedAt, tr("Impact ended")));
    form->addRow(tr("Su&mmary:"), m_summary);
    form->addRow(tr("&Impact:"), m_impact);
    QPalette attention = m_problem->palette();
    attention.setColor(QPalette::WindowText, KindStyle::attentionColor());
    m_problem->setPalette(attention);
    m_problem->setWordWrap(true);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_problem, 1);
    bottom->addWidget(m_buttons);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addLayout(bottom);
    resize(640, 520);
    validate();
}

Incident IncidentDetailsDialog::edited() const
{
    Incident out = m_incident;
    out.title = m_title->text().simplified();
    out.severity = m_severity->currentText().trimmed();
    out.status = m_status->currentText();
    out.startedAt = timeOf(m_startKnown, m_start);
    out.endedAt = timeOf(m_endKnown, m_end);
    out.summary = m_summary->toPlainText().trimmed();
    out.impact = m_impact->toPlainText().trimmed();
    return out;
}

std::optional<Incident> IncidentDetailsDialog::edit(QWidget* parent, const Incident& incident)
{
    IncidentDetailsDialog dialog(incident, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.edited();
}

// A check box "known" and the time, disabled while unknown: an incident without a stated end is
// common (still open) and must not get one by accident.
QWidget* IncidentDetailsDialog::createTimeField(QCheckBox*& known, QDateTimeEdit*& edit,
                                                const std::optional<UtcMillis>& at, const QString& name)
{
    auto* field = new QWidget(this);
    known = new QCheckBox(tr("known"), field);
    edit = new QDateTimeEdit(field);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    edit->setCalendarPopup(true);
    const QDateTime fallback = m_incident.date ? QDateTime(*m_incident.date, QTime(0, 0), QTimeZone::utc())
                                               : QDateTime::currentDateTimeUtc();
    edit->setDateTime(at ? at->toDateTime() : fallback);
    known->setChecked(at.has_value());
    edit->setEnabled(at.has_value());
    edit->setAccessibleName(name);
    known->setAccessibleName(tr("%1 is known").arg(name));
    connect(known, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    connect(known, &QCheckBox::toggled, this, &IncidentDetailsDialog::validate);
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, &IncidentDetailsDialog::validate);
    auto* layout = new QHBoxLayout(field);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(known);
    layout->addWidget(edit, 1);
    return field;
}

std::optional<UtcMillis> IncidentDetailsDialog::timeOf(const QCheckBox* known, const QDateTimeEdit* edit)
{
    if (!known || !edit || !known->isChecked())
        return std::nullopt;
    return UtcMillis::fromDateTime(edit->dateTime());
}

void IncidentDetailsDialog::validate()
{
    const std::optional<UtcMillis> start = timeOf(m_startKnown, m_start);
    const std::optional<UtcMillis> end = timeOf(m_endKnown, m_end);
    const bool backwards = start && end && *end < *start;
    m_problem->setText(backwards ? tr("The impact cannot end before it started.") : QString());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!backwards);
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDialog>
#include <optional>

class QDateEdit;

namespace debrief {

// Asked after importing a postmortem whose timeline gives clock times but whose document states
// no day anywhere: on which day did the incident happen? With a day, the window imports the file
// again with it (as `debrief-cli import --date` does), so the entries get their place on the
// clock; without one the times stay as written.
class DocumentDayDialog : public QDialog
{
    Q_OBJECT

public:
    DocumentDayDialog(const QString& fileName, int times, const QDate& suggestion, QWidget* parent = nullptr);

    QDate day() const;
    QDateEdit* dateEdit() const { return m_date; }

    // Runs the dialog; none when the user keeps the times as written.
    static std::optional<QDate> ask(QWidget* parent, const QString& fileName, int times, const QDate& suggestion);

private:
    QDateEdit* m_date = nullptr;
};

} // namespace debrief

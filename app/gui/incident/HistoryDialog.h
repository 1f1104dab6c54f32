// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DocumentVersion.h"

#include <QDialog>
#include <QVector>
#include <optional>

class QPushButton;
class QTreeWidget;

namespace debrief {

// Incident › History: the versions of the incident's document, oldest first (number, when, from
// which file or edit, a one-line summary), and Restore for the one selected. It only shows and
// chooses; the window restores through core (DocumentHistory), so no SQL and no rule lives here.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const QString& incidentTitle, const QVector<DocumentVersion>& versions, QWidget* parent = nullptr);

    QTreeWidget* versionList() const { return m_list; }
    QPushButton* restoreButton() const { return m_restore; }
    // The version chosen when the dialog was accepted with Restore.
    std::optional<int> chosenVersion() const;

private:
    QTreeWidget* m_list;
    QPushButton* m_restore;
};

} // namespace debrief

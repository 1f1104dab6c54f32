// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "IncidentPage.h"

#include <QDate>
#include <QMainWindow>
#include <QVector>
#include <memory>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace debrief {

class IncidentListModel;
class IncidentView;
class StoreSession;

// Debrief's main window: the incidents of the open store on the left, the selected incident on
// the right (IncidentView), a File menu to open another store, a View menu to switch pages and
// Help. It owns the StoreSession and loads incidents through it; it holds no SQL and no
// business rules. Window geometry and the last store are kept in QSettings only when asked
// (interactive runs), so that tests and screenshots leave no trace.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the store at `path`, lists its incidents and shows the first. On failure the window
    // keeps the store it had and `error` says why.
    bool openStore(const QString& path, QString* error = nullptr);
    QString storePath() const;
    bool selectIncident(IncidentId id);
    IncidentId currentIncident() const;
    void showPage(IncidentPage page);

    // The date against which action items are overdue; tests pin it.
    void setToday(const QDate& today) { m_today = today; }
    void setPersistSettings(bool persist) { m_persistSettings = persist; }
    void restoreSettings();

    IncidentListModel* incidentModel() const { return m_listModel; }
    IncidentView* incidentView() const { return m_view; }
    const QVector<QAction*>& pageActions() const { return m_pageActions; }

    static QString lastStoreSetting();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createCentralWidget();
    QTableView* createIncidentList();
    void createMenus();
    void createViewMenu();
    void reloadIncidents();
    void showIncidentAt(const QModelIndex& proxyIndex);
    void showEmptyState(const QString& text);
    void syncPageActions(int tab);
    void updateWindowTitle();
    void openStoreDialog();
    void showAbout();
    void saveSettings();

    std::unique_ptr<StoreSession> m_session;
    IncidentListModel* m_listModel = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_list = nullptr;
    IncidentView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_storeLabel = nullptr;
    QVector<QAction*> m_pageActions;
    QDate m_today = QDate::currentDate();
    bool m_persistSettings = false;
};

} // namespace debrief

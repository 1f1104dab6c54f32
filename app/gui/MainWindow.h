// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"
#include "ImportSummary.h"
#include "Incident.h"
#include "IncidentPage.h"

#include <QDate>
#include <QMainWindow>
#include <QVector>
#include <memory>

class QAction;
class QLabel;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace debrief {

class ImportController;
class IncidentEditor;
class IncidentListModel;
class IncidentView;
class StoreSession;

// Debrief's main window: the incidents of the open store on the left, the selected incident on
// the right (IncidentView), a File menu to open another store, an Edit menu with Undo and Redo
// over every edit (IncidentEditor) and Find, a View menu to switch pages (Ctrl+1..6), Help with the
// keyboard shortcuts and About, and a compact icon toolbar (AppIcons). Files dropped on the
// window or chosen with File › Import are imported on a worker (ImportController); File › Export
// writes the incident's Markdown report on a worker too. It owns the StoreSession and loads incidents through it; it
// holds no SQL and no business rules. Window geometry and the last store are kept in QSettings only when asked
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
    // Shows what another program changed in the store since the last look (a CLI edit or import),
    // keeping the incident and the page shown; waits while a cell is being edited or a dialog is
    // open. A timer asks every second.
    void showChangesMadeElsewhere();

    // The date against which action items are overdue; tests pin it.
    void setToday(const QDate& today) { m_today = today; }
    void setPersistSettings(bool persist) { m_persistSettings = persist; }
    void restoreSettings();

    IncidentListModel* incidentModel() const { return m_listModel; }
    IncidentView* incidentView() const { return m_view; }
    IncidentEditor* editor() const { return m_editor; }
    ImportController* importer() const { return m_importer; }
    // Imports files through the worker (as File › Import and a drop do): postmortems become new
    // incidents, logs and metrics go into the incident shown.
    bool importFiles(const QStringList& files);
    // Incident › Replace Document… once the user agreed: `file` replaces the shown incident's
    // document on the worker; the document before stays in its history.
    bool replaceDocumentFrom(const QString& file);
    // After the user gave the day of a postmortem whose document states none: the file again,
    // with that day, as the document of the incident it became (its first version stays in the history).
    bool importWithDay(const ImportSummary::Dateless& document, const QDate& day);
    // Edit › Delete Incident (and Delete on the incident list): the shown incident with its
    // evidence to the trash, undoable; asks first when `ask`.
    bool deleteCurrentIncident(bool ask = true);
    // Incident › History's Restore: `version` of the shown incident's document becomes the current one.
    bool restoreVersion(int version);
    // Writes the shown incident's Markdown report to `path` on a worker; exported() tells how it went.
    void exportMarkdownTo(const QString& path);
    // Stores a new incident (File › New Incident, once its dialog is accepted) and shows it. Like an
    // import it is not on the undo stack: it adds a whole incident, not an edit of one.
    IncidentId createIncident(const Incident& incident);

Q_SIGNALS:
    void exported(const QString& path, const QString& error);

public:
    const QVector<QAction*>& pageActions() const { return m_pageActions; }

    static QString lastStoreSetting();
    // The stores opened last, newest first (File › Open Recent).
    static QStringList recentStores();
    // The text of the message an import with errors shows: how many, then the first reasons themselves.
    static QString importErrorText(const QStringList& errors);
    static constexpr int kErrorsShown = 5;

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createCentralWidget();
    QTableView* createIncidentList();
    void createMenus();
    void createEditMenu();
    void createIncidentMenu();
    void showHistory();
    void replaceDocumentDialog();
    void createViewMenu();
    void createHelpMenu();
    void createToolBar();
    void findInLogs();
    void showShortcuts();
    void showEditedIncident(IncidentId id);
    // The incidents again; `select` (else the first) is shown.
    void reloadIncidents(IncidentId select = {});
    void showIncidentAt(const QModelIndex& proxyIndex);
    void showEmptyState(const QString& text);
    void traceIncidentShown();
    void syncPageActions(int tab);
    void updateWindowTitle();
    void openStoreDialog();
    void importDialog();
    void exportMarkdown();
    void newIncidentDialog();
    void importFinished(const ImportSummary& summary);
    // Asks, one file at a time, for the day of each postmortem imported without one.
    void askNextMissingDay();
    void showAbout();
    void saveSettings();
    void rememberStore(const QString& absolutePath);
    void fillRecentMenu();
    bool isEditing() const;

    std::unique_ptr<StoreSession> m_session;
    IncidentListModel* m_listModel = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_list = nullptr;
    IncidentView* m_view = nullptr;
    IncidentEditor* m_editor = nullptr;
    ImportController* m_importer = nullptr;
    QVector<ImportSummary::Dateless> m_missingDays;
    QMenu* m_recentMenu = nullptr;
    QAction* m_openAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_exportAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_detailsAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_listAction = nullptr;
    bool m_tracedIncident = false;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_stack = nullptr;
    QSplitter* m_splitter = nullptr;
    QLabel* m_storeLabel = nullptr;
    QVector<QAction*> m_pageActions;
    QDate m_today = QDate::currentDate();
    bool m_persistSettings = false;
    bool m_changesPending = false; // seen while the user was editing: shown when they are done
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppIcons.h"
#include "DocumentDayDialog.h"
#include "DocumentHistory.h"
#include "HistoryDialog.h"
#include "ImportController.h"
#include "IncidentDashboard.h"
#include "IncidentDetailsDialog.h"
#include "IncidentEditor.h"
#include "IncidentListModel.h"
#include "IncidentView.h"
#include "KindStyle.h"
#include "LogFilterBar.h"
#include "LogsPage.h"
#include "MarkdownExporter.h"
#include "PaddedItemDelegate.h"
#include "ShortcutOverview.h"
#include "StoreError.h"
#include "StoreFailure.h"
#include "StoreSession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace debrief {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kLastStoreKey = QStringLiteral("store/last");
const QString kRecentStoresKey = QStringLiteral("store/recent");
constexpr int kMaxRecentStores = 8;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_listModel(new IncidentListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(KindStyle::appIcon());
    m_proxy->setSourceModel(m_listModel);
    m_proxy->setSortRole(IncidentListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_editor = new IncidentEditor(this);
    connect(m_editor, &IncidentEditor::changed, this, &MainWindow::showEditedIncident);
    connect(m_editor, &IncidentEditor::failed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Edit not stored"), tr("The edit could not be stored:\n%1").arg(message));
    });
    m_importer = new ImportController(this);
    connect(m_importer, &ImportController::finished, this, &MainWindow::importFinished);
    setAcceptDrops(true);
    createCentralWidget();
    m_view->setEditor(m_editor);
    createMenus();
    m_storeLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_storeLabel);
    showEmptyState(tr("No store is open.\nUse File › Open Store… to open one."));
    updateWindowTitle();
    auto* watch = new QTimer(this);
    connect(watch, &QTimer::timeout, this, &MainWindow::showChangesMadeElsewhere);
    watch->start(1000);
}

void MainWindow::showChangesMadeElsewhere()
{
    if (!m_session)
        return;
    try {
        m_changesPending = m_session->changedElsewhere() || m_changesPending;
    } catch (const StoreError&) {
        return; // asked again in a second
    }
    if (!m_changesPending || isEditing())
        return;
    m_changesPending = false;
    showEditedIncident(currentIncident());
    m_view->reloadEvidence();
    statusBar()->showMessage(tr("Another program changed the store; shown as it is now."), 5000);
}

// A cell editor open, or a dialog: reloading now would take the user's edit from under them.
bool MainWindow::isEditing() const
{
    if (QApplication::activeModalWidget() || QApplication::activePopupWidget())
        return true;
    // A delegate's editor is a child of its view's viewport, and has the focus while it is open.
    const QWidget* focus = QApplication::focusWidget();
    const QWidget* viewport = focus ? focus->parentWidget() : nullptr;
    const auto* view = viewport ? qobject_cast<const QAbstractItemView*>(viewport->parentWidget()) : nullptr;
    return view && view->viewport() == viewport;
}

MainWindow::~MainWindow() = default;

bool MainWindow::openStore(const QString& path, QString* error)
{
    try {
        auto session = std::make_unique<StoreSession>(path);
        m_editor->setDatabase(nullptr);
        m_session = std::move(session);
        m_editor->setDatabase(&m_session->database());
    } catch (const StoreError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    if (m_persistSettings)
        rememberStore(QFileInfo(path).absoluteFilePath());
    reloadIncidents();
    updateWindowTitle();
    return true;
}

QString MainWindow::storePath() const
{
    return m_session ? m_session->path() : QString();
}

bool MainWindow::selectIncident(IncidentId id)
{
    const int row = m_listModel->rowOf(id);
    if (row < 0)
        return false;
    m_list->setCurrentIndex(m_proxy->mapFromSource(m_listModel->index(row, 0)));
    return true;
}

IncidentId MainWindow::currentIncident() const
{
    return m_stack->currentWidget() == m_view ? m_view->incident().id : IncidentId {};
}

void MainWindow::showPage(IncidentPage page)
{
    m_view->showPage(page);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

QStringList MainWindow::recentStores()
{
    return QSettings().value(kRecentStoresKey).toStringList();
}

void MainWindow::rememberStore(const QString& absolutePath)
{
    QSettings settings;
    settings.setValue(kLastStoreKey, absolutePath);
    QStringList recent = settings.value(kRecentStoresKey).toStringList();
    recent.removeAll(absolutePath);
    recent.prepend(absolutePath);
    settings.setValue(kRecentStoresKey, recent.mid(0, kMaxRecentStores));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentStores();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
        connect(action, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openStore(path, &error))
                QMessageBox::warning(this, tr("Open Store"), error);
        });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("No recent stores"))->setEnabled(false);
}

QString MainWindow::lastStoreSetting()
{
    return QSettings().value(kLastStoreKey).toString();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_persistSettings)
        saveSettings();
    event->accept();
}

void MainWindow::createCentralWidget()
{
    m_list = createIncidentList();
    m_view = new IncidentView(this);
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setAccessibleName(tr("No incident"));
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("MainSplitter"));
    m_splitter->addWidget(new IncidentDashboard(m_list, m_listModel, this));
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // The list is a navigator; the incident is what people read, on a projector too.
    m_splitter->setSizes({520, 880});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    connect(m_view, &QTabWidget::currentChanged, this, &MainWindow::syncPageActions);
}

QTableView* MainWindow::createIncidentList()
{
    auto* list = new QTableView(this);
    list->setModel(m_proxy);
    list->setItemDelegate(new PaddedItemDelegate(list));
    // Fixed row height with air: titles do not wrap here, so rows need not be measured.
    list->verticalHeader()->setDefaultSectionSize(list->fontMetrics().height() + 14);
    list->setAccessibleName(tr("Incidents"));
    // Read-only rows: Tab leaves the list for the incident (arrows move between rows) instead of
    // walking its cells, which would trap keyboard users in the list.
    list->setTabKeyNavigation(false);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setAlternatingRowColors(true);
    list->setShowGrid(false);
    list->setSortingEnabled(true);
    list->setWordWrap(false);
    list->setMinimumWidth(280);
    list->verticalHeader()->hide();
    QHeaderView* header = list->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IncidentListModel::TitleColumn, QHeaderView::Stretch);
    // Newest first: the incident under review is usually the latest one.
    list->sortByColumn(IncidentListModel::DateColumn, Qt::DescendingOrder);
    connect(list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showIncidentAt(current); });
    return list;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_openAction
        = file->addAction(AppIcons::get(AppIcon::OpenStore), tr("&Open Store…"), this, &MainWindow::openStoreDialog);
    m_openAction->setObjectName(QStringLiteral("actionOpen"));
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open another incident store"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    QAction* create = file->addAction(AppIcons::get(AppIcon::Add), tr("&New Incident…"), this,
                                      &MainWindow::newIncidentDialog);
    create->setObjectName(QStringLiteral("actionNew"));
    create->setShortcut(QKeySequence::New);
    create->setStatusTip(tr("Write a postmortem from scratch: a new, empty incident"));
    m_importAction = file->addAction(AppIcons::get(AppIcon::Import), tr("&Import…"), this, &MainWindow::importDialog);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import postmortems, log files and metrics exports (or drop them on the window)"));
    m_exportAction = file->addAction(AppIcons::get(AppIcon::Export), tr("&Export Markdown Report…"), this,
                                     &MainWindow::exportMarkdown);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(tr("Write the incident shown as a Markdown report"));
    file->addSeparator();
    QAction* quit = file->addAction(AppIcons::get(AppIcon::Quit), tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("actionQuit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    createEditMenu();
    createIncidentMenu();
    createViewMenu();
    createHelpMenu();
    createToolBar();
}

void MainWindow::createEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setIcon(AppIcons::get(AppIcon::Undo));
    m_redoAction = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setIcon(AppIcons::get(AppIcon::Redo));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    // Find means the log search: the one place with a full-text index.
    QAction* find
        = edit->addAction(AppIcons::get(AppIcon::Search), tr("&Find in Logs…"), this, &MainWindow::findInLogs);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Search the incident's log entries"));
    QAction* list
        = edit->addAction(tr("Go to &Incident List"), this, [this] { m_list->setFocus(Qt::ShortcutFocusReason); });
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    edit->addSeparator();
    m_detailsAction = edit->addAction(AppIcons::get(AppIcon::Edit), tr("Incident &Details…"), m_view,
                                      &IncidentView::editDetails);
    m_detailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_detailsAction->setStatusTip(tr("Edit the title, severity, status, times, summary and impact"));
    edit->addSeparator();
    m_deleteAction = edit->addAction(AppIcons::get(AppIcon::Remove), tr("De&lete Incident…"), this,
                                     [this] { deleteCurrentIncident(); });
    m_deleteAction->setObjectName(QStringLiteral("actionDeleteIncident"));
    m_deleteAction->setStatusTip(tr("Move the incident with its evidence to the trash (Undo brings it back)"));
    // Delete on the list only: on the pages it removes the selected entry or item.
    auto* deleteKey = new QAction(tr("Delete Incident"), m_list);
    deleteKey->setShortcut(QKeySequence::Delete);
    deleteKey->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteKey, &QAction::triggered, this, [this] { deleteCurrentIncident(); });
    m_list->addAction(deleteKey);
}

void MainWindow::createIncidentMenu()
{
    QMenu* incident = menuBar()->addMenu(tr("&Incident"));
    QAction* history = incident->addAction(tr("&History…"), this, &MainWindow::showHistory);
    history->setObjectName(QStringLiteral("actionHistory"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    history->setStatusTip(tr("The versions of the incident's document, and restore one"));
    QAction* replace = incident->addAction(tr("&Replace Document…"), this, &MainWindow::replaceDocumentDialog);
    replace->setObjectName(QStringLiteral("actionReplaceDocument"));
    replace->setStatusTip(
        tr("Import a postmortem as the incident's new document (the current one stays in its history)"));
}

void MainWindow::showHistory()
{
    const IncidentId id = currentIncident();
    if (!id.isValid() || !m_session)
        return;
    QVector<DocumentVersion> versions;
    try {
        versions = DocumentHistory(m_session->database()).versions(id);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("History"),
                             tr("The history could not be read:\n%1").arg(StoreFailure::describeRead(e)));
        return;
    }
    HistoryDialog dialog(m_view->incident().title, versions, this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenVersion())
        restoreVersion(*dialog.chosenVersion());
}

bool MainWindow::restoreVersion(int version)
{
    const IncidentId id = currentIncident();
    if (!id.isValid() || !m_session)
        return false;
    DocumentRestoreResult result;
    try {
        result = DocumentHistory(m_session->database()).restore(id, version);
    } catch (const StoreError& e) {
        result.error = e.message();
    }
    if (!result.ok) {
        QMessageBox::warning(this, tr("Restore"),
                             tr("Version %1 could not be restored: %2").arg(version).arg(result.error));
        return false;
    }
    // The undo stack names rows of the document that was replaced: it cannot apply to the restored one.
    m_editor->setDatabase(&m_session->database());
    showEditedIncident(id);
    statusBar()->showMessage(tr("Version %1 restored as version %2.").arg(result.restored).arg(result.newVersion),
                             10000);
    return true;
}

void MainWindow::replaceDocumentDialog()
{
    if (!currentIncident().isValid())
        return;
    const QString file = QFileDialog::getOpenFileName(this, tr("Replace Document"), QString(),
                                                      tr("Postmortems (*.md *.markdown *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        this, tr("Replace Document"),
        tr("Replace the document of “%1” by %2?\n\nThe current document, with every edit made to it, stays in "
           "Incident › History and can be restored from there.")
            .arg(m_view->incident().title, QFileInfo(file).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        replaceDocumentFrom(file);
}

bool MainWindow::replaceDocumentFrom(const QString& file)
{
    const IncidentId current = currentIncident();
    if (!m_session || !current.isValid())
        return false;
    m_editor->setDatabase(&m_session->database()); // as a restore: the old rows go
    return m_importer->start(m_session->path(), {file}, current, true);
}

bool MainWindow::deleteCurrentIncident(bool ask)
{
    const IncidentId id = currentIncident();
    if (!id.isValid() || !m_session)
        return false;
    const QString title = m_view->incident().title;
    if (ask) {
        const auto answer = QMessageBox::question(
            this, tr("Delete Incident"),
            tr("Move “%1” with its evidence to the trash?\n\nEdit › Undo (Ctrl+Z) brings it back; "
               "debrief-cli trash --empty removes it for good.")
                .arg(title),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const int before = m_listModel->rowCount();
    m_editor->deleteIncident(id, title);
    return m_listModel->rowCount() < before;
}

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("actionHelp"));
    keys->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction* about = help->addAction(AppIcons::get(AppIcon::About), tr("&About Debrief"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

// A compact bar for the few actions people reach for while reviewing (KeePassXC keeps one too):
// icons only, named in their tooltips, and out of the Tab chain because every one is in a menu.
void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main Toolbar"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setAccessibleName(tr("Main toolbar"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->setIconSize(QSize(20, 20));
    bar->addAction(m_openAction);
    bar->addAction(m_importAction);
    bar->addAction(m_exportAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    for (QToolButton* button : bar->findChildren<QToolButton*>())
        button->setFocusPolicy(Qt::NoFocus);
}

void MainWindow::findInLogs()
{
    if (!currentIncident().isValid())
        return;
    showPage(IncidentPage::Logs);
    m_view->logsPage()->filterBar()->focusSearch();
}

void MainWindow::showShortcuts()
{
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), ShortcutOverview::html(*menuBar()),
                    QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

// After an edit, an undo or a redo: the incident list (titles, counts) and the incident as the
// store now holds it; the page shown stays.
void MainWindow::showEditedIncident(IncidentId id)
{
    const IncidentPage page = m_view->currentPage();
    reloadIncidents(id);
    m_view->showPage(page);
}

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* group = new QActionGroup(this);
    group->setExclusive(true);
    for (int i = 0; i <= int(kLastIncidentPage); ++i) {
        const auto page = IncidentPage(i);
        QAction* action = view->addAction(IncidentView::pageIcon(page), incidentPageTitle(page));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setData(incidentPageName(page));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions << action;
    }
    syncPageActions(m_view->currentIndex());
    view->addSeparator();
    // For the knowledge-sharing session on a projector: the incident gets the whole screen.
    m_listAction = view->addAction(tr("Incident &List"));
    m_listAction->setObjectName(QStringLiteral("actionIncidentList"));
    m_listAction->setCheckable(true);
    m_listAction->setChecked(true);
    m_listAction->setShortcut(QKeySequence(Qt::Key_F9));
    connect(m_listAction, &QAction::toggled, this, [this](bool shown) { m_splitter->widget(0)->setVisible(shown); });
    QAction* full = view->addAction(tr("&Full Screen"));
    full->setObjectName(QStringLiteral("actionFullScreen"));
    full->setCheckable(true);
    full->setShortcut(QKeySequence::FullScreen);
    connect(full, &QAction::toggled, this,
            [this](bool on) { setWindowState(on ? windowState() | Qt::WindowFullScreen
                                                : windowState() & ~Qt::WindowFullScreen); });
}

void MainWindow::reloadIncidents(IncidentId select)
{
    try {
        m_listModel->setIncidents(m_session->incidents(m_today));
    } catch (const StoreError& e) {
        m_listModel->setIncidents({});
        statusBar()->showMessage(StoreFailure::describeRead(e));
    }
    // A column that says "not stated" on every row is noise, and the title needs the room.
    const QVector<IncidentSummary>& listed = m_listModel->incidents();
    m_list->setColumnHidden(IncidentListModel::SeverityColumn,
                            std::all_of(listed.begin(), listed.end(),
                                        [](const IncidentSummary& i) { return i.severity.isEmpty(); }));
    m_storeLabel->setText(
        tr("%1  ·  %n incident(s)", nullptr, m_listModel->rowCount()).arg(QDir::toNativeSeparators(m_session->path())));
    if (m_listModel->rowCount() == 0) {
        showEmptyState(tr("This store has no incidents yet.\n\nImport a postmortem with File › Import…,\n"
                          "drop it on this window, or run\ndebrief-cli --store %1 import postmortem.md\n\n"
                          "Or write one from scratch with File › New Incident… (Ctrl+N).")
                           .arg(QDir::toNativeSeparators(m_session->path())));
        return;
    }
    const int row = select.isValid() ? m_listModel->rowOf(select) : -1;
    m_list->setCurrentIndex(row >= 0 ? m_proxy->mapFromSource(m_listModel->index(row, 0)) : m_proxy->index(0, 0));
}

void MainWindow::showIncidentAt(const QModelIndex& proxyIndex)
{
    if (!proxyIndex.isValid() || !m_session)
        return;
    const IncidentId id {proxyIndex.data(IncidentListModel::IncidentIdRole).toLongLong()};
    std::optional<Incident> incident;
    try {
        incident = m_session->load(id);
    } catch (const StoreError& e) {
        statusBar()->showMessage(StoreFailure::describeRead(e));
    }
    if (!incident) {
        showEmptyState(tr("Incident %1 could not be loaded.").arg(id.value));
        return;
    }
    m_view->setIncident(*incident, m_today, m_session->path());
    try {
        m_view->setDocument(DocumentHistory(m_session->database()).currentDocument(id));
    } catch (const StoreError& e) {
        statusBar()->showMessage(StoreFailure::describeRead(e));
    }
    m_stack->setCurrentWidget(m_view);
    updateWindowTitle();
    traceIncidentShown();
}

// For scripts/bench-gui-open.sh: when the first incident was on screen (the loop's next turn, after
// its paint), against the script's clock. The evidence goes on filling in from the workers.
void MainWindow::traceIncidentShown()
{
    if (m_tracedIncident || !qEnvironmentVariableIsSet("DEBRIEF_TRACE_TIMING"))
        return;
    m_tracedIncident = true;
    QTimer::singleShot(0, this, [] {
        qInfo("debrief: incident shown at %lld ms since the epoch", QDateTime::currentMSecsSinceEpoch());
    });
}

void MainWindow::newIncidentDialog()
{
    if (!m_session)
        return;
    Incident draft;
    draft.title = tr("New incident");
    draft.status = QStringLiteral("open");
    draft.date = m_today.isValid() ? m_today : QDate::currentDate();
    draft.timezone = QStringLiteral("UTC");
    if (const std::optional<Incident> written = IncidentDetailsDialog::edit(this, draft))
        createIncident(*written);
}

IncidentId MainWindow::createIncident(const Incident& incident)
{
    if (!m_session)
        return {};
    try {
        const IncidentId id = m_session->create(incident);
        reloadIncidents(id);
        return id;
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("New Incident"), e.message());
        return {};
    }
}

void MainWindow::showEmptyState(const QString& text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
}

void MainWindow::syncPageActions(int tab)
{
    if (tab >= 0 && tab < m_pageActions.size())
        m_pageActions[tab]->setChecked(true);
}

void MainWindow::updateWindowTitle()
{
    QString title = tr("Debrief");
    if (m_session)
        title = tr("%1 — Debrief").arg(QFileInfo(m_session->path()).fileName());
    if (currentIncident().isValid() && !m_view->incident().title.isEmpty())
        title = m_view->incident().title + QStringLiteral(" — ") + title;
    setWindowTitle(title);
}

void MainWindow::openStoreDialog()
{
    const QString start = m_session ? QFileInfo(m_session->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Incident Store"), start,
                                                      tr("Incident stores (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openStore(path, &error))
        QMessageBox::warning(this, tr("Cannot Open Store"), error);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Debrief"),
                       tr("<h3>Debrief %1</h3><p>Incident postmortems with their timeline, root causes and "
                          "action items, backed by evidence.</p><p>Licensed under the GNU GPL, version 3 or "
                          "later.</p>")
                           .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
}

void MainWindow::saveSettings()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

bool MainWindow::importFiles(const QStringList& files)
{
    if (!m_session) {
        statusBar()->showMessage(tr("Open a store first (File › Open Store…)."), 8000);
        return false;
    }
    const IncidentId current = currentIncident();
    return m_importer->start(m_session->path(), files,
                             current.isValid() ? std::optional<IncidentId>(current) : std::nullopt);
}

void MainWindow::importDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import"), QString(),
        tr("Postmortems, logs and metrics (*.md *.markdown *.txt *.log *.gz *.json *.jsonl *.csv *.tsv *.prom);;"
           "All files (*)"));
    importFiles(files);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && m_session)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            files << url.toLocalFile();
    }
    if (importFiles(files))
        event->acceptProposedAction();
}

QString MainWindow::importErrorText(const QStringList& errors)
{
    QString text = tr("%n file(s) could not be imported; nothing of them was stored.", nullptr, int(errors.size()));
    for (const QString& error : errors.mid(0, kErrorsShown))
        text += QStringLiteral("\n\n") + error;
    if (errors.size() > kErrorsShown)
        text += QStringLiteral("\n\n") + tr("(%n more under Show Details)", nullptr, int(errors.size()) - kErrorsShown);
    return text;
}

void MainWindow::importFinished(const ImportSummary& summary)
{
    reloadIncidents(summary.incident.value_or(currentIncident()));
    m_view->reloadEvidence();
    const QString done = summary.cancelled
        ? tr("Import cancelled; %n file(s) imported.", nullptr, int(summary.imported.size()))
        : tr("%n file(s) imported.", nullptr, int(summary.imported.size()));
    statusBar()->showMessage(done + u' ' + summary.imported.join(QStringLiteral("; ")), 15000);
    if (!summary.errors.isEmpty() && !m_persistSettings)
        statusBar()->showMessage(summary.errors.join(QStringLiteral("; ")), 15000);
    if (!summary.errors.isEmpty() && m_persistSettings) { // interactive: tests read the summary
        // The reasons in the message itself, not under Show Details: they are what the user needs.
        QMessageBox box(QMessageBox::Warning, tr("Import"), importErrorText(summary.errors), QMessageBox::Ok, this);
        if (summary.errors.size() > kErrorsShown)
            box.setDetailedText(summary.errors.join(u'\n'));
        box.exec();
    }
    if (m_persistSettings) { // interactive: tests give the day through importWithDay()
        m_missingDays << summary.dateless;
        askNextMissingDay();
    }
}

void MainWindow::askNextMissingDay()
{
    while (!m_missingDays.isEmpty() && !m_importer->isRunning()) {
        const ImportSummary::Dateless document = m_missingDays.takeFirst();
        const std::optional<QDate> day
            = DocumentDayDialog::ask(this, QFileInfo(document.path).fileName(), document.times, m_today);
        if (day && importWithDay(document, *day))
            return; // the next is asked when this import has finished
    }
}

bool MainWindow::importWithDay(const ImportSummary::Dateless& document, const QDate& day)
{
    if (!m_session)
        return false;
    return m_importer->start(m_session->path(), {document.path}, document.incident, true, day);
}

void MainWindow::exportMarkdown()
{
    if (currentIncident().value == 0)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Markdown Report"), m_view->incident().title + QStringLiteral(".md"), tr("Markdown (*.md)"));
    if (!path.isEmpty())
        exportMarkdownTo(path);
}

void MainWindow::exportMarkdownTo(const QString& path)
{
    // On a worker: the report of a long incident is quick to write, but a slow disk is not the
    // window's business. QSaveFile leaves no half-written report behind.
    const Incident incident = m_view->incident();
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        Q_EMIT exported(path, error);
        if (error.isEmpty())
            statusBar()->showMessage(tr("Report written to %1").arg(QDir::toNativeSeparators(path)), 10000);
        else if (m_persistSettings) // interactive: tests read the signal instead
            QMessageBox::warning(this, tr("Export"), tr("The report could not be written:\n%1").arg(error));
        else
            statusBar()->showMessage(tr("The report could not be written: %1").arg(error), 10000);
    });
    watcher->setFuture(QtConcurrent::run([incident, path] {
        const QByteArray report = MarkdownExporter::exportIncident(incident).toUtf8();
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(report) != report.size() || !file.commit())
            return file.errorString();
        return QString();
    }));
}

} // namespace debrief

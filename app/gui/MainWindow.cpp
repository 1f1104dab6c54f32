// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "IncidentListModel.h"
#include "IncidentView.h"
#include "KindStyle.h"
#include "PaddedItemDelegate.h"
#include "StoreError.h"
#include "StoreSession.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace debrief {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kLastStoreKey = QStringLiteral("store/last");
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
    createCentralWidget();
    createMenus();
    m_storeLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_storeLabel);
    showEmptyState(tr("No store is open.\nUse File › Open Store… to open one."));
    updateWindowTitle();
}

MainWindow::~MainWindow() = default;

bool MainWindow::openStore(const QString& path, QString* error)
{
    try {
        auto session = std::make_unique<StoreSession>(path);
        m_session = std::move(session);
    } catch (const StoreError& e) {
        if (error)
            *error = e.message();
        return false;
    }
    if (m_persistSettings)
        QSettings().setValue(kLastStoreKey, QFileInfo(path).absoluteFilePath());
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
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // The list is a navigator; the incident is what people read, on a projector too.
    m_splitter->setSizes({480, 920});
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
    // The overview shows the duration; in a narrow list the title needs the room more.
    header->hideSection(IncidentListModel::DurationColumn);
    // Newest first: the incident under review is usually the latest one.
    list->sortByColumn(IncidentListModel::DateColumn, Qt::DescendingOrder);
    connect(list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showIncidentAt(current); });
    return list;
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open Store…"), this, &MainWindow::openStoreDialog);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open another incident store"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    createViewMenu();

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Debrief"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createViewMenu()
{
    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* group = new QActionGroup(this);
    group->setExclusive(true);
    for (int i = 0; i <= int(IncidentPage::Metrics); ++i) {
        const auto page = IncidentPage(i);
        QAction* action = view->addAction(incidentPageTitle(page));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setData(incidentPageName(page));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, page] { showPage(page); });
        m_pageActions << action;
    }
    syncPageActions(m_view->currentIndex());
}

void MainWindow::reloadIncidents()
{
    try {
        m_listModel->setIncidents(m_session->incidents(m_today));
    } catch (const StoreError& e) {
        m_listModel->setIncidents({});
        statusBar()->showMessage(e.message());
    }
    m_storeLabel->setText(
        tr("%1  ·  %n incident(s)", nullptr, m_listModel->rowCount()).arg(QDir::toNativeSeparators(m_session->path())));
    if (m_listModel->rowCount() == 0) {
        showEmptyState(tr("This store has no incidents yet.\n\nImport a postmortem with\n"
                          "debrief-cli --store %1 import postmortem.md")
                           .arg(QDir::toNativeSeparators(m_session->path())));
        return;
    }
    m_list->setCurrentIndex(m_proxy->index(0, 0));
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
        statusBar()->showMessage(e.message());
    }
    if (!incident) {
        showEmptyState(tr("Incident %1 could not be loaded.").arg(id.value));
        return;
    }
    m_view->setIncident(*incident, m_today);
    m_stack->setCurrentWidget(m_view);
    updateWindowTitle();
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

} // namespace debrief

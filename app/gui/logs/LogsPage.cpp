// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogsPage.h"

#include "KindStyle.h"
#include "LogFilterBar.h"
#include "LogMessageDelegate.h"
#include "LogTableModel.h"
#include "LogTableView.h"
#include "PaddedItemDelegate.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <utility>

namespace debrief {

LogsPage::LogsPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new LogTableModel(this))
    , m_filters(new LogFilterBar(this))
    , m_error(new QLabel(this))
    , m_view(new LogTableView(m_model, this))
{
    setAccessibleName(tr("Logs"));
    m_error->setAccessibleName(tr("Search error"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    configureView();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 10);
    layout->setSpacing(8);
    layout->addWidget(m_filters);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);
    layout->addWidget(createStatusLine());

    connect(m_filters, &LogFilterBar::changed, this, &LogsPage::applyFilters);
    connect(m_filters, &LogFilterBar::jumpRequested, this, &LogsPage::showTime);
    connect(m_model, &LogTableModel::rowFound, this, &LogsPage::onRowFound);
    connect(m_model, &LogTableModel::countChanged, this, &LogsPage::onCountChanged);
    connect(m_model, &LogTableModel::loadingChanged, this, &LogsPage::onLoadingChanged);
    connect(m_model, &LogTableModel::facetsChanged, this, [this] { m_filters->setFacets(m_model->facets()); });
    connect(m_model, &LogTableModel::rowsRead, this, &LogsPage::onRowsRead);
    connect(m_model, &LogTableModel::scanProgressed, this, &LogsPage::updateStatus);
    connect(m_view, &LogTableView::copyRequested, this, &LogsPage::copySelection);
    updateStatus();
}

QTableView* LogsPage::view() const
{
    return m_view->table();
}

int LogsPage::currentRow() const
{
    return m_view->currentRow();
}

void LogsPage::configureView()
{
    QTableView* table = m_view->table();
    table->setAccessibleName(tr("Log entries"));
    // Where a cell has no tooltip of its own: how to take entries out of the table.
    table->setToolTip(tr("Shift and Ctrl choose several entries; Ctrl+C copies up to %1 of them")
                          .arg(QLocale().toString(kMaxCopiedRows)));
    table->setItemDelegate(new PaddedItemDelegate(table, 6, 10));
    table->setItemDelegateForColumn(LogTableModel::MessageColumn, new LogMessageDelegate(table));
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Uniform rows and fixed columns: nothing may measure ten million rows.
    QHeaderView* rows = table->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView* columns = table->horizontalHeader();
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(false);
    // Widths from sample texts, not from the rows: the cell padding is the delegates' 10 px.
    const auto widthOf = [this](const QString& sample) { return fontMetrics().horizontalAdvance(sample) + 22; };
    columns->resizeSection(LogTableModel::TimeColumn, widthOf(QStringLiteral("2024-08-10 00:00:00.000")));
    columns->resizeSection(LogTableModel::LevelColumn, widthOf(QStringLiteral("Warning")));
    columns->resizeSection(LogTableModel::HostColumn, widthOf(QStringLiteral("203.0.113.255")));
    columns->resizeSection(LogTableModel::ServiceColumn, widthOf(QStringLiteral("auth-service")));
    columns->resizeSection(LogTableModel::SourceColumn, widthOf(QStringLiteral("auth-service.jsonl:00000")));
    columns->setSectionResizeMode(LogTableModel::MessageColumn, QHeaderView::Stretch);
}

QWidget* LogsPage::createStatusLine()
{
    auto* line = new QWidget(this);
    m_status = new QLabel(line);
    m_status->setAccessibleName(tr("Log entry count"));
    m_busy = new QProgressBar(line);
    m_busy->setAccessibleName(tr("Counting log entries"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_stop = new QToolButton(line);
    m_stop->setText(tr("Stop"));
    m_stop->setAccessibleName(tr("Stop the regular expression search"));
    m_stop->setToolTip(tr("Stops reading the messages; the matches found so far stay"));
    m_stop->hide();
    connect(m_stop, &QToolButton::clicked, m_model, &LogTableModel::stopSearch);
    m_note = new QLabel(line);
    m_note->setAccessibleName(tr("Copy result"));
    auto* layout = new QHBoxLayout(line);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(m_stop);
    layout->addStretch(1);
    layout->addWidget(m_note);
    return line;
}

void LogsPage::setStore(const QString& storePath, IncidentId incident)
{
    if (incident != m_incident)
        m_pendingTime.reset();
    m_storePath = storePath;
    m_incident = incident;
    m_pendingRow.reset();
    m_started = false;
    if (isVisible())
        start();
    else
        updateStatus();
}

void LogsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started)
        start();
}

void LogsPage::start()
{
    if (!m_incident.isValid())
        return;
    m_started = true;
    m_traced = false;
    m_sinceStart.start();
    m_model->setStore(m_storePath);
    applyFilters();
    if (m_pendingTime)
        m_model->findRow(*std::exchange(m_pendingTime, std::nullopt));
}

bool LogsPage::isLoading() const
{
    return m_model->isLoading();
}

void LogsPage::applyFilters()
{
    if (!m_started)
        return;
    m_pendingRow.reset();
    m_model->setQuery(m_filters->query(m_incident));
}

void LogsPage::showTime(UtcMillis at)
{
    m_filters->setJumpTime(at);
    if (m_started)
        m_model->findRow(at);
    else
        m_pendingTime = at;
}

void LogsPage::copySelection()
{
    QVector<LogRowSelection::Range> ranges = m_view->selection().ranges();
    if (ranges.isEmpty() && currentRow() >= 0)
        ranges.append({currentRow(), currentRow()});
    if (ranges.isEmpty() || !m_started)
        return;
    m_copyWanted = 0;
    for (const auto& [first, last] : std::as_const(ranges))
        m_copyWanted += qint64(last) - first + 1;
    // Read by the worker, loaded or not: a selection may span far more than the cached windows.
    m_model->readRows(ranges, kMaxCopiedRows);
}

void LogsPage::onRowsRead(const QVector<LogHit>& rows)
{
    if (m_copyWanted == 0)
        return;
    QStringList lines;
    lines.reserve(rows.size());
    for (const LogHit& hit : rows)
        lines << LogTableModel::textLine(hit);
    QGuiApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
    const QLocale locale;
    m_note->setText(m_copyWanted > rows.size() ? tr("Copied the first %1 of %2 chosen entries")
                                                     .arg(locale.toString(rows.size()), locale.toString(m_copyWanted))
                                               : tr("Copied %n entries", nullptr, int(rows.size())));
    m_copyWanted = 0;
    Q_EMIT copied();
}

QString LogsPage::noteText() const
{
    return m_note->text();
}

void LogsPage::onRowFound(int row)
{
    // The count may still be running: the row is shown as soon as it exists.
    if (m_model->isCounting() && row >= m_model->rowCount()) {
        m_pendingRow = row;
        return;
    }
    showRow(row);
}

void LogsPage::showRow(int row)
{
    if (m_model->rowCount() == 0)
        return;
    m_view->showRow(row);
}

void LogsPage::onCountChanged()
{
    updateStatus();
    if (m_pendingRow && !m_model->isCounting()) {
        showRow(*m_pendingRow);
        m_pendingRow.reset();
    }
}

void LogsPage::onLoadingChanged(bool loading)
{
    if (!loading) {
        traceFirstRows();
        if (const auto first = m_model->loadedHit(0); first && first->entry.at)
            m_filters->suggestTime(UtcMillis {*first->entry.at});
    }
    updateStatus();
    Q_EMIT loadingChanged(loading);
}

void LogsPage::traceFirstRows()
{
    // For scripts/bench-gui-open.sh: when the first rows were there, against the script's clock.
    if (m_traced || !qEnvironmentVariableIsSet("DEBRIEF_TRACE_TIMING"))
        return;
    m_traced = true;
    qInfo("debrief: first log rows at %lld ms since the epoch, %lld ms after the Logs page started",
          QDateTime::currentMSecsSinceEpoch(), m_sinceStart.elapsed());
}

void LogsPage::updateStatus()
{
    const QString error = m_model->errorText();
    m_error->setVisible(!error.isEmpty());
    m_error->setText(error);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, KindStyle::attentionColor());
    m_error->setPalette(palette);
    // A scan knows how far it is; a count does not.
    const bool scanning = m_model->isScanning() && error.isEmpty();
    m_busy->setRange(0, scanning ? 100 : 0);
    m_busy->setValue(scanning ? m_model->scanProgress() : 0);
    m_busy->setAccessibleName(scanning ? tr("Regular expression search progress") : tr("Counting log entries"));
    m_busy->setVisible(scanning || (m_model->isCounting() && error.isEmpty()));
    m_stop->setVisible(scanning);
    m_status->setText(statusText());
}

QString LogsPage::statusText() const
{
    if (!m_incident.isValid())
        return tr("No incident");
    if (!m_model->errorText().isEmpty())
        return tr("The search could not run");
    const LogCount& count = m_model->count();
    const QString number = QLocale().toString(count.value);
    if (m_model->isScanning())
        return tr("Searching the messages… %1%").arg(m_model->scanProgress());
    if (m_model->isCounting())
        return tr("Counting…");
    if (m_model->wasStopped())
        return tr("Search stopped: %1 matches so far", nullptr, int(count.value)).arg(number);
    const bool matches = m_filters->isFiltering();
    if (!count.exact)
        return matches ? tr("More than %1 matches").arg(number) : tr("More than %1 entries").arg(number);
    if (count.value == 0)
        return matches ? tr("No matches") : tr("No log entries: import log files with debrief-cli import");
    return matches ? tr("%1 matches", nullptr, int(count.value)).arg(number)
                   : tr("%1 entries", nullptr, int(count.value)).arg(number);
}

QString LogsPage::errorText() const
{
    return m_model->errorText();
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogTableModel.h"

#include "DisplayText.h"
#include "LogLevelStyle.h"
#include "LogWindowFetcher.h"

#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <algorithm>

namespace debrief {

namespace {
constexpr int kWindowRows = LogWindowFetcher::kWindowRows;
// Tooltips longer than this are cut: a multi-megabyte stack trace would freeze the tooltip.
constexpr int kMaxToolTip = 4000;

QString timeText(const LogEntry& entry)
{
    if (!entry.at)
        return DisplayText::notStated();
    return UtcMillis {*entry.at}.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

// One line, the same length as the message, so that the highlight offsets still apply.
QString oneLine(const QString& message)
{
    QString line = message;
    for (QChar& c : line) {
        if (c == u'\n')
            c = QChar(0x21B5); // ↵
        else if (c == u'\r' || c == u'\t')
            c = u' ';
    }
    return line;
}
} // namespace

LogTableModel::LogTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<QVector<debrief::LogHit>>();
    qRegisterMetaType<debrief::LogCount>();
    qRegisterMetaType<debrief::LogFacets>();
    m_thread.setObjectName(QStringLiteral("LogWindowFetcher"));
}

LogTableModel::~LogTableModel()
{
    stopWorker();
}

void LogTableModel::setStore(const QString& storePath)
{
    if (storePath == m_storePath && m_fetcher)
        return;
    stopWorker();
    m_storePath = storePath;
    m_facets = {};
    startWorker();
}

void LogTableModel::startWorker()
{
    m_fetcher = new LogWindowFetcher(m_storePath);
    m_fetcher->moveToThread(&m_thread);
    connect(m_fetcher, &LogWindowFetcher::windowReady, this, &LogTableModel::onWindowReady);
    connect(m_fetcher, &LogWindowFetcher::windowSkipped, this, &LogTableModel::onWindowSkipped);
    connect(m_fetcher, &LogWindowFetcher::counted, this, &LogTableModel::onCounted);
    connect(m_fetcher, &LogWindowFetcher::timeFound, this, &LogTableModel::onTimeFound);
    connect(m_fetcher, &LogWindowFetcher::failed, this, &LogTableModel::onFailed);
    connect(m_fetcher, &LogWindowFetcher::facetsReady, this, &LogTableModel::onFacetsReady);
    connect(m_fetcher, &LogWindowFetcher::rowsRead, this, &LogTableModel::onRowsRead);
    connect(m_fetcher, &LogWindowFetcher::progressed, this, &LogTableModel::onProgressed);
    m_thread.start();
}

void LogTableModel::stopWorker()
{
    if (!m_fetcher)
        return;
    // Queued requests then return at once; a count already running is interrupted.
    m_fetcher->setLatestGeneration(++m_generation);
    m_thread.quit();
    m_thread.wait();
    delete m_fetcher;
    m_fetcher = nullptr;
}

void LogTableModel::setQuery(LogQuery query)
{
    query.highlight = !query.text.trimmed().isEmpty();
    if (m_hasQuery && query.incident != m_query.incident)
        m_facets = {};
    beginResetModel();
    m_query = query;
    m_hasQuery = true;
    m_fetcher->setLatestGeneration(++m_generation);
    m_fetcher->setWantedWindow(0);
    m_windows.clear();
    m_requested.clear();
    m_rowCount = 0;
    m_count = {};
    m_error.clear();
    m_counting = true;
    m_stopped = false;
    m_scanProgress = 0;
    endResetModel();
    setLoading(true);
    Q_EMIT countChanged();
    const quint64 generation = m_generation;
    LogWindowFetcher* fetcher = m_fetcher;
    QMetaObject::invokeMethod(
        fetcher, [fetcher, generation, query] { fetcher->start(generation, query); }, Qt::QueuedConnection);
}

void LogTableModel::stopSearch()
{
    if (!isScanning() || !m_fetcher)
        return;
    // A new generation interrupts the scan; the windows already here stay valid for it, and the
    // worker answers further windows of the same query under the new generation.
    m_fetcher->setLatestGeneration(++m_generation);
    m_requested.clear();
    m_stopped = true;
    m_counting = false;
    m_count = LogCount {m_rowCount, false};
    setLoading(false);
    Q_EMIT countChanged();
}

void LogTableModel::onProgressed(quint64 generation, int percent)
{
    // The first rows, the count and the last row are three scans; the bar shows the furthest.
    if (generation != m_generation || !isScanning() || percent <= m_scanProgress)
        return;
    m_scanProgress = percent;
    Q_EMIT scanProgressed(percent);
}

void LogTableModel::findRow(UtcMillis at)
{
    if (!m_fetcher || !m_hasQuery)
        return;
    const quint64 generation = m_generation;
    LogWindowFetcher* fetcher = m_fetcher;
    QMetaObject::invokeMethod(
        fetcher, [fetcher, generation, at] { fetcher->findTime(generation, at); }, Qt::QueuedConnection);
}

void LogTableModel::readRows(const QVector<std::pair<int, int>>& ranges, int cap)
{
    if (!m_fetcher || !m_hasQuery)
        return;
    const quint64 generation = m_generation;
    LogWindowFetcher* fetcher = m_fetcher;
    QMetaObject::invokeMethod(
        fetcher, [fetcher, generation, ranges, cap] { fetcher->readRows(generation, ranges, cap); },
        Qt::QueuedConnection);
}

QString LogTableModel::textLine(const LogHit& hit)
{
    const LogEntry& e = hit.entry;
    // The message on one line too, so that one entry stays one line of the copied text.
    return QStringList {timeText(e), LogLevelStyle::name(e.level), e.host, e.service, oneLine(e.message)}.join(u'\t');
}

int LogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int LogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const LogHit* hit = hitAt(index.row());
    if (!hit)
        return placeholderData(index.column(), role);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(*hit, column);
    case Qt::ToolTipRole:
        return toolTipData(*hit, column);
    case Qt::ForegroundRole:
        if (column == LevelColumn || (column == MessageColumn && hit->entry.level != 2)) {
            if (const auto color = LogLevelStyle::color(hit->entry.level, QGuiApplication::palette()))
                return *color;
        }
        return {};
    case Qt::FontRole:
        if (column == LevelColumn && LogLevelStyle::isEmphasised(hit->entry.level)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case LevelRole:
        return hit->entry.level;
    case TimeRole:
        return hit->entry.at ? QVariant(*hit->entry.at) : QVariant();
    case HighlightsRole:
        return column == MessageColumn ? QVariant::fromValue(hit->highlights) : QVariant();
    case LoadedRole:
        return true;
    default:
        return {};
    }
}

QVariant LogTableModel::displayData(const LogHit& hit, int column) const
{
    switch (column) {
    case TimeColumn:
        return timeText(hit.entry);
    case LevelColumn:
        return LogLevelStyle::name(hit.entry.level);
    case HostColumn:
        return hit.entry.host;
    case ServiceColumn:
        return hit.entry.service;
    case MessageColumn:
        return oneLine(hit.entry.message);
    case SourceColumn:
        return QStringLiteral("%1:%2").arg(QFileInfo(hit.sourcePath).fileName()).arg(hit.entry.line);
    default:
        return {};
    }
}

QVariant LogTableModel::toolTipData(const LogHit& hit, int column) const
{
    switch (column) {
    case TimeColumn:
        return hit.entry.timeText.isEmpty() ? tr("No time of its own: it follows the entry before it")
                                            : tr("As written: %1").arg(hit.entry.timeText);
    case MessageColumn:
        return hit.entry.message.left(kMaxToolTip);
    case SourceColumn:
        return tr("%1, line %2").arg(hit.sourcePath).arg(hit.entry.line);
    default:
        return {};
    }
}

QVariant LogTableModel::placeholderData(int column, int role) const
{
    if (role == Qt::DisplayRole && column == MessageColumn)
        return tr("Loading…");
    if (role == Qt::ForegroundRole)
        return QGuiApplication::palette().color(QPalette::PlaceholderText);
    if (role == LoadedRole)
        return false;
    return {};
}

QVariant LogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time (UTC)");
    case LevelColumn:
        return tr("Level");
    case HostColumn:
        return tr("Host");
    case ServiceColumn:
        return tr("Service");
    case MessageColumn:
        return tr("Message");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

std::optional<LogHit> LogTableModel::loadedHit(int row) const
{
    const auto found = m_windows.constFind(row / kWindowRows);
    if (found == m_windows.cend() || row % kWindowRows >= found->rows.size())
        return std::nullopt;
    return found->rows.at(row % kWindowRows);
}

const LogHit* LogTableModel::hitAt(int row) const
{
    if (!m_fetcher)
        return nullptr;
    const qint64 window = row / kWindowRows;
    m_fetcher->setWantedWindow(window);
    const auto found = m_windows.find(window);
    if (found == m_windows.end() || row % kWindowRows >= found->rows.size()) {
        request(window);
        return nullptr;
    }
    found->lastUse = ++m_useClock;
    return &found->rows.at(row % kWindowRows);
}

void LogTableModel::request(qint64 window) const
{
    if (m_requested.contains(window) || m_windows.contains(window))
        return;
    m_requested.insert(window);
    const quint64 generation = m_generation;
    LogWindowFetcher* fetcher = m_fetcher;
    QMetaObject::invokeMethod(
        fetcher, [fetcher, generation, window] { fetcher->fetchWindow(generation, window); }, Qt::QueuedConnection);
}

void LogTableModel::onWindowReady(quint64 generation, qint64 window, const QVector<LogHit>& rows)
{
    if (generation != m_generation)
        return;
    m_requested.remove(window);
    // The first window arrives before the count: show it at once.
    if (window == 0 && m_counting && m_rowCount == 0)
        setRowCount(int(rows.size()));
    m_windows.insert(window, Window {rows, ++m_useClock});
    evictOldWindows();
    const int first = int(window * kWindowRows);
    const int last = std::min(first + int(rows.size()), m_rowCount) - 1;
    if (last >= first)
        Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
    setLoading(false);
}

void LogTableModel::onWindowSkipped(quint64 generation, qint64 window)
{
    // Asked again when the view shows the window again.
    if (generation == m_generation)
        m_requested.remove(window);
}

void LogTableModel::onCounted(quint64 generation, const LogCount& count)
{
    if (generation != m_generation)
        return;
    m_count = count;
    m_counting = false;
    setRowCount(int(std::min<qint64>(count.value, LogWindowFetcher::kCountCap)));
    Q_EMIT countChanged();
}

void LogTableModel::onTimeFound(quint64 generation, qint64 row)
{
    if (generation == m_generation)
        Q_EMIT rowFound(int(row));
}

void LogTableModel::onFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation)
        return;
    m_error = message;
    m_counting = false;
    m_requested.clear();
    setLoading(false);
    Q_EMIT queryFailed(message);
    Q_EMIT countChanged();
}

void LogTableModel::onFacetsReady(quint64 generation, const LogFacets& facets)
{
    if (generation != m_generation)
        return;
    m_facets = facets;
    Q_EMIT facetsChanged();
}

void LogTableModel::onRowsRead(quint64 generation, const QVector<LogHit>& rows)
{
    if (generation == m_generation)
        Q_EMIT rowsRead(rows);
}

void LogTableModel::setRowCount(int rows)
{
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        endRemoveRows();
    }
}

void LogTableModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

void LogTableModel::evictOldWindows()
{
    while (m_windows.size() > kMaxCachedWindows) {
        auto oldest = std::min_element(m_windows.begin(), m_windows.end(),
                                       [](const Window& a, const Window& b) { return a.lastUse < b.lastUse; });
        m_windows.erase(oldest);
    }
}

int LogTableModel::cachedRowCount() const
{
    int rows = 0;
    for (const Window& window : m_windows)
        rows += int(window.rows.size());
    return rows;
}

} // namespace debrief

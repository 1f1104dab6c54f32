// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogFilterBar.h"

#include "LogLevelStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace debrief {

namespace {
// Long enough to let a word be typed, short enough to feel live.
constexpr int kTypingPauseMs = 300;
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
} // namespace

LogFilterBar::LogFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_typingPause(new QTimer(this))
{
    setAccessibleName(tr("Log filters"));
    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(kTypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &LogFilterBar::changed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(createSearchRow());
    layout->addWidget(createTimeRow());
}

QWidget* LogFilterBar::createSearchRow()
{
    auto* row = new QWidget(this);
    m_search = new QLineEdit(row);
    m_search->setAccessibleName(tr("Search log messages"));
    m_search->setClearButtonEnabled(true);
    QWidget* modes = createModeSwitch(row);
    connect(m_search, &QLineEdit::textChanged, m_typingPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typingPause->stop();
        Q_EMIT changed();
    });

    m_level = new QComboBox(row);
    m_level->setAccessibleName(tr("Minimum level"));
    m_level->addItem(tr("All levels"), 0);
    for (int level = 1; level < LogLevelStyle::kLevels; ++level)
        m_level->addItem(tr("%1 and above").arg(LogLevelStyle::name(level)), level);
    connect(m_level, &QComboBox::currentIndexChanged, this, &LogFilterBar::changed);
    m_host = createValueBox(tr("All hosts"), tr("Host"));
    m_service = createValueBox(tr("All services"), tr("Service"));
    m_source = createSourceBox();

    // The search box has a row of its own: pasted lines and patterns are long, and the value
    // boxes beside it left it a few words wide.
    auto* values = new QWidget(row);
    auto* valueLayout = new QHBoxLayout(values);
    valueLayout->setContentsMargins(0, 0, 0, 0);
    valueLayout->setSpacing(8);
    for (QWidget* box : std::initializer_list<QWidget*> {m_level, m_host, m_service, m_source}) {
        box->setParent(values);
        valueLayout->addWidget(box);
    }
    valueLayout->addStretch(1);
    auto* search = new QHBoxLayout;
    search->setSpacing(8);
    search->addWidget(m_search, 1);
    search->addWidget(modes);
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(search);
    layout->addWidget(values);
    return row;
}

QWidget* LogFilterBar::createModeSwitch(QWidget* parent)
{
    // Two exclusive buttons side by side read as a switch, and each says what it does.
    auto* modes = new QWidget(parent);
    m_textMode = new QToolButton(modes);
    m_textMode->setText(tr("Text"));
    m_textMode->setAccessibleName(tr("Search for the text as written"));
    m_textMode->setToolTip(tr("Finds the entries containing the text as pasted from a log line"));
    m_regexMode = new QToolButton(modes);
    m_regexMode->setText(tr("Regex"));
    m_regexMode->setAccessibleName(tr("Search with a regular expression"));
    m_regexMode->setToolTip(tr("Matches a regular expression over every message within the filters"));
    for (QToolButton* mode : {m_textMode, m_regexMode}) {
        mode->setCheckable(true);
        mode->setAutoExclusive(true);
        mode->setAutoRaise(false);
    }
    m_textMode->setChecked(true);
    connect(m_regexMode, &QToolButton::toggled, this, [this] {
        showSearchMode();
        if (!m_search->text().trimmed().isEmpty())
            Q_EMIT changed();
    });
    auto* layout = new QHBoxLayout(modes);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_textMode);
    layout->addWidget(m_regexMode);
    showSearchMode();
    return modes;
}

void LogFilterBar::showSearchMode()
{
    if (isRegex()) {
        m_search->setPlaceholderText(tr("Regular expression over messages  (timed out after \\d+ms, ^GET /api)"));
        m_search->setToolTip(tr("A regular expression (Perl syntax, case-sensitive unless it starts with (?i)),"
                                " matched over every message within the filters. Ctrl+F"));
    } else {
        m_search->setPlaceholderText(tr("Search messages: paste any text  (auth-1, /api/v1/login, \"a phrase\","
                                        " time*, pool AND NOT db)"));
        m_search->setToolTip(tr("Finds the entries whose message contains the text, and those whose host or"
                                " service it is. \"a phrase\", prefix*, upper-case AND, OR, NOT and parentheses"
                                " are operators. Ctrl+F"));
    }
}

bool LogFilterBar::isRegex() const
{
    return m_regexMode->isChecked();
}

void LogFilterBar::setSearch(const QString& text, bool regex)
{
    {
        const QSignalBlocker blockText(m_search);
        const QSignalBlocker blockMode(m_regexMode);
        m_search->setText(text);
        (regex ? m_regexMode : m_textMode)->setChecked(true);
    }
    showSearchMode();
    m_typingPause->stop();
    Q_EMIT changed();
}

QComboBox* LogFilterBar::createValueBox(const QString& anyText, const QString& accessibleName)
{
    auto* box = new QComboBox(this);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    box->setAccessibleName(accessibleName);
    box->lineEdit()->setPlaceholderText(anyText);
    box->setMinimumContentsLength(14);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(box, &QComboBox::currentTextChanged, m_typingPause, qOverload<>(&QTimer::start));
    return box;
}

QComboBox* LogFilterBar::createSourceBox()
{
    auto* box = new QComboBox(this);
    box->setAccessibleName(tr("Log file"));
    box->addItem(tr("All files"), qint64(0));
    box->setMinimumContentsLength(10);
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(box, &QComboBox::currentIndexChanged, this, &LogFilterBar::changed);
    return box;
}

QWidget* LogFilterBar::createTimeRow()
{
    auto* row = new QWidget(this);
    m_useFrom = new QCheckBox(tr("From"), row);
    m_useFrom->setAccessibleName(tr("Filter from a time"));
    m_from = createTimeEdit(tr("From time (UTC)"));
    m_useTo = new QCheckBox(tr("to"), row);
    m_useTo->setAccessibleName(tr("Filter up to a time"));
    m_to = createTimeEdit(tr("To time (UTC)"));
    for (QCheckBox* use : {m_useFrom, m_useTo})
        connect(use, &QCheckBox::toggled, this, &LogFilterBar::changed);
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    auto* utc = new QLabel(tr("UTC"), row);
    auto* clear = new QPushButton(tr("Clear Filters"), row);
    clear->setAccessibleName(tr("Clear all log filters"));
    connect(clear, &QPushButton::clicked, this, &LogFilterBar::clearFilters);

    m_jump = createTimeEdit(tr("Time to jump to (UTC)"));
    auto* jump = new QPushButton(tr("Jump to Time"), row);
    jump->setAccessibleName(tr("Jump to the first entry at this time"));
    connect(jump, &QPushButton::clicked, this,
            [this] { Q_EMIT jumpRequested(UtcMillis::fromDateTime(m_jump->dateTime())); });

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_useFrom);
    layout->addWidget(m_from);
    layout->addWidget(m_useTo);
    layout->addWidget(m_to);
    layout->addWidget(utc);
    layout->addWidget(clear);
    layout->addStretch(1);
    layout->addWidget(m_jump);
    layout->addWidget(jump);
    return row;
}

QDateTimeEdit* LogFilterBar::createTimeEdit(const QString& accessibleName)
{
    auto* edit = new QDateTimeEdit(this);
    edit->setTimeSpec(Qt::UTC);
    edit->setDisplayFormat(kTimeFormat);
    edit->setCalendarPopup(true);
    edit->setAccessibleName(accessibleName);
    connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this, edit] {
        if (edit != m_jump && edit->isEnabled())
            m_typingPause->start();
    });
    return edit;
}

LogQuery LogFilterBar::query(IncidentId incident) const
{
    // A regular expression is taken as typed: its spaces may be what it looks for.
    LogQuery query = LogQuery::of(incident, isRegex() ? m_search->text() : m_search->text().trimmed());
    query.regex = isRegex();
    if (const int level = m_level->currentData().toInt(); level > 0)
        query.minLevel = level;
    query.host = m_host->currentText().trimmed();
    query.service = m_service->currentText().trimmed();
    if (const qint64 source = m_source->currentData().toLongLong(); source > 0)
        query.sourceId = source;
    if (m_useFrom->isChecked())
        query.from = UtcMillis::fromDateTime(m_from->dateTime());
    if (m_useTo->isChecked())
        query.to = UtcMillis::fromDateTime(m_to->dateTime());
    return query;
}

bool LogFilterBar::isFiltering() const
{
    const LogQuery q = query(IncidentId {});
    return !q.text.isEmpty() || q.minLevel || !q.host.isEmpty() || !q.service.isEmpty() || q.sourceId || q.from || q.to;
}

void LogFilterBar::setFacets(const LogFacets& facets)
{
    setChoices(m_host, facets.hosts);
    setChoices(m_service, facets.services);
    setSources(facets.sources);
}

void LogFilterBar::setSources(const QVector<LogFacets::Source>& sources)
{
    const QVariant chosen = m_source->currentData();
    const QSignalBlocker blocker(m_source);
    while (m_source->count() > 1)
        m_source->removeItem(1);
    const QLocale locale;
    for (const LogFacets::Source& source : sources) {
        const QString name = QFileInfo(source.path).fileName();
        m_source->addItem(tr("%1 (%2)").arg(name, locale.toString(source.entries)), source.id);
        m_source->setItemData(m_source->count() - 1, source.path, Qt::ToolTipRole);
    }
    // A file that is gone (removed with its entries) falls back to all files.
    m_source->setCurrentIndex(std::max(0, m_source->findData(chosen)));
}

void LogFilterBar::setChoices(QComboBox* box, const QStringList& values)
{
    // The first item is empty ("any"); rebuilding must not count as the user choosing.
    const QString typed = box->currentText();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(QString());
    box->addItems(values);
    box->setCurrentText(typed);
}

void LogFilterBar::suggestTime(UtcMillis at)
{
    if (m_timesSuggested)
        return;
    m_timesSuggested = true;
    for (QDateTimeEdit* edit : {m_from, m_to, m_jump}) {
        const QSignalBlocker blocker(edit);
        edit->setDateTime(at.toDateTime());
    }
}

void LogFilterBar::setJumpTime(UtcMillis at)
{
    const QSignalBlocker blocker(m_jump);
    m_jump->setDateTime(at.toDateTime());
}

void LogFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void LogFilterBar::clearFilters()
{
    const std::initializer_list<QWidget*> controls {m_search, m_level, m_host, m_service, m_source, m_useFrom, m_useTo};
    for (QWidget* control : controls)
        control->blockSignals(true);
    m_search->clear();
    m_level->setCurrentIndex(0);
    m_source->setCurrentIndex(0);
    m_host->setCurrentText(QString());
    m_service->setCurrentText(QString());
    m_useFrom->setChecked(false);
    m_useTo->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    for (QWidget* control : controls)
        control->blockSignals(false);
    m_typingPause->stop();
    Q_EMIT changed();
}

} // namespace debrief

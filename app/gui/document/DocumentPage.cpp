// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentPage.h"

#include "AppIcons.h"
#include "DocumentLineItems.h"
#include "DocumentLinesModel.h"
#include "IncidentEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace debrief {

namespace {

template <typename Item>
QVector<int> sourceLinesOf(const QVector<Item>& items)
{
    QVector<int> lines;
    lines.reserve(items.size());
    for (const Item& item : items)
        lines << item.sourceLine;
    return lines;
}

} // namespace

DocumentPage::DocumentPage(QWidget* parent)
    : QWidget(parent)
    , m_model(new DocumentLinesModel(this))
    , m_stack(new QStackedWidget)
    , m_view(new QTableView)
    , m_source(new QLabel)
    , m_summary(new QLabel)
    , m_empty(new QLabel(tr("This incident was written here, not imported: it has no document to show.")))
{
    setAccessibleName(tr("Document"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createToolbar());
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    configureView();
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    // Reachable with Tab like the table it stands in for, so that a screen reader reads it.
    m_empty->setFocusPolicy(Qt::TabFocus);
    m_empty->setAccessibleName(m_empty->text());
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);
    updateButtons();
}

QWidget* DocumentPage::createToolbar()
{
    auto* bar = new QWidget;
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_source, 1);
    m_makeEntry = new QPushButton(AppIcons::get(AppIcon::Timeline), tr("Make &Timeline Entry"));
    m_makeAction = new QPushButton(AppIcons::get(AppIcon::ActionItems), tr("Make &Action Item"));
    m_makeCause = new QPushButton(AppIcons::get(AppIcon::RootCause), tr("Make &Root Cause"));
    m_makeEntry->setToolTip(tr("Read the selected line as a timeline entry (one edit, undoable)"));
    m_makeAction->setToolTip(tr("Read the selected line as an action item (one edit, undoable)"));
    m_makeCause->setToolTip(tr("Read the selected line as a root cause (one edit, undoable)"));
    m_makeEntry->setObjectName(QStringLiteral("makeTimelineEntry"));
    m_makeAction->setObjectName(QStringLiteral("makeActionItem"));
    m_makeCause->setObjectName(QStringLiteral("makeRootCause"));
    connect(m_makeEntry, &QPushButton::clicked, this, &DocumentPage::makeTimelineEntry);
    connect(m_makeAction, &QPushButton::clicked, this, &DocumentPage::makeActionItem);
    connect(m_makeCause, &QPushButton::clicked, this, &DocumentPage::makeRootCause);
    for (QPushButton* b : {m_makeEntry, m_makeAction, m_makeCause})
        row->addWidget(b);
    return bar;
}

void DocumentPage::configureView()
{
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Document lines"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(DocumentLinesModel::LineColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DocumentLinesModel::RoleColumn, QHeaderView::Interactive);
    header->resizeSection(DocumentLinesModel::RoleColumn, m_view->fontMetrics().horizontalAdvance(u'M') * 12);
    header->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &DocumentPage::showContextMenu);
    // A click makes the row current before it selects it: the buttons follow the selection.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &DocumentPage::updateButtons);
}

void DocumentPage::setEditor(IncidentEditor* editor)
{
    m_editor = editor;
    updateButtons();
}

void DocumentPage::setDocument(const std::optional<DocumentVersion>& document, const Incident& incident)
{
    const int keep = incident.id == m_incident.id ? selectedLine() : 0;
    m_incident = incident;
    const bool shown = document && document->original;
    m_model->setMap(shown ? DocumentLineMap::build(*document->original, incident) : DocumentLineMap());
    m_stack->setCurrentWidget(shown ? static_cast<QWidget*>(m_view) : m_empty);
    m_source->setText(shown ? tr("%1, as imported (version %2)").arg(document->source).arg(document->version)
                            : QString());
    updateSummary();
    if (keep > 0)
        selectLine(keep);
    updateButtons();
}

// "41 lines: 12 timeline entry, 1 root cause, ..." in the order of the roles, blank lines aside.
void DocumentPage::updateSummary()
{
    QMap<int, int> counts;
    for (const DocumentLine& line : m_model->map().lines()) {
        if (line.role != DocumentLineRole::Blank)
            ++counts[int(line.role)];
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto role = DocumentLineRole(it.key());
        parts << QStringLiteral("<span style=\"color:%1\">■</span> %2 %3")
                     .arg(DocumentLinesModel::roleColor(role).name(), DocumentLinesModel::roleTitle(role).toHtmlEscaped())
                     .arg(it.value());
    }
    m_summary->setText(parts.isEmpty() ? QString()
                                       : tr("Lines read as: %1").arg(parts.join(QStringLiteral(" &nbsp; "))));
}

int DocumentPage::selectedLine() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() && m_view->selectionModel()->isRowSelected(current.row()) ? current.row() + 1 : 0;
}

void DocumentPage::selectLine(int line)
{
    if (line < 1 || line > m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(line - 1, DocumentLinesModel::TextColumn);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

bool DocumentPage::showItem(DocumentLineRole role, qint64 itemId)
{
    const int line = m_model->map().lineOf(role, itemId);
    if (line > 0)
        selectLine(line);
    return line > 0;
}

// A line can be made into what it is not yet; blank lines and headings into nothing.
void DocumentPage::updateButtons()
{
    const int line = selectedLine();
    const DocumentLineRole role
        = line > 0 ? m_model->map().lines().at(line - 1).role : DocumentLineRole::Blank;
    const bool usable = m_editor && role != DocumentLineRole::Blank && role != DocumentLineRole::Heading;
    m_makeEntry->setEnabled(usable && role != DocumentLineRole::TimelineEntry);
    m_makeAction->setEnabled(usable && role != DocumentLineRole::ActionItem);
    m_makeCause->setEnabled(usable && role != DocumentLineRole::RootCause);
}

void DocumentPage::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    selectLine(index.row() + 1);
    QMenu menu(this);
    for (QPushButton* b : {m_makeEntry, m_makeAction, m_makeCause}) {
        QAction* action = menu.addAction(b->icon(), b->text(), b, &QPushButton::click);
        action->setEnabled(b->isEnabled());
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

QString DocumentPage::sectionAt(int line) const
{
    QString heading;
    for (const DocumentSection& s : m_incident.sections) {
        if (s.line <= line && s.line > 0)
            heading = s.heading;
    }
    return heading;
}

// The selected line, when the button that makes an item of it may: 0 otherwise.
int DocumentPage::lineFor(const QPushButton* button) const
{
    const int line = selectedLine();
    return m_editor && line > 0 && button->isEnabled() ? line : 0;
}

void DocumentPage::makeTimelineEntry()
{
    if (const int line = lineFor(m_makeEntry))
        m_editor->addTimelineEvent(m_incident.id, DocumentLineItems::positionFor(sourceLinesOf(m_incident.timeline), line),
                                   DocumentLineItems::timelineEntry(lineText(line), line, m_incident));
}

void DocumentPage::makeActionItem()
{
    if (const int line = lineFor(m_makeAction))
        m_editor->addActionItem(m_incident.id, DocumentLineItems::positionFor(sourceLinesOf(m_incident.actionItems), line),
                                DocumentLineItems::actionItem(lineText(line), line));
}

void DocumentPage::makeRootCause()
{
    if (const int line = lineFor(m_makeCause))
        m_editor->addRootCause(m_incident.id, DocumentLineItems::positionFor(sourceLinesOf(m_incident.rootCauses), line),
                               DocumentLineItems::rootCause(lineText(line), line, sectionAt(line)));
}

QString DocumentPage::lineText(int line) const
{
    return m_model->map().lines().at(line - 1).text;
}

} // namespace debrief

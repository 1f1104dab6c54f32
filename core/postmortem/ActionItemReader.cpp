// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActionItemReader.h"

#include "LineItems.h"
#include "TableColumns.h"
#include "TimeExpressionParser.h"

#include <QRegularExpression>

namespace debrief {

namespace {

std::optional<QDate> dateOf(const QString& text)
{
    const QDate iso = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (iso.isValid())
        return iso;
    return TimeExpressionParser::findDate(text);
}

QString ownerName(QString text)
{
    text = text.trimmed();
    while (text.endsWith(u'.') || text.endsWith(u','))
        text.chop(1);
    return text.trimmed();
}

// "owner: @alice, due 2024-09-01, P2" inside parentheses: each part that names a property.
bool readMeta(const QString& inside, ActionItem& item)
{
    static const QRegularExpression part(
        QStringLiteral(
            "^(owner|assignee|assigned to|who|due|due date|by|deadline|priority|status|ticket|link)\\s*[:=]?\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression prio(QStringLiteral("^P[0-4]$"), QRegularExpression::CaseInsensitiveOption);
    bool any = false;
    for (const QString& raw : inside.split(QRegularExpression(QStringLiteral("[,;]")))) {
        const QString p = raw.trimmed();
        const auto m = part.match(p);
        if (prio.match(p).hasMatch()) {
            item.priority = p.toUpper();
            any = true;
        } else if (p.startsWith(u'@')) {
            item.owner = ownerName(p.mid(1));
            any = true;
        } else if (m.hasMatch()) {
            const QString key = m.captured(1).toLower();
            const QString value = m.captured(2).trimmed();
            if (key == u"due" || key == u"due date" || key == u"by" || key == u"deadline")
                item.due = dateOf(value);
            else if (key == u"priority")
                item.priority = value;
            else if (key == u"status")
                item.status = ActionItemReader::statusFromText(value, item.status);
            else if (key == u"ticket" || key == u"link")
                item.link = value;
            else
                item.owner = ownerName(QString(value).remove(u'@'));
            any = true;
        }
    }
    return any;
}

// The author's word for a status ("DONE", "ONGOING", "Complete"), so that the report writes the
// table's statuses in the document's own words. Only a bare status word: a cell that says more
// ("Done, see PR 12") would not fit the other items given the same status.
bool isStatusWord(const QString& cell)
{
    static const QRegularExpression bareWord(QStringLiteral("^\\p{L}[\\p{L}' _-]{0,20}$"));
    return bareWord.match(cell.trimmed()).hasMatch();
}

void noteStatusWord(QMap<QString, QString>& words, const QString& cell, ActionStatus status)
{
    const QString word = cell.trimmed();
    const QString key = QStringLiteral("actions.status.") + actionStatusName(status);
    if (words.contains(key) || word == actionStatusName(status))
        return;
    words.insert(key, word);
}

bool hasTypedBullet(const MarkdownBlock& block)
{
    if (block.type != MarkdownBlockType::Paragraph)
        return false;
    const QStringList lines = block.lines();
    return std::any_of(lines.cbegin(), lines.cend(),
                       [](const QString& line) { return LineItems::bulletLength(line.trimmed()) >= 0; });
}

// A bullet that ends in ':' with deeper bullets under it is their heading, not an item of its own;
// so is one with no bullet after it at all (the heading the report keeps after its table).
bool isLabelOverItems(const MarkdownBlock& block, const MarkdownBlock* next)
{
    if (block.type != MarkdownBlockType::ListItem || !block.text.trimmed().endsWith(u':'))
        return false;
    if (!next || next->type != MarkdownBlockType::ListItem)
        return true;
    return next->depth > block.depth;
}

// The short values of a section's action tables ("Prevent", "P0", "DONE"), lower case: what a
// legend beside the table explains.
QSet<QString> tableValues(const QVector<MarkdownBlock>& blocks)
{
    QSet<QString> values;
    for (const MarkdownBlock& b : blocks) {
        if (b.type != MarkdownBlockType::Table)
            continue;
        for (int r = 1; r < b.rows.size(); ++r) {
            for (const QString& cell : b.rows[r]) {
                if (const QString v = cell.trimmed().toLower(); !v.isEmpty() && v.count(u' ') < 3)
                    values.insert(v);
            }
        }
    }
    return values;
}

// "- Prevent - Prevent similar issues from occurring": a bullet that explains a value the table
// uses (its Type or Priority), not an item of its own.
bool isLegendItem(const MarkdownBlock& block, const QSet<QString>& values)
{
    static const QRegularExpression term(QStringLiteral("^\\s*([^:\\-\\x{2013}\\x{2014}]{1,30}?)\\s*(?:[:\\-\\x{2013}\\x{2014}]\\s)"));
    if (block.type != MarkdownBlockType::ListItem || values.isEmpty())
        return false;
    const QRegularExpressionMatch m = term.match(block.text);
    return m.hasMatch() && values.contains(m.captured(1).trimmed().toLower());
}

} // namespace

ActionStatus ActionItemReader::statusFromText(const QString& text, ActionStatus fallback)
{
    return statusNamedBy(text).value_or(text.trimmed().isEmpty() ? fallback : ActionStatus::Open);
}

std::optional<ActionStatus> ActionItemReader::statusNamedBy(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (const auto named = actionStatusFromName(QString(t).replace(u' ', u'_')))
        return *named;
    if (t.isEmpty())
        return std::nullopt;
    for (const char* w : {"done", "complete", "closed", "fixed", "resolved", "shipped", "merged"}) {
        if (t.startsWith(QLatin1String(w)))
            return ActionStatus::Done;
    }
    for (const char* w : {"in progress", "in-progress", "wip", "started", "ongoing", "doing", "in review"}) {
        if (t.startsWith(QLatin1String(w)))
            return ActionStatus::InProgress;
    }
    for (const char* w : {"won't", "wont", "cancel", "dropped", "rejected"}) {
        if (t.startsWith(QLatin1String(w)))
            return ActionStatus::WontDo;
    }
    for (const char* w : {"open", "todo", "to do", "planned", "not started", "new", "backlog", "pending"}) {
        if (t.startsWith(QLatin1String(w)))
            return ActionStatus::Open;
    }
    return std::nullopt;
}

ActionItem ActionItemReader::fromText(const QString& text, int line)
{
    ActionItem item;
    item.sourceLine = line;
    QString title = text.simplified();
    static const QRegularExpression paren(QStringLiteral("\\s*\\(([^()]*)\\)"));
    for (auto it = paren.globalMatch(title); it.hasNext();) {
        const auto m = it.next();
        if (readMeta(m.captured(1), item)) {
            title.remove(m.capturedStart(), m.capturedLength());
            break;
        }
    }
    // "Teams will test on the beta ingress (Done)": a status word in parentheses closing the item.
    static const QRegularExpression trailingStatus(QStringLiteral("\\s*\\(([^()]*)\\)\\s*$"));
    if (const auto m = trailingStatus.match(title); m.hasMatch() && isStatusWord(m.captured(1))) {
        if (const auto status = statusNamedBy(m.captured(1))) {
            item.status = *status;
            title.truncate(m.capturedStart());
        }
    }
    static const QRegularExpression priority(QStringLiteral("\\s*\\[(P[0-4])\\]\\s*"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (const auto m = priority.match(title); m.hasMatch()) {
        item.priority = m.captured(1).toUpper();
        title.replace(m.capturedStart(), m.capturedLength(), QStringLiteral(" "));
    }
    static const QRegularExpression trailingOwner(QStringLiteral("\\s+(?:[-\u2013\u2014]+|by)\\s+@?([\\w.-]+)\\s*$"));
    if (const auto m = trailingOwner.match(title);
        m.hasMatch() && (m.captured(0).contains(u'@') || m.captured(0).contains(QStringLiteral("\u2014")))) {
        item.owner = ownerName(m.captured(1));
        title.truncate(m.capturedStart());
    }
    static const QRegularExpression ownerKey(QStringLiteral("[,;.]?\\s+(?:owner|assignee)\\s*:\\s*@?([\\w. -]+?)\\s*$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (const auto m = ownerKey.match(title); m.hasMatch() && item.owner.isEmpty()) {
        item.owner = ownerName(m.captured(1));
        title.truncate(m.capturedStart());
    }
    static const QRegularExpression mention(QStringLiteral("(?:^|\\s)@([\\w.-]+)"));
    if (const auto m = mention.match(title); m.hasMatch() && item.owner.isEmpty())
        item.owner = ownerName(m.captured(1));
    item.title = title.simplified();
    return item;
}

ActionItem ActionItemReader::fromItem(const MarkdownBlock& block)
{
    ActionItem item = fromText(block.text, block.line);
    if (block.task == TaskState::Done)
        item.status = ActionStatus::Done;
    return item;
}

std::optional<QVector<ActionItem>> ActionItemReader::fromTable(const MarkdownBlock& table,
                                                               QMap<QString, QString>* columnNames)
{
    if (table.rows.isEmpty())
        return std::nullopt;
    TableColumns c(table.rows.first());
    const int status = c.find({"status", "state", "done"});
    const int title = c.find(
        {"title", "action", "action item", "item", "task", "description", "what", "follow-up", "todo", "summary"});
    const int owner = c.find({"owner", "assignee", "who", "responsible", "assigned to", "owner(s)"});
    const int due = c.find({"due", "due date", "deadline", "eta", "target date", "when"});
    const int priority = c.find({"priority", "pri", "prio", "severity"});
    // "Tracking bug", "Jira ticket": a column named by one of these words among others.
    const int link = c.find({"link", "ticket", "issue", "bug", "jira", "tracking", "url"}, true);
    const int notes = c.find({"notes", "note", "comments", "comment", "remarks"});
    const int type = c.find({"type", "kind", "category"});
    if (title < 0)
        return std::nullopt;
    if (columnNames) {
        c.noteName(*columnNames, QStringLiteral("actions.status"), status);
        c.noteName(*columnNames, QStringLiteral("actions.title"), title);
        c.noteName(*columnNames, QStringLiteral("actions.owner"), owner);
        c.noteName(*columnNames, QStringLiteral("actions.due"), due);
        c.noteName(*columnNames, QStringLiteral("actions.priority"), priority);
        c.noteName(*columnNames, QStringLiteral("actions.link"), link);
        c.noteName(*columnNames, QStringLiteral("actions.notes"), notes);
        c.noteName(*columnNames, QStringLiteral("actions.type"), type);
    }
    const QVector<int> extra = c.untaken();
    QVector<ActionItem> items;
    for (int r = 1; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows[r];
        ActionItem item;
        // Columns without a field of their own ("Type") stay in the title, so no word is lost.
        item.title = c.withCells(TableColumns::cell(row, title), row, extra);
        if (item.title.isEmpty())
            continue;
        item.owner = QString(TableColumns::cell(row, owner)).remove(u'@').trimmed();
        item.due = dateOf(TableColumns::cell(row, due));
        const QString statusCell = TableColumns::cell(row, status);
        const std::optional<ActionStatus> named = statusNamedBy(statusCell);
        item.status = named.value_or(ActionStatus::Open);
        // A status the cell does not simply name ("FAILED", a link, "Done, see PR 12") stays in the
        // title with its column's name, so that no word of it is lost.
        if (named && isStatusWord(statusCell)) {
            if (columnNames)
                noteStatusWord(*columnNames, statusCell, item.status);
        } else {
            item.title = c.withCells(item.title, row, {status});
        }
        item.priority = TableColumns::cell(row, priority);
        item.link = TableColumns::cell(row, link);
        item.notes = TableColumns::cell(row, notes);
        item.type = TableColumns::cell(row, type);
        // With no status column, notes that are only a status word ("Done") say the status.
        if (status < 0 && isStatusWord(item.notes))
            item.status = statusNamedBy(item.notes).value_or(item.status);
        item.sourceLine = table.rowLines.value(r, table.line);
        items << item;
    }
    return items;
}

// Action items written one per line without markers; labels ("Tasks:") and a closing sentence
// stay as text.
void ActionItemReader::readLines(const MarkdownBlock& block, bool lastBlock, QVector<ActionItem>& items,
                                 VerbatimCollector& leftovers, bool& signedOff)
{
    const QVector<LineItem> lines = LineItems::split(block);
    for (qsizetype k = 0; k < lines.size(); ++k) {
        const LineItem& line = lines[k];
        signedOff = signedOff || LineItems::isSignOff(line.text);
        const bool closing = lastBlock && k + 1 == lines.size() && !items.isEmpty()
            && LineItems::isClosingProse(line.text);
        if (line.label || closing || signedOff)
            leftovers.addLines(line.firstLine, line.lastLine);
        else
            items << fromText(line.text, line.firstLine);
    }
}

QVector<ActionItem> ActionItemReader::readSection(const QVector<MarkdownBlock>& blocks, VerbatimCollector& leftovers,
                                                  QMap<QString, QString>* columnNames)
{
    SectionShape shape;
    // Where the author marked the items as a list or a table, the lines between are prose.
    shape.marked = std::any_of(blocks.cbegin(), blocks.cend(), [](const MarkdownBlock& b) {
        return b.type == MarkdownBlockType::ListItem || b.type == MarkdownBlockType::Table;
    });
    // Hand-typed bullets ("● Implement ...") mark items too: a paragraph without one is prose.
    shape.typedBullets = std::any_of(blocks.cbegin(), blocks.cend(), hasTypedBullet);
    shape.tableValues = tableValues(blocks);
    QVector<ActionItem> items;
    // "### Prevention", "### Fixes": a sub-heading groups the items under it, and the report writes
    // it over their table. A sub-heading over no item ("### Mitigation" with "None.") stays as text.
    for (qsizetype from = 0; from < blocks.size();) {
        const bool headed = blocks[from].type == MarkdownBlockType::Heading;
        qsizetype to = headed ? from + 1 : from;
        while (to < blocks.size() && blocks[to].type != MarkdownBlockType::Heading)
            ++to;
        VerbatimCollector kept(leftovers.source());
        QVector<ActionItem> grouped = readBlocks(blocks, from + (headed ? 1 : 0), to, shape, kept, columnNames);
        if (headed) {
            if (grouped.isEmpty())
                leftovers.addBlock(blocks[from]);
            for (ActionItem& item : grouped)
                item.group = blocks[from].text.simplified();
        }
        leftovers.append(kept);
        items << grouped;
        from = to;
    }
    return items;
}

QVector<ActionItem> ActionItemReader::readBlocks(const QVector<MarkdownBlock>& blocks, qsizetype from, qsizetype to,
                                                 SectionShape& shape, VerbatimCollector& leftovers,
                                                 QMap<QString, QString>* columnNames)
{
    QVector<ActionItem> items;
    for (qsizetype k = from; k < to; ++k) {
        const MarkdownBlock& block = blocks[k];
        if (isLegendItem(block, shape.tableValues)) {
            leftovers.addBlock(block);
        } else if (isLabelOverItems(block, k + 1 < blocks.size() ? &blocks[k + 1] : nullptr)) {
            // "* We could use this more:" over nested bullets: they are the items, it heads them.
            leftovers.addLines(block.line, block.textLines.isEmpty() ? block.line : block.textLines.last());
        } else if (block.type == MarkdownBlockType::ListItem && LineItems::isLabelOverLines(block)) {
            // "* Tasks:" with its items written below it, unmarked, as lines of the same bullet.
            leftovers.addLines(block.line, block.line);
            for (int i = 1; i < block.lines().size(); ++i) {
                if (!block.lines()[i].trimmed().isEmpty())
                    items << fromText(block.lines()[i], block.lineOf(i));
            }
        } else if (block.type == MarkdownBlockType::ListItem && !block.text.trimmed().isEmpty()) {
            items << fromItem(block);
        } else if (block.type == MarkdownBlockType::Table) {
            if (const auto rows = fromTable(block, columnNames))
                items << *rows;
            else
                leftovers.addBlock(block);
        } else if (block.type == MarkdownBlockType::Paragraph && !shape.marked
                   && (!shape.typedBullets || hasTypedBullet(block))) {
            readLines(block, k + 1 == blocks.size(), items, leftovers, shape.signedOff);
        } else if (block.type == MarkdownBlockType::Code && !block.fenced) {
            // Indented text: one item per line; a line of markup ("</ul>", escaped "&lt;/div>" as the
            // report keeps a page's tags) is no item.
            const QStringList lines = block.lines();
            const auto isMarkup = [](const QString& line) {
                const QString t = line.trimmed();
                return t.isEmpty() || t.startsWith(u'<') || t.startsWith(QLatin1String("&lt;"));
            };
            if (std::all_of(lines.cbegin(), lines.cend(), isMarkup)) {
                leftovers.addBlock(block);
                continue;
            }
            for (int i = 0; i < lines.size(); ++i) {
                if (isMarkup(lines[i]))
                    leftovers.addLines(block.lineOf(i), block.lineOf(i));
                else
                    items << fromText(lines[i], block.lineOf(i));
            }
        } else {
            leftovers.addBlock(block);
        }
    }
    return items;
}

} // namespace debrief

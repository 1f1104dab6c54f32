// SPDX-License-Identifier: GPL-3.0-or-later
#include "WhyReader.h"

#include "TableColumns.h"

#include <QRegularExpression>

namespace debrief {

namespace {

// "Why 1:", "Why #2 -", "3rd why:", "Q:", "Q3." in front of a question.
QString withoutQuestionLabel(const QString& text)
{
    static const QRegularExpression label(
        QStringLiteral("^(?:why\\s*#?\\d+|\\d+(?:st|nd|rd|th)\\s+why|q\\d*)\\s*[:.)\\-\u2013\u2014]\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    return QString(text).remove(label).trimmed();
}

// "A:", "Answer -", or a dash or arrow between the question and its answer.
QString withoutAnswerLabel(const QString& text)
{
    static const QRegularExpression label(
        QStringLiteral("^(?:(?:a\\d*|answer)\\s*[:.)\\-\u2013\u2014]|->|=>|\u2192|[:\\-\u2013\u2014])\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    return QString(text).remove(label).trimmed();
}

} // namespace

WhyStep WhyReader::split(const QString& text, int line)
{
    const QString body = withoutQuestionLabel(text.simplified());
    WhyStep step;
    step.sourceLine = line;
    const qsizetype mark = body.indexOf(u'?');
    if (mark < 0) {
        step.answer = withoutAnswerLabel(body);
        return step;
    }
    step.question = body.left(mark + 1).trimmed();
    step.answer = withoutAnswerLabel(body.mid(mark + 1).trimmed());
    return step;
}

QVector<WhyStep> WhyReader::read(const QVector<MarkdownBlock>& blocks, VerbatimCollector& leftovers)
{
    for (const MarkdownBlock& block : blocks) {
        switch (block.type) {
        case MarkdownBlockType::ListItem:
            if (block.text.trimmed().isEmpty())
                leftovers.addBlock(block);
            else
                addText(block.text, block.line, block.depth > 0);
            break;
        case MarkdownBlockType::Paragraph: {
            const QStringList lines = block.lines();
            for (int i = 0; i < lines.size(); ++i) {
                if (!lines[i].trimmed().isEmpty())
                    addText(lines[i], block.lineOf(i), false);
            }
            break;
        }
        case MarkdownBlockType::Table:
            if (!readTable(block))
                leftovers.addBlock(block);
            break;
        default:
            leftovers.addBlock(block);
            break;
        }
    }
    return m_steps;
}

// An answer alone completes the step above when that is a question still waiting for one; a
// nested item always adds to the step above.
void WhyReader::addText(const QString& text, int line, bool nested)
{
    WhyStep step = split(text, line);
    const bool waiting = !m_steps.isEmpty() && m_steps.last().answer.isEmpty();
    if (step.question.isEmpty() && !m_steps.isEmpty() && (nested || waiting)) {
        QString& answer = m_steps.last().answer;
        answer = answer.isEmpty() ? step.answer : answer + u' ' + step.answer;
        return;
    }
    m_steps.append(step);
}

bool WhyReader::readTable(const MarkdownBlock& block)
{
    if (block.rows.isEmpty())
        return false;
    TableColumns columns(block.rows.first());
    const int question = columns.find({"why", "question", "why?"});
    const int answer = columns.find({"because", "answer", "reason", "cause"});
    if (question < 0 && answer < 0)
        return false;
    for (int r = 1; r < block.rows.size(); ++r) {
        WhyStep step;
        step.question = withoutQuestionLabel(TableColumns::cell(block.rows[r], question));
        step.answer = TableColumns::cell(block.rows[r], answer);
        step.sourceLine = block.rowLines.value(r, block.line);
        if (!step.question.isEmpty() || !step.answer.isEmpty())
            m_steps.append(step);
    }
    return true;
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <optional>

class QPlainTextEdit;
class QTextBrowser;

namespace debrief {

// Edits a piece of a postmortem (a root cause, the resolution) as Markdown, the way the document
// is written and exported: the source on the left, the rendered text beside it, updated as one
// types. Raw HTML is shown as text, not rendered, as everywhere in Debrief.
class MarkdownEditDialog : public QDialog
{
    Q_OBJECT

public:
    MarkdownEditDialog(const QString& title, const QString& markdown, QWidget* parent = nullptr);

    QString markdown() const;
    // The edited text, or none when the user cancelled.
    static std::optional<QString> edit(QWidget* parent, const QString& title, const QString& markdown);
    // Markdown as rich text for a label: GitHub's dialect without HTML.
    static QString toHtml(const QString& markdown);

private:
    void updatePreview();

    QPlainTextEdit* m_source;
    QTextBrowser* m_preview;
};

} // namespace debrief

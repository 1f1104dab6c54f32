// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownEditDialog.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace debrief {

MarkdownEditDialog::MarkdownEditDialog(const QString& title, const QString& markdown, QWidget* parent)
    : QDialog(parent)
    , m_source(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
{
    setWindowTitle(title);
    m_source->setAccessibleName(tr("Markdown"));
    m_source->setPlainText(markdown);
    m_source->setTabChangesFocus(true);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setOpenLinks(false);
    connect(m_source, &QPlainTextEdit::textChanged, this, &MarkdownEditDialog::updatePreview);
    updatePreview();

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_source);
    splitter->addWidget(m_preview);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(760, 380);
    m_source->setFocus();
}

QString MarkdownEditDialog::markdown() const
{
    return m_source->toPlainText().trimmed();
}

std::optional<QString> MarkdownEditDialog::edit(QWidget* parent, const QString& title, const QString& markdown)
{
    MarkdownEditDialog dialog(title, markdown, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.markdown();
}

QString MarkdownEditDialog::toHtml(const QString& markdown)
{
    QTextDocument document;
    document.setMarkdown(
        markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    return document.toHtml();
}

void MarkdownEditDialog::updatePreview()
{
    m_preview->setHtml(toHtml(m_source->toPlainText()));
}

} // namespace debrief

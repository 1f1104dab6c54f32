// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads Markdown with md4c (GitHub dialect, as a renderer would) and records what a reader would
// see: headings, table rows with their cell texts, links, raw HTML. The exporter tests use it to
// prove that user text cannot change the report's structure or smuggle in HTML or script links.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>
#include <algorithm>
#include <md4c.h>

namespace debrief::testing {

struct MarkdownProbe
{
    QStringList headings; // "2:Timeline"
    QVector<QStringList> tableRows; // every row of every table, header rows included
    QStringList hrefs; // targets of links and images
    int rawHtml = 0; // HTML blocks and inline HTML

    // The hostile test texts hold no legitimate link other than https ones.
    bool linksOnlyToHttps() const
    {
        return std::all_of(hrefs.begin(), hrefs.end(),
                           [](const QString& href) { return href.startsWith(QLatin1String("https://")); });
    }

    static MarkdownProbe parse(const QString& markdown)
    {
        MarkdownProbe probe;
        const QByteArray utf8 = markdown.toUtf8();
        MD_PARSER parser {};
        parser.flags = MD_DIALECT_GITHUB | MD_FLAG_PERMISSIVEAUTOLINKS;
        parser.enter_block = &enterBlock;
        parser.leave_block = &leaveBlock;
        parser.enter_span = &enterSpan;
        parser.leave_span = [](MD_SPANTYPE, void*, void*) { return 0; };
        parser.text = &text;
        md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &probe);
        return probe;
    }

private:
    int m_headingLevel = 0;
    QString m_heading;
    bool m_inCell = false;

    static MarkdownProbe& self(void* p) { return *static_cast<MarkdownProbe*>(p); }

    static int enterBlock(MD_BLOCKTYPE type, void* detail, void* p)
    {
        MarkdownProbe& s = self(p);
        if (type == MD_BLOCK_H) {
            s.m_headingLevel = int(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
            s.m_heading.clear();
        } else if (type == MD_BLOCK_TR) {
            s.tableRows.append(QStringList());
        } else if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) {
            s.tableRows.last().append(QString());
            s.m_inCell = true;
        } else if (type == MD_BLOCK_HTML) {
            ++s.rawHtml;
        }
        return 0;
    }

    static int leaveBlock(MD_BLOCKTYPE type, void*, void* p)
    {
        MarkdownProbe& s = self(p);
        if (type == MD_BLOCK_H) {
            s.headings << QString::number(s.m_headingLevel) + u':' + s.m_heading;
            s.m_headingLevel = 0;
        } else if (type == MD_BLOCK_TH || type == MD_BLOCK_TD) {
            s.m_inCell = false;
        }
        return 0;
    }

    static int enterSpan(MD_SPANTYPE type, void* detail, void* p)
    {
        if (type == MD_SPAN_A) {
            const MD_ATTRIBUTE& href = static_cast<MD_SPAN_A_DETAIL*>(detail)->href;
            self(p).hrefs << QString::fromUtf8(href.text, qsizetype(href.size));
        } else if (type == MD_SPAN_IMG) {
            const MD_ATTRIBUTE& src = static_cast<MD_SPAN_IMG_DETAIL*>(detail)->src;
            self(p).hrefs << QString::fromUtf8(src.text, qsizetype(src.size));
        }
        return 0;
    }

    static int text(MD_TEXTTYPE type, const MD_CHAR* chars, MD_SIZE size, void* p)
    {
        MarkdownProbe& s = self(p);
        QString t = QString::fromUtf8(chars, qsizetype(size));
        if (type == MD_TEXT_HTML)
            ++s.rawHtml;
        if (type == MD_TEXT_ENTITY)
            t = decodeEntity(t);
        if (type == MD_TEXT_NULLCHAR)
            t = QString(QChar(0xFFFD));
        if (s.m_headingLevel > 0)
            s.m_heading += t;
        if (s.m_inCell)
            s.tableRows.last().last() += t;
        return 0;
    }

    static QString decodeEntity(const QString& entity)
    {
        if (entity == QLatin1String("&lt;"))
            return QStringLiteral("<");
        if (entity == QLatin1String("&gt;"))
            return QStringLiteral(">");
        if (entity == QLatin1String("&amp;"))
            return QStringLiteral("&");
        if (entity == QLatin1String("&quot;"))
            return QStringLiteral("\"");
        return entity;
    }
};

} // namespace debrief::testing

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Text a hostile or careless author could put anywhere: the exporter and escaper tests feed it to
// every field and check that the report's structure survives and nothing active gets through.

#include <QStringList>

namespace debrief::testing {

inline const QStringList& hostileTexts()
{
    static const QStringList texts {
        QStringLiteral("a | b || c"),
        QStringLiteral("line one\nline two\r\nline three"),
        QStringLiteral("<script>alert(1)</script>"),
        QStringLiteral("<img src=x onerror=alert(1)>"),
        QStringLiteral("[click](javascript:alert(1))"),
        QStringLiteral("[click](JaVaScRiPt:alert(1)) ![img](data:text/html;base64,PHNjcmlwdD4=)"),
        QStringLiteral("[x](java&#115;cript:alert(1)) [y](<javascript:alert(2)>) [z](vbscript:msgbox)"),
        QStringLiteral("[a [nested] b](javascript:alert(1)) [ref]: javascript:alert(3)"),
        QStringLiteral("<javascript:alert(1)> and &lt;b&gt; and &amp; and &#60;"),
        QStringLiteral("# heading"),
        QStringLiteral("## heading"),
        QStringLiteral("- # heading in a list\n> ## heading in a quote\n1. > # both\n>## tight quote"),
        QStringLiteral("- list"),
        QStringLiteral("1. ordered"),
        QStringLiteral("> quote"),
        QStringLiteral("| pipe first"),
        QStringLiteral("*emphasis* _under_ `code` ~strike~ \\ back\\slash db_pool_size"),
        QStringLiteral("```\nfence"),
        QStringLiteral("text\n---"),
        QStringLiteral("[ ] not a task"),
        QStringLiteral("trailing #"),
    };
    return texts;
}

} // namespace debrief::testing

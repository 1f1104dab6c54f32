// SPDX-License-Identifier: GPL-3.0-or-later
#include "StackTraceLine.h"

namespace debrief {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isIdentifierChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_' || c == '.' || c == '$';
}

// "#12 /path/file.php(795): ..." (PHP), "#0 0x00007f... in main ()" (gdb).
bool numberedFrame(QByteArrayView line)
{
    qsizetype pos = 1;
    while (pos < line.size() && isDigit(line[pos]))
        ++pos;
    return line.startsWith('#') && pos > 1 && pos < line.size() && line[pos] == ' ';
}

// "java.lang.IllegalStateException: ...", "libvirtError: ...", "ValueError" (the closing line of
// a Python traceback, a Java "Caused by" target).
bool exceptionLine(QByteArrayView line)
{
    qsizetype pos = 0;
    while (pos < line.size() && isIdentifierChar(line[pos]))
        ++pos;
    const QByteArrayView name = line.first(pos);
    return (name.endsWith("Error") || name.endsWith("Exception"))
        && (pos == line.size() || line.sliced(pos).startsWith(": "));
}

// "main.main.func1(0xc420024120)", "go.opentelemetry.io/collector/exporter.(*x).Start.func1":
// a Go frame's function line is one word with a package path.
bool goFunctionLine(QByteArrayView line)
{
    if (line.size() < 4 || line.contains(' ') || line.contains('\t'))
        return false;
    return line.contains('.') && (line.contains('/') || line.endsWith(')'));
}

} // namespace

bool StackTraceLine::looksLike(QByteArrayView line)
{
    static constexpr const char* kStarts[] = {
        "\tat ", "    at ", "\t... ", "Caused by: ", "Traceback (most recent call last):", "  File \"", "File \"",
        "[stacktrace]", "goroutine ", "panic: ", "created by ", "Stack trace:", "Exception in thread ", "\tat\t",
    };
    for (const char* start : kStarts) {
        if (line.startsWith(start))
            return true;
    }
    return numberedFrame(line) || exceptionLine(line) || goFunctionLine(line);
}

} // namespace debrief

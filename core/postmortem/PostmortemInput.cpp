// SPDX-License-Identifier: GPL-3.0-or-later
#include "PostmortemInput.h"

#include <QCoreApplication>

#include <cstring>

namespace debrief {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemInput)
};

// The length of a valid UTF-8 sequence at `p`, 0 when it is invalid.
int sequenceLength(const unsigned char* p, qsizetype available)
{
    const unsigned char c = p[0];
    if (c < 0x80)
        return 1;
    int n = 0;
    unsigned min = 0;
    unsigned code = 0;
    if ((c & 0xE0) == 0xC0) {
        n = 2;
        min = 0x80;
        code = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3;
        min = 0x800;
        code = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4;
        min = 0x10000;
        code = c & 0x07;
    } else {
        return 0;
    }
    if (available < n)
        return 0;
    for (int i = 1; i < n; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        code = (code << 6) | (p[i] & 0x3F);
    }
    if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return 0;
    return n;
}

bool looksBinary(QByteArrayView bytes)
{
    if (std::memchr(bytes.data(), 0, size_t(bytes.size())))
        return true;
    // Control characters other than tab, newline, form feed and carriage return in the first 64 KiB.
    const qsizetype n = std::min<qsizetype>(bytes.size(), 65536);
    qsizetype control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes[i]);
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F)
            ++control;
    }
    return control * 10 > n;
}

} // namespace

PostmortemInput PostmortemInput::check(QByteArrayView bytes)
{
    PostmortemInput input;
    if (bytes.trimmed().isEmpty()) {
        input.m_error = Tr::tr("empty file");
        return input;
    }
    if (looksBinary(bytes)) {
        input.m_error = Tr::tr("binary file: not a Markdown or text document");
        return input;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (bytes.isValidUtf8())
        input.m_text = bytes.toByteArray();
    else
        input.repair(bytes);
    return input;
}

void PostmortemInput::repair(QByteArrayView bytes)
{
    m_text.reserve(bytes.size() + 64);
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    int line = 1;
    for (qsizetype i = 0; i < bytes.size();) {
        const int n = sequenceLength(p + i, bytes.size() - i);
        if (n == 0) {
            m_text.append("\xEF\xBF\xBD");
            ++m_repaired;
            if (m_firstRepairedLine == 0)
                m_firstRepairedLine = line;
            ++i;
            continue;
        }
        if (p[i] == '\n')
            ++line;
        m_text.append(reinterpret_cast<const char*>(p + i), n);
        i += n;
    }
}

} // namespace debrief

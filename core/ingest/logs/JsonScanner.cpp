// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonScanner.h"

namespace debrief {

namespace {

// Deeper nesting than this is rejected rather than followed: it guards the recursion against
// "[[[[..." lines, and no logger nests that deep.
constexpr int kMaxDepth = 128;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class Reader
{
public:
    explicit Reader(QByteArrayView text)
        : m_text(text)
    { }

    void skipSpace()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
    }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    bool consume(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }

    // After the opening quote; leaves `m_pos` after the closing one.
    bool string(QByteArrayView& contents, bool& escaped)
    {
        const qsizetype start = m_pos;
        escaped = false;
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == '"') {
                contents = m_text.sliced(start, m_pos - start);
                ++m_pos;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return false;
            if (c == '\\') {
                escaped = true;
                if (!escape())
                    return false;
            } else {
                ++m_pos;
            }
        }
        return false;
    }

    bool value(JsonScanner::Member& member, int depth)
    {
        const qsizetype start = m_pos;
        const char c = peek();
        bool ok = false;
        if (c == '"') {
            ++m_pos;
            member.kind = JsonScanner::Kind::String;
            return string(member.value, member.valueEscaped);
        }
        if (c == '{') {
            member.kind = JsonScanner::Kind::Object;
            ok = depth < kMaxDepth && object(depth + 1);
        } else if (c == '[') {
            member.kind = JsonScanner::Kind::Array;
            ok = depth < kMaxDepth && array(depth + 1);
        } else if (c == '-' || isDigit(c)) {
            member.kind = JsonScanner::Kind::Number;
            ok = number();
        } else {
            ok = literal(member.kind);
        }
        member.value = m_text.sliced(start, m_pos - start);
        return ok;
    }

    // At '{'; collects members only for the top level (`out` set).
    bool object(int depth, JsonScanner::Members* out = nullptr)
    {
        ++m_pos;
        skipSpace();
        if (consume('}'))
            return true;
        for (;;) {
            JsonScanner::Member member;
            bool keyEscaped = false;
            if (!consume('"') || !string(member.key, keyEscaped))
                return false;
            skipSpace();
            if (!consume(':'))
                return false;
            skipSpace();
            if (!value(member, depth))
                return false;
            if (out)
                out->append(member);
            skipSpace();
            if (consume('}'))
                return true;
            if (!consume(','))
                return false;
            skipSpace();
        }
    }

private:
    bool escape()
    {
        if (m_pos + 1 >= m_text.size())
            return false;
        switch (m_text[m_pos + 1]) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            m_pos += 2;
            return true;
        case 'u':
            for (qsizetype i = m_pos + 2; i < m_pos + 6; ++i) {
                if (i >= m_text.size() || hexValue(m_text[i]) < 0)
                    return false;
            }
            m_pos += 6;
            return true;
        default:
            return false;
        }
    }

    bool array(int depth)
    {
        ++m_pos;
        skipSpace();
        if (consume(']'))
            return true;
        for (;;) {
            JsonScanner::Member element;
            if (!value(element, depth))
                return false;
            skipSpace();
            if (consume(']'))
                return true;
            if (!consume(','))
                return false;
            skipSpace();
        }
    }

    bool digits()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
            ++m_pos;
        return m_pos > start;
    }

    bool number()
    {
        consume('-');
        if (consume('0')) {
            if (isDigit(peek()))
                return false;
        } else if (!digits()) {
            return false;
        }
        if (consume('.') && !digits())
            return false;
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (!consume('+'))
                consume('-');
            return digits();
        }
        return true;
    }

    bool literal(JsonScanner::Kind& kind)
    {
        static constexpr struct
        {
            const char* text;
            qsizetype size;
            JsonScanner::Kind kind;
        } kLiterals[] = {{"true", 4, JsonScanner::Kind::True},
                         {"false", 5, JsonScanner::Kind::False},
                         {"null", 4, JsonScanner::Kind::Null}};
        for (const auto& literal : kLiterals) {
            if (m_text.sliced(m_pos).startsWith(QByteArrayView(literal.text, literal.size))) {
                m_pos += literal.size;
                kind = literal.kind;
                return true;
            }
        }
        return false;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

void appendUtf8(QByteArray& out, char32_t code)
{
    if (code < 0x80) {
        out.append(static_cast<char>(code));
    } else if (code < 0x800) {
        out.append(static_cast<char>(0xC0 | (code >> 6)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.append(static_cast<char>(0xE0 | (code >> 12)));
        out.append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out.append(static_cast<char>(0xF0 | (code >> 18)));
        out.append(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        out.append(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.append(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

char32_t hex4(QByteArrayView raw, qsizetype pos)
{
    char32_t code = 0;
    for (qsizetype i = pos; i < pos + 4; ++i)
        code = code * 16 + static_cast<char32_t>(hexValue(raw[i]));
    return code;
}

} // namespace

bool JsonScanner::scanObject(QByteArrayView text, Members& members)
{
    members.clear();
    Reader reader(text);
    reader.skipSpace();
    if (reader.peek() != '{' || !reader.object(1, &members))
        return false;
    reader.skipSpace();
    return reader.atEnd();
}

QByteArray JsonScanner::decodeStringUtf8(QByteArrayView raw, bool escaped)
{
    if (!escaped)
        return raw.toByteArray();
    QByteArray out;
    out.reserve(raw.size());
    // `raw` was validated by the scanner: every backslash starts a complete escape.
    for (qsizetype i = 0; i < raw.size(); ++i) {
        if (raw[i] != '\\') {
            out.append(raw[i]);
            continue;
        }
        const char e = raw[++i];
        static constexpr char kFrom[] = "\"\\/bfnrt";
        static constexpr char kTo[] = "\"\\/\b\f\n\r\t";
        if (e != 'u') {
            for (int k = 0; k < 8; ++k) {
                if (kFrom[k] == e)
                    out.append(kTo[k]);
            }
            continue;
        }
        char32_t code = hex4(raw, i + 1);
        i += 4;
        if (code >= 0xD800 && code <= 0xDBFF && i + 6 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u') {
            const char32_t low = hex4(raw, i + 3);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            }
        }
        appendUtf8(out, code >= 0xD800 && code <= 0xDFFF ? char32_t(0xFFFD) : code);
    }
    return out;
}

QString JsonScanner::decodeString(const Member& member)
{
    if (!member.valueEscaped)
        return QString::fromUtf8(member.value);
    return QString::fromUtf8(decodeStringUtf8(member.value, true));
}

void JsonScanner::appendCompact(QByteArray& out, const Member& member)
{
    if (member.kind == Kind::String) {
        out.append('"').append(member.value).append('"');
        return;
    }
    if (member.kind != Kind::Object && member.kind != Kind::Array) {
        out.append(member.value);
        return;
    }
    // Copies runs between whitespace instead of byte by byte: most values have none.
    const QByteArrayView value = member.value;
    bool inString = false;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (isSpace(c)) {
            out.append(value.sliced(runStart, i - runStart));
            runStart = i + 1;
        } else {
            inString = c == '"';
        }
    }
    out.append(value.sliced(runStart));
}

void JsonScanner::appendEscaped(QByteArray& out, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const char c = utf8[i];
        const auto u = static_cast<unsigned char>(c);
        if (c != '"' && c != '\\' && u >= 0x20)
            continue;
        out.append(utf8.sliced(runStart, i - runStart));
        runStart = i + 1;
        if (c == '"' || c == '\\')
            out.append('\\').append(c);
        else if (c == '\n')
            out.append("\\n");
        else if (c == '\t')
            out.append("\\t");
        else if (c == '\r')
            out.append("\\r");
        else
            out.append("\\u00").append(kHex[u >> 4]).append(kHex[u & 15]);
    }
    out.append(utf8.sliced(runStart));
}

bool JsonScanner::toInteger(const Member& member, qint64& value)
{
    if (member.kind != Kind::Number || member.value.size() > 18)
        return false;
    qint64 result = 0;
    qsizetype i = member.value.front() == '-' ? 1 : 0;
    for (; i < member.value.size(); ++i) {
        if (!isDigit(member.value[i]))
            return false;
        result = result * 10 + (member.value[i] - '0');
    }
    value = member.value.front() == '-' ? -result : result;
    return true;
}

} // namespace debrief

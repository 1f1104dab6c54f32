// SPDX-License-Identifier: GPL-3.0-or-later
#include "SearchTextReader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QVector>

#include <algorithm>

namespace debrief {

namespace {

struct Token
{
    enum Kind
    {
        Word,
        Phrase,
        And,
        Or,
        Not,
        Open,
        Close,
    };
    Kind kind = Word;
    int start = 0; // index of the token's first character in the text
    int end = 0; // one past its last character (without a prefix star)
    QString text; // a word or the inside of a phrase (its doubled quotes made single)
    bool prefix = false;

    bool isOperator() const { return kind == And || kind == Or || kind == Not; }
    bool isTerm() const { return kind == Word || kind == Phrase; }
};

bool hasWordCharacter(QStringView text)
{
    // What FTS5's unicode61 tokenizer keeps: letters and numbers. A term without one gives FTS5
    // no token to look for.
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetterOrNumber(); });
}

constexpr const char* kContext = "SearchTextReader";

// `reason` names the column as %1.
QString columnError(const char* reason, int index)
{
    return QCoreApplication::translate(kContext, reason).arg(index + 1);
}

// `reason` names the term or operator as %1 and its column as %2.
QString termError(const char* reason, const QString& what, int index)
{
    return QCoreApplication::translate(kContext, reason).arg(what).arg(index + 1);
}

// Splits the text into words, phrases and (when `grouping`) parentheses; marks operators and
// prefix stars. Stops at an unbalanced quote, leaving `error` set.
class Lexer
{
public:
    Lexer(const QString& text, bool grouping)
        : m_text(text)
        , m_grouping(grouping)
    { }

    QVector<Token> tokens()
    {
        QVector<Token> tokens;
        m_i = 0;
        while (m_error.isEmpty()) {
            while (m_i < m_text.size() && m_text[m_i].isSpace())
                ++m_i;
            if (m_i >= m_text.size())
                break;
            readAtWordStart(tokens);
        }
        return tokens;
    }
    const QString& error() const { return m_error; }

private:
    void readAtWordStart(QVector<Token>& tokens)
    {
        const QChar c = m_text[m_i];
        if (c == u'"') {
            readPhrase(tokens);
        } else if (m_grouping && c == u'(') {
            tokens.append(Token {Token::Open, m_i, m_i + 1, QStringLiteral("("), false});
            ++m_depth;
            ++m_i;
        } else {
            readWord(tokens);
        }
    }

    void readPhrase(QVector<Token>& tokens)
    {
        const int open = m_i;
        QString inside;
        for (int j = open + 1; j < m_text.size(); ++j) {
            if (m_text[j] != u'"') {
                inside += m_text[j];
            } else if (j + 1 < m_text.size() && m_text[j + 1] == u'"') {
                inside += u'"'; // FTS5's own escape, kept for people who know it
                ++j;
            } else {
                Token phrase {Token::Phrase, open, j + 1, inside, false};
                m_i = j + 1;
                if (m_i < m_text.size() && m_text[m_i] == u'*') {
                    phrase.prefix = true;
                    ++m_i;
                }
                tokens.append(phrase);
                return;
            }
        }
        m_error = columnError(QT_TRANSLATE_NOOP("SearchTextReader", "unbalanced quote at column %1"), open);
    }

    void readWord(QVector<Token>& tokens)
    {
        const int start = m_i;
        while (m_i < m_text.size() && !m_text[m_i].isSpace())
            ++m_i;
        int end = m_i;
        // Closing parentheses at the end of a word close groups, as many as are open, after those
        // that close the word's own (`connect()` keeps its pair).
        int trailing = 0;
        while (end - trailing > start && m_text[end - trailing - 1] == u')')
            ++trailing;
        const QStringView body = QStringView(m_text).mid(start, end - trailing - start);
        const int ownOpen = std::max(0, int(body.count(u'(') - body.count(u')')));
        const int closes = m_grouping ? std::clamp(trailing - ownOpen, 0, m_depth) : 0;
        end -= closes;
        if (end > start)
            tokens.append(word(start, end));
        for (int k = 0; k < closes; ++k)
            tokens.append(Token {Token::Close, end + k, end + k + 1, QStringLiteral(")"), false});
        m_depth -= closes;
    }

    Token word(int start, int end) const
    {
        const QString text = m_text.mid(start, end - start);
        Token token {Token::Word, start, end, text, false};
        if (text == u"AND")
            token.kind = Token::And;
        else if (text == u"OR")
            token.kind = Token::Or;
        else if (text == u"NOT")
            token.kind = Token::Not;
        else if (text.size() >= 2 && text.endsWith(u'*') && text[text.size() - 2].isLetterOrNumber()) {
            token.prefix = true;
            token.text.chop(1);
            token.end = end - 1;
        }
        return token;
    }

    const QString& m_text;
    const bool m_grouping;
    int m_i = 0;
    int m_depth = 0;
    QString m_error;
};

QString quoted(const QString& term)
{
    QString escaped = term;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// Joins adjacent words into one term (the text between them as written): what was pasted from a
// log line is one piece. A prefix word ends its run, so `connection ref*` is a phrase prefix.
QVector<Token> joinWords(const QVector<Token>& tokens, const QString& text)
{
    QVector<Token> joined;
    for (const Token& token : tokens) {
        if (token.kind == Token::Word && !joined.isEmpty() && joined.constLast().kind == Token::Word
            && !joined.constLast().prefix) {
            Token& run = joined.last();
            run.end = token.end;
            run.text = text.mid(run.start, run.end - run.start);
            run.prefix = token.prefix;
            continue;
        }
        joined.append(token);
    }
    return joined;
}

// Checks the order of terms, operators and groups, as FTS5 would, but saying what is wrong in
// the user's words. Empty when the order is right.
QString orderError(const QVector<Token>& tokens)
{
    bool expectTerm = true;
    QVector<int> opens;
    const Token* previous = nullptr;
    for (const Token& token : tokens) {
        if (token.isTerm() && !hasWordCharacter(token.text))
            return termError(QT_TRANSLATE_NOOP("SearchTextReader",
                                               "'%1' at column %2 has no letters or digits to search for"
                                               " (a regular expression can find it)"),
                             token.text, token.start);
        if (token.isOperator()) {
            if (expectTerm)
                return termError(QT_TRANSLATE_NOOP("SearchTextReader", "%1 at column %2 needs a search term before it"),
                                 token.text, token.start);
            expectTerm = true;
        } else if (token.kind == Token::Open) {
            opens.append(token.start);
            expectTerm = true;
        } else if (token.kind == Token::Close) {
            if (previous && previous->kind == Token::Open)
                return columnError(QT_TRANSLATE_NOOP("SearchTextReader", "empty parentheses at column %1"),
                                   previous->start);
            if (expectTerm)
                return termError(QT_TRANSLATE_NOOP("SearchTextReader", "%1 at column %2 needs a search term after it"),
                                 previous->text, previous->start);
            opens.removeLast();
        } else {
            expectTerm = false;
        }
        previous = &token;
    }
    if (previous && previous->isOperator())
        return termError(QT_TRANSLATE_NOOP("SearchTextReader", "%1 at column %2 needs a search term after it"),
                         previous->text, previous->start);
    if (!opens.isEmpty())
        return columnError(QT_TRANSLATE_NOOP("SearchTextReader", "the parenthesis at column %1 is not closed"),
                           opens.constLast());
    return {};
}

QString ftsExpression(const QVector<Token>& tokens)
{
    QStringList parts;
    const Token* previous = nullptr;
    for (const Token& token : tokens) {
        // Side by side means AND; written out, so that FTS5 never has to guess around a group.
        const bool adjacent = previous && (previous->isTerm() || previous->kind == Token::Close)
            && (token.isTerm() || token.kind == Token::Open);
        if (adjacent)
            parts << QStringLiteral("AND");
        if (token.isTerm())
            parts << quoted(token.text) + (token.prefix ? QStringLiteral("*") : QString());
        else
            parts << token.text;
        previous = &token;
    }
    return parts.join(u' ');
}

// An operator, also one written against a parenthesis (`(a OR b)`, read as words while looking).
bool hasOperator(const QVector<Token>& tokens)
{
    return std::any_of(tokens.begin(), tokens.end(), [](const Token& t) {
        if (t.isOperator())
            return true;
        if (t.kind != Token::Word)
            return false;
        QStringView word(t.text);
        while (word.startsWith(u'('))
            word = word.mid(1);
        while (word.endsWith(u')'))
            word.chop(1);
        return word == u"AND" || word == u"OR" || word == u"NOT";
    });
}

} // namespace

SearchText SearchTextReader::read(const QString& text)
{
    SearchText result;
    Lexer plain(text, false);
    QVector<Token> tokens = plain.tokens();
    if (!plain.error().isEmpty()) {
        result.error = plain.error();
        return result;
    }
    // Parentheses group only in a text with operators: in pasted text they are text (`(errno 111)`).
    if (hasOperator(tokens)) {
        Lexer grouped(text, true);
        tokens = grouped.tokens();
    }
    tokens = joinWords(tokens, text);
    if (tokens.isEmpty())
        return result;
    result.error = orderError(tokens);
    if (!result.isValid())
        return result;
    result.fts = ftsExpression(tokens);
    result.prefix = std::any_of(tokens.begin(), tokens.end(), [](const Token& t) { return t.prefix; });
    if (tokens.size() == 1 && tokens[0].kind == Token::Word && !tokens[0].prefix)
        result.pasted = tokens[0].text;
    return result;
}

namespace {

// A field's value as a log line shows it: strings as they are, numbers and booleans as written.
QString valueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return value.toVariant().toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

} // namespace

bool SearchTextReader::namesFieldValue(const QString& pasted, const QString& fieldsJson)
{
    const QString text = pasted.trimmed();
    // Most candidates are messages: a fields object that does not even hold the text is no match.
    if (text.isEmpty() || fieldsJson.isEmpty())
        return false;
    static const QRegularExpression keyed(QStringLiteral("^([\\p{L}\\p{N}_.@-]+)\\s*[:=]\\s*(\\S.*)$"));
    const QRegularExpressionMatch m = keyed.match(text);
    const QString value = m.hasMatch() ? m.captured(2) : text;
    if (!fieldsJson.contains(value, Qt::CaseInsensitive))
        return false;
    const QJsonObject fields = QJsonDocument::fromJson(fieldsJson.toUtf8()).object();
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString v = valueText(it.value());
        if (v.compare(text, Qt::CaseInsensitive) == 0)
            return true;
        if (m.hasMatch() && it.key().compare(m.captured(1), Qt::CaseInsensitive) == 0
            && v.compare(value, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QRegularExpression SearchTextReader::containsPattern(const QString& pasted)
{
    const QString simple = pasted.simplified();
    QStringList pieces = simple.split(u' ', Qt::SkipEmptyParts);
    for (QString& piece : pieces)
        piece = QRegularExpression::escape(piece);
    QString pattern = pieces.join(QStringLiteral("\\s+"));
    if (!simple.isEmpty() && simple.front().isLetterOrNumber())
        pattern.prepend(QStringLiteral("(?<![\\p{L}\\p{N}])"));
    if (!simple.isEmpty() && simple.back().isLetterOrNumber())
        pattern.append(QStringLiteral("(?![\\p{L}\\p{N}])"));
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

} // namespace debrief

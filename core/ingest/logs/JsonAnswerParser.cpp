// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonAnswerParser.h"

#include "JsonElementLines.h"
#include "LevelWord.h"

#include <QJsonParseError>

namespace debrief {

namespace {

// The keys JsonRecordReader takes a level from (flat, ECS's nested log.level, Loki's labels).
bool hasLevelKey(const QJsonObject& object)
{
    return object.contains(u"level") || object.contains(u"severity") || object.contains(u"log.level")
        || object.value(u"log").toObject().contains(u"level") || object.value(u"labels").toObject().contains(u"level")
        || object.value(u"labels").toObject().contains(u"detected_level");
}

} // namespace

JsonAnswerParser::JsonAnswerParser(const LogParseContext& context)
    : m_reader(context)
{ }

void JsonAnswerParser::feed(QByteArrayView line, qint64 lineNumber, QVector<LogRecord>& out)
{
    if (m_firstLine == 0)
        m_firstLine = lineNumber;
    if (!m_tooLarge && m_text.size() + line.size() + 1 > kMaxDocumentBytes) {
        // Too large to read whole: what was collected and every line after it stay raw.
        m_tooLarge = true;
        keepRaw(out);
        m_text.clear();
    }
    if (m_tooLarge) {
        out.append(rawRecord(line, lineNumber));
        return;
    }
    // Lines arrive one by one and in order; the blank ones keep the line numbers right.
    m_text += line;
    m_text += '\n';
}

void JsonAnswerParser::finish(QVector<LogRecord>& out)
{
    if (m_firstLine == 0 || m_tooLarge)
        return;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_text, &error);
    const qsizetype before = out.size();
    if (error.error != QJsonParseError::NoError || !readAnswer(document, out)) {
        out.resize(before);
        keepRaw(out);
    }
    m_text.clear();
}

LogRecord JsonAnswerParser::rawRecord(QByteArrayView line, qint64 lineNumber)
{
    LogRecord raw;
    raw.line = lineNumber;
    raw.message = QString::fromUtf8(line);
    raw.unparsed = true;
    return raw;
}

void JsonAnswerParser::keepRaw(QVector<LogRecord>& out) const
{
    qint64 lineNumber = m_firstLine;
    for (qsizetype start = 0; start < m_text.size(); ++lineNumber) {
        qsizetype end = m_text.indexOf('\n', start);
        end = end < 0 ? m_text.size() : end;
        const QByteArrayView line = QByteArrayView(m_text).sliced(start, end - start);
        if (!line.trimmed().isEmpty())
            out.append(rawRecord(line, lineNumber));
        start = end + 1;
    }
}

LogRecord JsonAnswerParser::recordOf(const QJsonObject& object, bool levelFromText)
{
    LogRecord record;
    m_reader.read(QJsonDocument(object).toJson(QJsonDocument::Compact), record);
    if (levelFromText && !hasLevelKey(object)) {
        const QByteArray start = record.message.left(80).toUtf8();
        record.level = LevelWord::findUpperCase(start).value_or(record.level);
    }
    return record;
}

qint64 JsonAnswerParser::lineOf(const QList<QByteArray>& path, qsizetype index)
{
    const QByteArray key = path.isEmpty() ? QByteArray() : path.join('/');
    auto found = m_lines.find(key);
    if (found == m_lines.end())
        found = m_lines.insert(key, JsonElementLines::find(m_text, path, m_firstLine));
    return index >= 0 && index < found->size() ? found->at(index) : m_firstLine;
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "JsonRecordReader.h"
#include "LogFormat.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace debrief {

// The common LogParser of the JSON answers of log platforms' APIs (CloudWatch Logs, Loki,
// Elasticsearch, Cloud Logging), which are one document per file, often pretty-printed over
// thousands of lines: it collects the lines, reads the whole document with QJsonDocument at the end
// and lets a subclass walk it to its entries. Each entry object is mapped by JsonRecordReader, as a
// JSON log line would be, and placed on the line where it starts in the file. A document that is no
// valid JSON, larger than kMaxDocumentBytes or not the subclass's answer, is kept raw line by line
// (unparsed, so that the import says that nothing was read).
class JsonAnswerParser : public LogParser
{
public:
    // Whole-document parsing holds the text and its DOM at once: beyond this a file is refused.
    static constexpr qsizetype kMaxDocumentBytes = 64 * 1024 * 1024;

    explicit JsonAnswerParser(const LogParseContext& context);

    void feed(QByteArrayView line, qint64 lineNumber, QVector<LogRecord>& out) override;
    void finish(QVector<LogRecord>& out) override;

protected:
    // Appends the entries of `document` in document order; false when it is not this answer.
    virtual bool readAnswer(const QJsonDocument& document, QVector<LogRecord>& out) = 0;

    // One entry object as JsonRecordReader reads a JSON log line; the level read from the message
    // text ("[ERROR] ...") when the object has no level of its own and `levelFromText` is set.
    LogRecord recordOf(const QJsonObject& object, bool levelFromText = false);
    // The line of the `index`-th element of the array at `path` (JsonElementLines), the document's
    // first line when there is none.
    qint64 lineOf(const QList<QByteArray>& path, qsizetype index);

private:
    static LogRecord rawRecord(QByteArrayView line, qint64 lineNumber);
    void keepRaw(QVector<LogRecord>& out) const;

    JsonRecordReader m_reader;
    QByteArray m_text;
    qint64 m_firstLine = 0;
    bool m_tooLarge = false;
    QHash<QByteArray, QVector<qint64>> m_lines; // by path joined with '/'
};

} // namespace debrief

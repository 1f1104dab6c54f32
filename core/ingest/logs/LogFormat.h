// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogRecord.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>
#include <optional>

namespace debrief {

// Turns the lines of one file into records. Stateful, because entries can span lines: a stack
// trace continues the entry before it, and Kubernetes CRI joins 'P' partial lines until 'F'.
// Lines arrive without their line terminator ('\n', "\r\n") and as valid UTF-8 (the reader has
// repaired invalid sequences). Pure: no I/O, no logging.
class LogParser
{
public:
    virtual ~LogParser() = default;
    // Feeds line number `lineNumber` (1-based); appends the records completed so far to `out`.
    // A line the format cannot read becomes a record with unparsed = true and the raw line as
    // message, unless it is a continuation of the previous entry.
    virtual void feed(QByteArrayView line, qint64 lineNumber, QVector<LogRecord>& out) = 0;
    // End of input: appends the entry still pending, if any.
    virtual void finish(QVector<LogRecord>& out) = 0;
};

// A log format: its name (stable, used by --format and stored with each source), a description,
// sample lines that it must detect and parse without an unparsed record (a test checks every
// format's samples), a detection score, and a factory for its parser.
class LogFormat
{
public:
    virtual ~LogFormat() = default;
    virtual QString name() const = 0; // "syslog-rfc5424", "nginx-combined", "json-lines", ...
    virtual QString description() const = 0;
    virtual QStringList samples() const = 0;
    // 0.0 (not this format) .. 1.0 (certainly this format) for one line; detection averages it
    // over the first lines of a file and prefers specific formats over generic ones on ties.
    virtual double matchLine(QByteArrayView line) const = 0;
    // For a format whose unit is the whole file rather than a line (a JSON answer of a log
    // platform's API, often pretty-printed over thousands of lines): its score for the start of the
    // file, `head` (the first lines joined by '\n', possibly cut inside the document), which then
    // replaces the mean of matchLine(). None for line formats.
    virtual std::optional<double> matchDocument(QByteArrayView /*head*/) const { return std::nullopt; }
    // For a format whose parser reads the whole file as one document: the largest file it reads,
    // so that the reader does not cut a document written on one line. 0 for line formats.
    virtual qsizetype wholeFileBytes() const { return 0; }
    // Higher for formats whose match says more (a JSON with known keys beats the generic
    // timestamp-plus-text fallback). Generic fallback: 0; most formats: 10.
    virtual int specificity() const { return 10; }
    virtual std::unique_ptr<LogParser> createParser(const LogParseContext& context) const = 0;
};

} // namespace debrief

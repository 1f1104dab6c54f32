// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QVector>
#include <memory>

namespace debrief {

// What the reader changed so that every line is valid UTF-8 of bounded length, with the first
// lines concerned so that a warning can name them.
struct LogReadRepairs
{
    qint64 invalidSequences = 0; // invalid UTF-8 sequences and NUL bytes, each replaced by U+FFFD
    qint64 repairedLines = 0;
    qint64 cutLines = 0; // lines longer than LogFileReader::kMaxLineBytes
    qint64 droppedBytes = 0; // the bytes cut off those lines
    QVector<qint64> firstRepairedLines; // at most kExampleLines each
    QVector<qint64> firstCutLines;
    static constexpr int kExampleLines = 5;
};

// Streams the lines of a log file with bounded memory (about kBlockBytes + the longest line whatever
// the file size): gzip is inflated transparently (detected by its magic bytes, not the name),
// lines split on '\n' with a trailing '\r' removed, a leading UTF-8 BOM dropped, invalid UTF-8 and
// NUL bytes replaced by U+FFFD, and lines longer than kMaxLineBytes (or as asked) cut (the rest of such a line is
// dropped and counted). It reads the file up to the size it had when opened, so a log that grows
// while it is imported yields a consistent snapshot; a last line without '\n' is still a line.
// It also hashes the bytes it reads (the content hash of the source). Not a parser: it knows
// nothing of formats; one thread at a time.
class LogFileReader
{
public:
    static constexpr qsizetype kBlockBytes = 1 << 20;
    // Far longer than any real log line; a longer one is a dump or binary data, cut to this.
    static constexpr qsizetype kMaxLineBytes = 1 << 20;

    // `maxLineBytes`: where lines are cut; longer than kMaxLineBytes only for a format that reads the
    // file as one document (a JSON answer on one line), whose size it bounds anyway.
    explicit LogFileReader(const QString& path, qsizetype maxLineBytes = kMaxLineBytes);
    ~LogFileReader();
    LogFileReader(const LogFileReader&) = delete;
    LogFileReader& operator=(const LogFileReader&) = delete;

    // False with error() set when the file cannot be opened.
    bool open();
    // The next line, valid UTF-8 without its terminator; the view lives until the next call.
    // False at the end of the input or on an error (hasError() tells which).
    bool next(QByteArrayView& line);

    const QString& path() const { return m_path; }
    qint64 lineNumber() const { return m_lineNumber; } // of the line last returned, 1-based
    qint64 bytesRead() const { return m_bytesRead; } // of the file as stored (compressed for gzip)
    qint64 totalBytes() const { return m_totalBytes; } // the size when it was opened
    // How far the returned lines reach into the file as stored, for progress: exact for plain
    // files, the compressed bytes inflated so far for gzip.
    qint64 position() const;
    bool isGzip() const { return m_inflater != nullptr; }
    bool hasError() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; } // what went wrong, without the file name
    const LogReadRepairs& repairs() const { return m_repairs; }
    // SHA-256 of the file's bytes as stored, in hex; complete once next() has returned false.
    QString contentHash() const;

private:
    class Inflater;

    bool fill();
    bool readRaw(QByteArray& into);
    bool inflateSome();
    QByteArrayView takeLine(qsizetype start, qsizetype length, bool cut);
    QByteArrayView repair(QByteArrayView line);

    QString m_path;
    qsizetype m_maxLineBytes = kMaxLineBytes;
    QFile m_file;
    std::unique_ptr<Inflater> m_inflater;
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
    QByteArray m_buffer; // decoded bytes not yet returned start at m_pos
    qsizetype m_pos = 0;
    QByteArray m_raw; // the last block read from the file (gzip input)
    QByteArray m_repaired;
    bool m_eof = false;
    bool m_skipping = false; // inside the dropped rest of an over-long line
    qint64 m_lineNumber = 0;
    qint64 m_bytesRead = 0;
    qint64 m_totalBytes = 0;
    QString m_error;
    LogReadRepairs m_repairs;
};

} // namespace debrief

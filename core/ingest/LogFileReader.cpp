// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogFileReader.h"

#include <QCoreApplication>
#include <cstring>
#include <zlib.h>

namespace debrief {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(LogFileReader)
};

constexpr char kReplacement[] = "\xEF\xBF\xBD";

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// The length of the valid UTF-8 sequence at `p` (NUL counts as invalid: SQLite and C APIs stop at
// it), or the length of its longest valid prefix negated (at least -1): Unicode's "maximal
// subpart" rule, one U+FFFD per broken sequence.
int sequenceLength(const unsigned char* p, const unsigned char* end)
{
    const unsigned char lead = p[0];
    if (lead >= 0x01 && lead < 0x80)
        return 1;
    int length = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF; // no UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF; // nothing above U+10FFFF
    } else {
        return -1;
    }
    for (int i = 1; i < length; ++i) {
        if (p + i >= end)
            return -i;
        const unsigned char byte = p[i];
        if (i == 1 ? (byte < low || byte > high) : !isContinuation(byte))
            return -i;
    }
    return length;
}

bool isCleanAscii(QByteArrayView line)
{
    for (const char c : line) {
        if (c <= 0) // NUL or a byte >= 0x80 (char is signed on our platforms)
            return false;
    }
    return true;
}

} // namespace

// zlib's inflate state for gzip input: 16 + MAX_WBITS asks zlib for the gzip wrapper.
class LogFileReader::Inflater
{
public:
    Inflater() { m_ok = inflateInit2(&m_stream, 16 + MAX_WBITS) == Z_OK; }
    ~Inflater() { inflateEnd(&m_stream); }
    z_stream m_stream {};
    bool m_ok = false;
    bool m_memberEnded = false; // the last gzip member is complete; nothing is pending
};

LogFileReader::LogFileReader(const QString& path, qsizetype maxLineBytes)
    : m_path(path)
    , m_maxLineBytes(std::max<qsizetype>(maxLineBytes, 1))
    , m_file(path)
{ }

LogFileReader::~LogFileReader() = default;

bool LogFileReader::open()
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = Tr::tr("cannot read the file: %1").arg(m_file.errorString());
        return false;
    }
    m_totalBytes = m_file.isSequential() ? 0 : m_file.size();
    if (!readRaw(m_raw))
        return false;
    if (m_raw.size() >= 2 && quint8(m_raw[0]) == 0x1F && quint8(m_raw[1]) == 0x8B) {
        m_inflater = std::make_unique<Inflater>();
        if (!m_inflater->m_ok) {
            m_error = Tr::tr("cannot start the gzip decoder");
            return false;
        }
        m_inflater->m_stream.next_in = reinterpret_cast<Bytef*>(m_raw.data());
        m_inflater->m_stream.avail_in = uInt(m_raw.size());
    } else {
        m_buffer = std::move(m_raw);
        m_raw = QByteArray();
        m_eof = m_buffer.isEmpty();
    }
    return true;
}

bool LogFileReader::readRaw(QByteArray& into)
{
    // Only up to the size seen at open: what a writer appends meanwhile is left for another import.
    qint64 wanted = kBlockBytes;
    if (!m_file.isSequential())
        wanted = std::min<qint64>(wanted, m_totalBytes - m_bytesRead);
    into.resize(qsizetype(std::max<qint64>(wanted, 0)));
    const qint64 got = wanted > 0 ? m_file.read(into.data(), wanted) : 0;
    if (got < 0) {
        m_error = Tr::tr("cannot read the file: %1").arg(m_file.errorString());
        into.clear();
        return false;
    }
    into.resize(qsizetype(got));
    m_bytesRead += got;
    m_hash.addData(into);
    return true;
}

bool LogFileReader::inflateSome()
{
    z_stream& z = m_inflater->m_stream;
    if (z.avail_in == 0) {
        if (!readRaw(m_raw))
            return false;
        if (m_raw.isEmpty()) {
            m_eof = true;
            if (!m_inflater->m_memberEnded)
                m_error = Tr::tr("the gzip data ends early (the file is truncated)");
            return !hasError();
        }
        z.next_in = reinterpret_cast<Bytef*>(m_raw.data());
        z.avail_in = uInt(m_raw.size());
    }
    if (m_inflater->m_memberEnded) {
        // Concatenated members (`cat a.gz b.gz`) are one file; zero padding after the last is not.
        if (z.next_in[0] != 0x1F) {
            m_eof = true;
            return true;
        }
        inflateReset(&z);
        m_inflater->m_memberEnded = false;
    }
    // At most one block of output per call, so a highly compressed file cannot blow up memory.
    const qsizetype before = m_buffer.size();
    m_buffer.resize(before + kBlockBytes);
    z.next_out = reinterpret_cast<Bytef*>(m_buffer.data() + before);
    z.avail_out = uInt(kBlockBytes);
    const int rc = inflate(&z, Z_NO_FLUSH);
    m_buffer.resize(before + (kBlockBytes - qsizetype(z.avail_out)));
    if (rc == Z_STREAM_END) {
        m_inflater->m_memberEnded = true;
    } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        m_error = Tr::tr("the gzip data is corrupt: %1").arg(QString::fromLatin1(z.msg ? z.msg : "unknown error"));
        return false;
    }
    return true;
}

bool LogFileReader::fill()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_inflater)
        return inflateSome();
    QByteArray block;
    if (!readRaw(block))
        return false;
    if (block.isEmpty())
        m_eof = true;
    m_buffer.append(block);
    return true;
}

bool LogFileReader::next(QByteArrayView& line)
{
    while (!hasError()) {
        const char* begin = m_buffer.constData() + m_pos;
        const qsizetype available = m_buffer.size() - m_pos;
        const auto* newline = static_cast<const char*>(std::memchr(begin, '\n', size_t(available)));
        if (m_skipping) {
            const qsizetype skipped = newline ? newline - begin + 1 : available;
            m_repairs.droppedBytes += newline ? skipped - 1 : skipped;
            m_pos += skipped;
            m_skipping = !newline;
            if (!newline && (m_eof || !fill()))
                return false;
            continue;
        }
        if (newline) {
            const qsizetype length = newline - begin;
            m_pos += length + 1;
            if (length > m_maxLineBytes) {
                m_repairs.droppedBytes += length - m_maxLineBytes;
                line = takeLine(m_pos - length - 1, m_maxLineBytes, true);
            } else {
                line = takeLine(m_pos - length - 1, length, false);
            }
            return true;
        }
        if (available > m_maxLineBytes) {
            line = takeLine(m_pos, m_maxLineBytes, true);
            m_pos += available; // the line's rest is dropped up to the next '\n'
            m_repairs.droppedBytes += available - m_maxLineBytes;
            m_skipping = true;
            return true;
        }
        if (m_eof) {
            if (available == 0)
                return false;
            m_pos += available;
            line = takeLine(m_pos - available, available, false);
            return true;
        }
        if (!fill())
            return false;
    }
    return false;
}

QByteArrayView LogFileReader::takeLine(qsizetype start, qsizetype length, bool cut)
{
    ++m_lineNumber;
    QByteArrayView line(m_buffer.constData() + start, length);
    if (cut) {
        // Back off to the start of a UTF-8 sequence so the cut does not itself break one.
        qsizetype end = length;
        for (int i = 0; i < 3 && end > 0 && isContinuation(uchar(line[end - 1])); ++i)
            --end;
        if (end > 0 && uchar(line[end - 1]) >= 0xC0)
            --end;
        line = line.first(end > 0 ? end : length);
        m_repairs.droppedBytes += length - line.size();
        ++m_repairs.cutLines;
        if (m_repairs.firstCutLines.size() < LogReadRepairs::kExampleLines)
            m_repairs.firstCutLines << m_lineNumber;
    } else if (line.endsWith('\r')) {
        line.chop(1);
    }
    if (m_lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
        line = line.sliced(3);
    return isCleanAscii(line) ? line : repair(line);
}

QByteArrayView LogFileReader::repair(QByteArrayView line)
{
    const auto* p = reinterpret_cast<const unsigned char*>(line.data());
    const auto* end = p + line.size();
    qint64 replaced = 0;
    m_repaired.clear();
    const unsigned char* copied = p; // start of the valid run not yet copied
    while (p < end) {
        const int length = sequenceLength(p, end);
        if (length > 0) {
            p += length;
            continue;
        }
        m_repaired.append(reinterpret_cast<const char*>(copied), p - copied);
        m_repaired.append(kReplacement, 3);
        p += -length;
        copied = p;
        ++replaced;
    }
    if (replaced == 0)
        return line;
    m_repaired.append(reinterpret_cast<const char*>(copied), p - copied);
    m_repairs.invalidSequences += replaced;
    ++m_repairs.repairedLines;
    if (m_repairs.firstRepairedLines.size() < LogReadRepairs::kExampleLines)
        m_repairs.firstRepairedLines << m_lineNumber;
    return QByteArrayView(m_repaired);
}

qint64 LogFileReader::position() const
{
    if (m_inflater)
        return m_bytesRead - qint64(m_inflater->m_stream.avail_in);
    return m_bytesRead - qint64(m_buffer.size() - m_pos);
}

QString LogFileReader::contentHash() const
{
    return QString::fromLatin1(m_hash.result().toHex());
}

} // namespace debrief

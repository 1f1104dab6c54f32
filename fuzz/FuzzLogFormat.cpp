// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for one log format, chosen at build time by DEBRIEF_FUZZ_LOG_FORMAT: the bytes
// are split into lines as LogFileReader hands them over (valid UTF-8, no terminator) and fed to the
// format's parser and to its detection scores (per line, and on the whole text for the formats that
// read a whole document). Crashes and sanitizer reports are findings; so is a record that claims a
// line outside the input.
#include "LogFormatRegistry.h"

#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace debrief;
    static const LogFormat* format = LogFormatRegistry::builtIn().find(QStringLiteral(DEBRIEF_FUZZ_LOG_FORMAT));
    if (!format)
        __builtin_trap();
    // The reader repairs invalid UTF-8 before parsers see it; do the same here.
    const QByteArray text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)).toUtf8();
    LogParseContext context;
    context.defaultYear = 2024;
    auto parser = format->createParser(context);
    QVector<LogRecord> records;
    qint64 lineNumber = 0;
    for (const QByteArrayView line : text.split('\n')) {
        ++lineNumber;
        format->matchLine(line);
        parser->feed(line, lineNumber, records);
    }
    parser->finish(records);
    format->matchDocument(text);
    for (const LogRecord& record : records) {
        if (record.line < 1 || record.line > lineNumber)
            __builtin_trap();
    }
    return 0;
}

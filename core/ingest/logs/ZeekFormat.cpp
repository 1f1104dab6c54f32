// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZeekFormat.h"

#include "FieldsWriter.h"
#include "LineLogParser.h"
#include "Rfc3339Time.h"

#include <QCoreApplication>
#include <QList>

namespace debrief {

namespace {

bool isZeekDirective(QByteArrayView line)
{
    static constexpr const char* kNames[] = {"#separator ", "#set_separator", "#empty_field", "#unset_field",
                                             "#path",       "#open",          "#close",       "#fields",
                                             "#types"};
    for (const char* name : kNames) {
        if (line.startsWith(name))
            return true;
    }
    return false;
}

// "\x09" -> a tab; the header writes the separator escaped.
char separatorOf(QByteArrayView value)
{
    if (value.size() == 4 && value.startsWith("\\x")) {
        bool ok = false;
        const int code = value.sliced(2).toByteArray().toInt(&ok, 16);
        return ok && code > 0 && code < 128 ? char(code) : '\t';
    }
    return value.size() == 1 ? value.front() : '\t';
}

// The record's "ts": epoch seconds with a fraction, in the plausible range of times.
std::optional<qint64> epochOf(QByteArrayView value)
{
    const auto ms = Rfc3339Time::epochTextToMs(value);
    if (!ms || !Rfc3339Time::plausibleEpochMs(*ms))
        return std::nullopt;
    return ms;
}

// Continuations: none; every line is a record or a directive.
class ZeekParser : public LineLogParser
{
public:
    ZeekParser()
        : LineLogParser(Continuations::None)
    { }

protected:
    bool isDirective(QByteArrayView line) override
    {
        if (!line.startsWith('#'))
            return false;
        if (line.startsWith("#separator "))
            m_separator = separatorOf(line.sliced(11).trimmed());
        else if (line.startsWith("#fields"))
            m_names = line.toByteArray().split(m_separator).mid(1);
        return true;
    }

    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        const QList<QByteArray> values = line.toByteArray().split(m_separator);
        if (m_names.isEmpty() || values.size() != m_names.size())
            return std::nullopt;
        LogRecord record;
        QByteArray message;
        m_fields.clear();
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QByteArray& name = m_names[i];
            const QByteArray& value = values[i];
            if (name == "ts") {
                record.at = epochOf(value);
                record.timeText = QString::fromUtf8(value);
                continue;
            }
            if (value == "-" || value == "(empty)")
                continue;
            m_fields.addString(name, value);
            // The columns a reader looks at first, where the log has them (http, dns, conn).
            if (name == "method" || name == "host" || name == "uri" || name == "status_code" || name == "query"
                || name == "proto" || name == "service" || name == "id.resp_h")
                message += (message.isEmpty() ? "" : " ") + value;
        }
        if (!record.at)
            return std::nullopt;
        record.message = QString::fromUtf8(message.isEmpty() ? line.toByteArray() : message);
        record.fields = m_fields.finish();
        return record;
    }

private:
    char m_separator = '\t';
    QList<QByteArray> m_names;
    FieldsWriter m_fields;
};

} // namespace

QString ZeekFormat::name() const
{
    return QStringLiteral("zeek");
}

QString ZeekFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Zeek (Bro) TSV logs: #separator and #fields header, tab-separated records "
                                       "with an epoch ts");
}

QStringList ZeekFormat::samples() const
{
    // From the real corpus (08, http.log), shortened to three columns.
    return {
        QStringLiteral("#separator \\x09"),
        QStringLiteral("#fields\tts\tuid\thost"),
        QStringLiteral("1320279566.452687\tCwFs1P2UcUdlSxD2La\twww.reddit.com"),
    };
}

double ZeekFormat::matchLine(QByteArrayView line) const
{
    if (isZeekDirective(line))
        return 1.0;
    // An epoch with microseconds, then a tab: the "ts" column opens every Zeek log.
    const qsizetype tab = line.indexOf('\t');
    if (tab != 17 || line[10] != '.' || !epochOf(line.first(tab)))
        return 0.0;
    return 0.7;
}

std::unique_ptr<LogParser> ZeekFormat::createParser(const LogParseContext&) const
{
    return std::make_unique<ZeekParser>();
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#include "MongoDbFormat.h"

#include "FieldsWriter.h"
#include "LineLogParser.h"
#include "Rfc3339Time.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace debrief {

namespace {

std::optional<LogLevel> severityOf(QByteArrayView s)
{
    if (s.isEmpty())
        return std::nullopt;
    switch (s.front()) {
    case 'F':
        return s.size() == 1 ? std::optional(LogLevel::Critical) : std::nullopt;
    case 'E':
        return s.size() == 1 ? std::optional(LogLevel::Error) : std::nullopt;
    case 'W':
        return s.size() == 1 ? std::optional(LogLevel::Warning) : std::nullopt;
    case 'I':
        return s.size() == 1 ? std::optional(LogLevel::Info) : std::nullopt;
    case 'D': // D, D1..D5
        return s.size() == 1 || (s.size() == 2 && s[1] >= '1' && s[1] <= '5') ? std::optional(LogLevel::Debug)
                                                                               : std::nullopt;
    default:
        return std::nullopt;
    }
}

QByteArrayView wordAt(QByteArrayView line, qsizetype& pos)
{
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    const qsizetype start = pos;
    while (pos < line.size() && line[pos] != ' ')
        ++pos;
    return line.sliced(start, pos - start);
}

// The text log of 4.2 and older.
std::optional<LogRecord> readText(QByteArrayView line)
{
    if (line.size() < 30 || line[4] != '-' || line[10] != 'T')
        return std::nullopt;
    const auto time = Rfc3339Time::parsePrefix(line, 0);
    if (!time || !time->hasZone || time->length >= line.size() || line[time->length] != ' ')
        return std::nullopt;
    qsizetype pos = time->length;
    const auto level = severityOf(wordAt(line, pos));
    const QByteArrayView component = wordAt(line, pos);
    while (pos < line.size() && line[pos] == ' ')
        ++pos;
    const qsizetype close = pos < line.size() && line[pos] == '[' ? line.indexOf("] ", pos) : -1;
    if (!level || component.isEmpty() || close < 0)
        return std::nullopt;
    LogRecord record;
    record.at = time->utcMs;
    record.timeText = QString::fromUtf8(line.first(time->length));
    record.level = *level;
    record.service = component == "-" ? QString() : QString::fromUtf8(component);
    record.message = QString::fromUtf8(line.sliced(close + 2));
    FieldsWriter fields;
    fields.addString("ctx", line.sliced(pos + 1, close - pos - 1));
    record.fields = fields.finish();
    return record;
}

// The JSON log of 4.4 and newer: "t" is {"$date": "..."}, and "s", "c", "ctx", "msg" are always there.
std::optional<LogRecord> readJson(QByteArrayView line)
{
    if (!line.startsWith("{\"t\":{\"$date\":"))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(line.toByteArray()).object();
    const QByteArray date = object.value(QLatin1String("t")).toObject().value(QLatin1String("$date")).toString().toUtf8();
    const auto at = Rfc3339Time::parse(date, 0);
    const auto level = severityOf(object.value(QLatin1String("s")).toString().toUtf8());
    if (!at || !level || !object.contains(QLatin1String("msg")))
        return std::nullopt;
    LogRecord record;
    record.at = at;
    record.timeText = QString::fromUtf8(date);
    record.level = *level;
    record.service = object.value(QLatin1String("c")).toString();
    record.message = object.value(QLatin1String("msg")).toString();
    QJsonObject fields;
    for (const char* key : {"ctx", "id", "attr", "tags", "truncated", "size"}) {
        if (object.contains(QLatin1String(key)))
            fields.insert(QLatin1String(key), object.value(QLatin1String(key)));
    }
    record.fields = fields.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    return record;
}

class MongoDbParser : public LineLogParser
{
public:
    MongoDbParser()
        : LineLogParser(Continuations::None)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        if (auto record = readText(line))
            return record;
        return readJson(line);
    }
};

} // namespace

QString MongoDbFormat::name() const
{
    return QStringLiteral("mongodb");
}

QString MongoDbFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "MongoDB server logs: the text log up to 4.2 (time, severity, component, "
                                       "[context]) and the JSON log of 4.4+");
}

QStringList MongoDbFormat::samples() const
{
    return {
        // From the real corpus (14, mongod 4.2.11).
        QStringLiteral("2020-03-12T00:00:01.935+0000 I  CONTROL  [signalProcessingThread] pid=83759 port=27017 64-bit "
                       "host=ip-10-118-120-0.ec2.internal"),
        // MongoDB 4.4's documented example (docs.mongodb.com, "Log Messages").
        QStringLiteral(R"({"t":{"$date":"2020-05-01T15:16:17.180+00:00"},"s":"I","c":"NETWORK","id":12345,)"
                       R"("ctx":"listener","msg":"Listening on","attr":{"address":"127.0.0.1"}})"),
    };
}

double MongoDbFormat::matchLine(QByteArrayView line) const
{
    return readText(line) || readJson(line) ? 1.0 : 0.0;
}

std::unique_ptr<LogParser> MongoDbFormat::createParser(const LogParseContext&) const
{
    return std::make_unique<MongoDbParser>();
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "IncidentRepository.h"
#include "LineLogParser.h"
#include "LogFormatRegistry.h"

#include <QFile>
#include <QList>

namespace debrief::test {

// "<epoch ms> <level> <host> <service> <message>": a specific test format standing in for the
// real ones, so that the pipeline is tested on its own. Indented lines continue an entry.
class EpochLineFormat : public LogFormat
{
public:
    QString name() const override { return QStringLiteral("test-epoch"); }
    QString description() const override { return QStringLiteral("epoch ms, level, host, service, message"); }
    QStringList samples() const override { return {QStringLiteral("1723316400000 info web nginx started")}; }
    double matchLine(QByteArrayView line) const override { return parse(line) ? 1.0 : 0.0; }
    std::unique_ptr<LogParser> createParser(const LogParseContext&) const override
    {
        return std::make_unique<Parser>();
    }

    static std::optional<LogRecord> parse(QByteArrayView line)
    {
        const QList<QByteArray> parts = line.toByteArray().split(' ');
        if (parts.size() < 5 || parts[0].isEmpty())
            return std::nullopt;
        bool ok = false;
        const qint64 at = parts[0].toLongLong(&ok);
        const auto level = logLevelFromText(QString::fromUtf8(parts[1]));
        if (!ok || !level)
            return std::nullopt;
        LogRecord record;
        record.at = at;
        record.timeText = QString::fromUtf8(parts[0]);
        record.level = *level;
        record.host = QString::fromUtf8(parts[2]);
        record.service = QString::fromUtf8(parts[3]);
        record.message = QString::fromUtf8(parts.mid(4).join(' '));
        return record;
    }

private:
    class Parser : public LineLogParser
    {
    public:
        Parser()
            : LineLogParser(Continuations::Indented)
        { }
        std::optional<LogRecord> parseLine(QByteArrayView line) override { return parse(line); }
    };
};

// A generic fallback: any line starting with a digit, half sure; its specificity is 0.
class DigitLineFormat : public LogFormat
{
public:
    QString name() const override { return QStringLiteral("test-generic"); }
    QString description() const override { return QStringLiteral("a digit, then text"); }
    QStringList samples() const override { return {QStringLiteral("12 text")}; }
    double matchLine(QByteArrayView line) const override
    {
        return !line.isEmpty() && line.front() >= '0' && line.front() <= '9' ? 1.0 : 0.0;
    }
    int specificity() const override { return 0; }
    std::unique_ptr<LogParser> createParser(const LogParseContext&) const override
    {
        return std::make_unique<Parser>();
    }

private:
    class Parser : public LineLogParser
    {
    public:
        Parser()
            : LineLogParser(Continuations::None)
        { }
        std::optional<LogRecord> parseLine(QByteArrayView line) override
        {
            LogRecord record;
            record.message = QString::fromUtf8(line);
            return record;
        }
    };
};

inline LogFormatRegistry testRegistry()
{
    LogFormatRegistry registry;
    registry.add(std::make_unique<DigitLineFormat>()); // first, so only specificity can rank it lower
    registry.add(std::make_unique<EpochLineFormat>());
    return registry;
}

inline void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

inline IncidentId createIncident(Database& db)
{
    Incident incident;
    incident.title = QStringLiteral("Login outage");
    incident.date = QDate(2024, 8, 10);
    return IncidentRepository(db).create(incident);
}

} // namespace debrief::test

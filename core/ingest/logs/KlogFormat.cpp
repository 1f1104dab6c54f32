// SPDX-License-Identifier: GPL-3.0-or-later
#include "KlogFormat.h"

#include "FieldsWriter.h"
#include "KlogHeader.h"
#include "LineLogParser.h"
#include "YearTracker.h"

#include <QCoreApplication>

namespace debrief {

namespace {

// Continuations: glog writes a multi-line message as it is, so its later lines carry no header;
// any line that is not a header continues the entry before it (Continuations::Unparsable).
class KlogParser : public LineLogParser
{
public:
    explicit KlogParser(const LogParseContext& context)
        : LineLogParser(Continuations::Unparsable)
        , m_context(context)
        , m_years(context.defaultYear)
    { }

protected:
    std::optional<LogRecord> parseLine(QByteArrayView line) override
    {
        const auto header = KlogHeader::read(line);
        if (!header)
            return std::nullopt;
        const int year = m_years.yearFor(header->month);
        const auto at = KlogHeader::utcMs(*header, year, m_context.defaultOffsetSeconds);
        if (!at)
            return std::nullopt;
        m_years.advanceTo(year, header->month);
        LogRecord record;
        record.at = at;
        record.timeText = QString::fromUtf8(line.first(header->timeText.size() + 1));
        record.level = header->level;
        const qsizetype colon = header->source.lastIndexOf(':');
        record.service = QString::fromUtf8(colon > 0 ? header->source.first(colon) : header->source);
        record.message = QString::fromUtf8(header->message);
        m_fields.clear();
        m_fields.addString("thread", header->thread);
        m_fields.addString("source", header->source);
        record.fields = m_fields.finish();
        return record;
    }

private:
    LogParseContext m_context;
    YearTracker m_years;
    FieldsWriter m_fields;
};

} // namespace

QString KlogFormat::name() const
{
    return QStringLiteral("klog");
}

QString KlogFormat::description() const
{
    return QCoreApplication::translate("LogFormat",
                                       "Kubernetes klog and Google glog: level letter, month and day, time, "
                                       "thread, file:line] message");
}

QStringList KlogFormat::samples() const
{
    // From the real corpus (kube-controller-manager, glog's logging_unittest).
    return {
        QStringLiteral("I1025 16:06:03.138991       1 serving.go:348] Generated self-signed cert in-memory"),
        QStringLiteral("E0517 15:04:22.619632 1952452992 logging_unittest.cc:253] Log every 3, iteration 19"),
        QStringLiteral("W0517 15:04:22.619751    2452992 logging_unittest.cc:263] log_if this"),
    };
}

double KlogFormat::matchLine(QByteArrayView line) const
{
    return KlogHeader::read(line) ? 1.0 : 0.0;
}

std::unique_ptr<LogParser> KlogFormat::createParser(const LogParseContext& context) const
{
    return std::make_unique<KlogParser>(context);
}

} // namespace debrief

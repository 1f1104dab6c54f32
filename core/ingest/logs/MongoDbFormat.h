// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LogFormat.h"

namespace debrief {

// mongod and mongos logs in both generations: the text log up to 4.2
// ("2020-03-12T00:00:01.935+0000 I  CONTROL  [signalProcessingThread] msg": time with its offset,
// severity letter F E W I D or D1..D5, component, [context], message) and the structured JSON of
// 4.4+ ({"t":{"$date":"..."},"s":"I","c":"NETWORK","id":22943,"ctx":"listener","msg":"...",
// "attr":{...}}). The component is the service; the context, the message id and the attributes go
// into fields. Every line is one entry.
class MongoDbFormat : public LogFormat
{
public:
    QString name() const override;
    QString description() const override;
    QStringList samples() const override;
    double matchLine(QByteArrayView line) const override;
    std::unique_ptr<LogParser> createParser(const LogParseContext& context) const override;
};

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceSeries.h"

#include <QRegularExpression>

namespace debrief {

bool EvidenceSeries::looksLikeErrorSignal(const QString& name, const QString& labels)
{
    // Word parts as metric names write them (snake_case, dotted, camelCase, spaced): the
    // usual names of failure counters, saturation waits and latency, not of throughput.
    static const QRegularExpression trouble(
        QStringLiteral(
            "(error|err(?![a-z])|fail|fault|exception|5xx|timeout|timed.?out|denied|reject|refus|"
            "unavailable|unhealthy|wait|queue|pending|saturat|exhaust|throttl|drop|latenc|locked|lockout|panic|"
            "crash|restart|oom|kill)"),
        QRegularExpression::CaseInsensitiveOption);
    // Labels only count as a status: code="5xx", status="500", outcome="failure".
    static const QRegularExpression troubleLabel(
        QStringLiteral("(^|,)(code|status|status_code|outcome|result)=(5\\d\\d|5xx|fail\\w*|error\\w*)(,|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return trouble.match(name).hasMatch() || troubleLabel.match(labels).hasMatch();
}

} // namespace debrief

// SPDX-License-Identifier: GPL-3.0-or-later
// PLACEHOLDER
#include "TimeExpressionParser.h"
namespace debrief {
std::optional<TimeExpression> TimeExpressionParser::parseLeading(QStringView) { return std::nullopt; }
std::optional<TimeExpression> TimeExpressionParser::find(QStringView) { return std::nullopt; }
std::optional<QDate> TimeExpressionParser::findDate(QStringView) { return std::nullopt; }
std::optional<int> TimeExpressionParser::zoneOffsetSeconds(QStringView, const QDate&) { return std::nullopt; }
std::optional<int> TimeExpressionParser::parseDurationMinutes(QStringView) { return std::nullopt; }
} // namespace debrief

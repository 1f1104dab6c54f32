// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZoneNames.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <utility>

namespace debrief {

namespace {

// Minutes east of UTC.
constexpr std::pair<const char*, int> kAbbreviations[] = {
    {"UTC", 0},    {"GMT", 0},    {"UT", 0},     {"Z", 0},       {"WET", 0},     {"WEST", 60},  {"BST", 60},
    {"IST", 330},  {"CET", 60},   {"CEST", 120}, {"MET", 60},    {"MEST", 120},  {"EET", 120},  {"EEST", 180},
    {"MSK", 180},  {"TRT", 180},  {"EAT", 180},  {"WAT", 60},    {"CAT", 120},   {"SAST", 120}, {"GST", 240},
    {"PKT", 300},  {"NPT", 345},  {"ICT", 420},  {"WIB", 420},   {"SGT", 480},   {"HKT", 480},  {"PHT", 480},
    {"AWST", 480}, {"JST", 540},  {"KST", 540},  {"ACST", 570},  {"ACDT", 630},  {"AEST", 600}, {"AEDT", 660},
    {"NZST", 720}, {"NZDT", 780}, {"HST", -600}, {"AKST", -540}, {"AKDT", -480}, {"PST", -480}, {"PDT", -420},
    {"MST", -420}, {"MDT", -360}, {"CST", -360}, {"CDT", -300},  {"EST", -300},  {"EDT", -240}, {"AST", -240},
    {"ADT", -180}, {"NST", -210}, {"NDT", -150}, {"BRT", -180},  {"ART", -180},  {"CLT", -240}, {"COT", -300},
    {"PET", -300}, {"UYT", -180},
};

// Names that follow daylight saving time, so they only have an offset on a given day.
constexpr std::pair<const char*, const char*> kGenericNames[] = {
    {"PT", "America/Los_Angeles"},
    {"MT", "America/Denver"},
    {"CT", "America/Chicago"},
    {"ET", "America/New_York"},
};

std::optional<int> numericOffset(QStringView zone)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:(?:UTC|GMT|UT)\\s*)?(?<sign>[+\\-\u2212])\\s*(?<h>\\d{1,2})(?::?(?<m>\\d{2}))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(zone);
    if (!m.hasMatch())
        return std::nullopt;
    const int hours = m.captured(QStringLiteral("h")).toInt();
    const int minutes = m.captured(QStringLiteral("m")).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    return m.captured(QStringLiteral("sign")) == u"+" ? seconds : -seconds;
}

std::optional<int> ianaOffset(const QByteArray& id, const QDate& onDate)
{
    const QTimeZone zone(id);
    if (!zone.isValid())
        return std::nullopt;
    // Noon keeps clear of the night-time daylight saving switches.
    const QDateTime when = onDate.isValid() ? QDateTime(onDate, QTime(12, 0), zone) : QDateTime::currentDateTimeUtc();
    return zone.offsetFromUtc(when);
}

} // namespace

std::optional<int> ZoneNames::offsetSeconds(QStringView zone, const QDate& onDate)
{
    const QString name = zone.trimmed().toString();
    if (name.isEmpty())
        return std::nullopt;
    const QByteArray upper = name.toUpper().toLatin1();
    for (const auto& [abbreviation, minutes] : kAbbreviations) {
        if (upper == abbreviation)
            return minutes * 60;
    }
    for (const auto& [generic, iana] : kGenericNames) {
        if (upper == generic)
            return ianaOffset(iana, onDate);
    }
    if (const auto offset = numericOffset(name))
        return offset;
    if (name.contains(u'/'))
        return ianaOffset(name.toLatin1(), onDate);
    return std::nullopt;
}

} // namespace debrief

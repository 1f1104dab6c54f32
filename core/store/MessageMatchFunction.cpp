// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageMatchFunction.h"

#include "SearchTextReader.h"
#include "StoreError.h"

#include <QRegularExpression>
#include <QString>

#include <sqlite3.h>

namespace debrief {

namespace {

// The last text's pattern, per connection: one search asks with the same text for every row.
struct PatternCache
{
    QString pasted;
    QRegularExpression pattern;
};

QString textOf(sqlite3_value* value)
{
    const auto* data = static_cast<const char16_t*>(sqlite3_value_text16(value));
    const int bytes = sqlite3_value_bytes16(value);
    return data ? QString::fromUtf16(data, bytes / 2) : QString();
}

void contains(sqlite3_context* context, int, sqlite3_value** arguments)
{
    auto* cache = static_cast<PatternCache*>(sqlite3_user_data(context));
    const QString pasted = textOf(arguments[0]);
    if (pasted != cache->pasted || !cache->pattern.isValid()) {
        cache->pasted = pasted;
        cache->pattern = SearchTextReader::containsPattern(pasted);
    }
    const bool inMessage = cache->pattern.match(textOf(arguments[1])).hasMatch();
    const bool inFields = !inMessage && sqlite3_value_type(arguments[2]) != SQLITE_NULL
        && SearchTextReader::namesFieldValue(pasted, textOf(arguments[2]));
    sqlite3_result_int(context, inMessage || inFields ? 1 : 0);
}

void destroy(void* cache)
{
    delete static_cast<PatternCache*>(cache);
}

} // namespace

void MessageMatchFunction::install(sqlite3* db)
{
    const int rc = sqlite3_create_function_v2(db, "debrief_contains", 3, SQLITE_UTF16 | SQLITE_DETERMINISTIC,
                                              new PatternCache, contains, nullptr, nullptr, destroy);
    if (rc != SQLITE_OK)
        throw StoreError(QStringLiteral("cannot register debrief_contains: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
}

} // namespace debrief

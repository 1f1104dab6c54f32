// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvLogColumns.h"

#include <string_view>

namespace debrief {

namespace {

using namespace std::string_view_literals;

struct KnownName
{
    std::string_view name; // lower case
    CsvLogColumns::Role role;
};

// In the order of preference within a role.
constexpr KnownName kNames[] = {
    {"_time"sv, CsvLogColumns::Time},         {"@timestamp"sv, CsvLogColumns::Time},
    {"timestamp"sv, CsvLogColumns::Time},     {"date"sv, CsvLogColumns::Time},
    {"time"sv, CsvLogColumns::Time},          {"datetime"sv, CsvLogColumns::Time},
    {"_raw"sv, CsvLogColumns::Message},       {"message"sv, CsvLogColumns::Message},
    {"content"sv, CsvLogColumns::Message},    {"msg"sv, CsvLogColumns::Message},
    {"log"sv, CsvLogColumns::Message},        {"text"sv, CsvLogColumns::Message},
    {"@message"sv, CsvLogColumns::Message},   {"host"sv, CsvLogColumns::Host},
    {"host.name"sv, CsvLogColumns::Host},     {"hostname"sv, CsvLogColumns::Host},
    {"service"sv, CsvLogColumns::Service},    {"service.name"sv, CsvLogColumns::Service},
    {"sourcetype"sv, CsvLogColumns::Service}, {"app"sv, CsvLogColumns::Service},
    {"component"sv, CsvLogColumns::Service},  {"status"sv, CsvLogColumns::Level},
    {"level"sv, CsvLogColumns::Level},        {"log.level"sv, CsvLogColumns::Level},
    {"severity"sv, CsvLogColumns::Level},
};

} // namespace

CsvLogColumns::CsvLogColumns(const QVector<QByteArrayView>& header)
{
    for (qsizetype column = 0; column < header.size(); ++column) {
        const QByteArray name = header[column].trimmed().toByteArray();
        m_names << name;
        const QByteArray lower = name.toLower();
        int rank = 0;
        for (const KnownName& known : kNames) {
            ++rank;
            if (lower != QByteArrayView(known.name.data(), qsizetype(known.name.size())))
                continue;
            if (m_column[known.role] < 0 || rank < m_rank[known.role]) {
                m_column[known.role] = int(column);
                m_rank[known.role] = rank;
            }
            break;
        }
    }
}

bool CsvLogColumns::hasRole(qsizetype column) const
{
    for (const int roleColumn : m_column) {
        if (roleColumn == column)
            return true;
    }
    return false;
}

} // namespace debrief

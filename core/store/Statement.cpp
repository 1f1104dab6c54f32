// SPDX-License-Identifier: GPL-3.0-or-later
#include "Statement.h"

#include "StoreError.h"

#include <sqlite3.h>

namespace debrief {

Statement::Statement(sqlite3* db, const char* sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        throw StoreError(QStringLiteral("cannot prepare statement: %1 (%2)")
                             .arg(QString::fromUtf8(sqlite3_errmsg(db)), QString::fromUtf8(sql).left(80)),
                         sqlite3_extended_errcode(db));
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::check(int rc, const char* what)
{
    if (rc != SQLITE_OK)
        throw StoreError(QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(m_db))),
                         sqlite3_extended_errcode(m_db));
}

Statement& Statement::bind(int index, qint64 value)
{
    check(sqlite3_bind_int64(m_stmt, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    check(sqlite3_bind_double(m_stmt, index, value), "bind");
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    // constData() of an empty QByteArray is "", never null, so SQLite stores '' rather than NULL.
    check(sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    check(sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT), "bind");
    return *this;
}

Statement& Statement::bindText(int index, QByteArrayView utf8)
{
    // data() of an empty view may be null, which SQLite would store as NULL instead of ''.
    const char* data = utf8.isEmpty() ? "" : utf8.data();
    check(sqlite3_bind_text(m_stmt, index, data, int(utf8.size()), SQLITE_STATIC), "bind");
    return *this;
}

Statement& Statement::bindNull(int index)
{
    check(sqlite3_bind_null(m_stmt, index), "bind");
    return *this;
}

int Statement::parameterCount() const
{
    return sqlite3_bind_parameter_count(m_stmt);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
    const int code = sqlite3_extended_errcode(m_db);
    sqlite3_reset(m_stmt);
    throw StoreError(QStringLiteral("statement failed: %1").arg(message), code);
}

void Statement::exec()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString(QLatin1String(""));
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

std::optional<qint64> Statement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return int64(column);
}

} // namespace debrief

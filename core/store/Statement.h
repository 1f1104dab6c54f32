// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace debrief {

// A prepared SQLite statement with typed binds and column reads. Move-only; finalised on
// destruction. Binds are 1-based as in SQLite, columns 0-based.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value); // always text: a null QString binds ''
    Statement& bind(int index, const QByteArray& value); // as a blob
    // UTF-8 text bound without a copy: the bytes must stay valid until the statement is stepped
    // (the bulk log import binds each message once into two statements this way).
    Statement& bindText(int index, QByteArrayView utf8);
    Statement& bindNull(int index);
    template<typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // The highest parameter number the statement uses.
    int parameterCount() const;

    // Steps once: true while a row is available.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void exec();
    void reset();

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const; // empty for NULL and for an empty blob: ask isNull()
    std::optional<qint64> optionalInt64(int column) const;
    QString optionalText(int column) const { return isNull(column) ? QString() : text(column); }

private:
    void check(int rc, const char* what);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace debrief

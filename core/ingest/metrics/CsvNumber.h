// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <optional>

namespace debrief {

// Reads the value cells of CSV metric exports, including Grafana's formatted values with the
// unit written after the number ("45.2 ms", "12%", "1.5 kB", "3.2 MiB", "1.20 K req/s"), and
// converts between units of one family (kB and MiB to B, ms and min to s) so that a column whose
// values Grafana scaled one by one becomes one series in one unit. Not a units library: only the
// prefixes and units Grafana's formatters write, and plain SI prefixes on a short list of bases.
class CsvNumber
{
public:
    enum class Kind
    {
        Number,
        Gap, // empty, "null", "NaN", "undefined", "N/A": a hole the chart keeps
        Text, // not a number at all
    };
    struct Cell
    {
        Kind kind = Kind::Gap;
        double value = 0.0;
        QByteArrayView unit; // as written, trimmed; empty when there is none
    };
    struct Scale
    {
        double factor = 1.0; // value in `base` = value * factor
        QString base;
    };

    // `delimiter` decides what a lone ',' means: a thousands separator when the file is
    // comma-separated (the cell was quoted: "1,234.5"), else a decimal comma ("1,5" in a
    // semicolon file from a European locale).
    static Cell parse(QByteArrayView text, char delimiter);
    // The factor to the family's base unit; nullopt when `unit` is not a known scaled unit.
    static std::optional<Scale> scale(const QString& unit);
};

} // namespace debrief

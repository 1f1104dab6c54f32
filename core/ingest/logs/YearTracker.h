// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace debrief {

// The year of timestamps that write none (syslog "Aug 10", klog "I0810", logcat "08-10"): it starts
// at the context's year and rolls forward when the month jumps back by more than six months
// (Dec -> Jan); smaller steps back are out-of-order lines, not a new year; a December line just
// after the roll keeps the old year. Stateful, one per parser.
class YearTracker
{
public:
    explicit YearTracker(int firstYear)
        : m_firstYear(firstYear)
        , m_year(firstYear)
    { }
    // The year of a line in `month` (1..12), given the lines before it.
    int yearFor(int month) const
    {
        if (m_lastMonth != 0 && m_lastMonth - month > 6)
            return m_year + 1;
        if (m_year > m_firstYear && month - m_lastMonth > 6)
            return m_year - 1;
        return m_year;
    }
    // Called once a line of that year and month was valid: only real lines move the year.
    void advanceTo(int year, int month)
    {
        if (year < m_year)
            return;
        m_year = year;
        m_lastMonth = month;
    }

private:
    int m_firstYear;
    int m_year;
    int m_lastMonth = 0;
};

} // namespace debrief

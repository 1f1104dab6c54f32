// SPDX-License-Identifier: GPL-3.0-or-later
#include "TimeAxisSync.h"

#include "EvidenceChartView.h"

namespace debrief {

TimeAxisSync::TimeAxisSync(QObject* parent)
    : QObject(parent)
{ }

void TimeAxisSync::addView(EvidenceChartView* view)
{
    m_views.append(view);
    connect(view, &EvidenceChartView::visibleRangeChanged, this,
            [this, view](const TimeWindow& range) { follow(view, range); });
}

void TimeAxisSync::follow(EvidenceChartView* source, const TimeWindow& range)
{
    if (m_applying)
        return;
    m_applying = true;
    for (const QPointer<EvidenceChartView>& view : std::as_const(m_views)) {
        if (view && view != source)
            view->setVisibleRange(range);
    }
    m_applying = false;
    Q_EMIT rangeChanged(range);
}

} // namespace debrief

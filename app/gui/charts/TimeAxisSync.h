// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimeWindow.h"

#include <QObject>
#include <QPointer>
#include <QVector>

namespace debrief {

class EvidenceChartView;

// Keeps the visible time range of several charts in step: zooming or panning one moves the
// others to the same range, so that a spike in a metric lines up with the burst of errors below
// it. It owns no chart; a chart destroyed elsewhere simply drops out.
class TimeAxisSync : public QObject
{
    Q_OBJECT

public:
    explicit TimeAxisSync(QObject* parent = nullptr);

    void addView(EvidenceChartView* view);
    int viewCount() const { return int(m_views.size()); }

Q_SIGNALS:
    void rangeChanged(const debrief::TimeWindow& range);

private:
    void follow(EvidenceChartView* source, const TimeWindow& range);

    QVector<QPointer<EvidenceChartView>> m_views;
    bool m_applying = false; // the views' own echoes of a range being handed out
};

} // namespace debrief

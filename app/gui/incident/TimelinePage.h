// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TimelineEvent.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace debrief {

class TimelineModel;

// The timeline tab: a count line and the table of entries (TimelineModel) with wrapped text, so
// that the team can walk through the incident row by row. Evidence beside the timeline (charts,
// logs) is a later page, not this one.
class TimelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePage(QWidget* parent = nullptr);

    void setEvents(const QVector<TimelineEvent>& events);
    TimelineModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

private:
    void configureView();

    TimelineModel* m_model = nullptr;
    QLabel* m_counts = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace debrief

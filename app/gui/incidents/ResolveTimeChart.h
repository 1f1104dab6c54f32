// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Ids.h"

#include <QChartView>
#include <QVector>

class QBarCategoryAxis;
class QBarSet;
class QValueAxis;

namespace debrief {

class IncidentListModel;

// The dashboard's small chart: one bar per incident with a known duration (start to end), oldest
// on the left, so that a review sees whether incidents are resolved faster over time. The bar of
// the incident shown in the window is highlighted; clicking a bar asks for that incident. It reads
// the IncidentListModel's summaries and nothing else (no store, no SQL), and follows the model's
// resets. Colours come from the palette (ChartTheme), so it reads in dark mode and on a projector.
class ResolveTimeChart : public QChartView
{
    Q_OBJECT

public:
    explicit ResolveTimeChart(QWidget* parent = nullptr);

    void setModel(IncidentListModel* model);
    void setSelectedIncident(IncidentId id);

    int barCount() const { return int(m_incidents.size()); }
    IncidentId incidentAtBar(int bar) const;
    // -1 when the selected incident has no bar (no duration) or none is selected.
    int selectedBar() const;
    double minutesAtBar(int bar) const;
    QStringList categories() const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void incidentClicked(debrief::IncidentId id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void fillBars();
    void applyColors();
    void updateSelection();
    void updateAccessibleDescription();

    IncidentListModel* m_model = nullptr;
    QBarSet* m_bars = nullptr;
    QBarCategoryAxis* m_categoryAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QVector<IncidentId> m_incidents; // per bar
    IncidentId m_selected;
};

} // namespace debrief

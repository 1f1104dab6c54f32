// SPDX-License-Identifier: GPL-3.0-or-later
#include "IncidentDashboard.h"

#include "IncidentListModel.h"
#include "ResolveTimeChart.h"

#include <QHeaderView>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace debrief {

IncidentDashboard::IncidentDashboard(QTableView* list, IncidentListModel* model, QWidget* parent)
    : QWidget(parent)
    , m_list(list)
    , m_chart(new ResolveTimeChart(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    setAccessibleName(tr("Incident dashboard"));
    m_splitter->setObjectName(QStringLiteral("DashboardSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(true);
    // The dashboard compares incidents by how long they lasted: the duration earns its column.
    m_list->horizontalHeader()->showSection(IncidentListModel::DurationColumn);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_chart->setModel(model);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentDashboard::followCurrentRow);
    // A reset of the list (another store, an import) rebuilds the bars; the current row then
    // arrives again through currentRowChanged, or not at all when it stayed: pick it up here.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { followCurrentRow(m_list->currentIndex()); });
    connect(m_chart, &ResolveTimeChart::incidentClicked, this, &IncidentDashboard::selectIncident);
    followCurrentRow(m_list->currentIndex());
}

bool IncidentDashboard::selectIncident(IncidentId id)
{
    const QAbstractItemModel* shown = m_list->model();
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QModelIndex index = shown->index(row, 0);
        if (index.data(IncidentListModel::IncidentIdRole).toLongLong() == id.value) {
            m_list->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void IncidentDashboard::followCurrentRow(const QModelIndex& current)
{
    m_chart->setSelectedIncident(IncidentId {current.data(IncidentListModel::IncidentIdRole).toLongLong()});
}

} // namespace debrief

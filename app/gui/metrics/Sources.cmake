# SPDX-License-Identifier: GPL-3.0-or-later
# The Metrics page: the series list with a filter and the chart of the selected series.
target_sources(DebriefGui PRIVATE
    metrics/MetricSeriesListModel.cpp metrics/MetricSeriesListModel.h
    metrics/MetricsPage.cpp metrics/MetricsPage.h
)
target_include_directories(DebriefGui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/metrics)

# SPDX-License-Identifier: GPL-3.0-or-later
# The evidence charts: Qt Charts views on one UTC time axis, fed off the GUI thread.
target_sources(DebriefGui PRIVATE
    charts/ChartDataLoader.cpp charts/ChartDataLoader.h
    charts/ChartDataWorker.cpp charts/ChartDataWorker.h
    charts/ChartTheme.cpp charts/ChartTheme.h
    charts/EventMarker.h
    charts/EvidenceChartView.cpp charts/EvidenceChartView.h
    charts/EvidenceTimeRange.cpp charts/EvidenceTimeRange.h
    charts/LogRateFeeder.cpp charts/LogRateFeeder.h
    charts/MetricSeriesFeeder.cpp charts/MetricSeriesFeeder.h
    charts/SeriesPyramid.cpp charts/SeriesPyramid.h
    charts/SuggestionPanel.cpp charts/SuggestionPanel.h
    charts/TimeAxisSync.cpp charts/TimeAxisSync.h
    charts/TimeWindow.h
    charts/UtcTimeTicks.cpp charts/UtcTimeTicks.h
)
target_include_directories(DebriefGui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/charts)

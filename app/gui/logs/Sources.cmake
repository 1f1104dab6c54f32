# SPDX-License-Identifier: GPL-3.0-or-later
# The Logs tab: a windowed table over the store's log entries, read by a worker thread.
target_sources(DebriefGui PRIVATE
    logs/LogFilterBar.cpp logs/LogFilterBar.h
    logs/LogLevelStyle.cpp logs/LogLevelStyle.h
    logs/LogMessageDelegate.cpp logs/LogMessageDelegate.h
    logs/LogRowLocator.cpp logs/LogRowLocator.h
    logs/LogRowSelection.cpp logs/LogRowSelection.h
    logs/LogTableModel.cpp logs/LogTableModel.h
    logs/LogTableView.cpp logs/LogTableView.h
    logs/LogViewportModel.cpp logs/LogViewportModel.h
    logs/LogWindowFetcher.cpp logs/LogWindowFetcher.h
    logs/LogsPage.cpp logs/LogsPage.h
)
target_include_directories(DebriefGui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/logs)

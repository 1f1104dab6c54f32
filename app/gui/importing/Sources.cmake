# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(DebriefGui PRIVATE
    importing/ImportController.cpp importing/ImportController.h
    importing/DocumentDayDialog.cpp importing/DocumentDayDialog.h
    importing/ImportSummary.h
    importing/ImportWorker.cpp importing/ImportWorker.h
)
target_include_directories(DebriefGui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/importing)

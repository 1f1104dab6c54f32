# SPDX-License-Identifier: GPL-3.0-or-later
target_sources(DebriefGui PRIVATE
    editing/IncidentDetailsDialog.cpp editing/IncidentDetailsDialog.h
    editing/IncidentEditor.cpp editing/IncidentEditor.h
    editing/MarkdownEditDialog.cpp editing/MarkdownEditDialog.h
    editing/StoreEditCommand.cpp editing/StoreEditCommand.h
    editing/WhyStepDialog.cpp editing/WhyStepDialog.h
)
target_include_directories(DebriefGui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/editing)

# SPDX-License-Identifier: GPL-3.0-or-later
# The Document page: the imported text line by line, each line marked by what it became.
target_sources(DebriefGui PRIVATE
    document/DocumentLinesModel.cpp document/DocumentLinesModel.h
    document/DocumentPage.cpp document/DocumentPage.h
)
target_include_directories(DebriefGui PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/document)

# SPDX-License-Identifier: GPL-3.0-or-later
# Translations: one .ts per language for the whole product (core messages, CLI, GUI).
# `cmake --build BUILD --target update_translations` runs lupdate over every target's sources;
# lrelease turns the .ts files into .qm files at build time, embedded under :/i18n in both programs.

set(DEBRIEF_TS_FILES ${PROJECT_SOURCE_DIR}/translations/debrief_de.ts)

# Absolute paths of the sources of the given targets, for lupdate.
function(debrief_collect_sources out_var)
    set(all)
    foreach(target IN LISTS ARGN)
        if(NOT TARGET ${target})
            continue()
        endif()
        get_target_property(dir ${target} SOURCE_DIR)
        get_target_property(sources ${target} SOURCES)
        foreach(source IN LISTS sources)
            if(source MATCHES "\\.(cpp|h)$" AND NOT source MATCHES "_autogen")
                cmake_path(ABSOLUTE_PATH source BASE_DIRECTORY ${dir} NORMALIZE OUTPUT_VARIABLE absolute)
                list(APPEND all ${absolute})
            endif()
        endforeach()
    endforeach()
    set(${out_var} ${all} PARENT_SCOPE)
endfunction()

debrief_collect_sources(DEBRIEF_TR_SOURCES
    DebriefModel DebriefStore DebriefPostmortem DebriefAnalysis DebriefLogFormats DebriefIngest DebriefCli debrief-cli DebriefGui
    debrief)

# The same list for the test that every source string is translated (tests/i18n).
list(JOIN DEBRIEF_TR_SOURCES "\n" DEBRIEF_TR_SOURCES_TEXT)
file(WRITE ${CMAKE_BINARY_DIR}/translation-sources.txt "${DEBRIEF_TR_SOURCES_TEXT}\n")

qt_add_lupdate(debrief-cli TS_FILES ${DEBRIEF_TS_FILES} SOURCES ${DEBRIEF_TR_SOURCES} OPTIONS -no-obsolete -locations none)
qt_add_lrelease(debrief-cli TS_FILES ${DEBRIEF_TS_FILES} QM_FILES_OUTPUT_VARIABLE DEBRIEF_QM_FILES)

foreach(target debrief-cli debrief)
    if(TARGET ${target})
        qt_add_resources(${target} "${target}_translations" PREFIX /i18n BASE ${CMAKE_CURRENT_BINARY_DIR}
                         FILES ${DEBRIEF_QM_FILES})
    endif()
endforeach()

# SPDX-License-Identifier: GPL-3.0-or-later
# Run as a test (cmake -P): lupdate over every source into a copy of the .ts file; any message the
# copy then marks unfinished is a user-visible string added without its translation.
# Inputs: LUPDATE, TS_FILE, SOURCES_LIST (one source per line), WORK_FILE.
file(COPY_FILE "${TS_FILE}" "${WORK_FILE}")
execute_process(COMMAND "${LUPDATE}" -no-obsolete -locations none "@${SOURCES_LIST}" -ts "${WORK_FILE}"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${err}")
endif()
file(READ "${WORK_FILE}" content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\""
       missing "${content}")
if(missing)
    list(LENGTH missing count)
    string(REPLACE "<translation type=\"unfinished\"" "" missing "${missing}")
    message(FATAL_ERROR "${count} source string(s) have no translation in ${TS_FILE}; run "
                        "`cmake --build BUILD --target update_translations` and translate them:\n${missing}")
endif()

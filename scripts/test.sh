#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and runs the whole test suite: first a warnings-as-errors
# build, then the same tests under AddressSanitizer and UndefinedBehaviorSanitizer, then the tests
# of the threaded import under ThreadSanitizer. DEBRIEF_NO_SANITIZE=1 skips the sanitizer passes.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/deps.sh"

export QT_QPA_PLATFORM=offscreen
jobs=$(nproc)

"$root/scripts/build.sh" test -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDEBRIEF_WERROR=ON
ctest --test-dir "$root/build/test" --output-on-failure -j "$jobs"

if [ "${DEBRIEF_NO_SANITIZE:-0}" != "1" ]; then
    "$root/scripts/build.sh" sanitize -DCMAKE_BUILD_TYPE=Debug -DDEBRIEF_SANITIZE=ON
    export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
    export LSAN_OPTIONS=suppressions=$root/scripts/lsan.supp:print_suppressions=0
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    ctest --test-dir "$root/build/sanitize" --output-on-failure -j "$jobs"

    # ThreadSanitizer over the tests whose code runs on more than one thread (the log import's
    # parsing thread and its queue). Qt's own libraries are not instrumented; our threads meet through
    # std::mutex and std::condition_variable, which ThreadSanitizer sees.
    tsan_tests=(TestLogImport TestFileImport)
    tsan_dir="$root/build/tsan"
    [ -f "$tsan_dir/build.ninja" ] || cmake -S "$root" -B "$tsan_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DDEBRIEF_TSAN=ON -DDEBRIEF_BUILD_GUI=OFF -DDEBRIEF_BUILD_BENCH=OFF >/dev/null
    cmake --build "$tsan_dir" -j "$jobs" --target "${tsan_tests[@]}"
    export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=$root/scripts/tsan.supp
    ctest --test-dir "$tsan_dir" --output-on-failure -j "$jobs" -R "^($(IFS='|'; echo "${tsan_tests[*]}"))\$"
fi

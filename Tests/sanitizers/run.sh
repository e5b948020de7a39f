#!/usr/bin/env bash
# Runs docgen's tests under the sanitizers, each build in its own scratch
# directory (from scratch, a few minutes each on 2 cores):
#   asan  the whole `swift test` under AddressSanitizer, LeakSanitizer on
#         (Linux's default), with lsan.supp (only what ExitReserve keeps);
#   tsan  the concurrency tests under ThreadSanitizer: Parallel.map, the
#         OutputWriter, the background SearchIndexJob (every site build);
#   reliability  Tests/reliability against a release ASan build of `docgen`.
#   Tests/sanitizers/run.sh [asan] [tsan] [reliability]   (default: all three)
# Logs go to .build-asan/sanitizers-*.log and .build-tsan/sanitizers-tsan.log;
# exits 1 when any sanitizer reported or any test failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=(asan tsan reliability)
# Swift's crash backtracer would take a sanitizer's signal first.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$root/Tests/sanitizers/lsan.supp:print_suppressions=1"
# Leaks are checked in every `docgen` process (the end-to-end tests and the
# reliability suite run the binary on whole sites), not in the XCTest runner
# itself: there XCTest's own test objects show as leaked, reachable only
# through Swift's weak-reference side tables, which LeakSanitizer cannot
# follow (see lsan.supp); <binary>.asan-options, read per binary (%b),
# turns the check off for docgenPackageTests.xctest only.
export ASAN_OPTIONS="detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1"
ASAN_OPTIONS+=":include_if_exists=$root/Tests/sanitizers/%b.asan-options"
# Workers: more than the cores, so that Parallel.map interleaves even on 2.
export TSAN_OPTIONS="halt_on_error=0:second_deadlock_stack=1"
tsan_filter='DeterminismTests|OutputWriterTests|IncrementalOutputTests|SearchIndexTests|SearchIndexExtensionsTests|GeneratedSiteTests'

status=0
summary() { # log, name
  local reports tests
  reports=$(grep -cE "ERROR: (AddressSanitizer|LeakSanitizer)|WARNING: ThreadSanitizer" "$1")
  tests=$(grep -E "Executed [0-9]+ tests?, with [0-9]+ failures?" "$1" | tail -1 | sed 's/^[[:space:]]*//')
  echo "$2: ${reports} sanitizer report(s); ${tests:-no XCTest summary}; log $1"
  [ "$reports" -eq 0 ] || status=1
}

for step in "${steps[@]}"; do
  case $step in
  asan)
    mkdir -p .build-asan
    log=.build-asan/sanitizers-asan.log
    swift test --sanitize=address --scratch-path .build-asan >"$log" 2>&1 || status=1
    summary "$log" "asan (swift test)"
    ;;
  tsan)
    mkdir -p .build-tsan
    log=.build-tsan/sanitizers-tsan.log
    DOCGEN_WORKERS=4 swift test --sanitize=thread --scratch-path .build-tsan --filter "$tsan_filter" >"$log" 2>&1 \
      || status=1
    summary "$log" "tsan (concurrency tests)"
    ;;
  reliability)
    mkdir -p .build-asan
    log=.build-asan/sanitizers-reliability.log
    # A release build: the suite's time limits are for an optimized binary.
    # Each docgen process writes its sanitizer reports to reports/docgen.<pid>.
    reports=.build-asan/reliability-reports
    rm -rf "$reports" && mkdir -p "$reports"
    swift build -c release --sanitize=address --scratch-path .build-asan --product docgen >"$log" 2>&1 || status=1
    ASAN_OPTIONS="$ASAN_OPTIONS:log_path=$root/$reports/docgen" DOCGEN=$root/.build-asan/release/docgen \
      python3 -m unittest discover -s Tests/reliability -t Tests/reliability >>"$log" 2>&1
    # Cases that cap the address space (RLIMIT_AS) cannot run under ASan,
    # which reserves terabytes of shadow memory at start: they are counted
    # apart, not as findings.
    capped=$(grep -l ReserveShadowMemoryRange "$reports"/* 2>/dev/null | wc -l)
    rm -f $(grep -l ReserveShadowMemoryRange "$reports"/* 2>/dev/null)
    cat "$reports"/* >>"$log" 2>/dev/null
    summary "$log" "reliability (ASan docgen)"
    grep -E "^(Ran|OK|FAILED)" "$log"
    failed=$(grep -cE "^(FAIL|ERROR):" "$log")
    echo "  $failed failing case(s), of which $capped could not start under ASan (address-space cap)"
    [ "$failed" -eq "$capped" ] || status=1
    ;;
  *) echo "unknown step $step (asan, tsan, reliability)" >&2; exit 2 ;;
  esac
done
exit $status

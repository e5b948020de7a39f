#!/usr/bin/env bash
# Builds the libFuzzer targets (release, -sanitize=fuzzer,address) and runs
# each for SECONDS (default 600), two at a time, from the committed seeds.
# First every committed crasher is replayed: a crasher that fails again is a
# regression. New inputs go to .build-fuzz/corpus/<target>/, findings to
# .build-fuzz/artifacts/<target>/, logs to .build-fuzz/logs/<target>.log.
#   Tests/fuzz/run.sh [SECONDS] [TARGET...]     (SECONDS=0: only replay crashers)
set -uo pipefail
cd "$(dirname "$0")"
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzFrontMatter FuzzMarkdown FuzzMustache FuzzLinkTarget)
scratch=.build-fuzz
mkdir -p "$scratch"
# Swift's own crash backtracer would take the signal before libFuzzer and ASan.
export SWIFT_BACKTRACE=enable=no

# SwiftPM's --sanitize=fuzzer instruments C code and links libFuzzer, but
# (Swift 6.3) does not pass the flag to the Swift compiler: without
# -Xswiftc -sanitize=fuzzer the Swift modules get no coverage counters and
# libFuzzer fuzzes blind. -enable-testing: the front-matter and link-target
# targets reach internal entry points with `@testable import`.
flags=(-c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer -Xswiftc -enable-testing
  --scratch-path "$scratch")
swift build "${flags[@]}" >"$scratch/build.log" 2>&1 || { grep -v __asan_extra_spill_area "$scratch/build.log"; exit 2; }
bin=$(swift build "${flags[@]}" --show-bin-path)

# Seeds and input size limits per target (FuzzX reads corpus/x/).
corpus_name() { case $1 in FuzzFrontMatter) echo frontmatter ;; FuzzMarkdown) echo markdown ;;
  FuzzMustache) echo mustache ;; FuzzLinkTarget) echo linktarget ;; esac; }
max_len() { case $1 in FuzzMarkdown) echo 16384 ;; FuzzLinkTarget) echo 1024 ;; *) echo 4096 ;; esac; }

status=0
for target in "${targets[@]}"; do
  name=$(corpus_name "$target")
  crashers=(crashers/"$name"/*)
  [ -e "${crashers[0]}" ] || continue
  if "$bin/$target" -timeout=10 -rss_limit_mb=2048 "${crashers[@]}" >"$scratch/replay-$name.log" 2>&1; then
    echo "$target: ${#crashers[@]} crasher(s) replayed, all pass"
  else
    echo "$target: a committed crasher fails again; see $scratch/replay-$name.log"
    status=1
  fi
done
[ "$seconds" -gt 0 ] || exit $status

mkdir -p "$scratch/logs"
fuzz() {
  local target=$1 name
  name=$(corpus_name "$target")
  mkdir -p "$scratch/corpus/$name" "$scratch/artifacts/$name"
  "$bin/$target" "$scratch/corpus/$name" "corpus/$name" \
    -max_total_time="$seconds" -max_len="$(max_len "$target")" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$scratch/artifacts/$name/" >"$scratch/logs/$target.log" 2>&1
  echo "$target exited $?"
}
# Two at a time: the machine's cores are shared.
for ((i = 0; i < ${#targets[@]}; i += 2)); do
  fuzz "${targets[i]}" &
  [ $((i + 1)) -lt ${#targets[@]} ] && fuzz "${targets[i + 1]}" &
  wait
done

printf '%-16s %12s %8s %8s %8s %s\n' target executions exec/s cov ft findings
for target in "${targets[@]}"; do
  name=$(corpus_name "$target")
  log="$scratch/logs/$target.log"
  runs=$(grep -oE 'stat::number_of_executed_units: +[0-9]+' "$log" | grep -o '[0-9]*$')
  speed=$(grep -oE 'stat::average_exec_per_sec: +[0-9]+' "$log" | grep -o '[0-9]*$')
  cov=$(grep -oE '^#[0-9]+.*cov: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$')
  ft=$(grep -oE '^#[0-9]+.*ft: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+$')
  found=$(ls "$scratch/artifacts/$name" | wc -l)
  printf '%-16s %12s %8s %8s %8s %s\n' "$target" "${runs:-?}" "${speed:-?}" "${cov:-?}" "${ft:-?}" "$found"
  [ "$found" -eq 0 ] || status=1
done
exit $status

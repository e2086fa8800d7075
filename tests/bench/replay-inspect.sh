#!/usr/bin/env bash
# Whole-process replay benchmark: bin/falco-inspect against Debian's sysdig on the same capture of
# about 14M events (qemu-large.scap repeated with shifted timestamps by tests/bench/multiply-scap),
# both with a filter that matches nothing, timed in the same run. Prints events/s and the ratio.
#
#   tests/bench/replay-inspect.sh [SOURCE.scap [COPIES]]
#   BENCH_FILE=/path/big.scap  where the multiplied capture goes (kept for the next run)
#   BENCH_RUNS=N               runs of each tool (the best is kept; default 1)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
src=${1:-$root/../shared/traces/qemu-large.scap}
copies=${2:-96}
big=${BENCH_FILE:-${TMPDIR:-/tmp}/falcoj-replay-$(basename "$src" .scap)-x$copies.scap}
runs=${BENCH_RUNS:-1}
# Matches no event, but makes both tools look at the thread of every event.
filter='proc.name=falcoj-no-such-process'

command -v sysdig >/dev/null || { echo "replay-inspect: sysdig is not installed (tools/install-deps.sh)" >&2; exit 2; }
[ -r "$src" ] || { echo "replay-inspect: no source capture $src" >&2; exit 2; }
[ -x "$root/tests/bench/multiply-scap" ] || { echo "replay-inspect: tests/bench/multiply-scap is missing" >&2; exit 2; }

if [ ! -s "$big" ]; then
	echo "building $big ($copies copies of $(basename "$src"))" >&2
	"$root/tests/bench/multiply-scap" "$src" "$big" "$copies" >&2
fi
# Build first, so that the launcher's build is not timed.
"$root/bin/falco-inspect" -h >/dev/null

# The number of events of the multiplied file: every copy holds all of the source's events.
per_copy=$("$root/bin/falco-inspect" -r "$src" -p '*%evt.num' 'evt.num>0' | tail -1)
events=$((per_copy * copies))

best() {
	local best="" t
	for _ in $(seq "$runs"); do
		local start end
		start=$(date +%s.%N)
		"$@" >/dev/null
		end=$(date +%s.%N)
		t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
		if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
	done
	echo "$best"
}

ours=$(best "$root/bin/falco-inspect" -r "$big" "$filter")
theirs=$(best sysdig -r "$big" "$filter")
printf 'capture       %s (%d events)\n' "$big" "$events"
awk -v n="$events" -v o="$ours" -v t="$theirs" 'BEGIN {
	printf "falco-inspect %8.2f s  %12.0f events/s\n", o, n / o
	printf "sysdig        %8.2f s  %12.0f events/s\n", t, n / t
	printf "ratio         %8.2fx (falco-inspect rate / sysdig rate; target >= 2)\n", t / o
}'

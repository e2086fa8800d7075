#!/usr/bin/env bash
# Whole-process replay benchmark: bin/falco-inspect against Debian's sysdig on the same capture of
# 14M events (qemu-large.scap repeated with shifted timestamps by tests/bench/multiply-scap),
# both with a filter that matches nothing, timed in the same run. Prints wall time, CPU time
# (user+sys: the machine may be shared), events/s and the ratio.
#
#   tests/bench/replay-inspect.sh [SOURCE.scap [EVENTS]]
#   BENCH_FILE=/path/big.scap  where the multiplied capture goes (kept for the next run)
#   BENCH_RUNS=N               runs of each tool (the best is kept; default 1)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
src=${1:-$root/../shared/traces/qemu-large.scap}
events=${2:-14000000}
big=${BENCH_FILE:-${TMPDIR:-/tmp}/falcoj-replay-$(basename "$src" .scap)-$events.scap}
runs=${BENCH_RUNS:-1}
# Matches no event, but makes both tools look at the thread of every event.
filter='proc.name=falcoj-no-such-process'

command -v sysdig >/dev/null || { echo "replay-inspect: sysdig is not installed (tools/install-deps.sh)" >&2; exit 2; }
[ -r "$src" ] || { echo "replay-inspect: no source capture $src" >&2; exit 2; }
[ -x "$root/tests/bench/multiply-scap" ] || { echo "replay-inspect: tests/bench/multiply-scap is missing" >&2; exit 2; }

if [ ! -s "$big" ]; then
	echo "building $big ($events events from $(basename "$src"))" >&2
	"$root/tests/bench/multiply-scap" "$src" "$big" "$events" >&2
fi
# Build first, and read the source once (which writes the launcher's class data sharing
# archive after a build), so that neither is timed.
"$root/bin/falco-inspect" -r "$src" "$filter" >/dev/null

errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
# Runs a command BENCH_RUNS times; prints "wall cpu" (seconds) of the fastest run.
best() {
	local best="" line
	for _ in $(seq "$runs"); do
		line=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>"$errors"; } 2>&1) || {
			echo "replay-inspect: $1 failed:" >&2
			cat "$errors" >&2
			exit 1
		}
		line=$(tail -1 <<<"$line")
		line=$(awk '{ printf "%.3f %.3f", $1, $2 + $3 }' <<<"$line")
		if [ -z "$best" ] || awk -v a="${line%% *}" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then best=$line; fi
	done
	echo "$best"
}

ours=$(best "$root/bin/falco-inspect" -r "$big" "$filter") || exit 1
theirs=$(best sysdig -r "$big" "$filter") || exit 1
printf 'capture       %s (%d events), filter: %s\n' "$big" "$events" "$filter"
awk -v n="$events" -v o="$ours" -v t="$theirs" 'BEGIN {
	split(o, a, " "); split(t, b, " ")
	printf "                 wall s    cpu s   events/s (wall)   events/s (cpu)\n"
	printf "falco-inspect  %8.2f %8.2f %17.0f %16.0f\n", a[1], a[2], n / a[1], n / a[2]
	printf "sysdig         %8.2f %8.2f %17.0f %16.0f\n", b[1], b[2], n / b[1], n / b[2]
	printf "ratio (falco-inspect rate / sysdig rate): %.2fx wall, %.2fx cpu; target >= 2\n", b[1] / a[1], b[2] / a[2]
}'

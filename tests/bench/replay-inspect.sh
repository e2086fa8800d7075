#!/usr/bin/env bash
# Whole-process replay benchmark: bin/falco-inspect against Debian's sysdig on the same capture of
# 14M events (qemu-large.scap repeated with shifted timestamps by tests/bench/multiply-scap),
# both with a filter that matches nothing, timed in the same run. Prints wall time, CPU time
# (user+sys: the machine may be shared), events/s and the ratio.
#
#   tests/bench/replay-inspect.sh [SOURCE.scap [EVENTS]]
#   BENCH_FILE=/path/big.scap  where the multiplied capture goes (kept for the next run)
#   BENCH_RUNS=N               runs of each tool, taking turns (the best wall and CPU are kept; default 1)
#   BENCH_BASELINE=DIR         also time DIR/bin/falco-inspect (another checkout, built: the tree before
#                              a change, say) in the same runs, taking turns with the other two
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
base=${BENCH_BASELINE:-}
if [ -n "$base" ]; then
	[ -x "$base/bin/falco-inspect" ] || { echo "replay-inspect: no $base/bin/falco-inspect" >&2; exit 2; }
	"$base/bin/falco-inspect" -r "$src" "$filter" >/dev/null
fi

errors=$(mktemp)
trap 'rm -f "$errors"' EXIT
# Runs a command once; prints "wall cpu" (seconds).
timed() {
	local line
	line=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>"$errors"; } 2>&1) || {
		echo "replay-inspect: $1 failed:" >&2
		cat "$errors" >&2
		exit 1
	}
	awk '{ printf "%.3f %.3f", $1, $2 + $3 }' <<<"$(tail -1 <<<"$line")"
}
# The lower of two "wall cpu" pairs, field by field (the best wall and the best CPU of the runs).
lower() {
	[ -z "$1" ] && { echo "$2"; return; }
	awk -v a="$1" -v b="$2" 'BEGIN { split(a, x, " "); split(b, y, " ");
		printf "%.3f %.3f", (x[1] < y[1] ? x[1] : y[1]), (x[2] < y[2] ? x[2] : y[2]) }'
}

# The tools take turns, so that both see the same load on a shared machine.
ours="" theirs="" before=""
for _ in $(seq "$runs"); do
	ours=$(lower "$ours" "$(timed "$root/bin/falco-inspect" -r "$big" "$filter")") || exit 1
	theirs=$(lower "$theirs" "$(timed sysdig -r "$big" "$filter")") || exit 1
	if [ -n "$base" ]; then
		before=$(lower "$before" "$(timed "$base/bin/falco-inspect" -r "$big" "$filter")") || exit 1
	fi
done
printf 'capture       %s (%d events), filter: %s, best of %d interleaved runs\n' "$big" "$events" "$filter" "$runs"
awk -v n="$events" -v o="$ours" -v t="$theirs" 'BEGIN {
	split(o, a, " "); split(t, b, " ")
	printf "                 wall s    cpu s   events/s (wall)   events/s (cpu)\n"
	printf "falco-inspect  %8.2f %8.2f %17.0f %16.0f\n", a[1], a[2], n / a[1], n / a[2]
	printf "sysdig         %8.2f %8.2f %17.0f %16.0f\n", b[1], b[2], n / b[1], n / b[2]
	printf "ratio (falco-inspect rate / sysdig rate): %.2fx wall, %.2fx cpu; target >= 2\n", b[1] / a[1], b[2] / a[2]
}'
if [ -n "$base" ]; then
	awk -v n="$events" -v o="$ours" -v t="$theirs" -v p="$before" -v d="$base" 'BEGIN {
		split(o, a, " "); split(t, b, " "); split(p, c, " ")
		printf "baseline       %8.2f %8.2f %17.0f %16.0f   (%s)\n", c[1], c[2], n / c[1], n / c[2], d
		printf "ratio (baseline rate / sysdig rate): %.2fx wall, %.2fx cpu\n", b[1] / c[1], b[2] / c[2]
		printf "falco-inspect over baseline: %+.1f%% cpu, %+.1f%% wall\n", (a[2] / c[2] - 1) * 100, (a[1] / c[1] - 1) * 100
	}'
fi

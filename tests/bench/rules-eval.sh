#!/usr/bin/env bash
# Rule evaluation cost, whole process: bin/falco replaying a multiplied capture with the stock
# rules (falco_rules, incubating and sandbox together), against bin/falco-inspect reading the same
# file with a filter that matches nothing (parsing and state alone), and against Debian's sysdig
# with such a filter; all three timed in the same run. Prints each time and the ratios
# (issue 3's targets: rules add at most 40% to parsing; bin/falco at least as fast as sysdig).
#
#   tests/bench/rules-eval.sh [SOURCE.scap [EVENTS]]   (EVENTS: size of the multiplied capture, default 14M)
#   BENCH_FILE=/path/big.scap  where the multiplied capture goes (kept for the next run)
#   BENCH_RUNS=N               runs of each tool (the best is kept; default 1)
#   BENCH_RULES="a.yaml b.yaml" rules files (default: the three latest upstream files)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
shared=$root/../shared
src=${1:-$shared/traces/qemu-large.scap}
events=${2:-14000000}
big=${BENCH_FILE:-${TMPDIR:-/tmp}/falcoj-replay-$(basename "$src" .scap)-$events.scap}
runs=${BENCH_RUNS:-1}
rules=${BENCH_RULES:-"$shared/rules-upstream/falco_rules-latest.yaml $shared/rules-upstream/falco-incubating_rules-latest.yaml $shared/rules-upstream/falco-sandbox_rules-latest.yaml"}
filter='proc.name=falcoj-no-such-process'

command -v sysdig >/dev/null || { echo "rules-eval: sysdig is not installed (tools/install-deps.sh)" >&2; exit 2; }
[ -r "$src" ] || { echo "rules-eval: no source capture $src" >&2; exit 2; }
if [ ! -s "$big" ]; then
	echo "building $big ($events events from $(basename "$src"))" >&2
	"$root/tests/bench/multiply-scap" "$src" "$big" "$events" >&2
fi
rule_args=()
for r in $rules; do rule_args+=(-r "$r"); done
# Build first, so that the launchers' builds are not timed.
"$root/bin/falco" --version >/dev/null
"$root/bin/falco-inspect" -h >/dev/null

best() {
	local best="" t
	for _ in $(seq "$runs"); do
		local start end
		start=$(date +%s.%N)
		"$@" >/dev/null 2>&1
		end=$(date +%s.%N)
		t=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.3f", b - a }')
		if [ -z "$best" ] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
	done
	echo "$best"
}

falco=$(best "$root/bin/falco" "${rule_args[@]}" -e "$big" -o stdout_output.enabled=false)
inspect=$(best "$root/bin/falco-inspect" -r "$big" "$filter")
sysdig=$(best sysdig -r "$big" "$filter")
printf 'capture        %s (%d events)\n' "$big" "$events"
awk -v f="$falco" -v i="$inspect" -v s="$sysdig" 'BEGIN {
	printf "bin/falco      %8.2f s  (stock rules)\n", f
	printf "falco-inspect  %8.2f s  (parsing and state, no rules)\n", i
	printf "sysdig         %8.2f s\n", s
	printf "rules cost     %+8.1f%% over falco-inspect (target <= +40%%)\n", (f / i - 1) * 100
	printf "vs sysdig      %8.2fx (sysdig time / bin/falco time; target >= 1)\n", s / f
}'

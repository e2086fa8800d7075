#!/usr/bin/env bash
# Whole-process benchmark of bin/falco's replay mode with the stock rules, in the same run as
# bin/falco-inspect and Debian's sysdig on the same multiplied capture (qemu-large.scap repeated
# by tests/bench/multiply-scap), both of those with a filter that matches nothing:
#   - rules cost: falco's time over falco-inspect's (target: rules add at most 40%)
#   - falco vs sysdig -r FILE "proc.name=zzzz" (target: falco at least as fast)
# Also times loading all the upstream rules files alone (target under 1.5 s).
#
#   tests/bench/replay-falco.sh [SOURCE.scap [COPIES]]
#   BENCH_FILE=/path/big.scap   where the multiplied capture goes (kept for the next run)
#   BENCH_RULES="a.yaml b.yaml" rules files (default: the stock falco rules of shared/rules-upstream)
#   BENCH_RUNS=N                runs of each tool (the best is kept; default 1)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
shared="$root/../shared"
src=${1:-$shared/traces/qemu-large.scap}
copies=${2:-96}
big=${BENCH_FILE:-${TMPDIR:-/tmp}/falcoj-replay-$(basename "$src" .scap)-x$copies.scap}
runs=${BENCH_RUNS:-1}
rules=${BENCH_RULES:-"$shared/rules-upstream/falco_rules-latest.yaml $shared/rules-upstream/falco-incubating_rules-latest.yaml $shared/rules-upstream/falco-sandbox_rules-latest.yaml"}
filter='proc.name=zzzz'

command -v sysdig >/dev/null || { echo "replay-falco: sysdig is not installed (tools/install-deps.sh)" >&2; exit 2; }
[ -r "$src" ] || { echo "replay-falco: no source capture $src" >&2; exit 2; }
if [ ! -s "$big" ]; then
	echo "building $big ($copies copies of $(basename "$src"))" >&2
	"$root/tests/bench/multiply-scap" "$src" "$big" "$copies" >&2
fi
"$root/bin/falco" --version >/dev/null

rargs=()
for r in $rules; do rargs+=(-r "$r"); done
conf=$(mktemp)
trap 'rm -f "$conf"' EXIT
# Alerts go nowhere: the benchmark measures detection, not terminal output.
printf 'log_stderr: false\nlog_syslog: false\nstdout_output:\n  enabled: false\nsyslog_output:\n  enabled: false\n' >"$conf"
"$root/bin/falco" -c "$conf" "${rargs[@]}" --dry-run || { echo "replay-falco: the rules do not load" >&2; exit 2; }
# One untimed replay of the source: after a build, it writes the launcher's class data sharing archive.
"$root/bin/falco" -c "$conf" "${rargs[@]}" -e "$src" >/dev/null 2>&1 || true

per_copy=$("$root/bin/falco-inspect" -r "$src" -p '*%evt.num' 'evt.num>0' | tail -1)
events=$((per_copy * copies))

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

load=$(best "$root/bin/falco" -c "$conf" "${rargs[@]}" --dry-run)
falco=$(best "$root/bin/falco" -c "$conf" "${rargs[@]}" -e "$big")
inspect=$(best "$root/bin/falco-inspect" -r "$big" "$filter")
sysdig=$(best sysdig -r "$big" "$filter")
printf 'capture        %s (%d events)\n' "$big" "$events"
printf 'rules          %s\n' "$rules"
awk -v n="$events" -v f="$falco" -v i="$inspect" -v s="$sysdig" -v l="$load" 'BEGIN {
	printf "load rules     %8.2f s (whole process, no events; target < 1.5 s)\n", l
	printf "falco          %8.2f s  %12.0f events/s\n", f, n / f
	printf "falco-inspect  %8.2f s  %12.0f events/s\n", i, n / i
	printf "sysdig         %8.2f s  %12.0f events/s\n", s, n / s
	printf "rules cost     %+7.0f%% (falco time over falco-inspect time; target <= +40%%)\n", (f / i - 1) * 100
	printf "vs sysdig      %8.2fx (falco rate / sysdig rate; target >= 1)\n", s / f
}'

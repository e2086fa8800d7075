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
#   BENCH_BASELINE=DIR          also time DIR/bin/falco (another checkout, built: the tree before a
#                               change, say) in the same runs
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

# One timed run: "wall cpu" in seconds, cpu being user+sys of the process and its children (the
# JIT compiler threads included), from bash's own time keyword.
timed() {
	local TIMEFORMAT='%R %U %S' t
	t=$({ time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
	awk '{ printf "%.3f %.3f", $1, $2 + $3 }' <<<"$t"
}

# The runs are interleaved (falco, falco-inspect, sysdig, then again), and each tool's best wall
# and best CPU time are kept: on a shared machine, the least disturbed run is the closest to the
# truth, and interleaving spreads slow phases of the machine over all three.
declare -A wall cpu
keep() {
	local name=$1 w c
	read -r w c <<<"$2"
	if [ -z "${wall[$name]:-}" ] || awk -v a="$w" -v b="${wall[$name]}" 'BEGIN { exit !(a < b) }'; then wall[$name]=$w; fi
	if [ -z "${cpu[$name]:-}" ] || awk -v a="$c" -v b="${cpu[$name]}" 'BEGIN { exit !(a < b) }'; then cpu[$name]=$c; fi
}
for _ in $(seq "$runs"); do
	keep load "$(timed "$root/bin/falco" -c "$conf" "${rargs[@]}" --dry-run)"
	keep falco "$(timed "$root/bin/falco" -c "$conf" "${rargs[@]}" -e "$big")"
	keep inspect "$(timed "$root/bin/falco-inspect" -r "$big" "$filter")"
	keep sysdig "$(timed sysdig -r "$big" "$filter")"
	if [ -n "${BENCH_BASELINE:-}" ]; then
		keep baseline_load "$(timed "$BENCH_BASELINE/bin/falco" -c "$conf" "${rargs[@]}" --dry-run)"
		keep baseline "$(timed "$BENCH_BASELINE/bin/falco" -c "$conf" "${rargs[@]}" -e "$big")"
	fi
done
printf 'capture        %s (%d events)\n' "$big" "$events"
printf 'rules          %s\n' "$rules"
printf 'best of %d runs, interleaved; CPU = user+sys of the whole process\n' "$runs"
awk -v n="$events" -v fw="${wall[falco]}" -v fc="${cpu[falco]}" -v iw="${wall[inspect]}" -v ic="${cpu[inspect]}" \
	-v sw="${wall[sysdig]}" -v sc="${cpu[sysdig]}" -v lw="${wall[load]}" -v lc="${cpu[load]}" 'BEGIN {
	printf "                  wall s    CPU s   events/s (CPU)\n"
	printf "load rules      %8.2f %8.2f   (whole process, no events; target < 1.5 s)\n", lw, lc
	printf "falco           %8.2f %8.2f   %12.0f\n", fw, fc, n / fc
	printf "falco-inspect   %8.2f %8.2f   %12.0f\n", iw, ic, n / ic
	printf "sysdig          %8.2f %8.2f   %12.0f\n", sw, sc, n / sc
	printf "rules cost      %+7.0f%% CPU, %+4.0f%% wall (falco over falco-inspect; target <= +40%%)\n", (fc / ic - 1) * 100, (fw / iw - 1) * 100
	printf "vs sysdig       %8.2fx CPU, %5.2fx wall (falco rate / sysdig rate; target >= 1)\n", sc / fc, sw / fw
}'
if [ -n "${BENCH_BASELINE:-}" ]; then
	awk -v bw="${wall[baseline]}" -v bc="${cpu[baseline]}" -v iw="${wall[inspect]}" -v ic="${cpu[inspect]}" -v sw="${wall[sysdig]}" \
		-v sc="${cpu[sysdig]}" -v d="$BENCH_BASELINE" -v blw="${wall[baseline_load]}" -v blc="${cpu[baseline_load]}" 'BEGIN {
		printf "baseline load   %8.2f %8.2f   (%s, --dry-run)\n", blw, blc, d
		printf "baseline falco  %8.2f %8.2f   (%s)\n", bw, bc, d
		printf "baseline cost   %+7.0f%% CPU, %+4.0f%% wall over falco-inspect; %.2fx CPU, %.2fx wall vs sysdig\n", (bc / ic - 1) * 100, (bw / iw - 1) * 100, sc / bc, sw / bw
	}'
fi

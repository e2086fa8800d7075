# Shared by the eBPF benchmarks: builds the native library (brought up to date with its sources
# every time: a benchmark must measure the probe of this checkout) and the engine jar when
# missing, and starts/stops a live capture (LiveTool, counting only) in the background. Sourced.
if [ ! -f "$root/build/ebpf/CMakeCache.txt" ]; then
	cmake -S "$root/libscap-jni/ebpf" -B "$root/build/ebpf" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$root/build/ebpf" -j2 >/dev/null
jar=$(ls "$root"/java/engine/target/falcoj-engine-*.jar 2>/dev/null | head -1)
if [ -z "$jar" ]; then
	(cd "$root" && mvn -q -o -pl java/engine package -DskipTests)
	jar=$(ls "$root"/java/engine/target/falcoj-engine-*.jar | head -1)
fi

# start_capture LOG [extra LiveTool args]: returns once the probe is attached. With
# FALCOJ_BENCH_RULES set, the whole daemon runs instead (bin/falco -r that file: state engine,
# rules, exit events only as live mode uses them).
start_capture() {
	local log=$1
	shift
	# emptied here, not only by the background job's redirection: that job may open the file
	# after the wait below has already found the previous round's "started" line in it
	: >"$log"
	if [ -n "${FALCOJ_BENCH_RULES:-}" ]; then
		"$root/bin/falco" -r "$FALCOJ_BENCH_RULES" -o engine.kind=modern_ebpf >/dev/null 2>"$log" &
		ready='Live capture started'
	else
		java -cp "$jar" io.falcoj.capture.live.LiveTool --kind modern_ebpf --no-proc -d 3600 "$@" 2>"$log" &
		ready='falcoj: capturing'
	fi
	cap=$!
	for _ in $(seq 1200); do
		grep -q "$ready" "$log" 2>/dev/null && return 0
		kill -0 "$cap" 2>/dev/null || { cat "$log" >&2; return 1; }
		sleep 0.05
	done
	echo "capture did not start" >&2
	return 1
}

stop_capture() {
	kill -TERM "$cap"
	wait "$cap" || true
	cap=
}

# Shared by bin/falco and bin/falco-inspect: build the Java modules on first use (or when a
# source is newer than the jar), then run the named main class. Sourced, not executed.
# (Parameter expansion rather than dirname: every start forks less.)
here=${BASH_SOURCE[0]%/*}
[ "$here" = "${BASH_SOURCE[0]}" ] && here=.
root=$(cd "$here/.." && pwd)
jar="$root/java/cli/target/falcoj-cli.jar"

needs_build() {
	[ -f "$jar" ] || return 0
	# Only the main sources and the poms (not target/ or the tests): a cheaper walk at every start.
	[ -n "$(find "$root"/java/*/src/main "$root"/java/*/pom.xml "$root/pom.xml" -newer "$jar" -type f -print -quit 2>/dev/null)" ]
}

if needs_build; then
	(cd "$root" && mvn -q -o -DskipTests package >/dev/null 2>&1) ||
		(cd "$root" && mvn -q -DskipTests package 1>&2) || {
		echo "falcoj: build failed (run 'mvn -DskipTests package' in $root to see why)" >&2
		exit 2
	}
	# Maven leaves an unchanged jar untouched; mark it fresh so the next run does not rebuild.
	touch "$jar"
fi

# Whether a native library is missing or older than a source under the given folders (of the
# repository): an updated checkout must not keep running the probe or library it built before.
native_stale() {
	local lib=$1
	shift
	[ -f "$lib" ] || return 0
	[ -n "$(cd "$root" && find "$@" -newer "$lib" -type f -print -quit 2>/dev/null)" ]
}

# The daemon's live mode needs the eBPF driver and its JNI library; build them on first use, and
# again when their sources change (cmake rebuilds only what changed; the library is touched after
# a build so that a source cmake had nothing to do for is not looked at again). The Java side
# finds them in build/ebpf itself. Not for the commands that never capture (bin/falco sets
# offline=1 for -e, -V, --dry-run...): they skip these checks (modinfo included).
if [ "$main_class" = io.falcoj.cli.FalcoMain ] && [ "${offline:-0}" = 0 ] &&
	native_stale "$root/build/ebpf/libfalcoj_ebpf.so" bpf libscap-jni/ebpf kmod/api &&
	command -v cmake >/dev/null; then
	{ cmake -S "$root/libscap-jni/ebpf" -B "$root/build/ebpf" -DCMAKE_BUILD_TYPE=Release &&
		cmake --build "$root/build/ebpf" && touch "$root/build/ebpf/libfalcoj_ebpf.so"; } >/dev/null 2>&1 ||
		echo "falcoj: could not build the eBPF driver (run tools/install-deps.sh, then" \
			"cmake -S libscap-jni/ebpf -B build/ebpf && cmake --build build/ebpf to see why)" >&2
fi

# The kernel module driver's JNI library (build/native), where the module is there to use it.
if [ "$main_class" = io.falcoj.cli.FalcoMain ] && [ "${offline:-0}" = 0 ] &&
	native_stale "$root/build/native/libscap-jni/libfalcoj_kmod.so" libscap-jni/jni libscap-jni/src libscap-jni/include kmod/api &&
	{ [ -e /dev/falco0 ] || modinfo falco >/dev/null 2>&1; } && command -v cmake >/dev/null; then
	{ cmake -S "$root" -B "$root/build/native" -DCMAKE_BUILD_TYPE=Release &&
		cmake --build "$root/build/native" --target falcoj_kmod &&
		touch "$root/build/native/libscap-jni/libfalcoj_kmod.so"; } >/dev/null 2>&1 ||
		echo "falcoj: could not build the kernel module driver's library (run cmake -S . -B build/native" \
			"&& cmake --build build/native --target falcoj_kmod to see why)" >&2
fi

# The Tier4 thresholds (16x the defaults) leave lukewarm code to C1 and give C2 only the really
# hot paths, with fuller profiles: on a 14M-event replay the C2 compiler thread used about as much
# CPU as the replay itself. Measured on falco-inspect and falco over that replay (x1, 4, 8, 16, 32,
# 64): 16 and 32 used the least CPU (about a fifth less than the defaults), and small captures
# were no slower (tests/bench/replay-inspect.sh, replay-falco.sh).
# C1 inlines callees of up to 15 bytecodes instead of 35: C1's profiled code (tier 3) is compiled
# for every method called a few hundred times, the rules loader's and the fields' included, and
# is bloated by its counters; smaller, it compiles faster. Over the 14M-event replay (best of 5,
# twice): falco 1.20 -> 1.16 s CPU, falco-inspect 0.83 -> 0.80 s; 12 was no better.
jit_opts="-XX:Tier4InvocationThreshold=80000 -XX:Tier4MinInvocationThreshold=9600 -XX:Tier4CompileThreshold=240000 -XX:Tier4BackEdgeThreshold=640000 -XX:C1MaxInlineSize=15"
# A capped heap keeps the daemon's resident set small (a few hundred MB with 2,000 live processes).
# A tool may set tool_java_opts (its GC and JIT choices) before sourcing this file.
java_opts=(${FALCOJ_JAVA_OPTS:--Xss8m -Xmx256m $jit_opts ${tool_java_opts:--XX:+UseParallelGC}})
# Class data sharing: a dynamic CDS archive (one per tool, next to the jar) holds the parsed and
# verified classes, lambda forms included, that a real run of the tool loads, which saves a good
# part of the start-up. Java 17 cannot create it by itself, so the first run that reads events
# after a build (one of the tool's $cds_train_flags on its command line) writes it at exit, quietly,
# to a private name that is then renamed into place. FALCOJ_CDS=0 turns this off.
jsa="$root/java/cli/target/${main_class##*.}.jsa"
cp="$jar:$root/java/cli/target/lib/*"
if [ "${FALCOJ_CDS:-1}" != 0 ]; then
	if [ -s "$jsa" ] && [ "$jsa" -nt "$jar" ]; then
		# -Xshare:auto (the default) falls back to no archive if this one does not fit the JVM.
		exec java "${java_opts[@]}" -XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
			-cp "$cp" "$main_class" "$@"
	fi
	train=0
	for a in "$@"; do
		for f in ${cds_train_flags:-}; do
			case "$a" in "$f"|"$f"=*) train=1 ;; esac
		done
	done
	# Not where the archive cannot be kept (a read-only install): every run would pay for a dump.
	if [ "$train" = 1 ] && [ -w "${jsa%/*}" ]; then
		tmp="$jsa.$$.tmp"
		status=0
		# C1 only while training: methods that C2 gives up on during a long run are archived as
		# not compilable, and a long training replay made every later run several times slower.
		java "${java_opts[@]}" -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$tmp" -Xlog:cds=off -Xlog:cds+dynamic=off \
			-cp "$cp" "$main_class" "$@" || status=$?
		# Kept only if this JVM maps it (a damaged archive can crash Java 17 at start).
		if [ -s "$tmp" ] && java -XX:SharedArchiveFile="$tmp" -Xshare:on -Xlog:disable -cp "$cp" -version >/dev/null 2>&1; then
			mv -f "$tmp" "$jsa" 2>/dev/null || rm -f "$tmp"
		else
			rm -f "$tmp"
		fi
		exit "$status"
	fi
fi
exec java "${java_opts[@]}" -cp "$cp" "$main_class" "$@"

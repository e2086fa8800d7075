# Shared by bin/falco and bin/falco-inspect: build the Java modules on first use (or when a
# source is newer than the jar), then run the named main class. Sourced, not executed.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jar="$root/java/cli/target/falcoj-cli.jar"

needs_build() {
	[ -f "$jar" ] || return 0
	[ -n "$(find "$root/java" "$root/pom.xml" -newer "$jar" \( -path '*/src/main/*' -o -name 'pom.xml' \) -type f -print -quit 2>/dev/null)" ]
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

# The daemon's live mode needs the eBPF driver and its JNI library; build them on first use too.
# The Java side finds them in build/ebpf itself.
if [ "$main_class" = io.falcoj.cli.FalcoMain ] && [ ! -f "$root/build/ebpf/libfalcoj_ebpf.so" ] &&
	command -v cmake >/dev/null; then
	{ cmake -S "$root/libscap-jni/ebpf" -B "$root/build/ebpf" -DCMAKE_BUILD_TYPE=Release &&
		cmake --build "$root/build/ebpf"; } >/dev/null 2>&1 ||
		echo "falcoj: could not build the eBPF driver (run tools/install-deps.sh, then" \
			"cmake -S libscap-jni/ebpf -B build/ebpf && cmake --build build/ebpf to see why)" >&2
fi

# A capped heap keeps the daemon's resident set small (a few hundred MB with 2,000 live processes).
exec java ${FALCOJ_JAVA_OPTS:--XX:+UseParallelGC -Xss8m -Xmx256m} -cp "$jar:$root/java/cli/target/lib/*" "$main_class" "$@"

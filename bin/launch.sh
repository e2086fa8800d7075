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

# The native capture library, when built, sits in build/; the Java side finds it there itself.
exec java ${FALCOJ_JAVA_OPTS:--XX:+UseParallelGC -Xss8m} -cp "$jar:$root/java/cli/target/lib/*" "$main_class" "$@"

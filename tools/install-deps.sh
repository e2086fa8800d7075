#!/usr/bin/env bash
# Installs, with apt, what building and testing falcoj needs on a fresh Debian bookworm machine.
# Idempotent: packages already present are left alone. Set FALCOJ_DEPS_EXTRA for more packages.
set -euo pipefail
need=(openjdk-17-jdk-headless maven gcc make cmake python3 python3-yaml sysdig
	clang llvm libbpf-dev bpftool libelf-dev zlib1g-dev pkg-config)
missing=()
for p in "${need[@]}" ${FALCOJ_DEPS_EXTRA:-}; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "install-deps: installing ${missing[*]}" >&2
	apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

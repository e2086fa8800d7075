package io.falcoj.rules;

/** {@code x.y.z} versions as Falco compares them: same major, then at least minor.patch. */
final class Semver {
	private Semver() {
	}

	/** The three numbers, or null when {@code v} is no {@code x.y.z} version. */
	static long[] parse(String v) {
		String[] p = v.trim().split("\\.", -1);
		if (p.length != 3) {
			return null;
		}
		long[] out = new long[3];
		for (int k = 0; k < 3; k++) {
			if (!p[k].matches("[0-9]+")) {
				return null;
			}
			try {
				out[k] = Long.parseLong(p[k]);
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return out;
	}

	/** Whether version {@code have} satisfies requirement {@code need}. */
	static boolean compatible(String have, String need) {
		long[] h = parse(have);
		long[] n = parse(need);
		if (h == null || n == null || h[0] != n[0]) {
			return false;
		}
		return compare(h, n) >= 0;
	}

	static int compare(long[] a, long[] b) {
		for (int k = 0; k < 3; k++) {
			if (a[k] != b[k]) {
				return Long.compare(a[k], b[k]);
			}
		}
		return 0;
	}
}

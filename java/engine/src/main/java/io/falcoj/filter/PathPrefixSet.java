package io.falcoj.filter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code pmatch} operator: does a path equal one of a set of directory prefixes or lie under
 * one ({@code /usr/lib} matches {@code /usr/lib} and {@code /usr/lib/x}, not {@code /usr/libexec}).
 * Prefixes are keyed by String's own hash, computed incrementally over the path at each '/'
 * boundary, so a lookup allocates nothing.
 */
final class PathPrefixSet {
	private final Map<Integer, List<String>> byHash = new HashMap<>();
	private final boolean root;

	PathPrefixSet(List<String> prefixes) {
		boolean r = false;
		for (String p : prefixes) {
			String n = p;
			while (n.length() > 1 && n.endsWith("/")) {
				n = n.substring(0, n.length() - 1);
			}
			if (n.equals("/")) {
				r = true;
				continue;
			}
			// get/put rather than computeIfAbsent: a lambda call site costs its linking at start-up
			List<String> same = byHash.get(n.hashCode());
			if (same == null) {
				same = new ArrayList<>(1);
				byHash.put(n.hashCode(), same);
			}
			same.add(n);
		}
		root = r;
	}

	boolean matches(String path) {
		if (root && path.startsWith("/")) {
			return true;
		}
		int h = 0;
		int n = path.length();
		for (int k = 0; k <= n; k++) {
			if (k == n || (path.charAt(k) == '/' && k > 0)) {
				List<String> cands = byHash.get(h);
				if (cands != null) {
					for (int j = 0; j < cands.size(); j++) {
						String c = cands.get(j);
						if (c.length() == k && path.regionMatches(0, c, 0, k)) {
							return true;
						}
					}
				}
			}
			if (k < n) {
				h = 31 * h + path.charAt(k);
			}
		}
		return false;
	}
}

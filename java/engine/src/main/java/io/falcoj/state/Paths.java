package io.falcoj.state;

/**
 * Path arithmetic as libsinsp (the version of Debian's sysdig) does it for fd names, cwd and exe
 * paths: a relative path is appended to the directory, which is kept as it is; an absolute path
 * replaces it. Only the appended part is cleaned: "." and empty components are dropped, ".." pops
 * one component (of the directory too, never above the root), a trailing '/' goes. No file
 * system access.
 */
public final class Paths {
	private Paths() {
	}

	public static String concatenate(String dir, String path) {
		// Most paths need no cleaning: no ".", "..", empty component or trailing '/'.
		if (isClean(path)) {
			if (path.charAt(0) == '/') {
				return path;
			}
			if (!dir.equals("<UNKNOWN>") && !dir.isEmpty()) {
				return dir.charAt(dir.length() - 1) == '/' ? dir.concat(path) : dir + "/" + path;
			}
		}
		if (path.isEmpty() || path.charAt(0) == '/') {
			return append(new StringBuilder(path.length()), 0, path);
		}
		if (dir.equals("<UNKNOWN>")) {
			return dir + path;
		}
		StringBuilder sb = new StringBuilder(dir.length() + path.length() + 1);
		sb.append(dir);
		if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '/') {
			sb.append('/');
		}
		return append(sb, dir.length(), path);
	}

	private static boolean isClean(String path) {
		int n = path.length();
		if (n == 0 || path.charAt(n - 1) == '/') {
			return false;
		}
		char prev = '/';
		for (int i = 0; i < n; i++) {
			char c = path.charAt(i);
			if (c == '/' && prev == '/' && i > 0 || c == '.' && prev == '/') {
				return false;
			}
			prev = c;
		}
		return true;
	}

	/** Appends the cleaned components of {@code path} to {@code sb}; ".." may rewind below {@code mark}. */
	private static String append(StringBuilder sb, int mark, String path) {
		int n = path.length();
		int i = 0;
		if (n > 0 && path.charAt(0) == '/' && sb.length() == 0) {
			sb.append('/');
		}
		while (i < n) {
			int j = path.indexOf('/', i);
			if (j < 0) {
				j = n;
			}
			String c = path.substring(i, j);
			i = j + 1;
			if (c.isEmpty() || c.equals(".")) {
				continue;
			}
			if (c.equals("..")) {
				// Drop the last component: back to the '/' before it, keeping the root.
				int end = sb.length();
				if (end > 1 && sb.charAt(end - 1) == '/') {
					end--;
				}
				int slash = sb.lastIndexOf("/", end - 1);
				sb.setLength(slash <= 0 ? (sb.length() > 0 && sb.charAt(0) == '/' ? 1 : 0) : slash + 1);
				continue;
			}
			if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '/') {
				sb.append('/');
			}
			sb.append(c);
		}
		if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '/') {
			sb.setLength(sb.length() - 1);
		}
		return sb.toString();
	}
}

package io.falcoj.state;

/**
 * Path arithmetic as libsinsp does it for fd names and cwd: join a directory and a path (an
 * absolute path wins), then normalise lexically ("." and empty components dropped, ".." pops one
 * component, never above the root). A trailing '/' is kept. No file system access.
 */
public final class Paths {
	private Paths() {
	}

	public static String concatenate(String dir, String path) {
		if (path.isEmpty()) {
			return normalize(dir);
		}
		if (path.charAt(0) == '/' || dir.isEmpty()) {
			return normalize(path);
		}
		if (dir.equals("<UNKNOWN>")) {
			return dir + path;
		}
		return normalize(dir.endsWith("/") ? dir + path : dir + "/" + path);
	}

	public static String normalize(String p) {
		if (p.isEmpty() || p.indexOf("/.") < 0 && p.indexOf("//") < 0 && !p.startsWith(".")) {
			return p;
		}
		boolean absolute = p.startsWith("/");
		boolean trailing = p.endsWith("/") || p.endsWith("/.") || p.endsWith("/..");
		String[] parts = p.split("/");
		String[] out = new String[parts.length];
		int n = 0;
		for (String s : parts) {
			if (s.isEmpty() || s.equals(".")) {
				continue;
			}
			if (s.equals("..")) {
				if (n > 0 && !out[n - 1].equals("..")) {
					n--;
				} else if (!absolute) {
					out[n++] = s;
				}
				continue;
			}
			out[n++] = s;
		}
		StringBuilder sb = new StringBuilder(p.length());
		if (absolute) {
			sb.append('/');
		}
		for (int i = 0; i < n; i++) {
			if (i > 0) {
				sb.append('/');
			}
			sb.append(out[i]);
		}
		if (trailing && n > 0) {
			sb.append('/');
		}
		if (sb.length() == 0) {
			return absolute ? "/" : ".";
		}
		return sb.toString();
	}
}

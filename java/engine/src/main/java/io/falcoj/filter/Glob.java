package io.falcoj.filter;

import java.util.regex.Pattern;

/**
 * Shell-style wildcards for {@code glob}/{@code iglob} (fnmatch without FNM_PATHNAME, as libsinsp
 * uses it): {@code *} matches any run of characters including '/', {@code ?} one character,
 * {@code [...]} a class ({@code [!...]} negated); compiled once to a regex.
 */
final class Glob {
	private Glob() {
	}

	static Pattern compile(String glob, boolean ignoreCase) {
		StringBuilder re = new StringBuilder();
		for (int k = 0; k < glob.length(); k++) {
			char c = glob.charAt(k);
			switch (c) {
				case '*' -> re.append(".*");
				case '?' -> re.append('.');
				case '[' -> {
					int end = glob.indexOf(']', k + 2);
					if (end < 0) {
						re.append("\\[");
						break;
					}
					String body = glob.substring(k + 1, end);
					re.append('[');
					if (body.startsWith("!") || body.startsWith("^")) {
						re.append('^');
						body = body.substring(1);
					}
					for (char b : body.toCharArray()) {
						if (b == '\\' || b == '[' || b == '&' || b == '^') {
							re.append('\\');
						}
						re.append(b);
					}
					re.append(']');
					k = end;
				}
				case '\\' -> {
					if (k + 1 < glob.length()) {
						re.append(Pattern.quote(String.valueOf(glob.charAt(++k))));
					} else {
						re.append("\\\\");
					}
				}
				default -> {
					if ("().+|^${}".indexOf(c) >= 0) {
						re.append('\\');
					}
					re.append(c);
				}
			}
		}
		int flags = Pattern.DOTALL | (ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
		return Pattern.compile(re.toString(), flags);
	}
}

package io.falcoj.cli.inspect;

/** JSON string quoting as sysdig's JSON library writes it: control and non-ASCII characters as \\uXXXX. */
final class JsonText {
	private static final char[] HEX = "0123456789abcdef".toCharArray();

	private JsonText() {
	}

	static void appendQuoted(StringBuilder out, CharSequence s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			case '\b' -> out.append("\\b");
			case '\f' -> out.append("\\f");
			default -> {
				if (c < 0x20 || c > 0x7e) {
					out.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
							.append(HEX[c & 15]);
				} else {
					out.append(c);
				}
			}
			}
		}
		out.append('"');
	}
}

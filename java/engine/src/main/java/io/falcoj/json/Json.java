package io.falcoj.json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader and writer for the places the engine meets JSON: k8s audit events, alert
 * output, load results. Values are plain Java objects: {@code Map<String,Object>} (insertion
 * ordered, as the document wrote it), {@code List<Object>}, {@code String}, {@link Number} (kept
 * as written, so a value prints back the way it came), {@code Boolean}, and {@link #NULL}.
 */
public final class Json {
	/** JSON's {@code null} inside a document (a Java null means "no such member"). */
	public static final Object NULL = new Object() {
		@Override
		public String toString() {
			return "null";
		}
	};

	/** A number as the document wrote it ({@code 201}, {@code 1.5e3}). */
	public record Number(String text) {
		@Override
		public String toString() {
			return text;
		}
	}

	private Json() {
	}

	/** Parses exactly one JSON value (surrounding whitespace allowed). */
	public static Object parse(String text) throws JsonException {
		Reader r = new Reader(text);
		r.skipSpace();
		Object v = r.value();
		r.skipSpace();
		if (!r.atEnd()) {
			throw r.error("unexpected data after the JSON value");
		}
		return v;
	}

	/** Parses a sequence of JSON values separated by whitespace (one document, or JSON lines). */
	public static List<Object> parseAll(String text) throws JsonException {
		Reader r = new Reader(text);
		List<Object> out = new ArrayList<>();
		r.skipSpace();
		while (!r.atEnd()) {
			out.add(r.value());
			r.skipSpace();
		}
		return out;
	}

	/** Compact JSON text of a value (no spaces, members in their order). */
	public static String write(Object value) {
		StringBuilder sb = new StringBuilder();
		write(sb, value);
		return sb.toString();
	}

	public static void write(StringBuilder sb, Object v) {
		if (v == null || v == NULL) {
			sb.append("null");
		} else if (v instanceof String s) {
			quote(sb, s);
		} else if (v instanceof Boolean || v instanceof Number || v instanceof java.lang.Number) {
			sb.append(v);
		} else if (v instanceof Map<?, ?> m) {
			sb.append('{');
			Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
			while (it.hasNext()) {
				Map.Entry<?, ?> e = it.next();
				quote(sb, String.valueOf(e.getKey()));
				sb.append(':');
				write(sb, e.getValue());
				if (it.hasNext()) {
					sb.append(',');
				}
			}
			sb.append('}');
		} else if (v instanceof Iterable<?> list) {
			sb.append('[');
			boolean first = true;
			for (Object o : list) {
				if (!first) {
					sb.append(',');
				}
				first = false;
				write(sb, o);
			}
			sb.append(']');
		} else {
			quote(sb, v.toString());
		}
	}

	/** A JSON string literal of {@code s}. */
	public static String quote(String s) {
		StringBuilder sb = new StringBuilder(s.length() + 2);
		quote(sb, s);
		return sb.toString();
	}

	public static void quote(StringBuilder sb, String s) {
		sb.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> sb.append("\\\"");
				case '\\' -> sb.append("\\\\");
				case '\n' -> sb.append("\\n");
				case '\r' -> sb.append("\\r");
				case '\t' -> sb.append("\\t");
				case '\b' -> sb.append("\\b");
				case '\f' -> sb.append("\\f");
				default -> {
					if (c < 0x20) {
						sb.append(String.format("\\u%04x", (int) c));
					} else {
						sb.append(c);
					}
				}
			}
		}
		sb.append('"');
	}

	/** Reads a member path ({@code get(doc, "user", "username")}); null when any step is missing. */
	public static Object get(Object v, String... keys) {
		for (String k : keys) {
			if (!(v instanceof Map<?, ?> m)) {
				return null;
			}
			v = m.get(k);
		}
		return v;
	}

	/**
	 * Resolves an RFC 6901 JSON pointer ({@code /a/b/0}, with {@code ~1} for '/' and {@code ~0}
	 * for '~'); null when it leads nowhere.
	 */
	public static Object pointer(Object v, String pointer) {
		if (pointer.isEmpty()) {
			return v;
		}
		if (pointer.charAt(0) != '/') {
			return null;
		}
		int start = 1;
		while (v != null) {
			int end = pointer.indexOf('/', start);
			String token = pointer.substring(start, end < 0 ? pointer.length() : end);
			token = token.replace("~1", "/").replace("~0", "~");
			if (v instanceof Map<?, ?> m) {
				v = m.get(token);
			} else if (v instanceof List<?> l) {
				int idx = parseIndex(token);
				v = idx >= 0 && idx < l.size() ? l.get(idx) : null;
			} else {
				return null;
			}
			if (end < 0) {
				return v;
			}
			start = end + 1;
		}
		return null;
	}

	private static int parseIndex(String token) {
		if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
			return -1;
		}
		for (int i = 0; i < token.length(); i++) {
			if (token.charAt(i) < '0' || token.charAt(i) > '9') {
				return -1;
			}
		}
		return Integer.parseInt(token);
	}

	/** A string as itself, anything else as its compact JSON text (how extracted values print). */
	public static String asText(Object v) {
		return v instanceof String s ? s : write(v);
	}

	/** Deeper documents are refused (recursion must not exhaust the stack on hostile input). */
	public static final int MAX_DEPTH = 512;

	private static final class Reader {
		private final String s;
		private int pos;
		private int depth;

		Reader(String s) {
			this.s = s;
		}

		boolean atEnd() {
			return pos >= s.length();
		}

		void skipSpace() {
			while (pos < s.length()) {
				char c = s.charAt(pos);
				if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
					pos++;
				} else {
					break;
				}
			}
		}

		JsonException error(String what) {
			int line = 1;
			int col = 1;
			for (int i = 0; i < pos && i < s.length(); i++) {
				if (s.charAt(i) == '\n') {
					line++;
					col = 1;
				} else {
					col++;
				}
			}
			return new JsonException(what + " at line " + line + ", column " + col);
		}

		Object value() throws JsonException {
			if (atEnd()) {
				throw error("unexpected end of JSON");
			}
			char c = s.charAt(pos);
			if ((c == '{' || c == '[') && depth >= MAX_DEPTH) {
				throw error("nesting deeper than " + MAX_DEPTH + " levels");
			}
			switch (c) {
				case '{':
					depth++;
					try {
						return object();
					} finally {
						depth--;
					}
				case '[':
					depth++;
					try {
						return array();
					} finally {
						depth--;
					}
				case '"':
					return string();
				case 't':
					return literal("true", Boolean.TRUE);
				case 'f':
					return literal("false", Boolean.FALSE);
				case 'n':
					return literal("null", NULL);
				default:
					if (c == '-' || (c >= '0' && c <= '9')) {
						return number();
					}
					throw error("unexpected character '" + c + "'");
			}
		}

		private Object literal(String word, Object v) throws JsonException {
			if (!s.startsWith(word, pos)) {
				throw error("invalid literal");
			}
			pos += word.length();
			return v;
		}

		private Object number() throws JsonException {
			int start = pos;
			if (s.charAt(pos) == '-') {
				pos++;
			}
			int digits = 0;
			while (pos < s.length()) {
				char c = s.charAt(pos);
				if ((c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
					pos++;
					digits++;
				} else {
					break;
				}
			}
			if (digits == 0) {
				throw error("invalid number");
			}
			String text = s.substring(start, pos);
			try {
				Double.parseDouble(text);
			} catch (NumberFormatException e) {
				throw error("invalid number '" + text + "'");
			}
			return new Number(text);
		}

		private Map<String, Object> object() throws JsonException {
			Map<String, Object> m = new LinkedHashMap<>();
			pos++;
			skipSpace();
			if (!atEnd() && s.charAt(pos) == '}') {
				pos++;
				return m;
			}
			while (true) {
				skipSpace();
				if (atEnd() || s.charAt(pos) != '"') {
					throw error("expected a member name");
				}
				String key = string();
				skipSpace();
				if (atEnd() || s.charAt(pos) != ':') {
					throw error("expected ':'");
				}
				pos++;
				skipSpace();
				m.put(key, value());
				skipSpace();
				if (atEnd()) {
					throw error("unterminated object");
				}
				char c = s.charAt(pos++);
				if (c == '}') {
					return m;
				}
				if (c != ',') {
					pos--;
					throw error("expected ',' or '}'");
				}
			}
		}

		private List<Object> array() throws JsonException {
			List<Object> l = new ArrayList<>();
			pos++;
			skipSpace();
			if (!atEnd() && s.charAt(pos) == ']') {
				pos++;
				return l;
			}
			while (true) {
				skipSpace();
				l.add(value());
				skipSpace();
				if (atEnd()) {
					throw error("unterminated array");
				}
				char c = s.charAt(pos++);
				if (c == ']') {
					return l;
				}
				if (c != ',') {
					pos--;
					throw error("expected ',' or ']'");
				}
			}
		}

		private String string() throws JsonException {
			pos++;
			StringBuilder sb = null;
			int start = pos;
			while (pos < s.length()) {
				char c = s.charAt(pos);
				if (c == '"') {
					String out = sb == null ? s.substring(start, pos) : sb.append(s, start, pos).toString();
					pos++;
					return out;
				}
				if (c == '\\') {
					if (sb == null) {
						sb = new StringBuilder();
					}
					sb.append(s, start, pos);
					pos++;
					if (atEnd()) {
						break;
					}
					char e = s.charAt(pos++);
					switch (e) {
						case '"', '\\', '/' -> sb.append(e);
						case 'n' -> sb.append('\n');
						case 't' -> sb.append('\t');
						case 'r' -> sb.append('\r');
						case 'b' -> sb.append('\b');
						case 'f' -> sb.append('\f');
						case 'u' -> {
							if (pos + 4 > s.length()) {
								throw error("bad \\u escape");
							}
							try {
								sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
							} catch (NumberFormatException ex) {
								throw error("bad \\u escape");
							}
							pos += 4;
						}
						default -> throw error("bad escape '\\" + e + "'");
					}
					start = pos;
				} else {
					pos++;
				}
			}
			throw error("unterminated string");
		}
	}
}

package io.falcoj.cli.inspect;

import io.falcoj.field.Field;
import io.falcoj.field.FieldCatalog;
import io.falcoj.field.FieldType;
import io.falcoj.field.UnknownFieldException;
import io.falcoj.state.ParsedEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * falco-inspect's trailing filter, a subset of sysdig's filter language, compiled once to a tree
 * of predicates:
 *
 * <pre>
 * expr       = and { "or" and }
 * and        = unary { "and" unary }
 * unary      = "not" unary | "(" expr ")" | comparison
 * comparison = FIELD ( "exists" | OP VALUE | ("in" | "intersects") "(" VALUE { "," VALUE } ")" )
 * OP         = "=" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "contains" | "icontains" | "startswith" | "endswith"
 * </pre>
 *
 * The hot path renders no strings: evt.type compares the event code against a table, numeric and
 * boolean fields compare primitive values, and only string fields read their (usually shared) string.
 */
public final class InspectFilter {
	/** One compiled condition. */
	public interface Predicate {
		boolean test(ParsedEvent pe);
	}

	private final FieldCatalog<ParsedEvent> catalog;
	private final List<String> tokens = new ArrayList<>();
	private final List<Integer> positions = new ArrayList<>();
	private int pos;

	private InspectFilter(FieldCatalog<ParsedEvent> catalog) {
		this.catalog = catalog;
	}

	/** Compiles a filter; a blank one accepts every event. */
	public static Predicate compile(String text, FieldCatalog<ParsedEvent> catalog) throws FilterException {
		if (text == null || text.isBlank()) {
			return pe -> true;
		}
		InspectFilter f = new InspectFilter(catalog);
		f.tokenize(text);
		Predicate p = f.expr();
		if (f.pos < f.tokens.size()) {
			throw f.error("unexpected '" + f.tokens.get(f.pos) + "'");
		}
		return p;
	}

	/** A filter that does not parse or names an unknown field, with the position of the problem. */
	public static final class FilterException extends Exception {
		public FilterException(String message) {
			super(message);
		}
	}

	private FilterException error(String message) {
		int at = pos < positions.size() ? positions.get(pos) : positions.isEmpty() ? 0
				: positions.get(positions.size() - 1) + tokens.get(tokens.size() - 1).length();
		return new FilterException("filter error at position " + at + ": " + message);
	}

	private void tokenize(String s) throws FilterException {
		int i = 0;
		while (i < s.length()) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			} else if (c == '(' || c == ')' || c == ',') {
				add(String.valueOf(c), i);
				i++;
			} else if (c == '"' || c == '\'') {
				int end = i + 1;
				StringBuilder sb = new StringBuilder();
				while (end < s.length() && s.charAt(end) != c) {
					if (s.charAt(end) == '\\' && end + 1 < s.length()) {
						end++;
					}
					sb.append(s.charAt(end));
					end++;
				}
				if (end >= s.length()) {
					throw new FilterException("filter error at position " + i + ": unterminated string");
				}
				add("\u0000" + sb, i);
				i = end + 1;
			} else if (c == '=' || c == '!' || c == '<' || c == '>') {
				int end = i + 1;
				if (end < s.length() && s.charAt(end) == '=') {
					end++;
				}
				add(s.substring(i, end), i);
				i = end;
			} else {
				int end = i;
				while (end < s.length() && !Character.isWhitespace(s.charAt(end)) && "()=!<>,\"'".indexOf(s.charAt(end)) < 0) {
					end++;
				}
				// a field's bracket argument stays with its name: proc.aname[2]
				if (end < s.length() && s.charAt(end) == '[') {
					int close = s.indexOf(']', end);
					if (close > 0) {
						end = close + 1;
					}
				}
				add(s.substring(i, end), i);
				i = end;
			}
		}
	}

	private void add(String token, int at) {
		tokens.add(token);
		positions.add(at);
	}

	private String peek() {
		return pos < tokens.size() ? tokens.get(pos) : null;
	}

	private boolean accept(String word) {
		String t = peek();
		if (t != null && t.equals(word)) {
			pos++;
			return true;
		}
		return false;
	}

	private Predicate expr() throws FilterException {
		Predicate left = and();
		while (accept("or")) {
			Predicate a = left;
			Predicate b = and();
			left = pe -> a.test(pe) || b.test(pe);
		}
		return left;
	}

	private Predicate and() throws FilterException {
		Predicate left = unary();
		while (accept("and")) {
			Predicate a = left;
			Predicate b = unary();
			left = pe -> a.test(pe) && b.test(pe);
		}
		return left;
	}

	private Predicate unary() throws FilterException {
		if (accept("not")) {
			Predicate p = unary();
			return pe -> !p.test(pe);
		}
		if (accept("(")) {
			Predicate p = expr();
			if (!accept(")")) {
				throw error("missing ')'");
			}
			return p;
		}
		return comparison();
	}

	private Predicate comparison() throws FilterException {
		String name = peek();
		if (name == null || name.startsWith("\u0000") || "()".contains(name)) {
			throw error("expected a field name");
		}
		int fieldPos = pos;
		pos++;
		String argument = null;
		String fieldName = name;
		int bracket = name.indexOf('[');
		if (bracket > 0 && name.endsWith("]")) {
			fieldName = name.substring(0, bracket);
			argument = name.substring(bracket + 1, name.length() - 1);
		}
		Field<ParsedEvent> field;
		try {
			field = catalog.field(fieldName, argument);
		} catch (UnknownFieldException e) {
			pos = fieldPos;
			throw error(e.getMessage());
		}
		String op = peek();
		if (op == null) {
			throw error("expected an operator after " + name);
		}
		pos++;
		op = op.toLowerCase(Locale.ROOT);
		if (op.equals("exists")) {
			return pe -> field.value(pe) != null;
		}
		if (op.equals("in") || op.equals("intersects") || op.equals("pmatch")) {
			if (!accept("(")) {
				throw error("expected '(' after " + op);
			}
			List<String> values = new ArrayList<>();
			do {
				values.add(value());
			} while (accept(","));
			if (!accept(")")) {
				throw error("expected ')' to close the list");
			}
			return in(field, values);
		}
		String value = value();
		return compare(field, op, value);
	}

	private String value() throws FilterException {
		String t = peek();
		if (t == null || t.equals("(") || t.equals(")") || t.equals(",")) {
			throw error("expected a value");
		}
		pos++;
		return t.startsWith("\u0000") ? t.substring(1) : t;
	}

	private Predicate in(Field<ParsedEvent> field, List<String> values) throws FilterException {
		if (field.toString().equals("evt.type")) {
			boolean[] codes = new boolean[catalog.eventCodeCount()];
			for (String v : values) {
				markCodes(codes, v);
			}
			return pe -> codes[pe.event.type()];
		}
		List<Predicate> any = new ArrayList<>();
		for (String v : values) {
			any.add(compare(field, "=", v));
		}
		Predicate[] ps = any.toArray(new Predicate[0]);
		return pe -> {
			for (Predicate p : ps) {
				if (p.test(pe)) {
					return true;
				}
			}
			return false;
		};
	}

	private void markCodes(boolean[] codes, String typeName) throws FilterException {
		int[] matched = catalog.eventCodes(typeName);
		if (matched == null || matched.length == 0) {
			throw error("unknown event type " + typeName);
		}
		for (int c : matched) {
			codes[c] = true;
		}
	}

	private Predicate compare(Field<ParsedEvent> field, String op, String value) throws FilterException {
		FieldType type = field.type();
		if (field.toString().equals("evt.type") && (op.equals("=") || op.equals("==") || op.equals("!="))) {
			boolean[] codes = new boolean[catalog.eventCodeCount()];
			markCodes(codes, value);
			return op.equals("!=") ? pe -> !codes[pe.event.type()] : pe -> codes[pe.event.type()];
		}
		if (type.isNumeric() || type == FieldType.BOOL) {
			long expected;
			if (type == FieldType.BOOL) {
				if (value.equalsIgnoreCase("true")) {
					expected = 1;
				} else if (value.equalsIgnoreCase("false")) {
					expected = 0;
				} else {
					expected = parseLong(value);
				}
			} else {
				expected = parseLong(value);
			}
			final long x = expected;
			final long absent = Long.MIN_VALUE;
			return switch (op) {
			case "=", "==" -> pe -> field.longValue(pe, absent) == x;
			case "!=" -> pe -> {
				long v = field.longValue(pe, absent);
				return v != absent && v != x;
			};
			case "<" -> pe -> {
				long v = field.longValue(pe, absent);
				return v != absent && v < x;
			};
			case "<=" -> pe -> {
				long v = field.longValue(pe, absent);
				return v != absent && v <= x;
			};
			case ">" -> pe -> field.longValue(pe, absent) > x;
			case ">=" -> pe -> field.longValue(pe, absent) >= x;
			default -> throw error("operator " + op + " does not apply to the numeric field " + field);
			};
		}
		String lower = value.toLowerCase(Locale.ROOT);
		return switch (op) {
		case "=", "==" -> pe -> value.equals(string(field, pe));
		case "!=" -> pe -> {
			String s = string(field, pe);
			return s != null && !value.equals(s);
		};
		case "contains" -> pe -> {
			String s = string(field, pe);
			return s != null && s.contains(value);
		};
		case "icontains" -> pe -> {
			String s = string(field, pe);
			return s != null && s.toLowerCase(Locale.ROOT).contains(lower);
		};
		case "startswith" -> pe -> {
			String s = string(field, pe);
			return s != null && s.startsWith(value);
		};
		case "endswith" -> pe -> {
			String s = string(field, pe);
			return s != null && s.endsWith(value);
		};
		case "<", "<=", ">", ">=" -> {
			int sign = op.startsWith("<") ? -1 : 1;
			boolean orEqual = op.endsWith("=");
			yield pe -> {
				String s = string(field, pe);
				if (s == null) {
					return false;
				}
				int c = Integer.signum(s.compareTo(value));
				return c == sign || (orEqual && c == 0);
			};
		}
		default -> throw error("unknown operator " + op);
		};
	}

	private static String string(Field<ParsedEvent> field, ParsedEvent pe) {
		Object v = field.value(pe);
		if (v == null) {
			return null;
		}
		if (v instanceof String s) {
			return s;
		}
		if (v instanceof byte[] bytes) {
			return new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
		}
		return field.render(pe);
	}

	private long parseLong(String value) throws FilterException {
		try {
			if (value.startsWith("0x") || value.startsWith("0X")) {
				return Long.parseUnsignedLong(value.substring(2), 16);
			}
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			pos--;
			throw error("'" + value + "' is not a number");
		}
	}
}

package io.falcoj.filter;

import io.falcoj.field.FieldType;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One comparison against constant values, prepared at compile time for one value type: the
 * constants are parsed once (numbers, addresses, hex bytes), sets hashed, patterns compiled.
 * {@link #test} gets one non-null extracted value.
 */
abstract class ValueTest {
	abstract boolean test(Object v);

	/**
	 * Builds the test for {@code type op values}; {@code values} has one item except for the list
	 * operators. Throws IllegalArgumentException with a Falco-like message for bad values.
	 */
	static ValueTest of(FieldType type, String op, List<String> values) {
		switch (type) {
			case STRING:
			case BYTES:
				return forString(op, values);
			case BOOL:
				return forNumber(op, parseAll(values, true), true);
			case DOUBLE:
				return forDouble(op, values);
			case IPADDR:
			case IPNET:
				return forIp(op, values);
			default:
				return forNumber(op, parseAll(values, false), false);
		}
	}

	static String asString(Object v) {
		return v instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : v.toString();
	}

	private static ValueTest forString(String op, List<String> values) {
		String v0 = values.isEmpty() ? "" : values.get(0);
		switch (op) {
			case "=":
			case "==":
				return new ValueTest() {
					@Override
					boolean test(Object v) {
						return v0.equals(asString(v));
					}
				};
			case "!=":
				return new ValueTest() {
					@Override
					boolean test(Object v) {
						return !v0.equals(asString(v));
					}
				};
			case "contains":
				return new ValueTest() {
					@Override
					boolean test(Object v) {
						return asString(v).contains(v0);
					}
				};
			case "icontains":
				return new ValueTest() {
					@Override
					boolean test(Object v) {
						return containsIgnoreCase(asString(v), v0);
					}
				};
			case "startswith":
				return new ValueTest() {
					@Override
					boolean test(Object v) {
						return asString(v).startsWith(v0);
					}
				};
			case "endswith":
				return new ValueTest() {
					@Override
					boolean test(Object v) {
						return asString(v).endsWith(v0);
					}
				};
			case "bcontains":
			case "bstartswith": {
				String bytes = hexToLatin1(v0);
				boolean starts = op.equals("bstartswith");
				return new ValueTest() {
					@Override
					boolean test(Object v) {
						String s = asString(v);
						return starts ? s.startsWith(bytes) : s.contains(bytes);
					}
				};
			}
			case "glob":
			case "iglob":
				return new PatternTest(Glob.compile(v0, op.equals("iglob")));
			case "regex":
				try {
					return new PatternTest(Pattern.compile(v0, Pattern.DOTALL));
				} catch (PatternSyntaxException e) {
					throw new IllegalArgumentException("invalid regular expression '" + v0 + "': " + e.getDescription());
				}
			case "in":
			case "intersects": {
				Set<String> set = new HashSet<>(values);
				return new ValueTest() {
					@Override
					boolean test(Object v) {
						return set.contains(asString(v));
					}
				};
			}
			case "pmatch": {
				PathPrefixSet set = new PathPrefixSet(values);
				return new ValueTest() {
					@Override
					boolean test(Object v) {
						return set.matches(asString(v));
					}
				};
			}
			case "<":
			case "<=":
			case ">":
			case ">=":
				return new ValueTest() {
					@Override
					boolean test(Object v) {
						return compare(op, asString(v).compareTo(v0), 0);
					}
				};
			default:
				throw new IllegalArgumentException("operator '" + op + "' is not supported for string values");
		}
	}

	/** Full-match (both ends anchored, as libsinsp's RE2 call) with one reused matcher. */
	private static final class PatternTest extends ValueTest {
		private final Matcher matcher;

		PatternTest(Pattern p) {
			this.matcher = p.matcher("");
		}

		@Override
		boolean test(Object v) {
			return matcher.reset(asString(v)).matches();
		}
	}

	/**
	 * Whether {@code needle} occurs in {@code hay} ignoring case, as {@code regionMatches(true,
	 * ...)} at some position decides. The stock rules test long texts this way ({@code proc.env
	 * icontains GLIBC_TUNABLES} on every exec), so positions whose first character cannot match
	 * are skipped with a table look-up instead of a call: for an ASCII first character of the
	 * needle and an ASCII character of the text, regionMatches' test (equal, equal in upper case,
	 * or equal in lower case of upper case) is equality of {@link #FOLD}. Any other position
	 * still goes to regionMatches, so the result is the same.
	 */
	static boolean containsIgnoreCase(String hay, String needle) {
		int n = needle.length();
		if (n == 0) {
			return true;
		}
		char first = needle.charAt(0);
		int folded = first < 128 ? FOLD[first] : -1;
		for (int k = 0, last = hay.length() - n; k <= last; k++) {
			char h = hay.charAt(k);
			if (folded >= 0 && h < 128 && FOLD[h] != folded) {
				continue;
			}
			if (hay.regionMatches(true, k, needle, 0, n)) {
				return true;
			}
		}
		return false;
	}

	/** ASCII characters folded as regionMatches(true, ...) compares them: lower case of upper case. */
	private static final byte[] FOLD = new byte[128];

	static {
		for (char c = 0; c < 128; c++) {
			FOLD[c] = (byte) Character.toLowerCase(Character.toUpperCase(c));
		}
	}

	private static String hexToLatin1(String hex) {
		String h = hex.replace(" ", "");
		if (h.length() % 2 != 0 || !h.matches("[0-9a-fA-F]*")) {
			throw new IllegalArgumentException("bytes value '" + hex + "' is not a hex string");
		}
		StringBuilder sb = new StringBuilder();
		for (int k = 0; k < h.length(); k += 2) {
			sb.append((char) Integer.parseInt(h.substring(k, k + 2), 16));
		}
		return sb.toString();
	}

	/** The values as numbers ({@code bools}: as booleans); a flag, not a method reference, which links at start-up. */
	private static long[] parseAll(List<String> values, boolean bools) {
		long[] out = new long[values.size()];
		for (int k = 0; k < out.length; k++) {
			String v = values.get(k);
			out[k] = bools ? parseBool(v) : parseLong(v);
		}
		return out;
	}

	static long parseLong(String s) {
		String t = s.trim();
		try {
			if (t.startsWith("0x") || t.startsWith("0X")) {
				return Long.parseUnsignedLong(t.substring(2), 16);
			}
			if (t.startsWith("+")) {
				t = t.substring(1);
			}
			try {
				return Long.parseLong(t);
			} catch (NumberFormatException e) {
				return Long.parseUnsignedLong(t);
			}
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("could not parse '" + s + "' as a number");
		}
	}

	static long parseBool(String s) {
		switch (s.toLowerCase(Locale.ROOT)) {
			case "true":
				return 1;
			case "false":
				return 0;
			default:
				throw new IllegalArgumentException("could not parse '" + s + "' as a boolean");
		}
	}

	/**
	 * A value of a numeric field as a long. Fields return Numbers (or Booleans); anything else is
	 * read from its text, and a value that is no number compares as {@code Long.MIN_VALUE}
	 * rather than failing the event.
	 */
	static long numeric(Object v) {
		if (v instanceof Number n) {
			return n.longValue();
		}
		if (v instanceof Boolean b) {
			return b ? 1 : 0;
		}
		try {
			return parseLong(asString(v));
		} catch (IllegalArgumentException e) {
			return Long.MIN_VALUE;
		}
	}

	/** An address value: the field's bytes, or its text parsed (null when it is no address). */
	private static byte[] address(Object v) {
		if (v instanceof byte[] b) {
			return b;
		}
		String s = asString(v);
		return s.contains(":") ? IpNet.parseV6(s) : IpNet.parseV4(s);
	}

	/** Comparison of longs shared by boxed tests and the unboxed numeric checks. */
	static boolean compare(String op, long a, long b) {
		switch (op) {
			case "=":
			case "==":
				return a == b;
			case "!=":
				return a != b;
			case "<":
				return a < b;
			case "<=":
				return a <= b;
			case ">":
				return a > b;
			default:
				return a >= b;
		}
	}

	static boolean isOrderOrEquality(String op) {
		return switch (op) {
			case "=", "==", "!=", "<", "<=", ">", ">=" -> true;
			default -> false;
		};
	}

	private static ValueTest forNumber(String op, long[] values, boolean bool) {
		if (op.equals("in") || op.equals("intersects")) {
			LongHashSet set = new LongHashSet(values);
			return new ValueTest() {
				@Override
				boolean test(Object v) {
					return set.contains(numeric(v));
				}
			};
		}
		if (!isOrderOrEquality(op) || (bool && !op.equals("=") && !op.equals("==") && !op.equals("!="))) {
			throw new IllegalArgumentException("operator '" + op + "' is not supported for " + (bool ? "boolean" : "numeric") + " values");
		}
		long v0 = values[0];
		return new ValueTest() {
			@Override
			boolean test(Object v) {
				return compare(op, numeric(v), v0);
			}
		};
	}

	private static ValueTest forDouble(String op, List<String> values) {
		double[] ds = new double[values.size()];
		for (int k = 0; k < ds.length; k++) {
			try {
				ds[k] = Double.parseDouble(values.get(k));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException("could not parse '" + values.get(k) + "' as a number");
			}
		}
		if (op.equals("in") || op.equals("intersects")) {
			return new ValueTest() {
				@Override
				boolean test(Object v) {
					if (!(v instanceof Number)) {
						return false;
					}
					double d = ((Number) v).doubleValue();
					for (double x : ds) {
						if (x == d) {
							return true;
						}
					}
					return false;
				}
			};
		}
		if (!isOrderOrEquality(op)) {
			throw new IllegalArgumentException("operator '" + op + "' is not supported for numeric values");
		}
		double d0 = ds[0];
		return new ValueTest() {
			@Override
			boolean test(Object v) {
				if (!(v instanceof Number)) {
					return false;
				}
				int c = Double.compare(((Number) v).doubleValue(), d0);
				return compare(op, c, 0);
			}
		};
	}

	private static ValueTest forIp(String op, List<String> values) {
		IpNet[] nets = new IpNet[values.size()];
		for (int k = 0; k < nets.length; k++) {
			nets[k] = IpNet.parse(values.get(k));
			if (nets[k] == null) {
				throw new IllegalArgumentException("could not parse '" + values.get(k) + "' as an IP address or network");
			}
		}
		boolean negate;
		switch (op) {
			case "=", "==", "in", "intersects", "pmatch" -> negate = false;
			case "!=" -> negate = true;
			default -> throw new IllegalArgumentException("operator '" + op + "' is not supported for IP address values");
		}
		return new ValueTest() {
			@Override
			boolean test(Object v) {
				byte[] ip = address(v);
				if (ip == null) {
					return false;
				}
				for (IpNet n : nets) {
					if (n.contains(ip)) {
						return !negate;
					}
				}
				return negate;
			}
		};
	}
}

package io.falcoj.cli.inspect;

import io.falcoj.field.Field;
import io.falcoj.field.FieldCatalog;
import io.falcoj.field.FieldType;
import io.falcoj.field.UnknownFieldException;
import io.falcoj.field.syscall.EvtFields;
import io.falcoj.state.ParsedEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * A sysdig output format ({@code -p}): literal text with {@code %field} tokens. A leading '*'
 * prints every event; without it, an event where some field has no value is not printed. As JSON
 * ({@code -j}), the fields become one object per line, keyed by the token as written, in key order.
 */
public final class OutputFormat {
	/** sysdig's line when no -p is given. */
	public static final String DEFAULT = "*%evt.num %evt.outputtime %evt.cpu %proc.name (%thread.tid) %evt.dir %evt.type %evt.info";

	/** The value of an absent field in text output; fields return this very (interned) literal. */
	private static final String NA = "<NA>";

	private final List<String> literals = new ArrayList<>();
	private final List<Field<ParsedEvent>> fields = new ArrayList<>();
	private final List<String> keys = new ArrayList<>();
	private final boolean printAll;
	private final int[] jsonOrder;

	private OutputFormat(boolean printAll) {
		this.printAll = printAll;
		this.jsonOrder = null;
	}

	private OutputFormat(OutputFormat parsed, int[] order) {
		this.printAll = parsed.printAll;
		this.literals.addAll(parsed.literals);
		this.fields.addAll(parsed.fields);
		this.keys.addAll(parsed.keys);
		this.jsonOrder = order;
	}

	public static OutputFormat compile(String format, FieldCatalog<ParsedEvent> catalog) throws UnknownFieldException {
		boolean all = format.startsWith("*");
		String f = all ? format.substring(1) : format;
		OutputFormat out = new OutputFormat(all);
		StringBuilder literal = new StringBuilder();
		int i = 0;
		while (i < f.length()) {
			char c = f.charAt(i);
			if (c != '%' || i + 1 >= f.length() || !isNameChar(f.charAt(i + 1))) {
				literal.append(c);
				i++;
				continue;
			}
			int start = i + 1;
			int end = start;
			while (end < f.length() && isNameChar(f.charAt(end))) {
				end++;
			}
			while (end > start + 1 && f.charAt(end - 1) == '.') {
				end--;
			}
			String name = f.substring(start, end);
			String argument = null;
			int next = end;
			if (end < f.length() && f.charAt(end) == '[') {
				int close = f.indexOf(']', end);
				if (close < 0) {
					throw new UnknownFieldException("invalid formatting token " + f.substring(start) + ": missing ']'");
				}
				argument = f.substring(end + 1, close);
				next = close + 1;
			}
			Field<ParsedEvent> field;
			try {
				// sysdig's time column: evt.time as long as no -t option changes it
				field = catalog.field(name.equals("evt.outputtime") ? "evt.time" : name, argument);
			} catch (UnknownFieldException e) {
				throw new UnknownFieldException("invalid formatting token " + f.substring(start, next) + " (" + e.getMessage() + ")");
			}
			out.literals.add(literal.toString());
			literal.setLength(0);
			out.fields.add(field);
			out.keys.add(f.substring(start, next));
			i = next;
		}
		out.literals.add(literal.toString());
		TreeMap<String, Integer> sorted = new TreeMap<>();
		for (int k = 0; k < out.keys.size(); k++) {
			sorted.put(out.keys.get(k), k);
		}
		// A loop, not a stream with a method reference (linked at every start of falco-inspect).
		int[] order = new int[sorted.size()];
		int n = 0;
		for (int k : sorted.values()) {
			order[n++] = k;
		}
		return new OutputFormat(out, order);
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '.' || c == '_';
	}

	/** Appends the event's text line (without newline); false when the line is not to be printed. */
	public boolean appendText(ParsedEvent pe, StringBuilder out) {
		int start = out.length();
		for (int k = 0; k < fields.size(); k++) {
			out.append(literals.get(k));
			String v = fields.get(k).render(pe);
			if (v == NA && !printAll) {
				out.setLength(start);
				return false;
			}
			out.append(v);
		}
		out.append(literals.get(fields.size()));
		return true;
	}

	/** Appends the event as one JSON object (without newline); false when it is not to be printed. */
	public boolean appendJson(ParsedEvent pe, StringBuilder out) {
		int start = out.length();
		out.append('{');
		for (int j = 0; j < jsonOrder.length; j++) {
			int k = jsonOrder[j];
			Field<ParsedEvent> field = fields.get(k);
			if (j > 0) {
				out.append(',');
			}
			JsonText.appendQuoted(out, keys.get(k));
			out.append(':');
			// one evaluation per field and event: some fields (evt.deltatime, thread.exectime) keep state
			if (!appendJsonValue(out, field, pe) && !printAll) {
				out.setLength(start);
				return false;
			}
		}
		out.append('}');
		return true;
	}

	/** Appends the field's JSON value as sysdig writes it; false when the field has none (null written). */
	private static boolean appendJsonValue(StringBuilder out, Field<ParsedEvent> field, ParsedEvent pe) {
		FieldType type = field.type();
		if (field instanceof EvtFields.JsonValued jv) {
			return appendJsonObject(out, jv.jsonValue(pe));
		}
		if (field.info().isList() || type == FieldType.STRING) {
			return appendJsonObject(out, field.value(pe));
		}
		String text = field.render(pe);
		if (text == NA) {
			out.append("null");
			return false;
		}
		if (type == FieldType.BOOL && (text.equals("true") || text.equals("false"))) {
			out.append(text);
		} else if (type.isNumeric() && isDecimal(text)) {
			// numbers print as numbers; those shown in hex (fd.dev) stay text, as sysdig writes them
			out.append(Long.parseLong(text.length() > 1 && text.charAt(0) == '0' ? stripZeros(text) : text));
		} else {
			JsonText.appendQuoted(out, text);
		}
		return true;
	}

	private static boolean appendJsonObject(StringBuilder out, Object v) {
		if (v == null) {
			out.append("null");
			return false;
		}
		if (v instanceof Boolean b) {
			out.append(b ? "true" : "false");
		} else if (v instanceof Long || v instanceof Integer || v instanceof Short) {
			out.append(((Number) v).longValue());
		} else if (v instanceof Double d) {
			out.append(d);
		} else if (v instanceof CharSequence s) {
			JsonText.appendQuoted(out, s);
		} else if (v instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				appendJsonObject(out, list.get(i));
			}
			out.append(']');
		} else if (v instanceof byte[] bytes) {
			JsonText.appendQuoted(out, new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
		} else {
			JsonText.appendQuoted(out, v.toString());
		}
		return true;
	}

	private static boolean isDecimal(String text) {
		int i = text.startsWith("-") ? 1 : 0;
		if (i >= text.length() || text.length() - i > 18) {
			return false;
		}
		for (; i < text.length(); i++) {
			if (!Character.isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static String stripZeros(String text) {
		int i = 0;
		while (i < text.length() - 1 && text.charAt(i) == '0') {
			i++;
		}
		return text.substring(i);
	}

	public List<Field<ParsedEvent>> fields() {
		return fields;
	}
}

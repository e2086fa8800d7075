package io.falcoj.rules;

import io.falcoj.field.Field;
import io.falcoj.filter.FilterCompileException;
import io.falcoj.filter.FilterCompiler;
import io.falcoj.filter.Position;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rule's output with its {@code %field} tokens bound once: {@code %proc.name},
 * {@code %proc.aname[2]}, {@code %evt.arg.flags}, {@code %jevt.value[/spec/x]}. A token is the
 * longest known field name at the '%' (so {@code %fd.name.} is fd.name then a dot); a '%' not
 * followed by a letter stays as it is. Rendering is for alerts, off the hot path.
 */
public final class OutputFormat<C> {
	private final String format;
	/** Literal text and fields, alternating: parts[0] literal, fields[0], parts[1], ... */
	private final String[] parts;
	private final List<Field<C>> fields;
	private final List<String> fieldNames;

	private OutputFormat(String format, List<String> parts, List<Field<C>> fields, List<String> fieldNames) {
		this.format = format;
		this.parts = parts.toArray(new String[0]);
		this.fields = List.copyOf(fields);
		this.fieldNames = List.copyOf(fieldNames);
	}

	/** Compiles {@code format}; unknown fields fail as FilterCompileException (kind UNKNOWN_FIELD). */
	public static <C> OutputFormat<C> compile(String format, FilterCompiler<C> compiler) throws FilterCompileException {
		List<String> parts = new ArrayList<>();
		List<Field<C>> fields = new ArrayList<>();
		List<String> names = new ArrayList<>();
		String f = format.startsWith("*") ? format.substring(1) : format;
		StringBuilder lit = new StringBuilder();
		int i = 0;
		while (i < f.length()) {
			// literal text up to the next '%' in one append (a character at a time was most of
			// this loop's cost, interpreted at start-up)
			int pct = f.indexOf('%', i);
			if (pct < 0) {
				lit.append(f, i, f.length());
				break;
			}
			if (pct > i) {
				lit.append(f, i, pct);
				i = pct;
			}
			if (i + 1 >= f.length() || !Character.isLetter(f.charAt(i + 1))) {
				lit.append('%');
				i++;
				continue;
			}
			int s = i + 1;
			int e = s;
			while (e < f.length() && isNameChar(f.charAt(e))) {
				e++;
			}
			String name = f.substring(s, e);
			String arg = null;
			int end = e;
			if (e < f.length() && f.charAt(e) == '[') {
				int close = f.indexOf(']', e);
				if (close > 0) {
					arg = f.substring(e + 1, close);
					end = close + 1;
				}
			}
			Field<C> bound = null;
			FilterCompileException first = null;
			while (bound == null) {
				try {
					bound = compiler.bind(name, arg, new Position(i, 1, i + 1));
				} catch (FilterCompileException ex) {
					if (first == null) {
						first = ex;
					}
					int dot = name.lastIndexOf('.');
					if (arg != null || dot <= 0 || ex.kind() != FilterCompileException.Kind.UNKNOWN_FIELD) {
						break;
					}
					name = name.substring(0, dot);
					end = s + name.length();
				}
			}
			if (bound == null) {
				String token = f.substring(s, e);
				if (first.kind() == FilterCompileException.Kind.UNKNOWN_FIELD) {
					throw new FilterCompileException(first.kind(), "invalid formatting token " + token, first.position());
				}
				throw first;
			}
			parts.add(lit.toString());
			lit.setLength(0);
			fields.add(bound);
			names.add(arg == null ? name : name + "[" + arg + "]");
			i = end;
		}
		parts.add(lit.toString());
		return new OutputFormat<>(format, parts, fields, names);
	}

	private static boolean isNameChar(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '.';
	}

	/** The format as written in the rule. */
	public String format() {
		return format;
	}

	/** The bound fields in order of appearance. */
	public List<Field<C>> fields() {
		return fields;
	}

	/** The fields as written ({@code proc.aname[2]}), parallel to {@link #fields()}. */
	public List<String> fieldNames() {
		return fieldNames;
	}

	/** The output text for this event, absent values as {@code <NA>}. */
	public String render(C ctx) {
		StringBuilder sb = new StringBuilder(format.length() + 64);
		for (int k = 0; k < fields.size(); k++) {
			sb.append(parts[k]).append(fields.get(k).render(ctx));
		}
		return sb.append(parts[parts.length - 1]).toString();
	}

	/** The rendered value of each field by its written name (Falco's {@code output_fields}). */
	public Map<String, String> renderFields(C ctx) {
		Map<String, String> out = new LinkedHashMap<>();
		for (int k = 0; k < fields.size(); k++) {
			out.put(fieldNames.get(k), fields.get(k).render(ctx));
		}
		return Collections.unmodifiableMap(out);
	}
}

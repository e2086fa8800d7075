package io.falcoj.field.syscall;

import io.falcoj.field.Field;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldType;
import io.falcoj.field.UnknownFieldException;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.SocketFormat;
import io.falcoj.state.StateEngine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shared machinery of the state-backed field families (proc, thread, fd, user, group, container):
 * a family declares each field once with a getter, and gets FieldInfo and binding for free. The
 * getters return primitives where the type allows ({@link #NA} or -1 for "no value"), so compiled
 * conditions read numbers and booleans without boxing.
 */
abstract class StateFamily implements FieldFamily {
	/** "No value" for long getters. */
	static final long NA = Long.MIN_VALUE;

	interface Str {
		String get(ParsedEvent e);
	}

	interface Num {
		long get(ParsedEvent e);
	}

	/** Returns 1, 0, or -1 for no value. */
	interface Bool {
		int get(ParsedEvent e);
	}

	interface Dbl {
		double get(ParsedEvent e);
	}

	/** Returns 4 or 16 address bytes, or null. */
	interface Ip {
		byte[] get(ParsedEvent e);
	}

	interface Binder {
		Field<ParsedEvent> bind(FieldInfo info, String argument) throws UnknownFieldException;
	}

	protected final StateEngine engine;
	private final List<FieldInfo> infos = new ArrayList<>();
	private final Map<FieldInfo, Binder> binders = new HashMap<>();

	StateFamily(StateEngine engine) {
		this.engine = engine;
	}

	@Override
	public final List<FieldInfo> fields() {
		return List.copyOf(infos);
	}

	@Override
	public final Field<ParsedEvent> bind(FieldInfo info, String argument) throws UnknownFieldException {
		Binder b = binders.get(info);
		if (b == null) {
			throw new UnknownFieldException("field " + info.name() + " is not one of this family's");
		}
		return b.bind(info, argument);
	}

	void add(String name, FieldType type, FieldInfo.Argument arg, String desc, Binder b) {
		addInfo(new FieldInfo(name, type, false, arg, desc), b);
	}

	/**
	 * A filter-only field that matches when any of several values does (fd.ip, fd.port...): its
	 * FieldInfo says isList and anyValue, and its value is a java.util.List (null when the event has none).
	 */
	void anyOf(String name, FieldType type, String desc, Binder b) {
		addInfo(new FieldInfo(name, type, true, FieldInfo.Argument.NONE, desc, true), b);
	}

	/** A list-valued field (isList) with an argument. */
	void addList(String name, FieldType type, FieldInfo.Argument arg, String desc, Binder b) {
		addInfo(new FieldInfo(name, type, true, arg, desc), b);
	}

	private void addInfo(FieldInfo info, Binder b) {
		infos.add(info);
		binders.put(info, b);
	}

	void str(String name, String desc, Str g) {
		str(name, desc, g, null);
	}

	/** A string field that is absent on every event of the codes {@code absentForCode} accepts (see {@link Field#valueForCode}). */
	void str(String name, String desc, Str g, java.util.function.IntPredicate absentForCode) {
		add(name, FieldType.STRING, FieldInfo.Argument.NONE, desc, (i, a) -> new StrField(i, a, g, absentForCode));
	}

	void num(String name, FieldType type, String desc, Num g) {
		add(name, type, FieldInfo.Argument.NONE, desc, (i, a) -> new NumField(i, a, g));
	}

	void bool(String name, String desc, Bool g) {
		add(name, FieldType.BOOL, FieldInfo.Argument.NONE, desc, (i, a) -> new BoolField(i, a, g));
	}

	void dbl(String name, String desc, Dbl g) {
		add(name, FieldType.DOUBLE, FieldInfo.Argument.NONE, desc, (i, a) -> new DblField(i, a, g));
	}

	void ip(String name, String desc, Ip g) {
		add(name, FieldType.IPADDR, FieldInfo.Argument.NONE, desc, (i, a) -> new IpField(i, a, g));
	}

	/** How a list value prints in outputs: "(a,b)", as libsinsp prints list fields. */
	static String renderList(Object v) {
		if (!(v instanceof java.util.List<?> l)) {
			return v == null ? "<NA>" : v.toString();
		}
		StringBuilder sb = new StringBuilder("(");
		for (int i = 0; i < l.size(); i++) {
			if (i > 0) {
				sb.append(',');
			}
			Object o = l.get(i);
			if (o instanceof byte[] a) {
				sb.append(a.length == 4 ? SocketFormat.ipv4(((a[0] & 255) << 24) | ((a[1] & 255) << 16)
						| ((a[2] & 255) << 8) | (a[3] & 255)) : SocketFormat.ipv6(a));
			} else {
				sb.append(o);
			}
		}
		return sb.append(')').toString();
	}

	/** A field taking a non-negative integer in brackets (proc.aname[2]). */
	static int intArgument(FieldInfo info, String arg) throws UnknownFieldException {
		try {
			int n = Integer.parseInt(arg.trim());
			if (n < 0) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw new UnknownFieldException("field " + info.name() + " needs a non-negative number as argument, not '"
					+ arg + "'");
		}
	}

	static final class StrField extends Field<ParsedEvent> {
		private final Str g;
		private final java.util.function.IntPredicate absentForCode;

		StrField(FieldInfo info, String arg, Str g, java.util.function.IntPredicate absentForCode) {
			super(info, arg);
			this.g = g;
			this.absentForCode = absentForCode;
		}

		@Override
		public Object valueForCode(int code) {
			return absentForCode != null && absentForCode.test(code) ? null : VARIES;
		}

		@Override
		public Object value(ParsedEvent e) {
			return g.get(e);
		}

		@Override
		public String render(ParsedEvent e) {
			String s = g.get(e);
			return s == null ? "<NA>" : s;
		}
	}

	static final class NumField extends Field<ParsedEvent> {
		private final Num g;
		private final boolean hex;

		NumField(FieldInfo info, String arg, Num g) {
			this(info, arg, g, false);
		}

		/** {@code hex}: rendered in hexadecimal, as libsinsp prints fields of format PF_HEX. */
		NumField(FieldInfo info, String arg, Num g, boolean hex) {
			super(info, arg);
			this.g = g;
			this.hex = hex;
		}

		@Override
		public Object value(ParsedEvent e) {
			long v = g.get(e);
			return v == NA ? null : v;
		}

		@Override
		public long longValue(ParsedEvent e, long absent) {
			long v = g.get(e);
			return v == NA ? absent : v;
		}

		@Override
		public String render(ParsedEvent e) {
			long v = g.get(e);
			if (v == NA) {
				return "<NA>";
			}
			if (hex) {
				return Long.toHexString(v).toUpperCase(Locale.ROOT);
			}
			return type() == FieldType.UINT64 ? Long.toUnsignedString(v) : Long.toString(v);
		}
	}

	static final class BoolField extends Field<ParsedEvent> {
		private final Bool g;

		BoolField(FieldInfo info, String arg, Bool g) {
			super(info, arg);
			this.g = g;
		}

		@Override
		public Object value(ParsedEvent e) {
			int v = g.get(e);
			return v < 0 ? null : v != 0;
		}

		@Override
		public long longValue(ParsedEvent e, long absent) {
			int v = g.get(e);
			return v < 0 ? absent : v;
		}

		@Override
		public String render(ParsedEvent e) {
			int v = g.get(e);
			return v < 0 ? "<NA>" : v != 0 ? "true" : "false";
		}
	}

	static final class DblField extends Field<ParsedEvent> {
		private final Dbl g;

		DblField(FieldInfo info, String arg, Dbl g) {
			super(info, arg);
			this.g = g;
		}

		@Override
		public Object value(ParsedEvent e) {
			double v = g.get(e);
			return Double.isNaN(v) ? null : v;
		}

		@Override
		public String render(ParsedEvent e) {
			double v = g.get(e);
			return Double.isNaN(v) ? "<NA>" : String.format(Locale.ROOT, "%.1f", v);
		}
	}

	static final class IpField extends Field<ParsedEvent> {
		private final Ip g;

		IpField(FieldInfo info, String arg, Ip g) {
			super(info, arg);
			this.g = g;
		}

		@Override
		public Object value(ParsedEvent e) {
			return g.get(e);
		}

		@Override
		public String render(ParsedEvent e) {
			byte[] a = g.get(e);
			if (a == null) {
				return "<NA>";
			}
			if (a.length == 4) {
				return SocketFormat.ipv4(((a[0] & 255) << 24) | ((a[1] & 255) << 16) | ((a[2] & 255) << 8) | (a[3] & 255));
			}
			return SocketFormat.ipv6(a);
		}
	}
}

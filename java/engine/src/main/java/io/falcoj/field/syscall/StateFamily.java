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
 * Shared machinery of the state-backed field families (proc, thread, fd, fdlist, user, group,
 * container, k8s): a family declares each field once with an int id, and gets FieldInfo and
 * binding for free; a bound field is one of the small final classes below holding (family, id),
 * whose reads go to the family's getter for its value kind ({@link #strValue}, {@link #numValue}...):
 * one switch on the id. Not a lambda per field: each lambda is an invokedynamic call site linked when first run,
 * about 0.25 ms apiece even with the class data sharing archive, and a family has dozens, which
 * every short-lived tool paid at start. The getters return primitives where the type allows
 * ({@link #NA} or -1 for "no value"), so compiled conditions read numbers and booleans without boxing.
 */
abstract class StateFamily implements FieldFamily {
	/** "No value" for long getters. */
	static final long NA = Long.MIN_VALUE;

	/** Value kinds: which getter serves a field. */
	private static final int STR = 0, STR_FD = 1, NUM = 2, NUM_HEX = 3, BOOL = 4, DBL = 5, IP = 6, ANY_OF = 7,
			OTHER = 8;

	protected final StateEngine engine;
	private final List<FieldInfo> infos = new ArrayList<>();
	/** Per field: its kind (high 16 bits) and id (low 16 bits). */
	private final Map<FieldInfo, Integer> kindAndId = new HashMap<>();

	StateFamily(StateEngine engine) {
		this.engine = engine;
	}

	@Override
	public final List<FieldInfo> fields() {
		return List.copyOf(infos);
	}

	@Override
	public final Field<ParsedEvent> bind(FieldInfo info, String argument) throws UnknownFieldException {
		Integer k = kindAndId.get(info);
		if (k == null) {
			throw new UnknownFieldException("field " + info.name() + " is not one of this family's");
		}
		int id = k & 0xffff;
		switch (k >>> 16) {
		case STR:
			return new StrField(info, argument, this, id, false);
		case STR_FD:
			return new StrField(info, argument, this, id, true);
		case NUM:
			return new NumField(info, argument, this, id, false);
		case NUM_HEX:
			return new NumField(info, argument, this, id, true);
		case BOOL:
			return new BoolField(info, argument, this, id);
		case DBL:
			return new DblField(info, argument, this, id);
		case IP:
			return new IpField(info, argument, this, id);
		case ANY_OF:
			return new ListField(info, argument, this, id);
		default:
			return bindOther(id, info, argument);
		}
	}

	private void declare(int kind, int id, FieldInfo info) {
		infos.add(info);
		kindAndId.put(info, kind << 16 | id);
	}

	/** A string field; its value is {@link #strValue}. */
	void str(int id, String name, String desc) {
		declare(STR, id, new FieldInfo(name, FieldType.STRING, false, FieldInfo.Argument.NONE, desc));
	}

	/**
	 * A string field of the fd an event uses: absent on every event of the codes that never have
	 * one (see {@link Field#valueForCode} and {@link StateEngine#neverHasFd}).
	 */
	void strOfFd(int id, String name, String desc) {
		declare(STR_FD, id, new FieldInfo(name, FieldType.STRING, false, FieldInfo.Argument.NONE, desc));
	}

	/** A numeric field; its value is {@link #numValue}. */
	void num(int id, String name, FieldType type, String desc) {
		declare(NUM, id, new FieldInfo(name, type, false, FieldInfo.Argument.NONE, desc));
	}

	/** A numeric field rendered in hexadecimal, as libsinsp prints fields of format PF_HEX. */
	void hex(int id, String name, FieldType type, String desc) {
		declare(NUM_HEX, id, new FieldInfo(name, type, false, FieldInfo.Argument.NONE, desc));
	}

	/** A boolean field; its value is {@link #boolValue}. */
	void bool(int id, String name, String desc) {
		declare(BOOL, id, new FieldInfo(name, FieldType.BOOL, false, FieldInfo.Argument.NONE, desc));
	}

	/** A double field; its value is {@link #dblValue}. */
	void dbl(int id, String name, String desc) {
		declare(DBL, id, new FieldInfo(name, FieldType.DOUBLE, false, FieldInfo.Argument.NONE, desc));
	}

	/** An address field; its value is {@link #ipValue}. */
	void ip(int id, String name, String desc) {
		declare(IP, id, new FieldInfo(name, FieldType.IPADDR, false, FieldInfo.Argument.NONE, desc));
	}

	/**
	 * A filter-only field that matches when any of several values does (fd.ip, fd.port...): its
	 * FieldInfo says isList and anyValue, and its value ({@link #listValue}) is a java.util.List,
	 * null when the event has none.
	 */
	void anyOf(int id, String name, FieldType type, String desc) {
		declare(ANY_OF, id, new FieldInfo(name, type, true, FieldInfo.Argument.NONE, desc, true));
	}

	/** A field with an argument, or of a shape of its own: {@link #bindOther} binds it. */
	void other(int id, String name, FieldType type, FieldInfo.Argument arg, String desc) {
		declare(OTHER, id, new FieldInfo(name, type, false, arg, desc));
	}

	/** A list-valued field (isList) with an argument: {@link #bindOther} binds it. */
	void otherList(int id, String name, FieldType type, FieldInfo.Argument arg, String desc) {
		declare(OTHER, id, new FieldInfo(name, type, true, arg, desc));
	}

	/** The value of string field {@code id}, or null. */
	String strValue(int id, ParsedEvent e) {
		throw new IllegalStateException("no string field " + id);
	}

	/** What decides string field {@code id} on the events of {@code code} (see {@link Field#decidedBy}); null: nothing. */
	List<Field<ParsedEvent>> decidedBy(int id, int code) {
		return null;
	}

	/** Field {@code name} of this family, bound without an argument. */
	final Field<ParsedEvent> bind(String name) {
		for (FieldInfo info : infos) {
			if (info.name().equals(name)) {
				try {
					return bind(info, null);
				} catch (UnknownFieldException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		throw new IllegalStateException("no field " + name);
	}

	/** The value of numeric field {@code id}, or {@link #NA}. */
	long numValue(int id, ParsedEvent e) {
		throw new IllegalStateException("no numeric field " + id);
	}

	/** The value of boolean field {@code id}: 1, 0, or -1 for no value. */
	int boolValue(int id, ParsedEvent e) {
		throw new IllegalStateException("no boolean field " + id);
	}

	/** The value of double field {@code id}, or NaN. */
	double dblValue(int id, ParsedEvent e) {
		throw new IllegalStateException("no double field " + id);
	}

	/** The value of address field {@code id}: 4 or 16 address bytes, or null. */
	byte[] ipValue(int id, ParsedEvent e) {
		throw new IllegalStateException("no address field " + id);
	}

	/** The candidates of any-of field {@code id}, or null. */
	List<?> listValue(int id, ParsedEvent e) {
		throw new IllegalStateException("no any-of field " + id);
	}

	/** Binds a field declared with {@link #other} or {@link #otherList}. */
	Field<ParsedEvent> bindOther(int id, FieldInfo info, String argument) throws UnknownFieldException {
		throw new IllegalStateException("no field " + info.name() + " to bind");
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
				sb.append(ipText(a));
			} else {
				sb.append(o);
			}
		}
		return sb.append(')').toString();
	}

	/** An address value (4 bytes IPv4, 16 bytes IPv6, network order) as text. */
	static String ipText(byte[] a) {
		return a.length == 4 ? SocketFormat.ipv4(((a[0] & 255) << 24) | ((a[1] & 255) << 16) | ((a[2] & 255) << 8)
				| (a[3] & 255)) : SocketFormat.ipv6(a);
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
		private final StateFamily family;
		private final int id;
		private final boolean ofFd;

		StrField(FieldInfo info, String arg, StateFamily family, int id, boolean ofFd) {
			super(info, arg);
			this.family = family;
			this.id = id;
			this.ofFd = ofFd;
		}

		@Override
		public Object valueForCode(int code) {
			return ofFd && family.engine.neverHasFd(code) ? null : VARIES;
		}

		@Override
		public List<Field<ParsedEvent>> decidedBy(int code) {
			return family.decidedBy(id, code);
		}

		@Override
		public Object value(ParsedEvent e) {
			return family.strValue(id, e);
		}

		@Override
		public String render(ParsedEvent e) {
			String s = family.strValue(id, e);
			return s == null ? "<NA>" : s;
		}
	}

	static final class NumField extends Field<ParsedEvent> {
		private final StateFamily family;
		private final int id;
		private final boolean hex;

		/** {@code hex}: rendered in hexadecimal, as libsinsp prints fields of format PF_HEX. */
		NumField(FieldInfo info, String arg, StateFamily family, int id, boolean hex) {
			super(info, arg);
			this.family = family;
			this.id = id;
			this.hex = hex;
		}

		@Override
		public Object value(ParsedEvent e) {
			long v = family.numValue(id, e);
			return v == NA ? null : v;
		}

		@Override
		public long longValue(ParsedEvent e, long absent) {
			long v = family.numValue(id, e);
			return v == NA ? absent : v;
		}

		@Override
		public String render(ParsedEvent e) {
			return renderNumber(family.numValue(id, e), hex, type());
		}
	}

	/** How a numeric field's value prints: {@code <NA>} for {@link #NA}, unsigned for UINT64. */
	static String renderNumber(long v, boolean hex, FieldType type) {
		if (v == NA) {
			return "<NA>";
		}
		if (hex) {
			return Long.toHexString(v).toUpperCase(Locale.ROOT);
		}
		return type == FieldType.UINT64 ? Long.toUnsignedString(v) : Long.toString(v);
	}

	static final class BoolField extends Field<ParsedEvent> {
		private final StateFamily family;
		private final int id;

		BoolField(FieldInfo info, String arg, StateFamily family, int id) {
			super(info, arg);
			this.family = family;
			this.id = id;
		}

		@Override
		public Object value(ParsedEvent e) {
			int v = family.boolValue(id, e);
			return v < 0 ? null : v != 0;
		}

		@Override
		public long longValue(ParsedEvent e, long absent) {
			int v = family.boolValue(id, e);
			return v < 0 ? absent : v;
		}

		@Override
		public String render(ParsedEvent e) {
			int v = family.boolValue(id, e);
			return v < 0 ? "<NA>" : v != 0 ? "true" : "false";
		}
	}

	static final class DblField extends Field<ParsedEvent> {
		private final StateFamily family;
		private final int id;

		DblField(FieldInfo info, String arg, StateFamily family, int id) {
			super(info, arg);
			this.family = family;
			this.id = id;
		}

		@Override
		public Object value(ParsedEvent e) {
			double v = family.dblValue(id, e);
			return Double.isNaN(v) ? null : v;
		}

		@Override
		public String render(ParsedEvent e) {
			double v = family.dblValue(id, e);
			return Double.isNaN(v) ? "<NA>" : String.format(Locale.ROOT, "%.1f", v);
		}
	}

	static final class IpField extends Field<ParsedEvent> {
		private final StateFamily family;
		private final int id;

		IpField(FieldInfo info, String arg, StateFamily family, int id) {
			super(info, arg);
			this.family = family;
			this.id = id;
		}

		@Override
		public Object value(ParsedEvent e) {
			return family.ipValue(id, e);
		}

		@Override
		public String render(ParsedEvent e) {
			byte[] a = family.ipValue(id, e);
			if (a == null) {
				return "<NA>";
			}
			return ipText(a);
		}
	}

	/** A filter-only field whose value is the list of candidates a comparison matches against any of. */
	static final class ListField extends Field<ParsedEvent> {
		private final StateFamily family;
		private final int id;

		ListField(FieldInfo info, String arg, StateFamily family, int id) {
			super(info, arg);
			this.family = family;
			this.id = id;
		}

		@Override
		public Object value(ParsedEvent e) {
			return family.listValue(id, e);
		}

		@Override
		public String render(ParsedEvent e) {
			return renderList(family.listValue(id, e));
		}
	}
}

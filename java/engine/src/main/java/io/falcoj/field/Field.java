package io.falcoj.field;

import java.util.List;

/**
 * A field bound to its argument (e.g. {@code proc.aname[2]}), reading its value from an event
 * context of type {@code C}: the parsed syscall event, or a k8s audit document. Made once when a
 * condition or output format is compiled, then called for every event it meets.
 */
public abstract class Field<C> {
	private final FieldInfo info;
	private final String argument;

	protected Field(FieldInfo info, String argument) {
		this.info = info;
		this.argument = argument;
	}

	public final FieldInfo info() {
		return info;
	}

	public final FieldType type() {
		return info.type();
	}

	/** The argument given with the field ({@code 2} in {@code proc.aname[2]}), or null. */
	public final String argument() {
		return argument;
	}

	/** The value as the compare step sees it (see {@link FieldType}), or null when this event has none. */
	public abstract Object value(C ctx);

	/**
	 * For numeric and boolean fields: the value, or {@code absent} when there is none. Fields on the
	 * hot path override this to avoid boxing.
	 */
	public long longValue(C ctx, long absent) {
		Object v = value(ctx);
		if (v == null) {
			return absent;
		}
		return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).longValue();
	}

	/**
	 * Fields whose values, on every event of type {@code code}, decide this one's value (it is a
	 * function of theirs there, whatever the state), or null when it claims none. fd.directory is
	 * cut from fd.name, for instance: a rule mask that keys on both reads fd.directory only when
	 * a new fd.name comes. The fields returned may be outside the catalog (internal); they are
	 * compared as the same instances or equal values, never rendered.
	 */
	public List<Field<C>> decidedBy(int code) {
		return null;
	}

	/**
	 * Returned by {@link #valueForCode} when the value is not fixed by the event code alone.
	 */
	public static final Object VARIES = new Object() {
		@Override
		public String toString() {
			return "VARIES";
		}
	};

	/**
	 * The value that every event of type {@code code} has ({@code null}: absent on all of them), or
	 * {@link #VARIES}. Rules are specialised per event code with it (a check of a value the code
	 * fixes is decided once, when rules are loaded), so an answer other than VARIES must hold for
	 * every possible event of that code, whatever the state. The default claims nothing.
	 */
	public Object valueForCode(int code) {
		return VARIES;
	}

	/** The value rendered as an output ({@code %field}) shows it; {@code <NA>} when absent. */
	public String render(C ctx) {
		Object v = value(ctx);
		return v == null ? "<NA>" : v.toString();
	}

	@Override
	public String toString() {
		return argument == null ? info.name() : info.name() + "[" + argument + "]";
	}
}

package io.falcoj.event;

/** Event flag bits (libscap's enum ppm_event_flags). */
public final class EventFlags {
	public static final int CREATES_FD = 1;
	public static final int DESTROYS_FD = 1 << 1;
	public static final int USES_FD = 1 << 2;
	public static final int READS_FROM_FD = 1 << 3;
	public static final int WRITES_TO_FD = 1 << 4;
	public static final int MODIFIES_STATE = 1 << 5;
	public static final int UNUSED = 1 << 6;
	public static final int WAITS = 1 << 7;
	public static final int SKIPPARSERESET = 1 << 8;
	public static final int OLD_VERSION = 1 << 9;
	/** Dropped upstream; the bit stays reserved because old tables set it. */
	public static final int DROP_SIMPLE_CONS = 1 << 10;
	/** Parameter lengths are u32 instead of u16 (plugin and async events). */
	public static final int LARGE_PAYLOAD = 1 << 11;
	/** Upstream's capture-file converter can upgrade old variants of this event to the newest one. */
	public static final int CONVERTER_MANAGED = 1 << 12;

	static final String[] NAMES = {"CREATES_FD", "DESTROYS_FD", "USES_FD", "READS_FROM_FD", "WRITES_TO_FD",
			"MODIFIES_STATE", "UNUSED", "WAITS", "SKIPPARSERESET", "OLD_VERSION", "DROP_SIMPLE_CONS",
			"LARGE_PAYLOAD", "CONVERTER_MANAGED"};

	private EventFlags() {
	}

	static int parse(String spec) {
		int flags = 0;
		if (spec.equals("NONE")) {
			return 0;
		}
		for (String name : spec.split("\\|")) {
			int bit = java.util.Arrays.asList(NAMES).indexOf(name);
			if (bit < 0) {
				throw new IllegalArgumentException("unknown event flag " + name);
			}
			flags |= 1 << bit;
		}
		return flags;
	}
}

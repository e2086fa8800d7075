package io.falcoj.cli.output;

import java.util.Locale;

/** Falco's eight priorities, most severe first (syslog's order). */
public enum Priority {
	EMERGENCY("Emergency", "Emergency"),
	ALERT("Alert", "Alert"),
	CRITICAL("Critical", "Critical"),
	ERROR("Error", "Error"),
	WARNING("Warning", "Warning"),
	NOTICE("Notice", "Notice"),
	INFORMATIONAL("Informational", "Info"),
	DEBUG("Debug", "Debug");

	private final String longName;
	private final String shortName;

	Priority(String longName, String shortName) {
		this.longName = longName;
		this.shortName = shortName;
	}

	/** As alerts print it ("Warning", "Informational"). */
	public String displayName() {
		return longName;
	}

	/** As the end-of-run summary prints it, upper-cased there ("INFO"). */
	public String shortName() {
		return shortName;
	}

	/** The syslog severity (0 = emergency ... 7 = debug). */
	public int syslogLevel() {
		return ordinal();
	}

	/** At least as severe as {@code min}. */
	public boolean atLeast(Priority min) {
		return ordinal() <= min.ordinal();
	}

	/** Parses a priority name the way Falco does: any case, "info" or "informational". */
	public static Priority parse(String s) {
		if (s == null) {
			return null;
		}
		String v = s.trim().toLowerCase(Locale.ROOT);
		for (Priority p : values()) {
			if (p.longName.toLowerCase(Locale.ROOT).equals(v) || p.shortName.toLowerCase(Locale.ROOT).equals(v)) {
				return p;
			}
		}
		return null;
	}
}

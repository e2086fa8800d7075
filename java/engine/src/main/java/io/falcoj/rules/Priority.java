package io.falcoj.rules;

import java.util.Locale;

/** Falco's eight rule priorities, most severe first (the order of syslog severities). */
public enum Priority {
	EMERGENCY("Emergency"), ALERT("Alert"), CRITICAL("Critical"), ERROR("Error"), WARNING("Warning"), NOTICE("Notice"),
	INFORMATIONAL("Informational"), DEBUG("Debug");

	private final String label;

	Priority(String label) {
		this.label = label;
	}

	/** As Falco prints it in alerts and JSON ({@code Warning}, {@code Informational}). */
	public String label() {
		return label;
	}

	/** Case-insensitive, with {@code info} for Informational, as Falco accepts them; null when unknown. */
	public static Priority parse(String s) {
		String l = s.trim().toLowerCase(Locale.ROOT);
		if (l.equals("info")) {
			return INFORMATIONAL;
		}
		for (Priority p : values()) {
			if (p.label.toLowerCase(Locale.ROOT).equals(l)) {
				return p;
			}
		}
		return null;
	}

	/** Whether this priority is at least as severe as {@code threshold}. */
	public boolean atLeast(Priority threshold) {
		return ordinal() <= threshold.ordinal();
	}
}

package io.falcoj.event;

/** How a numeric parameter is rendered (libscap's enum ppm_print_format). */
public enum PrintFormat {
	NA, DEC, HEX, PADDED_DEC, ID, DIR, OCT;

	static PrintFormat parse(String s) {
		return "10_PADDED_DEC".equals(s) ? PADDED_DEC : valueOf(s);
	}
}

package io.falcoj.cli.output;

import io.falcoj.rules.Priority;
import io.falcoj.json.Json;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Renders alerts as Falco prints them. Text: {@code 16:17:57.881781397: Warning <output>} (local
 * time, or {@code 2016-08-04T16:17:57.881781397+0000} with time_format_iso_8601). JSON: one
 * object with the keys in Falco's (alphabetical) order: hostname, output, output_fields,
 * priority, rule, source, tags, time.
 */
public final class AlertFormatter {
	private final boolean json;
	private final boolean iso8601;
	private final boolean includeOutput;
	private final boolean includeTags;
	private final String hostname;

	public AlertFormatter(boolean json, boolean iso8601, boolean includeOutput, boolean includeTags, String hostname) {
		this.json = json;
		this.iso8601 = iso8601;
		this.includeOutput = includeOutput;
		this.includeTags = includeTags;
		this.hostname = hostname;
	}

	public boolean isIso8601() {
		return iso8601;
	}

	public boolean isJson() {
		return json;
	}

	public String format(Alert a) {
		return json ? json(a) : text(a);
	}

	/** The text line (also the "output" of the JSON form). */
	public String text(Alert a) {
		String time = iso8601 ? isoTime(a.timeNanos(), "+0000") : clockTime(a.timeNanos());
		return time + ": " + a.priority().label() + " " + a.output();
	}

	public String json(Alert a) {
		StringBuilder sb = new StringBuilder(256);
		sb.append("{\"hostname\":");
		Json.quote(sb, hostname);
		if (includeOutput) {
			sb.append(",\"output\":");
			Json.quote(sb, text(a));
		}
		sb.append(",\"output_fields\":{");
		boolean first = true;
		for (Map.Entry<String, Object> e : a.outputFields().entrySet()) {
			if (!first) {
				sb.append(',');
			}
			first = false;
			Json.quote(sb, e.getKey());
			sb.append(':');
			Json.write(sb, e.getValue());
		}
		sb.append("},\"priority\":");
		Json.quote(sb, a.priority().label());
		sb.append(",\"rule\":");
		Json.quote(sb, a.rule());
		sb.append(",\"source\":");
		Json.quote(sb, a.source());
		if (includeTags) {
			sb.append(",\"tags\":");
			Json.write(sb, a.tags());
		}
		sb.append(",\"time\":");
		Json.quote(sb, isoTime(a.timeNanos(), "Z"));
		sb.append('}');
		return sb.toString();
	}

	/** HH:MM:SS.nnnnnnnnn in the local time zone. */
	public static String clockTime(long nanos) {
		LocalTime t = instant(nanos).atZone(ZoneId.systemDefault()).toLocalTime();
		StringBuilder sb = new StringBuilder(18);
		digits(sb, t.getHour(), 2).append(':');
		digits(sb, t.getMinute(), 2).append(':');
		digits(sb, t.getSecond(), 2).append('.');
		return digits(sb, t.getNano(), 9).toString();
	}

	/** YYYY-MM-DDTHH:MM:SS.nnnnnnnnn in UTC followed by {@code zone} ("Z" or "+0000"). */
	public static String isoTime(long nanos, String zone) {
		ZonedDateTime z = instant(nanos).atZone(ZoneOffset.UTC);
		StringBuilder sb = new StringBuilder(35);
		digits(sb, z.getYear(), 4).append('-');
		digits(sb, z.getMonthValue(), 2).append('-');
		digits(sb, z.getDayOfMonth(), 2).append('T');
		digits(sb, z.getHour(), 2).append(':');
		digits(sb, z.getMinute(), 2).append(':');
		digits(sb, z.getSecond(), 2).append('.');
		return digits(sb, z.getNano(), 9).append(zone).toString();
	}

	/**
	 * Appends {@code v} (not negative: a long's nanoseconds span the years 1677 to 2262) padded
	 * with zeros to {@code width}, as {@code %0Nd} would. Alerts (and the daemon's log) are
	 * timestamped this way rather than with String.format, whose parsing and locale look-ups cost
	 * more than the rest of a text alert's formatting.
	 */
	public static StringBuilder digits(StringBuilder sb, int v, int width) {
		String s = Integer.toString(v);
		for (int k = s.length(); k < width; k++) {
			sb.append('0');
		}
		return sb.append(s);
	}

	private static Instant instant(long nanos) {
		return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
	}
}

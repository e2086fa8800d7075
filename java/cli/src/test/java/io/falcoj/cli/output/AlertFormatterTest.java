package io.falcoj.cli.output;

import io.falcoj.rules.Priority;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AlertFormatterTest {
	/** 2016-08-04T16:17:57.881781397Z, the time of Falco's own cat_write.scap alert. */
	private static final long T = 1470327477_881781397L;

	private static Alert alert() {
		Map<String, Object> fields = new TreeMap<>();
		fields.put("proc.cmdline", "cat /dev/null");
		fields.put("evt.time", T);
		fields.put("fd.name", null);
		return new Alert(T, Priority.WARNING, "open_from_cat", "syscall", new TreeSet<>(Arrays.asList("testing", "filesystem")),
				"An open was seen (command=cat /dev/null)", fields);
	}

	@Test
	void textLineHasTimePriorityAndOutput() {
		TimeZone saved = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		try {
			assertEquals("16:17:57.881781397: Warning An open was seen (command=cat /dev/null)",
					new AlertFormatter(false, false, true, true, "h").format(alert()));
		} finally {
			TimeZone.setDefault(saved);
		}
		assertEquals("2016-08-04T16:17:57.881781397+0000: Warning An open was seen (command=cat /dev/null)",
				new AlertFormatter(false, true, true, true, "h").format(alert()));
	}

	@Test
	void jsonHasFalcosKeysInOrderAndHonoursTheIncludeSwitches() {
		assertEquals("{\"hostname\":\"test-host\",\"output\":\"2016-08-04T16:17:57.881781397+0000: Warning An open was seen (command=cat /dev/null)\","
						+ "\"output_fields\":{\"evt.time\":1470327477881781397,\"fd.name\":null,\"proc.cmdline\":\"cat /dev/null\"},"
						+ "\"priority\":\"Warning\",\"rule\":\"open_from_cat\",\"source\":\"syscall\",\"tags\":[\"filesystem\",\"testing\"],"
						+ "\"time\":\"2016-08-04T16:17:57.881781397Z\"}",
				new AlertFormatter(true, true, true, true, "test-host").format(alert()));
		String bare = new AlertFormatter(true, false, false, false, "h").format(alert());
		assertEquals(-1, bare.indexOf("\"tags\""));
		assertEquals(-1, bare.indexOf("\"output\":"));
	}

	@Test
	void timestampsPadAsPrintfWould() {
		java.util.Random rnd = new java.util.Random(7);
		for (int k = 0; k < 2000; k++) {
			long nanos = k < 4 ? new long[] {0, 1, Long.MAX_VALUE, Long.MIN_VALUE}[k] : rnd.nextLong();
			java.time.Instant i = java.time.Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
			java.time.ZonedDateTime z = i.atZone(java.time.ZoneOffset.UTC);
			assertEquals(String.format("%04d-%02d-%02dT%02d:%02d:%02d.%09d%s", z.getYear(), z.getMonthValue(), z.getDayOfMonth(),
					z.getHour(), z.getMinute(), z.getSecond(), z.getNano(), "Z"), AlertFormatter.isoTime(nanos, "Z"));
			java.time.LocalTime t = i.atZone(java.time.ZoneId.systemDefault()).toLocalTime();
			assertEquals(String.format("%02d:%02d:%02d.%09d", t.getHour(), t.getMinute(), t.getSecond(), t.getNano()),
					AlertFormatter.clockTime(nanos));
		}
	}
}

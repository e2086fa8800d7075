package io.falcoj.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FalcoLoggerTest {
	/** 2016-08-04T06:07:08Z */
	private static final Date T = new Date(1470290828000L);

	@Test
	void stampsAreAsctimeOrIsoInUtc() {
		FalcoLogger log = new FalcoLogger(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		TimeZone saved = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
		try {
			assertEquals("Thu Aug  4 06:07:08 2016", log.stamp(T));
			log.useIso8601(true);
			assertEquals("2016-08-04T06:07:08+0000", log.stamp(T));
		} finally {
			TimeZone.setDefault(saved);
		}
	}

	/** The hand-written stamp against SimpleDateFormat's, in a zone with an offset and across days of the month. */
	@Test
	void stampsMatchTheDateFormatsInAnyZone() {
		FalcoLogger log = new FalcoLogger(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		TimeZone saved = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
		try {
			java.text.SimpleDateFormat asctime = new java.text.SimpleDateFormat("EEE MMM dd HH:mm:ss yyyy", java.util.Locale.ROOT);
			java.text.SimpleDateFormat iso = new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ssZ", java.util.Locale.ROOT);
			iso.setTimeZone(TimeZone.getTimeZone("UTC"));
			java.util.Random r = new java.util.Random(7);
			for (int i = 0; i < 2000; i++) {
				Date d = new Date(r.nextLong(4_102_444_800_000L));
				String a = asctime.format(d);
				String expected = a.charAt(8) == '0' ? a.substring(0, 8) + ' ' + a.substring(9) : a;
				log.useIso8601(false);
				assertEquals(expected, log.stamp(d));
				log.useIso8601(true);
				assertEquals(iso.format(d), log.stamp(d));
			}
		} finally {
			TimeZone.setDefault(saved);
		}
	}

	@Test
	void levelFiltersMessagesAndStderrCanBeOff() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		FalcoLogger log = new FalcoLogger(new PrintStream(err, true, StandardCharsets.UTF_8));
		log.configure(true, null, "warning");
		log.info("quiet");
		log.error("loud");
		String text = err.toString(StandardCharsets.UTF_8);
		assertTrue(text.endsWith(": loud\n") && !text.contains("quiet"), text);
		log.configure(false, null, "debug");
		log.error("gone");
		assertEquals(text, err.toString(StandardCharsets.UTF_8));
	}
}

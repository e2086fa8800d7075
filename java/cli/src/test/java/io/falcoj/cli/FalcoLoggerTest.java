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

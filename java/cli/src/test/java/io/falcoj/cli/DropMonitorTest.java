package io.falcoj.cli;

import io.falcoj.cli.output.AlertFormatter;
import io.falcoj.cli.output.Outputs;
import io.falcoj.cli.output.StdoutOutput;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DropMonitorTest {
	private static final long S = 1_000_000_000L;

	@Test
	void simulatedDropsAreCheckedOncePerSecondOfEventTimeAndAlerted() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		FalcoLogger log = new FalcoLogger(new PrintStream(err, true, StandardCharsets.UTF_8));
		log.configure(true, null, "debug");
		Outputs outputs = new Outputs(new AlertFormatter(false, false, true, true, "h"),
				List.of(new StdoutOutput(new PrintStream(out, true, StandardCharsets.UTF_8), false)), null, m -> {
				});
		DropMonitor m = new DropMonitor(List.of(DropMonitor.Action.LOG, DropMonitor.Action.ALERT), 0.1, 0.03333, 10, true, log, outputs);
		long t0 = 100 * S;
		for (int i = 0; i <= 40; i++) {
			assertTrue(m.onEvent(t0 + i * S / 4, i + 1, 0));
		}
		ByteArrayOutputStream stats = new ByteArrayOutputStream();
		m.printStats(new PrintStream(stats, true, StandardCharsets.UTF_8));
		String st = stats.toString(StandardCharsets.UTF_8);
		// 10 s of events, first check after more than 1 s: a check at 1.25 s, 2.5 s, ... 10 s.
		assertTrue(st.contains("event drop detected: 8 occurrences"), st);
		assertTrue(st.contains("num times actions taken: 8"), st);
		assertTrue(err.toString(StandardCharsets.UTF_8).contains("Falco internal: syscall event drop. 1 system calls dropped in last second."));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("Debug Falco internal: syscall event drop"));
	}

	@Test
	void exitActionStopsAndRealDropsUnderTheThresholdAreIgnored() {
		FalcoLogger log = new FalcoLogger(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
		DropMonitor quiet = new DropMonitor(List.of(DropMonitor.Action.EXIT), 0.5, 1, 1, false, log, null);
		assertTrue(quiet.onEvent(S, 1, 0));
		assertTrue(quiet.onEvent(3 * S, 100, 10));
		DropMonitor exit = new DropMonitor(List.of(DropMonitor.Action.EXIT), 0.5, 1, 1, false, log, null);
		assertTrue(exit.onEvent(S, 1, 0));
		assertFalse(exit.onEvent(3 * S, 10, 9));
	}
}

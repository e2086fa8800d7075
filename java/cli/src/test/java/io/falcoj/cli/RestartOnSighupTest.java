package io.falcoj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGHUP restarts the live daemon with the rules files as they are now, as Falco does: a rule
 * written into the file after the start fires after the signal, and the rule it replaced no
 * longer does. The signal is sent to this JVM, where the daemon runs (its handler is installed
 * while it captures). Skips, saying why, without root, BPF or the native library.
 */
class RestartOnSighupTest {
	private static String rule(String name, Path file) {
		return "- rule: " + name + "\n  desc: reads the file\n  condition: evt.type in (open, openat, openat2) and fd.name = "
				+ file + "\n  output: \"" + name + " read (file=%fd.name command=%proc.cmdline)\"\n  priority: WARNING\n";
	}

	private static void cat(Path file) throws Exception {
		Process p = new ProcessBuilder("cat", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		assertTrue(p.waitFor(10, TimeUnit.SECONDS));
	}

	@Test
	void sighupLoadsTheRulesFilesAgain() throws Exception {
		LiveAssumptions.liveCaptureWorks();
		Path dir = Files.createTempDirectory("falcoj-hup");
		Path a = Files.writeString(dir.resolve("a.txt"), "a");
		Path b = Files.writeString(dir.resolve("b.txt"), "b");
		Path rules = dir.resolve("rules.yaml");
		Files.writeString(rules, rule("first_rule", a));

		OutputLines out = new OutputLines();
		OutputLines err = new OutputLines();
		FalcoMain main = new FalcoMain(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		int[] rc = { -1 };
		// each run ends by itself 8 s after its events start flowing
		Thread daemon = new Thread(() -> rc[0] = main.runRestarting(new String[] { "-r", rules.toString(), "-M", "8",
				"-o", "stdout_output.enabled=true" }), "falco-hup");
		daemon.start();
		try {
			assertTrue(err.await("Live capture started", 1, 60), "daemon did not start: " + err.snapshot());
			cat(a);
			assertTrue(out.await("first_rule read (file=" + a, 1, 2), "no alert for the first rule: " + out.snapshot());

			Files.writeString(rules, rule("second_rule", b));
			Process hup = new ProcessBuilder("kill", "-HUP", Long.toString(ProcessHandle.current().pid())).start();
			assertEquals(0, hup.waitFor());
			assertTrue(err.await("SIGHUP received, restarting...", 1, 10), "no restart: " + err.snapshot());
			assertTrue(err.await("Live capture started", 2, 60), "daemon did not start again: " + err.snapshot());
			assertEquals(2, err.count("Loading rules from file " + rules), "rules loaded once per run: " + err.snapshot());

			cat(b);
			cat(a);
			assertTrue(out.await("second_rule read (file=" + b, 1, 2), "no alert for the new rule: " + out.snapshot());
			Thread.sleep(500);
			assertEquals(1, out.count("first_rule read"), "the replaced rule fired after the restart: " + out.snapshot());
		} finally {
			daemon.join(30_000);
		}
		assertEquals(0, rc[0], "exit code; stderr: " + err.snapshot());
	}
}

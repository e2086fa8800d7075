package io.falcoj.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The rules the daemon ships (rules/falco_rules.yaml) load, and on the small QEMU capture (a
 * workload that reads /etc/shadow, creates /dev/kvmlab_evil, runs shells and nc on loopback)
 * raise exactly the two alerts that workload deserves.
 */
class DefaultRulesTest {
	private static final Path ROOT = Path.of(System.getProperty("falcoj.root", "."));

	private static String[] run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int rc = new FalcoMain(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		return new String[] {Integer.toString(rc), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
	}

	@Test
	void shippedRulesAndConfigValidate() {
		String[] r = run("-c", ROOT.resolve("falco.yaml").toString(), "-o", "log_stderr=false", "-o", "log_syslog=false",
				"-V", ROOT.resolve("rules/falco_rules.yaml").toString());
		assertEquals("0", r[0], r[1] + r[2]);
		assertEquals(ROOT.resolve("rules/falco_rules.yaml") + ": Ok\n", r[1]);
	}

	@Test
	void smallQemuWorkloadRaisesTheSensitiveReadAndTheDevWrite() {
		Path trace = ROOT.resolve("../shared/traces/qemu-small.scap");
		assumeTrue(Files.isReadable(trace), "shared/traces/qemu-small.scap not present: " + trace);
		String[] r = run("-c", ROOT.resolve("falco.yaml").toString(), "-o", "log_stderr=false", "-o", "log_syslog=false",
				"-o", "syslog_output.enabled=false", "-r", ROOT.resolve("rules/falco_rules.yaml").toString(),
				"-e", trace.toString(), "-v");
		assertEquals("0", r[0], r[2]);
		List<String> alerts = r[1].lines().filter(l -> l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{9}: .*")).toList();
		assertEquals(2, alerts.size(), r[1]);
		assertTrue(alerts.get(0).contains("Warning Sensitive file opened for reading (file=/etc/shadow program=cat cmdline=cat /etc/shadow"), alerts.get(0));
		assertTrue(alerts.get(1).contains("Error File below /dev opened for writing (file=/dev/kvmlab_evil"), alerts.get(1));
		assertTrue(r[1].contains("Triggered rules by rule name:\n   Sensitive File Read: 1\n   File Created Below Dev: 1\n"), r[1]);
	}
}

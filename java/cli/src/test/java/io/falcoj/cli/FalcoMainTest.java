package io.falcoj.cli;

import io.falcoj.json.Json;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bin/falco end to end on the k8s_audit source, with rules, config and events made here. */
class FalcoMainTest {
	private static final String RULES = """
			- list: allowed_users
			  items: [admin]
			- rule: Pod Created By Unknown User
			  desc: a pod was created by someone not in the list
			  condition: ka.verb=create and ka.target.resource=pods and not ka.user.name in (allowed_users)
			  output: Pod created (user=%ka.user.name pod=%ka.target.name images=%ka.req.pod.containers.image)
			  priority: WARNING
			  source: k8s_audit
			  tags: [k8s, pods]
			- rule: Any Delete
			  desc: anything deleted
			  condition: ka.verb=delete
			  output: Deleted %ka.target.resource/%ka.target.name
			  priority: INFO
			  source: k8s_audit
			  tags: [k8s]
			""";

	private static String event(String verb, String user, String name) {
		return "{\"kind\":\"Event\",\"verb\":\"" + verb + "\",\"user\":{\"username\":\"" + user + "\"},"
				+ "\"objectRef\":{\"resource\":\"pods\",\"name\":\"" + name + "\"},\"stageTimestamp\":\"2020-01-02T03:04:05.123456789Z\","
				+ "\"requestObject\":{\"spec\":{\"containers\":[{\"image\":\"nginx\"}]}}}";
	}

	private record Run(int rc, String out, String err) {
	}

	private static Run falco(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int rc = new FalcoMain(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
		return new Run(rc, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private static Path write(Path dir, String name, String text) throws IOException {
		Path p = dir.resolve(name);
		Files.writeString(p, text);
		return p;
	}

	@Test
	void replaysAuditEventsAndPrintsAlertsAndTheSummary(@TempDir Path dir) throws IOException {
		Path rules = write(dir, "rules.yaml", RULES);
		Path conf = write(dir, "falco.yaml", "stdout_output: {enabled: true}\nsyslog_output: {enabled: false}\nlog_stderr: false\n");
		Path events = write(dir, "events.jsonl", event("create", "eve", "p1") + "\n" + event("create", "admin", "p2") + "\n"
				+ event("delete", "eve", "p1") + "\n{\"kind\":7}\n");
		Run r = falco("-c", conf.toString(), "-r", rules.toString(), "-e", events.toString(), "-o", "time_format_iso_8601=true", "-v");
		assertEquals(0, r.rc, r.err);
		assertTrue(r.out.contains("2020-01-02T03:04:05.123456789+0000: Warning Pod created (user=eve pod=p1 images=(nginx))\n"), r.out);
		assertTrue(r.out.contains("Informational Deleted pods/p1\n"), r.out);
		assertTrue(r.out.endsWith("""
				Events detected: 2
				Rule counts by severity:
				   WARNING: 1
				   INFO: 1
				Triggered rules by rule name:
				   Pod Created By Unknown User: 1
				   Any Delete: 1
				"""), r.out);
	}

	@Test
	void jsonAlertsTagFiltersAndPriorityThreshold(@TempDir Path dir) throws Exception {
		Path rules = write(dir, "rules.yaml", RULES);
		Path conf = write(dir, "falco.yaml", "syslog_output: {enabled: false}\nlog_stderr: false\n");
		Path events = write(dir, "events.json", "[" + event("create", "eve", "p1") + "," + event("delete", "eve", "p1") + "]");
		Run json = falco("-c", conf.toString(), "-r", rules.toString(), "-e", events.toString(), "-o", "json_output=true", "-t", "pods");
		assertEquals(0, json.rc, json.err);
		List<String> lines = json.out.lines().toList();
		assertEquals(1, lines.size(), json.out);
		@SuppressWarnings("unchecked")
		Map<String, Object> alert = (Map<String, Object>) Json.parse(lines.get(0));
		assertEquals("Pod Created By Unknown User", alert.get("rule"));
		assertEquals("k8s_audit", alert.get("source"));
		assertEquals(List.of("k8s", "pods"), alert.get("tags"));
		assertEquals("2020-01-02T03:04:05.123456789Z", alert.get("time"));
		assertEquals("eve", Json.get(alert, "output_fields", "ka.user.name"));

		Run warnOnly = falco("-c", conf.toString(), "-r", rules.toString(), "-e", events.toString(), "-o", "priority=warning", "-v");
		assertTrue(warnOnly.out.contains("Events detected: 1\n"), warnOnly.out);
		Run disabled = falco("-c", conf.toString(), "-r", rules.toString(), "-e", events.toString(), "-D", "Pod Created", "-T", "nothing", "-v");
		assertTrue(disabled.out.contains("Events detected: 1\n") && disabled.out.contains("Any Delete: 1"), disabled.out);
	}

	@Test
	void validationPrintsLoadResultsAndFailsOnErrors(@TempDir Path dir) throws Exception {
		Path good = write(dir, "good.yaml", RULES);
		Path bad = write(dir, "bad.yaml", "- rule: broken\n  desc: d\n  condition: ka.verb=\n  output: o\n  priority: INFO\n  source: k8s_audit\n");
		Path conf = write(dir, "falco.yaml", "log_stderr: false\n");
		Run ok = falco("-c", conf.toString(), "-V", good.toString(), "-o", "json_output=true");
		assertEquals(0, ok.rc, ok.err);
		@SuppressWarnings("unchecked")
		Map<String, Object> doc = (Map<String, Object>) Json.parse(ok.out);
		assertEquals(Boolean.TRUE, Json.get(((List<?>) doc.get("falco_load_results")).get(0), "successful"));
		Run no = falco("-c", conf.toString(), "-V", bad.toString(), "-o", "json_output=true");
		assertEquals(1, no.rc);
		assertTrue(no.out.contains("LOAD_ERR_COMPILE_CONDITION"), no.out);
		Run text = falco("-c", conf.toString(), "-V", bad.toString());
		assertEquals(1, text.rc);
		assertTrue(text.err.startsWith("Error: ") && text.err.contains("Invalid"), text.err);
	}

	@Test
	void badInputIsAClearErrorWithFalcosExitCode(@TempDir Path dir) throws IOException {
		Path rules = write(dir, "rules.yaml", RULES);
		Run noConf = falco("-c", dir.resolve("missing.yaml").toString(), "-r", rules.toString());
		assertEquals(1, noConf.rc);
		assertEquals("Error: Could not find configuration file at " + dir.resolve("missing.yaml") + "\n", noConf.err);
		Path conf = write(dir, "falco.yaml", "syscall_event_drops:\n  threshold: 2\n");
		Run badConf = falco("-c", conf.toString(), "-r", rules.toString());
		assertEquals(1, badConf.rc);
		assertTrue(badConf.err.contains("syscall event drops threshold must be a double in the range [0, 1]"), badConf.err);
		Path ok = write(dir, "ok.yaml", "log_stderr: false\n");
		Path broken = write(dir, "broken.json", "{\"kind\":\"Event\",");
		Run badJson = falco("-c", ok.toString(), "-r", rules.toString(), "-e", broken.toString());
		assertEquals(1, badJson.rc);
		assertTrue(badJson.err.startsWith("Error: Could not parse k8s audit events"), badJson.err);
		Run conflict = falco("-D", "a", "-t", "b");
		assertEquals("Error: You can not specify both disabled (-D/-T) and enabled (-t) rules\n", conflict.err);
	}

	/**
	 * A syscall replay feeds the whole syscall source, not the state engine alone: evt.latency
	 * (the thread's enter-to-exit time, tracked per event once a field asks for it) was 0 in every
	 * alert when the daemon bypassed it.
	 */
	@Test
	void syscallReplayAlertsCarryEventLatency(@TempDir Path dir) throws IOException {
		Path trace = Path.of(System.getProperty("falcoj.root", "."), "..", "shared", "traces", "qemu-small.scap");
		Assumptions.assumeTrue(Files.exists(trace), "skipped: " + trace + " not found (../shared absent)");
		Path rules = write(dir, "lat.yaml", """
				- rule: Open latency
				  desc: every openat exit, with its latency
				  condition: evt.type=openat and evt.dir=<
				  output: latency=%evt.latency
				  priority: WARNING
				""");
		Run r = falco("-r", rules.toString(), "-e", trace.toString(), "-o", "json_output=false");
		assertEquals(0, r.rc(), r.err());
		List<String> latencies = r.out().lines().filter(l -> l.contains("latency=")).map(l -> l.substring(l.indexOf("latency=") + 8)).toList();
		assertTrue(!latencies.isEmpty(), "no alerts: " + r.out());
		assertTrue(latencies.stream().anyMatch(v -> !v.equals("0")), "every latency is 0: " + latencies.subList(0, Math.min(5, latencies.size())));
	}
}

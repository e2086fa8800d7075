package io.falcoj.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The live k8s_audit source: falco listening for the audit webhook, rules applied to each POST;
 * and the webserver's health and metrics endpoints while it runs.
 */
class K8sAuditIntakeTest {
	private static final String RULES = """
			- rule: Secret Read
			  desc: someone read a secret
			  condition: ka.verb=get and ka.target.resource=secrets
			  output: Secret read (user=%ka.user.name secret=%ka.target.name)
			  priority: WARNING
			  source: k8s_audit
			""";

	private static String event(String verb) {
		return "{\"kind\":\"Event\",\"verb\":\"" + verb + "\",\"user\":{\"username\":\"eve\"},"
				+ "\"objectRef\":{\"resource\":\"secrets\",\"name\":\"db\"},\"stageTimestamp\":\"2020-01-02T03:04:05Z\"}";
	}

	@Test
	void postedEventsRaiseAlertsAndBadBodiesAreRefused(@TempDir Path dir) throws Exception {
		int port;
		int webPort;
		try (ServerSocket s = new ServerSocket(0); ServerSocket w = new ServerSocket(0)) {
			port = s.getLocalPort();
			webPort = w.getLocalPort();
		}
		Path rules = dir.resolve("rules.yaml");
		Files.writeString(rules, RULES);
		Path conf = dir.resolve("falco.yaml");
		Files.writeString(conf, "log_stderr: false\nsyslog_output: {enabled: false}\nplugins:\n  - name: k8saudit\n"
				+ "    open_params: \"http://127.0.0.1:" + port + "/k8s-audit\"\n"
				+ "webserver:\n  enabled: true\n  listen_port: " + webPort + "\n  prometheus_metrics_enabled: true\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		AtomicInteger rc = new AtomicInteger(-1);
		Thread daemon = new Thread(() -> rc.set(new FalcoMain(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)).run(new String[] {"-c", conf.toString(), "-r", rules.toString(),
						"--enable-source=k8s_audit", "-M", "2", "-v"})));
		daemon.start();
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		URI uri = URI.create("http://127.0.0.1:" + port + "/k8s-audit");
		HttpResponse<String> ok = null;
		for (int i = 0; i < 100 && ok == null; i++) {
			try {
				ok = client.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(
						"{\"kind\":\"EventList\",\"items\":[" + event("get") + "," + event("list") + "]}")).build(),
						HttpResponse.BodyHandlers.ofString());
			} catch (java.net.ConnectException notYet) {
				Thread.sleep(50);
			}
		}
		assertEquals(200, ok.statusCode());
		assertEquals(400, client.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString("{nope")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode());
		assertEquals(405, client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode());
		assertEquals(200, client.send(HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(event("get"))).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode());
		HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/healthz")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(200, health.statusCode());
		assertEquals("{\"status\": \"ok\"}", health.body());
		String metrics = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + webPort + "/metrics")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertTrue(metrics.contains("falcosecurity_falco_rules_matches_total{priority=\"Warning\",rule_name=\"Secret Read\",source=\"k8s_audit\"} 2\n"), metrics);
		daemon.join(20_000);
		String text = out.toString(StandardCharsets.UTF_8);
		assertEquals(0, rc.get(), err.toString(StandardCharsets.UTF_8));
		assertEquals(2, text.lines().filter(l -> l.contains("Warning Secret read (user=eve secret=db)")).count(), text);
		assertTrue(text.contains("Events detected: 2\n"), text);
	}
}

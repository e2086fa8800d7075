package io.falcoj.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.falcoj.cli.output.Outputs;
import io.falcoj.json.JsonException;
import io.falcoj.k8saudit.AuditEvent;
import io.falcoj.k8saudit.AuditEventReader;
import io.falcoj.rules.Ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Live k8s_audit source: an HTTP endpoint the API server's audit webhook posts to (Falco's
 * k8saudit plugin address, {@code http://:9765/k8s-audit} by default). Each POST body is one
 * event, an EventList or a JSON array; its events meet the k8s_audit rules at once. A body that
 * is not JSON gets 400 and is logged; anything but POST gets 405.
 *
 * <p>Threads: requests are handled by a small pool; rule evaluation is serialized on this object
 * (a ruleset is evaluated by one thread at a time), alerts go to the shared, synchronized outputs.
 */
final class K8sAuditIntake implements AutoCloseable {
	/** Larger bodies are refused: the plugin's default maximum event size is far below this. */
	static final int MAX_BODY = 64 << 20;
	static final String DEFAULT_ADDRESS = "http://:9765/k8s-audit";

	private final HttpServer server;
	private final ExecutorService pool;
	private final String path;
	private final Ruleset<AuditEvent> rules;
	private final FalcoMain main;
	private final Outputs outputs;
	private final DetectionStats stats;
	private final FalcoLogger log;
	private final AuditEventReader reader = new AuditEventReader();
	private long received;

	private K8sAuditIntake(HttpServer server, String path, Ruleset<AuditEvent> rules, FalcoMain main, Outputs outputs,
			DetectionStats stats, FalcoLogger log) {
		this.server = server;
		this.path = path;
		this.rules = rules;
		this.main = main;
		this.outputs = outputs;
		this.stats = stats;
		this.log = log;
		this.pool = Executors.newFixedThreadPool(2, r -> {
			Thread t = new Thread(r, "k8s-audit-intake");
			t.setDaemon(true);
			return t;
		});
		server.setExecutor(pool);
		server.createContext(path, this::handle);
	}

	/**
	 * Opens the endpoint named by {@code address} ({@code http://[host]:port/path}; an empty host
	 * listens on every address) and starts serving.
	 */
	static K8sAuditIntake start(String address, Ruleset<AuditEvent> rules, FalcoMain main, Outputs outputs,
			DetectionStats stats, FalcoLogger log) throws FalcoMain.Fatal {
		URI uri;
		try {
			uri = new URI(address.isBlank() ? DEFAULT_ADDRESS : address.trim());
		} catch (URISyntaxException e) {
			throw new FalcoMain.Fatal("Invalid k8s audit address '" + address + "': " + e.getMessage());
		}
		if (!"http".equals(uri.getScheme())) {
			throw new FalcoMain.Fatal("Invalid k8s audit address '" + address + "': only http://[host]:port/path is supported");
		}
		// "http://:9765/x" has no host for java.net.URI: take the port from the authority.
		String authority = uri.getRawAuthority() == null ? "" : uri.getRawAuthority();
		int colon = authority.lastIndexOf(':');
		String host = colon >= 0 ? authority.substring(0, colon) : authority;
		int port;
		try {
			port = colon >= 0 ? Integer.parseInt(authority.substring(colon + 1)) : 80;
		} catch (NumberFormatException e) {
			throw new FalcoMain.Fatal("Invalid k8s audit address '" + address + "': bad port");
		}
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		HttpServer server;
		try {
			server = HttpServer.create(host.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(host, port), 16);
		} catch (IOException e) {
			throw new FalcoMain.Fatal("Could not listen for k8s audit events on " + address + ": " + e.getMessage());
		}
		K8sAuditIntake intake = new K8sAuditIntake(server, path, rules, main, outputs, stats, log);
		server.start();
		log.info("Listening for k8s audit events on " + address);
		return intake;
	}

	/** The port actually bound (for port 0). */
	int port() {
		return server.getAddress().getPort();
	}

	String path() {
		return path;
	}

	synchronized long received() {
		return received;
	}

	private void handle(HttpExchange ex) throws IOException {
		try (ex) {
			if (!ex.getRequestMethod().equals("POST")) {
				reply(ex, 405, "Method not allowed, POST audit events here\n");
				return;
			}
			byte[] body;
			try (InputStream in = ex.getRequestBody()) {
				body = in.readNBytes(MAX_BODY + 1);
			}
			if (body.length > MAX_BODY) {
				reply(ex, 413, "Body too large\n");
				return;
			}
			List<String> problems = new ArrayList<>();
			try {
				evaluate(new String(body, StandardCharsets.UTF_8), problems);
			} catch (JsonException e) {
				log.error("k8s audit: could not parse a request body: " + e.getMessage());
				reply(ex, 400, "Bad request: " + e.getMessage() + "\n");
				return;
			} catch (RuntimeException e) {
				// a defect must not take the endpoint down: report it and keep serving
				log.error("k8s audit: internal error on a request: " + e);
				reply(ex, 500, "Internal error\n");
				return;
			}
			for (String p : problems) {
				log.error("k8s audit: " + p);
			}
			if (!problems.isEmpty()) {
				reply(ex, 400, "Bad request: " + String.join("; ", problems) + "\n");
				return;
			}
			reply(ex, 200, "");
		}
	}

	private synchronized void evaluate(String body, List<String> problems) throws JsonException {
		for (AuditEvent e : reader.parse(body, problems::add)) {
			received++;
			rules.evaluate(e, 0, rule -> main.alert(rule, e, e.timestampNanos(), outputs, stats));
		}
	}

	private static void reply(HttpExchange ex, int code, String text) throws IOException {
		byte[] b = text.getBytes(StandardCharsets.UTF_8);
		ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
		ex.sendResponseHeaders(code, b.length == 0 ? -1 : b.length);
		if (b.length > 0) {
			try (OutputStream os = ex.getResponseBody()) {
				os.write(b);
			}
		}
	}

	@Override
	public void close() {
		server.stop(0);
		pool.shutdownNow();
	}
}

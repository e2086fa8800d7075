package io.falcoj.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Falco's embedded web server ({@code webserver} in falco.yaml), run in live mode: the health
 * endpoint ({@code k8s_healthz_endpoint}, {@code /healthz}) answers {@code {"status": "ok"}} while
 * the daemon runs, and with {@code prometheus_metrics_enabled} {@code /metrics} serves the
 * counters in Prometheus' text format.
 */
final class WebServer implements AutoCloseable {
	private final HttpServer server;
	private final ExecutorService pool;

	private WebServer(HttpServer server) {
		this.server = server;
		this.pool = Executors.newSingleThreadExecutor(r -> {
			Thread t = new Thread(r, "webserver");
			t.setDaemon(true);
			return t;
		});
		server.setExecutor(pool);
	}

	/** Listens on {@code address:port} (all addresses when blank); {@code metrics} may be null. */
	static WebServer start(String address, int port, String healthPath, Supplier<String> metrics) throws FalcoMain.Fatal {
		HttpServer s;
		try {
			s = HttpServer.create(address == null || address.isBlank() ? new InetSocketAddress(port)
					: new InetSocketAddress(address, port), 16);
		} catch (IOException | IllegalArgumentException e) {
			throw new FalcoMain.Fatal("Could not start the webserver on port " + port + ": " + e.getMessage());
		}
		WebServer w = new WebServer(s);
		s.createContext(healthPath, ex -> reply(ex, 200, "application/json", "{\"status\": \"ok\"}"));
		if (metrics != null) {
			s.createContext("/metrics", ex -> reply(ex, 200, "text/plain; version=0.0.4", metrics.get()));
		}
		s.start();
		return w;
	}

	int port() {
		return server.getAddress().getPort();
	}

	private static void reply(HttpExchange ex, int code, String type, String body) throws IOException {
		try (ex) {
			if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
				ex.sendResponseHeaders(405, -1);
				return;
			}
			byte[] b = body.getBytes(StandardCharsets.UTF_8);
			ex.getResponseHeaders().set("Content-Type", type);
			ex.sendResponseHeaders(code, b.length);
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

package io.falcoj.cli.output;

import com.sun.net.httpserver.HttpServer;
import io.falcoj.rules.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AsyncOutputTest {
	private static Alert alert(String text) {
		return new Alert(0, Priority.ERROR, "r", "syscall", new TreeSet<>(), text, Map.of());
	}

	@Test
	void aFlakyEndpointGetsEveryAlertInOrderThroughRetries() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		AtomicInteger calls = new AtomicInteger();
		List<String> bodies = Collections.synchronizedList(new ArrayList<>());
		server.createContext("/", ex -> {
			String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			// the endpoint is down for the first two requests
			if (calls.incrementAndGet() <= 2) {
				ex.sendResponseHeaders(503, -1);
			} else {
				bodies.add(body);
				ex.sendResponseHeaders(200, -1);
			}
			ex.close();
		});
		server.start();
		List<String> errors = Collections.synchronizedList(new ArrayList<>());
		try {
			HttpOutput http = new HttpOutput("http://127.0.0.1:" + server.getAddress().getPort() + "/", "ua", false, false,
					Duration.ofSeconds(5));
			AsyncOutput async = new AsyncOutput(http, 100, 10_000, new long[] {10, 20, 40}, errors::add);
			for (int i = 0; i < 5; i++) {
				async.send(alert("a" + i), "line " + i);
			}
			async.close();
			assertEquals(List.of("line 0", "line 1", "line 2", "line 3", "line 4"), bodies);
			assertEquals(5, async.delivered());
			assertEquals(0, async.failed());
			assertEquals(List.of(), errors);
		} finally {
			server.stop(0);
		}
	}

	@Test
	void anUnreachableEndpointIsReportedAndAFullQueueDrops(@TempDir Path dir) throws Exception {
		List<String> errors = Collections.synchronizedList(new ArrayList<>());
		// nothing listens on this port: bound then released
		int port;
		try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
			port = s.getLocalPort();
		}
		AsyncOutput async = new AsyncOutput(new HttpOutput("http://127.0.0.1:" + port + "/", "ua", false, false,
				Duration.ofMillis(500)), 1, 10_000, new long[] {10, 20}, errors::add);
		for (int i = 0; i < 5; i++) {
			async.send(alert("x"), "x");
		}
		async.close();
		assertTrue(async.failed() >= 1, "failed " + async.failed());
		assertTrue(async.dropped() >= 1, "dropped " + async.dropped());
		assertEquals(5, async.failed() + async.dropped() + async.delivered());
		assertTrue(errors.stream().anyMatch(e -> e.contains("not delivered")), errors.toString());
		assertTrue(errors.stream().anyMatch(e -> e.contains("queue full")), errors.toString());

		Path out = dir.resolve("p.txt");
		AsyncOutput program = new AsyncOutput(new ProgramOutput("cat >> '" + out + "'", false, false), 100, 10_000, errors::add);
		program.send(alert("y"), "one");
		program.send(alert("y"), "two");
		program.close();
		assertEquals("one\ntwo\n", Files.readString(out));
	}
}

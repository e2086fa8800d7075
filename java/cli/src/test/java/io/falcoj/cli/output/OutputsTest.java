package io.falcoj.cli.output;

import com.sun.net.httpserver.HttpServer;
import io.falcoj.rules.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputsTest {
	private static Alert alert(String text) {
		return new Alert(1_000_000_000L, Priority.ERROR, "r", "syscall", new TreeSet<>(), text, Map.of());
	}

	private static AlertFormatter text() {
		return new AlertFormatter(false, true, true, true, "h");
	}

	@Test
	void fileAndProgramOutputsReceiveEveryAlertLine(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("alerts.txt");
		Path piped = dir.resolve("piped.txt");
		List<String> errors = new ArrayList<>();
		try (Outputs o = new Outputs(text(), List.of(new FileOutput(file, false, false),
				new ProgramOutput("cat >> '" + piped + "'", false, false)), null, errors::add)) {
			o.handle(alert("one"));
			o.handle(alert("two"));
		}
		String expected = "1970-01-01T00:00:01.000000000+0000: Error one\n1970-01-01T00:00:01.000000000+0000: Error two\n";
		assertEquals(expected, Files.readString(file));
		assertEquals(expected, Files.readString(piped));
		assertEquals(List.of(), errors);
	}

	@Test
	void fileOutputMakesAMissingDirectory(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("not/yet/there.txt");
		try (Outputs o = new Outputs(text(), List.of(new FileOutput(file, false, false)), null, e -> {
		})) {
			o.handle(alert("x"));
		}
		assertEquals(1, Files.readAllLines(file).size());
	}

	@Test
	void reopenAfterRotationWritesToTheNewFile(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("alerts.txt");
		Path rotated = dir.resolve("alerts.txt.1");
		try (Outputs o = new Outputs(text(), List.of(new FileOutput(file, true, false)), null, e -> {
		})) {
			o.handle(alert("before"));
			Files.move(file, rotated);
			o.handle(alert("still old handle"));
			o.reopen();
			o.handle(alert("after"));
		}
		assertEquals(2, Files.readAllLines(rotated).size());
		assertEquals(List.of("1970-01-01T00:00:01.000000000+0000: Error after"), Files.readAllLines(file));
	}

	@Test
	void keptAliveOutputsWriteThroughOneHandle(@TempDir Path dir) throws IOException {
		Path file = dir.resolve("a.txt");
		Path piped = dir.resolve("p.txt");
		try (Outputs o = new Outputs(text(), List.of(new FileOutput(file, true, true),
				new ProgramOutput("cat > '" + piped + "'", true, true)), null, e -> {
				})) {
			for (int i = 0; i < 100; i++) {
				o.handle(alert("n" + i));
			}
		}
		assertEquals(100, Files.readAllLines(file).size());
		assertEquals(100, Files.readAllLines(piped).size());
	}

	@Test
	void httpOutputPostsJsonAndReportsRefusals() throws Exception {
		HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		List<String> bodies = new ArrayList<>();
		List<String> types = new ArrayList<>();
		server.createContext("/ok", ex -> {
			bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			types.add(ex.getRequestHeaders().getFirst("Content-Type") + " " + ex.getRequestHeaders().getFirst("User-Agent"));
			ex.sendResponseHeaders(200, -1);
			ex.close();
		});
		server.createContext("/no", ex -> {
			ex.sendResponseHeaders(500, -1);
			ex.close();
		});
		server.start();
		try {
			String base = "http://127.0.0.1:" + server.getAddress().getPort();
			List<String> errors = new ArrayList<>();
			AlertFormatter json = new AlertFormatter(true, false, true, true, "h");
			try (Outputs o = new Outputs(json, List.of(new HttpOutput(base + "/ok", "falcosecurity/falco", false, true, Duration.ofSeconds(5)),
					new HttpOutput(base + "/no", "ua", false, true, Duration.ofSeconds(5))), null, errors::add)) {
				o.handle(alert("posted"));
			}
			assertEquals(1, bodies.size());
			assertTrue(bodies.get(0).startsWith("{\"hostname\":\"h\""), bodies.get(0));
			assertEquals("application/json falcosecurity/falco", types.get(0));
			assertEquals(1, errors.size());
			assertTrue(errors.get(0).contains("500"), errors.get(0));
		} finally {
			server.stop(0);
		}
	}

	@Test
	void throttleDropsAlertsBeyondTheBurst() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Outputs o = new Outputs(text(), List.of(new StdoutOutput(new PrintStream(out, true, StandardCharsets.UTF_8), false)),
				new TokenBucket(0.001, 3), e -> {
				});
		for (int i = 0; i < 10; i++) {
			o.handle(alert("x"));
		}
		assertEquals(3, out.toString(StandardCharsets.UTF_8).split("\n").length);
		assertEquals(7, o.dropped());
	}
}

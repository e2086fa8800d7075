package io.falcoj.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The daemon live on this machine's kernel (modern eBPF): real actions by child processes, each
 * alert checked for its process, parent, file and connection fields and for arriving within 2 s;
 * harmless actions raise nothing. Skips, saying why, without root, BPF or the native library.
 */
class LiveDetectionTest {
	private static void run(String... cmd) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		assertTrue(p.waitFor(10, TimeUnit.SECONDS), String.join(" ", cmd));
	}

	private interface Action {
		void run() throws Exception;
	}

	/** Performs the action and waits up to 2 s for its alert. */
	private static void expectAlert(OutputLines out, LiveExpectations.Expected e, Action action) throws Exception {
		long t = System.nanoTime();
		action.run();
		while (System.nanoTime() - t < 2_000_000_000L) {
			if (out.snapshot().stream().anyMatch(e::matches)) {
				return;
			}
			Thread.sleep(20);
		}
		assertTrue(out.snapshot().stream().anyMatch(e::matches), "no alert " + e + " within 2 s: " + out.snapshot());
	}

	@Test
	void realActionsRaiseTheirAlertsAndHarmlessOnesNothing() throws Exception {
		LiveAssumptions.liveCaptureWorks();
		Path dir = Files.createTempDirectory("falcoj-live");
		Path shm = Path.of("/dev/shm/falcoj-live-" + ProcessHandle.current().pid());
		Path devFile = Path.of("/dev/falcoj-live-" + ProcessHandle.current().pid());
		try (ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
			String rules;
			try (InputStream in = getClass().getResourceAsStream("live-rules.yaml")) {
				rules = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("%PORT%",
						Integer.toString(server.getLocalPort()));
			}
			Path rulesFile = dir.resolve("rules.yaml");
			Files.writeString(rulesFile, rules);
			Path shell = dir.resolve("falcojsh");
			Path nginx = dir.resolve("nginx");
			Files.copy(Path.of("/bin/bash"), shell);
			Files.copy(Path.of("/bin/bash"), nginx);
			Files.copy(Path.of("/bin/true"), shm, StandardCopyOption.REPLACE_EXISTING);
			shell.toFile().setExecutable(true);
			nginx.toFile().setExecutable(true);
			shm.toFile().setExecutable(true);

			OutputLines out = new OutputLines();
			OutputLines err = new OutputLines();
			FalcoMain main = new FalcoMain(new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8));
			int[] rc = { -1 };
			Thread daemon = new Thread(() -> rc[0] = main.run(new String[] { "-r", rulesFile.toString(), "-M", "9",
					"-o", "json_output=true", "-o", "stdout_output.enabled=true" }), "falco-live");
			daemon.start();
			assertTrue(err.await("Live capture started", 1, 60), "daemon did not start: " + err.snapshot());
			Thread accepter = new Thread(() -> {
				try (Socket s = server.accept()) {
					s.getInputStream().read();
				} catch (IOException e) {
					// the client went away
				}
			});
			accepter.start();

			// harmless first: none of the rules may fire on these
			run("/bin/ls", "/tmp");
			run("/bin/cat", "/etc/hostname");
			run(shell.toString(), "-c", "echo hello > " + dir.resolve("harmless.txt") + "; true");

			// The expected alerts come from live-expected.txt, which tests/kmod/vm-test checks the
			// kernel module's capture of the same actions against.
			LiveExpectations expected = new LiveExpectations(Map.of("DIR", dir.toString(), "DEV", devFile.toString(),
					"SHM", shm.toString(), "PORT", Integer.toString(server.getLocalPort())));
			expectAlert(out, expected.alert("Shadow read"), () -> run(shell.toString(), "-c", "cat /etc/shadow > /dev/null; true"));
			expectAlert(out, expected.alert("Shell from web server"), () -> run(nginx.toString(), "-c", "/bin/sh -c true; true"));
			expectAlert(out, expected.alert("File below dev"), () -> run("/usr/bin/touch", devFile.toString()));
			expectAlert(out, expected.alert("Run from dev shm"), () -> run(shm.toString()));
			expectAlert(out, expected.alert("Connect to test listener"), () -> run(shell.toString(), "-c",
					"exec 3<>/dev/tcp/127.0.0.1/" + server.getLocalPort() + "; true"));
			expectAlert(out, expected.alert("Symlink to shadow"), () -> run("/bin/ln", "-s", "/etc/shadow", dir.resolve("link").toString()));

			daemon.join(30_000);
			assertEquals(0, rc[0], "exit code; stderr: " + err.snapshot());
			// Other runs of this test on the machine may add alerts of their own; none may come from
			// the harmless actions of this run.
			for (String l : out.snapshot()) {
				String h = expected.harmlessIn(l);
				assertTrue(h == null, "a harmless action raised (" + h + "): " + l);
			}
			String summary = err.find("Syscall events:");
			assertTrue(summary != null && summary.contains(" 0 drops"), "summary: " + summary);
		} finally {
			Files.deleteIfExists(shm);
			Files.deleteIfExists(devFile);
			try (var files = Files.list(dir)) {
				for (Path p : files.toList()) {
					Files.deleteIfExists(p);
				}
			}
			Files.deleteIfExists(dir);
		}
	}

	@Test
	void stockRulesFireLiveOnRealActivity() throws Exception {
		LiveAssumptions.liveCaptureWorks();
		Path stock = Path.of(System.getProperty("falcoj.root", "."), "..", "shared", "rules-upstream",
				"falco_rules-latest.yaml");
		Assumptions.assumeTrue(Files.isRegularFile(stock), "no " + stock);
		Path dir = Files.createTempDirectory("falcoj-stock");
		Path shm = Path.of("/dev/shm/falcoj-stock-" + ProcessHandle.current().pid());
		Path log = Path.of("/var/log/falcoj-stock-" + ProcessHandle.current().pid() + ".log");
		try {
			Path nginx = dir.resolve("nginx");
			Files.copy(Path.of("/bin/bash"), nginx);
			nginx.toFile().setExecutable(true);
			Files.copy(Path.of("/bin/true"), shm, StandardCopyOption.REPLACE_EXISTING);
			shm.toFile().setExecutable(true);
			OutputLines out = new OutputLines();
			OutputLines err = new OutputLines();
			FalcoMain main = new FalcoMain(new PrintStream(out, true, StandardCharsets.UTF_8),
					new PrintStream(err, true, StandardCharsets.UTF_8));
			int[] rc = { -1 };
			Thread daemon = new Thread(() -> rc[0] = main.run(new String[] { "-r", stock.toString(), "-M", "12",
					"-o", "json_output=true", "-o", "stdout_output.enabled=true" }), "falco-stock");
			daemon.start();
			assertTrue(err.await("Live capture started", 1, 60), "daemon did not start: " + err.snapshot());

			run("/bin/cat", "/etc/shadow");
			run(nginx.toString(), "-c", "/bin/sh -c true; true");
			run("/bin/ln", "-s", "/etc/shadow", dir.resolve("link").toString());
			run("/usr/bin/find", dir.toString(), "-name", "id_rsa");
			run("/usr/bin/find", dir.toString(), "-path", "*/.aws/credentials");
			run(shm.toString());
			run("/bin/sh", "-c", ": > " + log + "; true");
			Thread.sleep(2000);
			List<String> rules = new ArrayList<>();
			for (String l : out.snapshot()) {
				int at = l.indexOf("\"rule\":\"");
				if (at >= 0) {
					String r = l.substring(at + 8, l.indexOf('"', at + 8));
					if (!rules.contains(r)) {
						rules.add(r);
					}
				}
			}
			daemon.join(30_000);
			assertEquals(0, rc[0], "exit code; stderr: " + err.snapshot());
			for (String expected : List.of("Read sensitive file untrusted", "Create Symlink Over Sensitive Files",
					"Search Private Keys or Passwords", "Find AWS Credentials", "Execution from /dev/shm")) {
				assertTrue(rules.contains(expected), expected + " among " + rules);
			}
			assertTrue(rules.size() >= 5, "distinct stock rules: " + rules);
		} finally {
			Files.deleteIfExists(shm);
			Files.deleteIfExists(log);
			try (var files = Files.list(dir)) {
				for (Path p : files.toList()) {
					Files.deleteIfExists(p);
				}
			}
			Files.deleteIfExists(dir);
		}
	}
}

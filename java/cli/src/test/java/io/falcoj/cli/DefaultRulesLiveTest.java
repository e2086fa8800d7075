package io.falcoj.cli;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rules the daemon ships (rules/falco_rules.yaml), live on this machine's kernel: a real read
 * of /etc/shadow, a file created below /dev, a shell started by a program named nginx and a TCP
 * connection to a non-loopback address each raise their alert; harmless commands raise none.
 * (The container rules need a container runtime and are not exercised here.) Skips, saying why,
 * without root, eBPF or the native library.
 */
class DefaultRulesLiveTest {
	private static final Path ROOT = Path.of(System.getProperty("falcoj.root", "."));

	private static void run(String... cmd) throws IOException, InterruptedException {
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		assertTrue(p.waitFor(10, TimeUnit.SECONDS), String.join(" ", cmd));
	}

	/** Waits up to {@code seconds} for a line containing {@code needle}; that line, or null. */
	private static String await(OutputLines out, String needle, int seconds) throws InterruptedException {
		out.await(needle, 1, seconds);
		return out.find(needle);
	}

	/** An alert's wait: generous, since a loaded machine delays the capture thread by seconds. */
	private static String await(OutputLines out, String needle) throws InterruptedException {
		return await(out, needle, 6);
	}

	/**
	 * A failed alert's explanation: the alerts, and once the daemon has ended, its summary (events,
	 * drops per CPU, threads read from /proc), which tells a lost event from a wrong one.
	 */
	private static Supplier<String> why(String what, Thread daemon, OutputLines out, OutputLines err) {
		return () -> {
			try {
				daemon.join(30_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return what + ": " + out.snapshot() + "; daemon stderr: " + err.snapshot();
		};
	}

	private static InetAddress nonLoopbackIpv4() throws IOException {
		for (NetworkInterface ni : Collections.list(NetworkInterface.getNetworkInterfaces())) {
			if (!ni.isUp() || ni.isLoopback()) {
				continue;
			}
			for (InetAddress a : Collections.list(ni.getInetAddresses())) {
				if (a instanceof Inet4Address) {
					return a;
				}
			}
		}
		return null;
	}

	@Test
	void shippedRulesCatchRealActions() throws Exception {
		LiveAssumptions.liveCaptureWorks();
		InetAddress own = nonLoopbackIpv4();
		Assumptions.assumeTrue(own != null, "no non-loopback IPv4 address to connect to");
		Path dir = Files.createTempDirectory("falcoj-default-live");
		// Every action carries this mark, so actions of other processes on the machine do not count.
		String mark = "falcoj" + ProcessHandle.current().pid();
		Path nginx = dir.resolve("nginx");
		Path net = dir.resolve(mark + "net");
		Path cat = dir.resolve(mark + "cat");
		Path devFile = Path.of("/dev/falcoj-default-live-" + ProcessHandle.current().pid());
		Files.copy(Path.of("/bin/bash"), nginx);
		Files.copy(Path.of("/bin/bash"), net);
		Files.copy(Path.of("/bin/cat"), cat);
		OutputLines out = new OutputLines();
		OutputLines err = new OutputLines();
		try (ServerSocket server = new ServerSocket(0, 10, own)) {
			FalcoMain main = new FalcoMain(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
			int[] rc = {-1};
			Thread daemon = new Thread(() -> rc[0] = main.run(new String[] {"-c", ROOT.resolve("falco.yaml").toString(),
					"-r", ROOT.resolve("rules/falco_rules.yaml").toString(), "-M", "10", "-o", "syslog_output.enabled=false",
					"-o", "log_syslog=false", "-o", "webserver.enabled=false", "-o", "syscall_event_drops.actions[0]=ignore",
					"-o", "syscall_event_drops.actions[1]=ignore"}), "falco-default-live");
			daemon.start();
			// Loading the probe and scanning /proc take seconds on a loaded machine.
			assertTrue(await(err, "Live capture started", 60) != null, "daemon did not start: " + err.snapshot());
			Thread accepter = new Thread(() -> {
				try (Socket s = server.accept()) {
					s.getInputStream().read();
				} catch (IOException e) {
					// the client went away
				}
			});
			accepter.start();

			run("/bin/ls", "/tmp");
			run("/bin/cat", "/etc/hostname");

			run(cat.toString(), "/etc/shadow");
			String shadow = await(out, "program=" + mark + "cat");
			assertTrue(shadow != null && shadow.contains("Sensitive file opened for reading (file=/etc/shadow program=" + mark + "cat"),
					why("shadow", daemon, out, err));

			run("/usr/bin/touch", devFile.toString());
			String dev = await(out, "file=" + devFile);
			assertTrue(dev != null && dev.contains("File below /dev opened for writing (file=" + devFile + " program=touch"), why("dev", daemon, out, err));

			run(nginx.toString(), "-c", "/bin/sh -c 'true " + mark + "'; true");
			String child = await(out, "cmdline=sh -c true " + mark);
			assertTrue(child != null && child.contains("Server started an unexpected program (server=nginx program=sh"), why("server child", daemon, out, err));

			run(net.toString(), "-c", "exec 3<>/dev/tcp/" + own.getHostAddress() + "/" + server.getLocalPort() + "; true");
			String conn = await(out, "program=" + mark + "net");
			assertTrue(conn != null && conn.contains("Outbound connection from an unexpected program")
					&& conn.contains("->" + own.getHostAddress() + ":" + server.getLocalPort()), why("connect", daemon, out, err));

			daemon.join(30_000);
			assertEquals(0, rc[0], "exit code; stderr: " + err.snapshot());
			List<String> mine = out.snapshot().stream().filter(l -> l.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d+: .*"))
					.filter(l -> l.contains(mark) || l.contains(devFile.toString())).toList();
			assertEquals(4, mine.size(), "exactly the four alerts for the actions: " + out.snapshot());
		} finally {
			Files.deleteIfExists(devFile);
			Files.deleteIfExists(nginx);
			Files.deleteIfExists(net);
			Files.deleteIfExists(cat);
			Files.deleteIfExists(dir);
		}
	}
}

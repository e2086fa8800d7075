package io.falcoj.cli.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Syslog messages reach a datagram socket with the user facility, the severity and the falco tag. */
class SyslogSenderTest {
	private static final String LISTENER = """
			import socket, sys
			s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
			s.bind(sys.argv[1])
			s.settimeout(20)
			data = s.recv(65536)
			sys.stdout.write(data.decode('utf-8', 'replace'))
			""";

	@Test
	void messageArrivesWithSeverityAndTag(@TempDir Path dir) throws Exception {
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/logger")), "util-linux logger not installed");
		assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "python3 not installed");
		Path sock = dir.resolve("log.sock");
		Process listener = new ProcessBuilder("/usr/bin/python3", "-c", LISTENER, sock.toString()).start();
		try {
			for (int i = 0; i < 200 && !Files.exists(sock); i++) {
				Thread.sleep(25);
			}
			assertTrue(Files.exists(sock), "listener did not bind");
			try (SyslogSender sender = new SyslogSender(sock)) {
				assertTrue(sender.available());
				sender.send(4, "16:17:57.881781397: Warning An open was seen");
			}
			assertTrue(listener.waitFor(20, TimeUnit.SECONDS));
			String got = new String(listener.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			// facility user (1) * 8 + severity warning (4) = 12
			assertTrue(got.startsWith("<12>"), got);
			assertTrue(got.contains("falco"), got);
			assertTrue(got.endsWith("16:17:57.881781397: Warning An open was seen"), got);
		} finally {
			listener.destroy();
		}
	}

	@Test
	void noSocketMeansNothingIsSent(@TempDir Path dir) throws Exception {
		try (SyslogSender sender = new SyslogSender(dir.resolve("absent"))) {
			assertFalse(sender.available());
			sender.send(3, "dropped quietly");
		}
	}
}

package io.falcoj.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Sends messages to the local syslog socket ({@code /dev/log}, a datagram socket, tagged
 * "falco", facility user). The JDK cannot open datagram Unix sockets, so this hands each
 * severity's messages to one long-lived util-linux {@code logger} process reading stdin (one
 * message per line); with no {@code /dev/log} (containers, build machines) nothing is sent.
 */
public final class SyslogSender implements AutoCloseable {
	private static final String[] SEVERITY = {"emerg", "alert", "crit", "err", "warning", "notice", "info", "debug"};
	private static final Path DEV_LOG = Path.of("/dev/log");

	private final Process[] loggers = new Process[SEVERITY.length];
	private final Path socket;
	private final boolean available;

	/** The local syslog at /dev/log. */
	public SyslogSender() {
		this(DEV_LOG);
	}

	/** A syslog datagram socket at {@code socket} (tests use their own). */
	public SyslogSender(Path socket) {
		this.socket = socket;
		this.available = Files.exists(socket);
	}

	/** Whether there is a local syslog to send to. */
	public boolean available() {
		return available;
	}

	public synchronized void send(int severity, String message) throws IOException {
		if (!available) {
			return;
		}
		int s = Math.max(0, Math.min(SEVERITY.length - 1, severity));
		if (loggers[s] == null || !loggers[s].isAlive()) {
			loggers[s] = new ProcessBuilder("logger", "-t", "falco", "-p", "user." + SEVERITY[s], "-u", socket.toString())
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.redirectError(ProcessBuilder.Redirect.DISCARD)
					.start();
		}
		OutputStream in = loggers[s].getOutputStream();
		// One line is one message for logger; a newline inside the alert would split it.
		in.write((message.replace('\n', ' ') + "\n").getBytes(StandardCharsets.UTF_8));
		in.flush();
	}

	@Override
	public synchronized void close() {
		for (Process p : loggers) {
			if (p != null) {
				try {
					p.getOutputStream().close();
					p.waitFor();
				} catch (IOException | InterruptedException e) {
					p.destroy();
				}
			}
		}
	}
}

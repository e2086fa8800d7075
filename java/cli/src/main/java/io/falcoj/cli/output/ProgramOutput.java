package io.falcoj.cli.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Alerts written to the standard input of a shell command ({@code program_output.program}).
 * With keep_alive one process receives every alert; without it, each alert starts the command,
 * writes one line and waits for it to finish, as Falco does.
 */
public final class ProgramOutput implements AlertOutput {
	private final String command;
	private final boolean keepAlive;
	private final boolean buffered;
	private Process process;
	private OutputStream stdin;

	public ProgramOutput(String command, boolean keepAlive, boolean buffered) {
		this.command = command;
		this.keepAlive = keepAlive;
		this.buffered = buffered;
	}

	private Process start() throws IOException {
		return new ProcessBuilder("/bin/sh", "-c", command)
				.redirectOutput(ProcessBuilder.Redirect.INHERIT)
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
	}

	@Override
	public void send(Alert alert, String formatted) throws IOException {
		byte[] line = (formatted + "\n").getBytes(StandardCharsets.UTF_8);
		if (!keepAlive) {
			Process p = start();
			try (OutputStream in = p.getOutputStream()) {
				in.write(line);
			}
			waitFor(p);
			return;
		}
		if (process == null) {
			process = start();
			stdin = process.getOutputStream();
		}
		stdin.write(line);
		if (!buffered) {
			stdin.flush();
		}
	}

	private static void waitFor(Process p) throws IOException {
		try {
			p.waitFor();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while waiting for the program output command");
		}
	}

	@Override
	public void flush() throws IOException {
		if (stdin != null) {
			stdin.flush();
		}
	}

	@Override
	public void reopen() throws IOException {
		close();
	}

	@Override
	public void close() throws IOException {
		if (process != null) {
			stdin.close();
			waitFor(process);
			process = null;
		}
	}

	@Override
	public String name() {
		return "program output (" + command + ")";
	}
}

package io.falcoj.cli.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Alerts appended to a file. With keep_alive the file stays open between alerts; without it, it
 * is opened and closed for each one (so log rotation needs nothing from us). A missing parent
 * directory is created.
 */
public final class FileOutput implements AlertOutput {
	private final Path path;
	private final boolean keepAlive;
	private final boolean buffered;
	private Writer writer;

	public FileOutput(Path path, boolean keepAlive, boolean buffered) {
		this.path = path;
		this.keepAlive = keepAlive;
		this.buffered = buffered;
	}

	private Writer open() throws IOException {
		// A missing directory would silently lose every alert: make it.
		Path dir = path.toAbsolutePath().getParent();
		if (dir != null && !Files.isDirectory(dir)) {
			Files.createDirectories(dir);
		}
		return new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8,
				StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE));
	}

	@Override
	public void send(Alert alert, String formatted) throws IOException {
		if (!keepAlive) {
			try (Writer w = open()) {
				w.write(formatted);
				w.write('\n');
			}
			return;
		}
		if (writer == null) {
			writer = open();
		}
		writer.write(formatted);
		writer.write('\n');
		if (!buffered) {
			writer.flush();
		}
	}

	@Override
	public void flush() throws IOException {
		if (writer != null) {
			writer.flush();
		}
	}

	@Override
	public void reopen() throws IOException {
		close();
	}

	@Override
	public void close() throws IOException {
		if (writer != null) {
			writer.close();
			writer = null;
		}
	}

	@Override
	public String name() {
		return "file output (" + path + ")";
	}
}

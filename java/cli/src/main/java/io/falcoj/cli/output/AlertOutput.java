package io.falcoj.cli.output;

import java.io.IOException;

/** One place alerts go (stdout, a file, a program, syslog, an HTTP endpoint). */
public interface AlertOutput extends AutoCloseable {
	/** Delivers one alert; {@code formatted} is the line (text or JSON) the formatter made. */
	void send(Alert alert, String formatted) throws IOException;

	/** Pushes out anything buffered. */
	default void flush() throws IOException {
	}

	@Override
	default void close() throws IOException {
		flush();
	}

	/**
	 * Lets go of open files and processes so the next alert opens them afresh (SIGUSR1, after a
	 * log rotation). Outputs that hold nothing do nothing.
	 */
	default void reopen() throws IOException {
	}

	/** For messages about this output ("file output", ...). */
	String name();
}

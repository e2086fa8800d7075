package io.falcoj.cli.output;

import java.io.PrintStream;

/** Alerts on standard output, one per line; flushed per alert unless outputs are buffered. */
public final class StdoutOutput implements AlertOutput {
	private final PrintStream out;
	private final boolean buffered;

	public StdoutOutput(PrintStream out, boolean buffered) {
		this.out = out;
		this.buffered = buffered;
	}

	@Override
	public void send(Alert alert, String formatted) {
		out.print(formatted);
		out.print('\n');
		if (!buffered) {
			out.flush();
		}
	}

	@Override
	public void flush() {
		out.flush();
	}

	@Override
	public String name() {
		return "stdout output";
	}
}

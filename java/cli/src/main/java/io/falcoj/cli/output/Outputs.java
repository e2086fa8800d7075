package io.falcoj.cli.output;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

/**
 * Sends each alert to every configured output, formatted once. An output that fails is reported
 * (through {@code errors}) and does not stop the others. With a rate set, alerts beyond the
 * burst are dropped and counted.
 */
public final class Outputs implements AutoCloseable {
	private final AlertFormatter formatter;
	private final List<AlertOutput> outputs;
	private final TokenBucket throttle;
	private final Consumer<String> errors;
	private long dropped;

	public Outputs(AlertFormatter formatter, List<AlertOutput> outputs, TokenBucket throttle, Consumer<String> errors) {
		this.formatter = formatter;
		this.outputs = outputs;
		this.throttle = throttle;
		this.errors = errors;
	}

	public AlertFormatter formatter() {
		return formatter;
	}

	/**
	 * Whether an alert goes anywhere (an output, or the throttle's count): with every output
	 * disabled, a caller can skip building it (its output fields, rendered line and time stamp).
	 */
	public boolean wantsAlerts() {
		return !outputs.isEmpty() || throttle != null;
	}

	/** Synchronized: live sources (syscall capture, k8s audit intake) alert from their own threads. */
	public synchronized void handle(Alert alert) {
		if (throttle != null && !throttle.claim(System.nanoTime())) {
			dropped++;
			return;
		}
		String line = formatter.format(alert);
		for (AlertOutput o : outputs) {
			try {
				o.send(alert, line);
			} catch (IOException | RuntimeException e) {
				errors.accept(o.name() + ": " + e.getMessage());
			}
		}
	}

	/** Alerts the throttle dropped. */
	public synchronized long dropped() {
		return dropped;
	}

	/** SIGUSR1: every output lets go of its files and programs, to reopen them on the next alert. */
	public synchronized void reopen() {
		for (AlertOutput o : outputs) {
			try {
				o.reopen();
			} catch (IOException | RuntimeException e) {
				errors.accept(o.name() + ": " + e.getMessage());
			}
		}
	}

	public synchronized void flush() {
		for (AlertOutput o : outputs) {
			try {
				o.flush();
			} catch (IOException e) {
				errors.accept(o.name() + ": " + e.getMessage());
			}
		}
	}

	@Override
	public synchronized void close() {
		for (AlertOutput o : outputs) {
			try {
				o.close();
			} catch (IOException | RuntimeException e) {
				errors.accept(o.name() + ": " + e.getMessage());
			}
		}
	}
}

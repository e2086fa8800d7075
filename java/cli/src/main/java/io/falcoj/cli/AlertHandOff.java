package io.falcoj.cli;

import io.falcoj.cli.output.Alert;
import io.falcoj.cli.output.AlertOutput;
import io.falcoj.cli.output.Outputs;
import java.util.concurrent.locks.LockSupport;
import org.jctools.queues.SpscArrayQueue;

/**
 * Carries alerts from the capture thread to an output thread through a bounded single-producer
 * single-consumer queue (JCTools), so a slow output (a program, an HTTP endpoint) never stalls
 * the rings. The capture thread is the only producer, the "outputs" thread the only consumer and
 * the only user of the target outputs. A full queue holds the producer back (spinning, then
 * yielding) rather than losing an alert.
 */
final class AlertHandOff implements AlertOutput {
	private static final int CAPACITY = 4096;

	private final SpscArrayQueue<Alert> queue = new SpscArrayQueue<>(CAPACITY);
	private final Outputs target;
	private final Thread consumer;
	private volatile boolean closing;

	AlertHandOff(Outputs target) {
		this.target = target;
		this.consumer = new Thread(this::drainLoop, "outputs");
		this.consumer.setDaemon(true);
		this.consumer.start();
	}

	@Override
	public void send(Alert alert, String formatted) {
		while (!queue.offer(alert)) {
			LockSupport.unpark(consumer);
			Thread.yield();
		}
		LockSupport.unpark(consumer);
	}

	private void drainLoop() {
		while (true) {
			int n = queue.drain(target::handle);
			if (n == 0) {
				if (closing && queue.isEmpty()) {
					target.flush();
					return;
				}
				target.flush();
				LockSupport.parkNanos(this, 50_000_000L);
			}
		}
	}

	/** Delivers what is queued, then stops the output thread (the target stays open). */
	@Override
	public void close() {
		closing = true;
		LockSupport.unpark(consumer);
		try {
			consumer.join(10_000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public String name() {
		return "alert hand-off";
	}
}

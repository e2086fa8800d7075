package io.falcoj.cli.output;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a slow output (HTTP, a program) on its own thread behind a bounded queue, so a slow or
 * unreachable endpoint never holds up event processing. A failed delivery is retried a few times
 * with growing pauses; an alert that still fails is counted and reported. When the queue is full
 * new alerts are dropped and counted. Closing delivers what is queued (within a time limit), then
 * reports the counters.
 */
public final class AsyncOutput implements AlertOutput {
	private record Item(Alert alert, String line) {
	}

	private static final Item END = new Item(null, null);
	/** Pauses before the retries of a failed delivery. */
	public static final long[] RETRY_PAUSES_MS = {100, 500, 2000};

	private final AlertOutput target;
	private final BlockingQueue<Item> queue;
	private final Consumer<String> errors;
	private final long closeTimeoutMillis;
	private final long[] retryPauses;
	private final Thread worker;
	private volatile long delivered;
	private volatile long failed;
	private volatile long dropped;

	public AsyncOutput(AlertOutput target, int capacity, long closeTimeoutMillis, Consumer<String> errors) {
		this(target, capacity, closeTimeoutMillis, RETRY_PAUSES_MS, errors);
	}

	public AsyncOutput(AlertOutput target, int capacity, long closeTimeoutMillis, long[] retryPausesMillis, Consumer<String> errors) {
		this.retryPauses = retryPausesMillis.clone();
		this.target = target;
		this.queue = new ArrayBlockingQueue<>(capacity);
		this.errors = errors;
		this.closeTimeoutMillis = closeTimeoutMillis;
		this.worker = new Thread(this::drain, "output: " + target.name());
		worker.setDaemon(true);
		worker.start();
	}

	@Override
	public void send(Alert alert, String formatted) {
		if (!queue.offer(new Item(alert, formatted))) {
			if (dropped++ == 0) {
				errors.accept(target.name() + ": queue full, dropping alerts");
			}
		}
	}

	private void drain() {
		try {
			while (true) {
				Item it = queue.take();
				if (it == END) {
					return;
				}
				deliver(it);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private void deliver(Item it) throws InterruptedException {
		IOException last = null;
		for (int attempt = 0; attempt <= retryPauses.length; attempt++) {
			if (attempt > 0) {
				Thread.sleep(retryPauses[attempt - 1]);
			}
			try {
				synchronized (target) {
					target.send(it.alert(), it.line());
				}
				delivered++;
				return;
			} catch (IOException | RuntimeException e) {
				last = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
			}
		}
		failed++;
		errors.accept(target.name() + ": alert not delivered after " + (RETRY_PAUSES_MS.length + 1) + " attempts: " + last.getMessage());
	}

	/** Reopens the target between two deliveries (on the worker's side of the lock). */
	@Override
	public void reopen() throws IOException {
		synchronized (target) {
			target.reopen();
		}
	}

	public long delivered() {
		return delivered;
	}

	public long failed() {
		return failed;
	}

	public long dropped() {
		return dropped;
	}

	@Override
	public void close() throws IOException {
		try {
			if (!queue.offer(END, closeTimeoutMillis, TimeUnit.MILLISECONDS)) {
				worker.interrupt();
			}
			worker.join(closeTimeoutMillis);
			if (worker.isAlive()) {
				worker.interrupt();
				errors.accept(target.name() + ": gave up on " + queue.size() + " queued alert(s) at exit");
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			target.close();
		}
		if (failed > 0 || dropped > 0) {
			errors.accept(target.name() + ": " + delivered + " delivered, " + failed + " failed, " + dropped + " dropped");
		}
	}

	@Override
	public String name() {
		return target.name();
	}
}

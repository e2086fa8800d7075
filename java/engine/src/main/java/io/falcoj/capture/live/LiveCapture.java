package io.falcoj.capture.live;

import io.falcoj.capture.CaptureListener;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A live capture source: seeds the listener with a /proc scan, then delivers the driver's events,
 * CPUs merged by timestamp, until {@link #stop()}. Runs on the caller's thread (the capture
 * thread), which alone reads the rings and calls the listener; {@link #stop()} and
 * {@link #stats()} are safe from any thread.
 *
 * <p>The driver starts before the scan, so a process born during the scan is seen either by the
 * scan or by its events (possibly both: the state engine treats a clone of a known tid as an
 * update).
 */
public final class LiveCapture implements AutoCloseable {
	/** Events delivered between two checks of the stop flag. */
	private static final int BATCH = 4096;
	/** Longest wait for data: bounds alert latency when the wakeup threshold is not reached. */
	private static final int POLL_MS = 20;

	private final LiveDriver driver;
	private final boolean scanProc;
	private volatile boolean stopping;
	private volatile long delivered;
	private volatile long malformed;
	private final CountDownLatch started = new CountDownLatch(1);
	/** Counted down when {@link #run} returns: the rings are no longer read. */
	private final CountDownLatch finished = new CountDownLatch(1);
	/**
	 * NEW, then RUNNING (run claimed the driver) or CLOSED (close came first: run must not start).
	 * One compare-and-set decides which of run and close came first, so close never unmaps the
	 * rings under a run that started a moment after it looked.
	 */
	private final AtomicInteger state = new AtomicInteger(NEW);
	private static final int NEW = 0, RUNNING = 1, CLOSED = 2;

	public LiveCapture(LiveDriver driver, boolean scanProc) {
		this.driver = driver;
		this.scanProc = scanProc;
	}

	public LiveDriver driver() {
		return driver;
	}

	/**
	 * Blocks until {@link #stop()}: scan, then events. The listener runs on this thread.
	 *
	 * @throws IllegalStateException when the capture was closed, or run, before
	 */
	public void run(CaptureListener listener) {
		if (!state.compareAndSet(NEW, RUNNING)) {
			started.countDown();
			throw new IllegalStateException(state.get() == CLOSED ? "the capture is closed" : "the capture already ran");
		}
		try {
			runCapture(listener);
		} finally {
			finished.countDown();
		}
	}

	private void runCapture(CaptureListener listener) {
		RingMerger merger = new RingMerger(driver.rings());
		driver.start();
		try {
			if (scanProc) {
				new ProcScanner().excluding(ProcessHandle.current().pid()).scan(listener);
			}
			started.countDown();
			long n = 0;
			while (!stopping) {
				int got = merger.drain(listener, BATCH);
				n += got;
				if (got == 0) {
					delivered = n;
					malformed = merger.malformed();
					driver.awaitData(POLL_MS);
				}
			}
			driver.stop();
			n += merger.drain(listener, Integer.MAX_VALUE);
			delivered = n;
			malformed = merger.malformed();
		} finally {
			started.countDown();
			driver.stop();
		}
	}

	/** Waits until {@link #run} has started the driver and finished the /proc scan. */
	public boolean awaitStarted(long timeout, TimeUnit unit) throws InterruptedException {
		return started.await(timeout, unit);
	}

	/** Asks {@link #run} to return after its current batch. */
	public void stop() {
		stopping = true;
	}

	/** Events delivered so far (updated whenever the rings run dry). */
	public long delivered() {
		return delivered;
	}

	public long malformed() {
		return malformed;
	}

	public DriverStats stats() {
		return driver.stats();
	}

	/**
	 * Stops {@link #run} if it is still going and waits for it to return before closing the driver:
	 * the rings are unmapped then, and a capture thread still reading them would crash the JVM
	 * (a test that fails between start and stop leaves through here). If run does not return
	 * within 10 s the driver is left open rather than unmapped under it.
	 */
	@Override
	public void close() {
		stopping = true;
		if (state.getAndSet(CLOSED) == RUNNING) {
			try {
				if (!finished.await(10, TimeUnit.SECONDS)) {
					throw new IllegalStateException("the capture thread did not stop within 10 s; driver left open");
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while waiting for the capture thread; driver left open", e);
			}
		}
		driver.close();
	}
}

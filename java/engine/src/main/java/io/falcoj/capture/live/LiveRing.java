package io.falcoj.capture.live;

import io.falcoj.event.Event;

/**
 * One CPU's ring of a live driver, read in place. Single consumer: only the capture thread calls
 * these methods. The producer (the kernel) only moves its position; the consumer only moves its own.
 */
public interface LiveRing {
	/**
	 * Points {@code event} at the next unread event and returns true, or returns false when the
	 * ring holds nothing readable yet. Calling it again without {@link #advance()} views the same
	 * event.
	 */
	boolean peek(Event event);

	/** Releases the event last peeked: its space goes back to the producer. */
	void advance();

	/** Drops the record at the head whatever it holds (after it failed to parse). */
	void skip();

	/** The CPU this ring belongs to. */
	int cpu();
}

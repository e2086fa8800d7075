package io.falcoj.capture.live;

import io.falcoj.capture.CaptureListener;
import io.falcoj.event.Event;
import io.falcoj.event.MalformedEventException;

/**
 * Delivers the events of several per-CPU rings in timestamp order: each ring is ordered, so the
 * next event overall is the oldest of the rings' heads. One flyweight per ring, no allocation per
 * event. A malformed event is counted and skipped; the ring goes on.
 *
 * <p>The rings are looked at one after the other, not all at one instant, and the producers go
 * on meanwhile: a ring found empty may receive an older event before the next ring is looked at.
 * That older event can be the cause of what the next ring shows: a process execs on CPU 0 (while
 * the consumer finds ring 0 empty), moves to CPU 1 and opens a file there (found in ring 1).
 * Delivering the open first makes the state engine meet an unknown process (an alert without
 * program, user, parent...). So the merger goes round the empty rings until a whole turn finds
 * nothing new before it picks: an event committed before the chosen one was even produced is
 * then visible (it was published, with release, before the chosen event existed, and the chosen
 * one was read with acquire before the last look). Events with no such link (other threads) may
 * still arrive a little out of timestamp order. The extra look costs one acquire load of an idle
 * ring's producer position, and only when a ring is empty: with a backlog on every CPU (the busy
 * case) no ring is looked at twice.
 */
public final class RingMerger {
	private final LiveRing[] rings;
	private final Event[] heads;
	private final boolean[] ready;
	private long malformed;

	public RingMerger(LiveRing[] rings) {
		this.rings = rings.clone();
		this.heads = new Event[rings.length];
		this.ready = new boolean[rings.length];
		for (int i = 0; i < rings.length; i++) {
			heads[i] = new Event();
		}
	}

	/** Delivers up to {@code max} events available now; returns how many. */
	public int drain(CaptureListener listener, int max) {
		int n = 0;
		int count = rings.length;
		while (n < max) {
			// Fill the empty rings, going round them until a whole turn finds nothing new: every
			// ring still empty has then been looked at after the last head was found.
			for (int i = 0, sinceFill = 0; sinceFill < count; ) {
				if (!ready[i] && fill(i)) {
					ready[i] = true;
					sinceFill = 0;
				}
				sinceFill++;
				if (++i == count) {
					i = 0;
				}
			}
			int best = -1;
			long bestTs = 0;
			for (int i = 0; i < count; i++) {
				if (ready[i]) {
					long ts = heads[i].ts();
					if (best < 0 || Long.compareUnsigned(ts, bestTs) < 0) {
						best = i;
						bestTs = ts;
					}
				}
			}
			if (best < 0) {
				return n;
			}
			listener.onEvent(heads[best], rings[best].cpu());
			ready[best] = false;
			rings[best].advance();
			n++;
		}
		return n;
	}

	private boolean fill(int i) {
		for (;;) {
			try {
				return rings[i].peek(heads[i]);
			} catch (MalformedEventException e) {
				malformed++;
				rings[i].skip();
			}
		}
	}

	/** Events skipped because they did not parse. */
	public long malformed() {
		return malformed;
	}
}

package io.falcoj.capture.live;

import io.falcoj.capture.CaptureListener;
import io.falcoj.event.Event;
import io.falcoj.event.MalformedEventException;

/**
 * Delivers the events of several per-CPU rings in timestamp order: each ring is ordered, so the
 * next event overall is the oldest of the rings' heads. One flyweight per ring, no allocation per
 * event. A malformed event is counted and skipped; the ring goes on.
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
		while (n < max) {
			int best = -1;
			long bestTs = Long.MAX_VALUE;
			for (int i = 0; i < rings.length; i++) {
				if (!ready[i]) {
					ready[i] = fill(i);
				}
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

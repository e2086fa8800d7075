package io.falcoj.capture.live;

/** Counters of a live driver, per CPU and summed. Arrays are indexed by CPU. */
public record DriverStats(long[] events, long[] drops, long[] dropsTooBig, long[] wakeups) {
	public long totalEvents() {
		return sum(events);
	}

	/** Events lost for any reason (ring full or event too big). */
	public long totalDrops() {
		return sum(drops) + sum(dropsTooBig);
	}

	public long totalWakeups() {
		return sum(wakeups);
	}

	private static long sum(long[] a) {
		long s = 0;
		for (long v : a) {
			s += v;
		}
		return s;
	}
}

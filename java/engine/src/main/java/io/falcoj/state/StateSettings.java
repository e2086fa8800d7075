package io.falcoj.state;

/**
 * Limits of the state engine. The defaults are libsinsp's: a thread table of at most 262144
 * entries, threads silent for 30 minutes of event time dropped, a scan for such threads every 20
 * minutes of event time.
 */
public record StateSettings(int maxThreads, long threadTimeoutNs, long purgeIntervalNs) {
	public static final StateSettings DEFAULT = new StateSettings(262_144, 1_800_000_000_000L, 1_200_000_000_000L);

	public StateSettings {
		if (maxThreads < 1) {
			throw new IllegalArgumentException("the thread table needs room for at least one thread");
		}
		if (threadTimeoutNs <= 0 || purgeIntervalNs <= 0) {
			throw new IllegalArgumentException("thread timeout and purge interval must be positive");
		}
	}

	public StateSettings withMaxThreads(int max) {
		return new StateSettings(max, threadTimeoutNs, purgeIntervalNs);
	}
}

package io.falcoj.cli;

import io.falcoj.cli.output.Alert;
import io.falcoj.cli.output.Outputs;
import io.falcoj.rules.Priority;
import io.falcoj.cli.output.TokenBucket;

import java.io.PrintStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Falco's syscall event drop monitoring ({@code syscall_event_drops}): once per second of event
 * time, compare the drops the capture reported since the last check with the events seen; when
 * the ratio passes the threshold, count it and, if the token bucket allows, take the configured
 * actions (ignore, log, alert, exit). {@code simulate_drops} adds one drop per check, which is how
 * the actions are tested on captures without drops.
 */
public final class DropMonitor {
	public enum Action {
		IGNORE, LOG, ALERT, EXIT
	}

	private static final long ONE_SECOND = 1_000_000_000L;
	static final String RULE = "Falco internal: syscall event drop";

	private final List<Action> actions;
	private final double threshold;
	private final boolean simulate;
	private final TokenBucket bucket;
	private final FalcoLogger log;
	private final Outputs outputs;
	private long nextCheck;
	private long lastEvents;
	private long lastDrops;
	private long detected;
	private long actionsTaken;

	public DropMonitor(List<Action> actions, double threshold, double rate, double maxBurst, boolean simulate,
			FalcoLogger log, Outputs outputs) {
		this.actions = actions;
		this.simulate = simulate;
		this.threshold = simulate ? 0 : threshold;
		// The bucket starts full; claims use event time, so a replay behaves as it did live.
		this.bucket = new TokenBucket(rate, maxBurst);
		this.log = log;
		this.outputs = outputs;
	}

	/**
	 * Called for each event with the capture's running totals; returns false when an exit
	 * action asks the daemon to stop.
	 */
	public boolean onEvent(long ts, long totalEvents, long totalDrops) {
		// the usual case first, in a method small enough for the JIT to inline into the event loop
		if (nextCheck != 0 && ts <= nextCheck) {
			return true;
		}
		return check(ts, totalEvents, totalDrops);
	}

	private boolean check(long ts, long totalEvents, long totalDrops) {
		if (nextCheck == 0) {
			nextCheck = ts + ONE_SECOND;
			lastEvents = totalEvents;
			lastDrops = totalDrops;
			return true;
		}
		if (ts <= nextCheck) {
			return true;
		}
		nextCheck = ts + ONE_SECOND;
		long events = totalEvents - lastEvents;
		long drops = totalDrops - lastDrops;
		lastEvents = totalEvents;
		lastDrops = totalDrops;
		if (simulate) {
			log.info("Simulating syscall event drop");
			drops++;
		}
		if (drops <= 0) {
			return true;
		}
		double ratio = events == 0 ? Double.POSITIVE_INFINITY : (double) drops / events;
		if (ratio <= threshold) {
			return true;
		}
		detected++;
		if (!bucket.claim(ts)) {
			log.debug("Syscall event drop but token bucket depleted, skipping actions");
			return true;
		}
		actionsTaken++;
		return perform(ts, events, drops);
	}

	private boolean perform(long ts, long events, long drops) {
		String msg = RULE + ". " + drops + " system calls dropped in last second.";
		boolean keepGoing = true;
		for (Action a : actions) {
			switch (a) {
				case IGNORE -> {
				}
				case LOG -> log.debug(msg);
				case ALERT -> {
					Map<String, Object> fields = new LinkedHashMap<>();
					fields.put("n_evts", Long.toString(events));
					fields.put("n_drops", Long.toString(drops));
					outputs.handle(new Alert(ts, Priority.DEBUG, RULE, "internal", Collections.unmodifiableSortedSet(new TreeSet<>()),
							msg, fields));
				}
				case EXIT -> {
					log.log(FalcoLogger.Level.CRITICAL, msg);
					log.log(FalcoLogger.Level.CRITICAL, "Exiting.");
					keepGoing = false;
				}
			}
		}
		return keepGoing;
	}

	public void printStats(PrintStream err) {
		err.print("Syscall event drop monitoring:\n");
		err.print("   - event drop detected: " + detected + " occurrences\n");
		err.print("   - num times actions taken: " + actionsTaken + "\n");
		err.flush();
	}
}

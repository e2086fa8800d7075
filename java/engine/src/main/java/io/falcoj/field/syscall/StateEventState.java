package io.falcoj.field.syscall;

import io.falcoj.capture.GroupEntry;
import io.falcoj.capture.UserEntry;
import io.falcoj.event.Direction;
import io.falcoj.event.EventFlags;
import io.falcoj.event.EventInfo;
import io.falcoj.state.FdInfo;
import io.falcoj.state.LongObjectMap;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.StateEngine;
import io.falcoj.state.ThreadInfo;

/**
 * {@link EventState} over the {@link StateEngine}. The capture start (evt.reltime's origin) is the
 * first non-zero timestamp the owner reports with {@link #onEventTs}: old captures begin with
 * container events stamped 0, which libsinsp does not count as the start either.
 */
public final class StateEventState implements EventState {
	private final StateEngine engine;
	private final LongObjectMap<Latency> latencies = new LongObjectMap<>();
	private long firstTs;
	/** Latencies are only tracked once a field that shows them is bound: no per-event lookup otherwise. */
	private boolean trackLatency;

	/** libsinsp's per-thread latency: set by exit events, cleared by enter events, kept across the others. */
	private static final class Latency {
		ThreadInfo owner;
		long value;
	}

	public StateEventState(StateEngine engine) {
		this.engine = engine;
	}

	/** Call for every event, before its fields are read. */
	public void onEventTs(long ts) {
		if (firstTs == 0) {
			firstTs = ts;
		}
	}

	/**
	 * Call for every event once the state engine has applied it, before its fields are read: exit
	 * events set their thread's latency from their enter event, enter events clear it, and events
	 * that leave the thread's syscall state alone (scheduler switches) keep the last one.
	 */
	public void onParsed(ParsedEvent pe) {
		// Small enough for the JIT to inline into the per-event path; the work is apart.
		if (trackLatency) {
			trackLatency(pe);
		}
	}

	private void trackLatency(ParsedEvent pe) {
		ThreadInfo t = pe.thread;
		EventInfo info = pe.event.info();
		if (t == null || info == null) {
			return;
		}
		long value;
		if (info.direction() == Direction.EXIT) {
			value = pe.enterTs == 0 ? 0 : pe.event.ts() - pe.enterTs;
		} else if (!info.hasFlag(EventFlags.SKIPPARSERESET) && !info.name().equals("switch")) {
			// scheduler switches (both versions) leave the thread's syscall state alone in libsinsp
			value = 0;
		} else {
			return;
		}
		Latency l = latencies.get(t.tid);
		if (l == null) {
			if (value == 0) {
				return;
			}
			l = new Latency();
			latencies.put(t.tid, l);
		}
		l.owner = t;
		l.value = value;
	}

	@Override
	public void latencyNeeded() {
		trackLatency = true;
	}

	@Override
	public FdInfo fd(ThreadInfo thread, long fd) {
		LongObjectMap<FdInfo> table = engine.fdTable(thread);
		return table == null ? null : table.get(fd);
	}

	@Override
	public ThreadInfo thread(long tid) {
		return engine.thread(tid);
	}

	@Override
	public int l4proto(FdInfo fd) {
		// libsinsp's get_l4proto: a socket without a role yet (not connected, bound or accepted) shows none
		return fd.effectiveL4proto();
	}

	@Override
	public String userName(long uid) {
		UserEntry u = engine.user(uid);
		return u == null ? null : u.name();
	}

	@Override
	public String groupName(long gid) {
		GroupEntry g = engine.group(gid);
		return g == null ? null : g.name();
	}

	@Override
	public String cwd(ThreadInfo thread) {
		return engine.cwd(thread);
	}

	@Override
	public long firstEventTs() {
		return firstTs;
	}

	@Override
	public long latency(ParsedEvent event) {
		ThreadInfo t = event.thread;
		if (t == null) {
			return 0;
		}
		Latency l = latencies.get(t.tid);
		return l == null || l.owner != t ? 0 : l.value;
	}
}

package io.falcoj.field.syscall;

import io.falcoj.capture.GroupEntry;
import io.falcoj.capture.UserEntry;
import io.falcoj.event.Direction;
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
	private long firstTs;

	public StateEventState(StateEngine engine) {
		this.engine = engine;
	}

	/** Call for every event, before its fields are read. */
	public void onEventTs(long ts) {
		if (firstTs == 0) {
			firstTs = ts;
		}
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
		return fd.l4proto;
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
		EventInfo info = event.event.info();
		if (event.enter == null || info == null || info.direction() != Direction.EXIT) {
			return 0;
		}
		return event.event.ts() - event.enter.ts();
	}
}

package io.falcoj.field.syscall;

import io.falcoj.state.FdInfo;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.ThreadInfo;

/**
 * What the event renderer and the evt.* fields need from the state engine: fd and thread lookups,
 * user and group names, the working directory, and the times that only the engine can know
 * (first event of the capture, enter/exit latency). The state engine implements it; {@link #NONE}
 * is a capture with no state (every lookup misses), which is what sysdig shows for an event whose
 * thread it never saw.
 */
public interface EventState {
	/** The fd {@code fd} of {@code thread}'s process, or null when unknown. */
	FdInfo fd(ThreadInfo thread, long fd);

	/** The thread with this tid, or null when unknown. */
	ThreadInfo thread(long tid);

	/** The L4 protocol of a socket fd (libscap's scap_l4_proto: 2 TCP, 3 UDP, 4 ICMP, 5 RAW), 0 when unknown. */
	int l4proto(FdInfo fd);

	/** The name of user {@code uid}, or null when the capture's user list does not have it. */
	String userName(long uid);

	/** The name of group {@code gid}, or null when unknown. */
	String groupName(long gid);

	/** The working directory of {@code thread}, ending with '/'. */
	String cwd(ThreadInfo thread);

	/** Timestamp of the first event of the capture (evt.reltime counts from it). */
	long firstEventTs();

	/**
	 * For an exit event: its timestamp minus the matching enter event's, in ns; 0 for enter events
	 * or when the enter event was not seen (what libsinsp keeps as the thread's latency).
	 */
	long latency(ParsedEvent event);

	/**
	 * Called when a field that reads {@link #latency} is bound: a state that has to track
	 * latencies per thread may skip that work until some output or condition asks for it.
	 */
	default void latencyNeeded() {
	}

	EventState NONE = new EventState() {
		@Override
		public FdInfo fd(ThreadInfo thread, long fd) {
			return null;
		}

		@Override
		public ThreadInfo thread(long tid) {
			return null;
		}

		@Override
		public int l4proto(FdInfo fd) {
			return 0;
		}

		@Override
		public String userName(long uid) {
			return null;
		}

		@Override
		public String groupName(long gid) {
			return null;
		}

		@Override
		public String cwd(ThreadInfo thread) {
			return "/";
		}

		@Override
		public long firstEventTs() {
			return 0;
		}

		@Override
		public long latency(ParsedEvent event) {
			return 0;
		}
	};
}

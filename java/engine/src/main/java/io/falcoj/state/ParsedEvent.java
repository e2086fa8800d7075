package io.falcoj.state;

import io.falcoj.event.Event;

/**
 * The context that syscall fields read: the current event after the state engine has applied it,
 * with its thread and fd. One instance, reused for every event (no allocation per event); valid
 * only until the next event. The state engine owns it and extends it as needed.
 */
public final class ParsedEvent {
	/** The event flyweight (points into the capture buffer). */
	public final Event event = new Event();
	/** 1-based ordinal of the event in the stream, as evt.num shows it. */
	public long num;
	public int cpu;
	/** The thread that produced the event, or null when unknown. */
	public ThreadInfo thread;
	/** The fd the event operates on (EF_USES_FD / EF_CREATES_FD events), or null. */
	public FdInfo fd;
}

package io.falcoj.state;

import io.falcoj.event.Event;

import java.nio.ByteBuffer;

/**
 * The context that syscall fields read: the current event after the state engine has applied it,
 * with its thread and fd. One instance, reused for every event (no allocation per event); valid
 * only until the next event. The state engine owns it and fills it.
 */
public final class ParsedEvent {
	/** The event flyweight (points into the capture buffer); the capture source's own view. */
	public Event event = new Event();
	/** 1-based ordinal of the event in the stream, as evt.num shows it. */
	public long num;
	public int cpu;
	/** The thread that produced the event, or null when unknown. */
	public ThreadInfo thread;
	/** The fd the event operates on (EF_USES_FD / EF_CREATES_FD events), or null. */
	public FdInfo fd;
	/** The fd number the event operates on, or -1 (known even when {@link #fd} is not). */
	public long fdNum = -1;
	/** Whether the event is about an fd (EF_USES_FD, EF_CREATES_FD...) of a known thread. */
	boolean fdEvent;
	/** What enter() returns once made; null until then. */
	Event enter;
	/** The thread whose stored enter event enter() makes the view of; null when there is none. */
	ThreadInfo enterThread;
	/** For an exit event: the time of its enter event (evt.latency), or 0 when there was none. */
	public long enterTs;
	// What openPath() resolves, when it was not made at once: the fd the open created, or the
	// event's own bytes of the path (valid until the next event) and their directory.
	String openPath;
	FdInfo openFd;
	ByteBuffer openBuffer;
	int openOffset;
	int openLength;
	String openDir;
	/** The engine that filled this context (thread lookups for parent/ancestor fields). */
	public StateEngine engine;

	/**
	 * For an exit event: its enter event (a flyweight over the engine's copy of it), when the
	 * thread's last enter event was this syscall's and the engine keeps such enter events (those
	 * its parsers read); else null. Copied at the first call: most exits never read it.
	 */
	public Event enter() {
		Event e = enter;
		if (e == null && enterThread != null) {
			e = engine.enterEvent(enterThread);
			enter = e;
			enterThread = null;
		}
		return e;
	}

	/** True when parsing this event changed the name of its fd (fd.name_changed). */
	public boolean fdNameChanged() {
		return fdEvent && fd != null && fd.nameChanged();
	}

	/**
	 * For open-like events: the path the syscall named, resolved against cwd or dirfd (also when
	 * the open failed, so fd.name can show what was tried); else null. Resolved at the first call.
	 */
	public String openPath() {
		String path = openPath;
		if (path == null) {
			if (openFd != null) {
				path = openFd.name();
			} else if (openBuffer != null) {
				path = engine.paths.resolve(openDir, openBuffer, openOffset, openLength).full;
			}
			openPath = path;
		}
		return path;
	}
}

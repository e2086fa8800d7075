package io.falcoj.event;

/**
 * What produces an event (the high bits of libscap's ppm_event_category): a syscall, a kernel
 * tracepoint, a plugin, the libraries themselves (meta events) or a BPF iterator. NONE is for the
 * unused placeholder codes that only keep enter/exit pairs aligned.
 */
public enum EventSource {
	NONE(0), SYSCALL(1 << 9), TRACEPOINT(1 << 10), PLUGIN(1 << 11), METAEVENT(1 << 12), ITER(1 << 13);

	public final int code;

	EventSource(int code) {
		this.code = code;
	}

	/** The lowercase name used in the table file. */
	public String label() {
		return name().toLowerCase();
	}
}

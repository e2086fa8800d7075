package io.falcoj.event;

import java.util.List;

/**
 * The description of one event type: its code, name, direction, category, flags, parameters and
 * source (syscall, tracepoint, plugin, meta event, iterator).
 */
public record EventInfo(int code, String name, Direction direction, EventCategory category, int flags,
		List<ParamInfo> params, EventSource source) {

	/** An event of syscall origin (kept for callers that build synthetic event types). */
	public EventInfo(int code, String name, Direction direction, EventCategory category, int flags,
			List<ParamInfo> params) {
		this(code, name, direction, category, flags, params, EventSource.SYSCALL);
	}

	public boolean hasFlag(int flag) {
		return (flags & flag) != 0;
	}

	/** True for the placeholder codes (name "NA") that upstream never emits. */
	public boolean isUnused() {
		return hasFlag(EventFlags.UNUSED);
	}

	/** True for variants kept only to read old capture files. */
	public boolean isOldVersion() {
		return hasFlag(EventFlags.OLD_VERSION);
	}

	public ParamInfo param(int index) {
		return params.get(index);
	}

	/** The index of the parameter with this name, or -1. */
	public int paramIndex(String paramName) {
		for (int i = 0; i < params.size(); i++) {
			if (params.get(i).name().equals(paramName)) {
				return i;
			}
		}
		return -1;
	}
}

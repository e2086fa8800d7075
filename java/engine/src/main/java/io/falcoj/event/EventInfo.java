package io.falcoj.event;

import java.util.List;

/** The description of one event type: its code, name, direction, category, flags and parameters. */
public record EventInfo(int code, String name, Direction direction, EventCategory category, int flags,
		List<ParamInfo> params) {

	public boolean hasFlag(int flag) {
		return (flags & flag) != 0;
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

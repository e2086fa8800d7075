package io.falcoj.event;

import java.util.List;

/** Named values of a flags or mode parameter (e.g. file_flags: O_RDONLY, O_CLOEXEC...), in table order. */
public final class FlagTable {
	public record Flag(String name, long value) {
	}

	private final String name;
	private final List<Flag> flags;

	FlagTable(String name, List<Flag> flags) {
		this.name = name;
		this.flags = List.copyOf(flags);
	}

	public String name() {
		return name;
	}

	public List<Flag> flags() {
		return flags;
	}
}

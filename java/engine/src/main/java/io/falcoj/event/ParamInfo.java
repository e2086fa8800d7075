package io.falcoj.event;

/**
 * One parameter of an event type.
 *
 * @param flags      the named values, for flags/mode parameters; else null
 * @param dynamic    the possible types, for DYN parameters (selected by a leading index byte); else null
 * @param dirfdIndex for FSRELPATH parameters, the index of the dirfd parameter they are relative to; else -1
 */
public record ParamInfo(String name, ParamType type, PrintFormat format, FlagTable flags, ParamInfo[] dynamic,
		int dirfdIndex) {
}

package io.falcoj.field;

/**
 * The description of a field as {@code --list} shows it.
 *
 * @param argument whether the field takes an argument: NONE, OPTIONAL or REQUIRED; given as
 *                 {@code name[arg]} or, for some fields (evt.arg), {@code name.arg}
 */
public record FieldInfo(String name, FieldType type, boolean isList, Argument argument, String description) {
	public enum Argument {
		NONE, OPTIONAL, REQUIRED
	}
}

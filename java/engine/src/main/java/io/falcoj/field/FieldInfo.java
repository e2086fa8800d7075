package io.falcoj.field;

/**
 * The description of a field as {@code --list} shows it.
 *
 * @param isList   the value is a list (a {@code java.util.List})
 * @param argument whether the field takes an argument: NONE, OPTIONAL or REQUIRED; given as
 *                 {@code name[arg]} or, for some fields (evt.arg), {@code name.arg}
 * @param anyValue for list fields: each value stands for the field on its own, so a comparison
 *                 holds when it holds for any of them, whatever the operator ({@code proc.aname in
 *                 (sshd)}: some ancestor is sshd; {@code fd.ip}: source or destination). Other list
 *                 fields compare as a whole: {@code in} means every value is in the set.
 */
public record FieldInfo(String name, FieldType type, boolean isList, Argument argument, String description,
		boolean anyValue) {
	public enum Argument {
		NONE, OPTIONAL, REQUIRED
	}

	public FieldInfo(String name, FieldType type, boolean isList, Argument argument, String description) {
		this(name, type, isList, argument, description, false);
	}
}

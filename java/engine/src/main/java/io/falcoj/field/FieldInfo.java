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

	/*
	 * equals and hashCode spelled out with the record's own meaning (every component): the
	 * generated ones link through method handles on first use, about 10 ms of start-up that every
	 * short-lived tool paid when binding its first field (the families look infos up in maps and lists).
	 */
	@Override
	public boolean equals(Object o) {
		return o instanceof FieldInfo f && isList == f.isList && anyValue == f.anyValue && type == f.type
				&& argument == f.argument && java.util.Objects.equals(name, f.name)
				&& java.util.Objects.equals(description, f.description);
	}

	@Override
	public int hashCode() {
		int h = java.util.Objects.hashCode(name);
		h = h * 31 + java.util.Objects.hashCode(type);
		h = h * 31 + Boolean.hashCode(isList);
		h = h * 31 + java.util.Objects.hashCode(argument);
		h = h * 31 + java.util.Objects.hashCode(description);
		return h * 31 + Boolean.hashCode(anyValue);
	}
}

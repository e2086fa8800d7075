package io.falcoj.filter;

/** A condition that does not follow the grammar of {@link ConditionParser}, with where it broke. */
public class ConditionSyntaxException extends Exception {
	private final Position position;

	public ConditionSyntaxException(String message, Position position) {
		super(message);
		this.position = position;
	}

	public Position position() {
		return position;
	}
}

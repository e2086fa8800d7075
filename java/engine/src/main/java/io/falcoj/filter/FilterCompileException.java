package io.falcoj.filter;

/**
 * A condition that parses but cannot be compiled against a field catalog: unknown field or event
 * type, wrong value for the field's type, operator the field does not support.
 */
public class FilterCompileException extends Exception {
	/** What went wrong, so the rule loader can downgrade unknown names for skip-if-unknown-filter. */
	public enum Kind {
		UNKNOWN_FIELD, UNKNOWN_EVENT_TYPE, INVALID
	}

	private final Kind kind;
	private final Position position;

	public FilterCompileException(Kind kind, String message, Position position) {
		super(message);
		this.kind = kind;
		this.position = position;
	}

	public Kind kind() {
		return kind;
	}

	public Position position() {
		return position;
	}
}

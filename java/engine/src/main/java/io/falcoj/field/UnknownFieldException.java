package io.falcoj.field;

/** A field name (or its argument) that a source does not know. */
public class UnknownFieldException extends Exception {
	public UnknownFieldException(String message) {
		super(message);
	}
}

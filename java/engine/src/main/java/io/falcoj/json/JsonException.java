package io.falcoj.json;

/** Text that is not valid JSON; the message says what and where (line, column). */
public class JsonException extends Exception {
	public JsonException(String message) {
		super(message);
	}
}

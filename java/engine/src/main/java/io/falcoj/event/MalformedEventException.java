package io.falcoj.event;

/** An event whose bytes do not follow the format (lengths that overrun the event, too many parameters). */
public class MalformedEventException extends RuntimeException {
	public MalformedEventException(String message) {
		super(message);
	}
}

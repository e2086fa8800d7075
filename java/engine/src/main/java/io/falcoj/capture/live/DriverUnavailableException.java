package io.falcoj.capture.live;

/** A live driver could not start; the message says why in words an operator can act on. */
public class DriverUnavailableException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	public DriverUnavailableException(String message) {
		super(message);
	}

	public DriverUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}

package io.falcoj.cli;

/** A command line Falco would refuse; the message is what it prints after "Error: ". */
public class OptionsException extends Exception {
	public OptionsException(String message) {
		super(message);
	}
}

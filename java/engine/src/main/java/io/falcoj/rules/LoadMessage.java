package io.falcoj.rules;

/** One error or warning of loading a rules file. */
public record LoadMessage(LoadCode code, String message, LoadContext context) {
	public boolean isError() {
		return code.isError();
	}
}

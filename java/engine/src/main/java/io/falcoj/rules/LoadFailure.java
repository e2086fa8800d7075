package io.falcoj.rules;

/** Stops reading or compiling at the first error, as Falco's loader does; becomes a LoadMessage. */
final class LoadFailure extends Exception {
	final LoadCode code;
	final LoadContext context;

	LoadFailure(LoadCode code, String message, LoadContext context) {
		super(message, null, false, false);
		this.code = code;
		this.context = context;
	}

	static void check(boolean failed, LoadCode code, String message, LoadContext ctx) throws LoadFailure {
		if (failed) {
			throw new LoadFailure(code, message, ctx);
		}
	}
}

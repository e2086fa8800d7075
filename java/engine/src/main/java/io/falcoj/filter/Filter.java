package io.falcoj.filter;

/**
 * A compiled condition: a tree of small evaluator objects made once by {@link FilterCompiler}.
 * Evaluation reads fields straight from the event context, with no parsing and, for the usual
 * operators, no allocation. An instance keeps scratch state (regex matchers), so one thread
 * evaluates it at a time.
 */
public abstract class Filter<C> {
	/**
	 * Whether the event matches. {@code eventCode} is the event's type code (syscall source) or 0
	 * for sources without event types; {@code evt.type} checks read it instead of the event.
	 */
	public abstract boolean matches(C ctx, int eventCode);
}

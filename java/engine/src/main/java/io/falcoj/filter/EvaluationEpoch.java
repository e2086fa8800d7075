package io.falcoj.filter;

/**
 * Lets the filters of many rules share sub-results within one event: a macro such as
 * {@code open_write} appears in dozens of rules, and its value for an event is computed once.
 * Whoever evaluates filters compiled with an epoch must {@link #advance()} it before each event;
 * {@link io.falcoj.rules.Ruleset#evaluate} does.
 */
public final class EvaluationEpoch {
	/** Starts at 1: a shared result remembers the epoch it was computed in, 0 before any. */
	long value = 1;

	public void advance() {
		value++;
	}
}

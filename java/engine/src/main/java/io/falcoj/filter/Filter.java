package io.falcoj.filter;

/**
 * A compiled condition: a tree of small evaluator objects made once by {@link FilterCompiler}.
 * Evaluation reads fields straight from the event context, with no parsing and, for the usual
 * operators, no allocation. An instance keeps scratch state (regex matchers), so one thread
 * evaluates it at a time.
 */
public abstract class Filter<C> {
	/**
	 * For leaf checks: the check it was compiled from, whose text ({@code fd.name startswith /etc})
	 * {@link #toString} writes when asked; building that text for every check at load would cost
	 * the start-up of every run for the rare message or test that reads it.
	 */
	Expr.Check source;

	/**
	 * Whether the event matches. {@code eventCode} is the event's type code (syscall source) or 0
	 * for sources without event types; {@code evt.type} checks read it instead of the event.
	 */
	public abstract boolean matches(C ctx, int eventCode);

	/**
	 * {@code f.matches(ctx, eventCode)}, except that a shared node whose result is already known
	 * for this event answers without a call: the call sites of the and/or loops meet dozens of
	 * filter classes, so each call through them is an unpredictable indirect jump, while the
	 * shared nodes (macros) are asked by many rules per event.
	 */
	public static <C> boolean evaluate(Filter<C> f, C ctx, int eventCode) {
		if (f instanceof FilterCompiler.SharedFilter<C> s) {
			return s.matches(ctx, eventCode);
		}
		return f.matches(ctx, eventCode);
	}

	/**
	 * This filter for the events of {@link FilterSpecializer#code()} only: the same answer for
	 * every such event, with what the code decides folded in. Itself when nothing changes.
	 */
	Filter<C> specialize(FilterSpecializer<C> s) {
		return this;
	}

	/**
	 * Whether evaluating this filter again costs less than remembering its result for the
	 * event (a number compared with a constant).
	 */
	boolean cheap() {
		return false;
	}

	@Override
	public String toString() {
		return source != null ? FilterCompiler.describe(source) : getClass().getSimpleName();
	}

	/** A condition that the event code alone decided. */
	static final class Constant<C> extends Filter<C> {
		@SuppressWarnings("rawtypes")
		private static final Constant TRUE = new Constant<>(true);
		@SuppressWarnings("rawtypes")
		private static final Constant FALSE = new Constant<>(false);

		final boolean value;

		private Constant(boolean value) {
			this.value = value;
		}

		@SuppressWarnings("unchecked")
		static <C> Filter<C> of(boolean value) {
			return value ? TRUE : FALSE;
		}

		@Override
		public boolean matches(C ctx, int eventCode) {
			return value;
		}

		@Override
		public String toString() {
			return Boolean.toString(value);
		}
	}
}

package io.falcoj.rules;

import io.falcoj.filter.EvaluationEpoch;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The compiled rules of one source, indexed by event code: an event meets only the enabled rules
 * whose conditions can match its type, in definition order. With {@link Matching#FIRST} (Falco's
 * default {@code rule_matching: first}) evaluation stops at the first match.
 * <p>
 * {@link #evaluate} is the hot path: an array lookup, then the rules' filters; no allocation.
 * Evaluate from one thread at a time (filters keep scratch matchers); enable/disable and
 * threshold changes rebuild the index and should happen before events flow.
 */
public final class Ruleset<C> {
	public enum Matching {
		FIRST, ALL;

		/** {@code first} or {@code all}, as falco.yaml spells them; null when neither. */
		public static Matching parse(String s) {
			return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
				case "first" -> FIRST;
				case "all" -> ALL;
				default -> null;
			};
		}
	}

	private final String source;
	private final List<Rule<C>> rules;
	private final int codeCount;
	private Matching matching = Matching.FIRST;
	private Priority minimumPriority = Priority.DEBUG;
	/** Per event code, the enabled rules that can match it; one slot when the source has no codes. */
	private volatile Rule<C>[][] byCode;

	private final EvaluationEpoch epoch;

	Ruleset(String source, List<Rule<C>> rules, int codeCount, EvaluationEpoch epoch) {
		this.source = source;
		this.epoch = epoch;
		this.rules = List.copyOf(rules);
		this.codeCount = codeCount;
		rebuild();
	}

	public String source() {
		return source;
	}

	/** All rules of this source, enabled or not, in definition order. */
	public List<Rule<C>> rules() {
		return rules;
	}

	public Rule<C> rule(String name) {
		for (Rule<C> r : rules) {
			if (r.name().equals(name)) {
				return r;
			}
		}
		return null;
	}

	public Matching matching() {
		return matching;
	}

	public void setMatching(Matching matching) {
		this.matching = matching;
	}

	/** Rules less severe than {@code p} are not evaluated (Falco's {@code priority} setting). */
	public void setMinimumPriority(Priority p) {
		this.minimumPriority = p;
		rebuild();
	}

	/** Enables or disables the rules {@code which} selects; returns how many it selected. */
	public int setEnabled(Predicate<Rule<C>> which, boolean enabled) {
		int n = 0;
		for (Rule<C> r : rules) {
			if (which.test(r)) {
				r.setEnabled(enabled);
				n++;
			}
		}
		rebuild();
		return n;
	}

	/** How many enabled rules an event of this code meets. */
	public int rulesFor(int eventCode) {
		Rule<C>[][] idx = byCode;
		int slot = codeCount == 0 ? 0 : eventCode;
		return slot >= 0 && slot < idx.length ? idx[slot].length : 0;
	}

	/**
	 * Evaluates the event against the rules that can match it, calling {@code onMatch} for each
	 * match (only the first one with {@link Matching#FIRST}). Returns the number of matches.
	 */
	public int evaluate(C ctx, int eventCode, Consumer<Rule<C>> onMatch) {
		Rule<C>[][] idx = byCode;
		int slot = codeCount == 0 ? 0 : eventCode;
		if (slot < 0 || slot >= idx.length) {
			return 0;
		}
		Rule<C>[] candidates = idx[slot];
		// results shared between rules (macros) are valid for this event only
		epoch.advance();
		int matches = 0;
		for (Rule<C> r : candidates) {
			if (r.filter().matches(ctx, eventCode)) {
				matches++;
				onMatch.accept(r);
				if (matching == Matching.FIRST) {
					break;
				}
			}
		}
		return matches;
	}

	@SuppressWarnings("unchecked")
	private void rebuild() {
		int slots = Math.max(1, codeCount);
		List<List<Rule<C>>> lists = new ArrayList<>(slots);
		for (int k = 0; k < slots; k++) {
			lists.add(new ArrayList<>());
		}
		for (Rule<C> r : rules) {
			if (!r.enabled() || !r.priority().atLeast(minimumPriority)) {
				continue;
			}
			BitSet codes = r.eventCodes();
			if (codes == null || codeCount == 0) {
				for (List<Rule<C>> l : lists) {
					l.add(r);
				}
			} else {
				for (int c = codes.nextSetBit(0); c >= 0 && c < slots; c = codes.nextSetBit(c + 1)) {
					lists.get(c).add(r);
				}
			}
		}
		Rule<C>[][] idx = new Rule[slots][];
		for (int k = 0; k < slots; k++) {
			idx[k] = lists.get(k).toArray(new Rule[0]);
		}
		byCode = idx;
	}

	@Override
	public String toString() {
		return source + ": " + Collections.unmodifiableList(rules);
	}
}

package io.falcoj.rules;

import io.falcoj.filter.EvaluationEpoch;
import io.falcoj.filter.Filter;
import io.falcoj.filter.FilterSpecializer;
import io.falcoj.filter.RuleMask;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The compiled rules of one source, indexed by event code: an event meets only the enabled rules
 * whose conditions can match its type, in definition order. With {@link Matching#FIRST} (Falco's
 * default {@code rule_matching: first}) evaluation stops at the first match.
 * <p>
 * {@link #evaluate} is the hot path: an array lookup, then the rules' filters; no allocation.
 * Each rule's filter is specialised for each of its event codes ({@link FilterSpecializer}): a
 * rule that cannot match an event code is left out of that code's list, and the rules that
 * start with the same check (the {@code open_write} macro...) share one evaluation of it, read
 * from an array, before their own rest is evaluated. A plan with enough rules first asks its
 * {@link RuleMask} which rules the event's values of a few string fields leave possible: most
 * events are then done without evaluating any rule. Evaluate from one thread at a time
 * (filters keep scratch matchers); enable/disable and threshold changes rebuild the index and
 * should happen before events flow.
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
	/** The event codes whose events never reach the rules (see FieldCatalog.reachesRules): no rule is indexed there. */
	private final BitSet unreached;
	private Matching matching = Matching.FIRST;
	private Priority minimumPriority = Priority.DEBUG;
	/** Per event code, the enabled rules that can match it; one slot when the source has no codes. */
	private volatile Rule<C>[][] byCode;
	/**
	 * Per event code (slot of {@link #byCode}), the evaluation plan: made on first use after a
	 * change, with {@link #pending} in the slots that have rules, each of which is specialised at
	 * the first event of its code (a capture meets a few dozen of the codes that stock rules
	 * name: specialising them all cost every replay some 10 ms and the C1 compiles it drove).
	 * <p>
	 * Threads: the evaluating thread builds the plans and fills the slots, as {@link #evaluate}
	 * meets them, and each plan's scratch and {@link RuleMask} are its alone, so evaluation stays
	 * one thread at a time (the class comment). The builders are synchronized and the array
	 * volatile only so that a build never interleaves with another, nor misses the index of a
	 * change made from another thread before events flow; a slot filled later is read without
	 * a barrier, which is safe for that one evaluating thread only.
	 */
	private volatile Plan<C>[] plans;
	/** The index {@link #plans} was made for, and the specialiser its pending slots are built with. */
	private Rule<C>[][] planIndex;
	private FilterSpecializer<C> specializer;
	/** Marks a slot of {@link #plans} whose plan is made at its code's first event. */
	private final Plan<C> pending = new Plan<>();
	/** Without an epoch (filters that share nothing): each rule's own filter, unspecialised. */
	private final boolean specialize;

	/**
	 * The rules one event code meets, specialised for it: {@code guards} evaluated first (each
	 * once), then each rule whose guard held has its {@code rest} evaluated.
	 */
	private static final class Plan<C> {
		final Rule<C>[] rules;
		final Filter<C>[] guards;
		final int[] guardOf;
		final Filter<C>[] rest;
		/** Scratch: the guards' results for the current event, valid where {@link #guardAt} is {@link #event}. */
		final boolean[] guardHeld;
		final long[] guardAt;
		long event;
		/** The rules that the key fields' values leave possible; null when the plan has none. */
		final RuleMask<C> mask;
		/** One bit per rule, all set: the row evaluation reads when the mask decides nothing. */
		final long[] allRules;

		/** {@link #pending}'s. */
		Plan() {
			rules = null;
			guards = null;
			guardOf = null;
			rest = null;
			guardHeld = null;
			guardAt = null;
			mask = null;
			allRules = null;
		}

		/** {@code code}: the plan's event code, -1 for a source without codes. */
		Plan(Rule<C>[] rules, Filter<C>[] guards, int[] guardOf, Filter<C>[] rest, boolean masked, int code) {
			this.rules = rules;
			this.guards = guards;
			this.guardOf = guardOf;
			this.rest = rest;
			this.guardHeld = new boolean[guards.length];
			this.guardAt = new long[guards.length];
			this.mask = masked && rules.length >= MASK_MIN_RULES ? RuleMask.of(guards, guardOf, rest, code) : null;
			this.allRules = new long[(rules.length + 63) >>> 6];
			java.util.Arrays.fill(allRules, -1L);
		}
	}

	/** Plans with fewer rules are evaluated without a mask: its lookup would cost about as much as they do. */
	private static final int MASK_MIN_RULES = 4;
	/** {@code -Dfalcoj.rules.mask=false} evaluates without masks (for comparisons); the answers are the same. */
	private static final boolean MASKED = Boolean.parseBoolean(System.getProperty("falcoj.rules.mask", "true"));

	private final EvaluationEpoch epoch;

	Ruleset(String source, List<Rule<C>> rules, int codeCount, BitSet unreached, EvaluationEpoch epoch) {
		this.source = source;
		this.unreached = unreached;
		this.epoch = epoch;
		this.specialize = epoch != null;
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

	/** How many event codes' plans have a {@link RuleMask} (only codes met by an event have a plan). */
	public int maskedPlanCount() {
		Plan<C>[] ps = plans;
		int n = 0;
		if (ps != null) {
			for (Plan<C> p : ps) {
				n += p != null && p != pending && p.mask != null ? 1 : 0;
			}
		}
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
		// Kept small, so that the JIT inlines it into the caller's per-event loop: most events
		// meet no rule of their code and end here.
		Plan<C>[] ps = plans;
		int slot = codeCount == 0 ? 0 : eventCode;
		if (ps != null && slot >= 0 && slot < ps.length) {
			Plan<C> p = ps[slot];
			return p == null ? 0 : evaluatePlan(p, ctx, eventCode, onMatch);
		}
		return evaluateFirst(ctx, eventCode, onMatch);
	}

	/** {@link #evaluate} without plans yet (or with plain filters, which have none). */
	private int evaluateFirst(C ctx, int eventCode, Consumer<Rule<C>> onMatch) {
		Rule<C>[][] idx = byCode;
		int slot = codeCount == 0 ? 0 : eventCode;
		if (slot < 0 || slot >= idx.length) {
			return 0;
		}
		if (!specialize) {
			int matches = 0;
			for (Rule<C> r : idx[slot]) {
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
		Plan<C>[] ps = plans;
		if (ps == null) {
			ps = buildPlans(idx);
		}
		Plan<C> p = ps[slot];
		return p == null ? 0 : evaluatePlan(p, ctx, eventCode, onMatch);
	}

	private int evaluatePlan(Plan<C> p, C ctx, int eventCode, Consumer<Rule<C>> onMatch) {
		if (p == pending) {
			p = buildPlan(codeCount == 0 ? 0 : eventCode);
			if (p == null) {
				return 0;
			}
		}
		// results shared between rules (macros) are valid for this event only
		epoch.advance();
		// The rules that may match: a row of the mask's bits, or of the plan's all-ones row when
		// there is no mask (or it is off). One unconditional test per rule keeps the loop free of
		// a branch on whether there is a mask: C2 hoisted the row's range check above the loop
		// under that branch's early profile, and every plan whose mask is off then trapped and
		// had evaluatePlan compiled again (three C2 compiles a run, ~25 ms of CPU).
		long[] bits = p.allRules;
		int base = 0;
		RuleMask<C> mask = p.mask;
		if (mask != null) {
			int b = mask.find(ctx);
			if (b == RuleMask.NO_RULE) {
				return 0;
			}
			if (b >= 0) {
				bits = mask.bits();
				base = b;
			}
		}
		// guards are evaluated when a rule that may match needs them, each once
		long event = ++p.event;
		Filter<C>[] guards = p.guards;
		boolean[] held = p.guardHeld;
		long[] at = p.guardAt;
		int matches = 0;
		Rule<C>[] rs = p.rules;
		int[] guardOf = p.guardOf;
		Filter<C>[] rest = p.rest;
		boolean first = matching == Matching.FIRST;
		for (int k = 0; k < rs.length; k++) {
			if ((bits[base + (k >>> 6)] & (1L << k)) == 0) {
				continue;
			}
			int g = guardOf[k];
			if (at[g] != event) {
				held[g] = Filter.evaluate(guards[g], ctx, eventCode);
				at[g] = event;
			}
			if (held[g] && Filter.evaluate(rest[k], ctx, eventCode)) {
				matches++;
				onMatch.accept(rs[k]);
				if (first) {
					break;
				}
			}
		}
		return matches;
	}

	/** The plans of every slot of {@code idx}: {@link #pending} where the slot has rules, else null. */
	@SuppressWarnings("unchecked")
	private synchronized Plan<C>[] buildPlans(Rule<C>[][] idx) {
		if (plans != null && planIndex == idx) {
			return plans;
		}
		Plan<C>[] out = new Plan[idx.length];
		for (int slot = 0; slot < idx.length; slot++) {
			out[slot] = idx[slot].length == 0 ? null : pending;
		}
		planIndex = idx;
		specializer = null;
		plans = out;
		return out;
	}

	/** The plan of {@code slot}, made now if it is pending; null when no rule can match its code. */
	private synchronized Plan<C> buildPlan(int slot) {
		Plan<C>[] ps = plans;
		if (ps == null || planIndex != byCode) {
			ps = buildPlans(byCode);
		}
		Plan<C> p = ps[slot];
		if (p == pending) {
			p = plan(planIndex[slot], slot);
			ps[slot] = p;
		}
		return p;
	}

	/** The plan of the rules {@code rs} of one slot; rules whose filter folds to false for its code are left out. */
	@SuppressWarnings("unchecked")
	private Plan<C> plan(Rule<C>[] rs, int slot) {
		FilterSpecializer<C> sp = specializer;
		if (sp == null) {
			List<Filter<C>> roots = new ArrayList<>();
			for (Rule<C> r : rules) {
				roots.add(r.filter());
			}
			sp = new FilterSpecializer<>(roots);
			specializer = sp;
		}
		sp.setCode(codeCount == 0 ? -1 : slot);
		List<Rule<C>> kept = new ArrayList<>();
		List<Filter<C>> rest = new ArrayList<>();
		List<Filter<C>> guards = new ArrayList<>();
		Map<Filter<C>, Integer> guardIndex = new IdentityHashMap<>();
		List<Integer> guardOf = new ArrayList<>();
		for (Rule<C> r : rs) {
			Filter<C> f = sp.specialize(r.filter());
			if (FilterSpecializer.isFalse(f)) {
				continue;
			}
			Filter<C> g = sp.guard(f);
			Integer gi = guardIndex.get(g);
			if (gi == null) {
				gi = guards.size();
				guards.add(g);
				guardIndex.put(g, gi);
			}
			kept.add(r);
			guardOf.add(gi);
			rest.add(sp.afterGuard(f));
		}
		if (kept.isEmpty()) {
			return null;
		}
		sp.unshareSingles(guards, rest);
		int[] go = new int[guardOf.size()];
		for (int k = 0; k < go.length; k++) {
			go[k] = guardOf.get(k);
		}
		return new Plan<>(kept.toArray(new Rule[0]), guards.toArray(new Filter[0]), go, rest.toArray(new Filter[0]), MASKED,
				codeCount == 0 ? -1 : slot);
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
				for (int c = 0; c < slots; c++) {
					if (!unreached.get(c)) {
						lists.get(c).add(r);
					}
				}
			} else {
				for (int c = codes.nextSetBit(0); c >= 0 && c < slots; c = codes.nextSetBit(c + 1)) {
					if (!unreached.get(c)) {
						lists.get(c).add(r);
					}
				}
			}
		}
		Rule<C>[][] idx = new Rule[slots][];
		for (int k = 0; k < slots; k++) {
			idx[k] = lists.get(k).toArray(new Rule[0]);
		}
		plans = null;
		byCode = idx;
	}

	@Override
	public String toString() {
		return source + ": " + Collections.unmodifiableList(rules);
	}
}

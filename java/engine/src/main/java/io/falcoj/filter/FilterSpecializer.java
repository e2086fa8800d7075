package io.falcoj.filter;

import io.falcoj.field.Field;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites compiled filters for one event code at a time, so that the hot path does less per
 * event and the same for every event of that code:
 * <ul>
 * <li>checks that the code decides are folded: {@code evt.type} tests, and checks of fields
 * whose {@link Field#valueForCode} is fixed ({@code evt.is_open_read} on an enter event, a
 * parameter the event type does not have); {@code and}/{@code or}/{@code not} fold with them,
 * and a rule that folds to false is not evaluated for that code at all;</li>
 * <li>nested {@code and}s (or {@code or}s) that are not shared become one flat list;</li>
 * <li>results shared between rules within an event ({@link EvaluationEpoch}) stay shared only
 * where more than one rule (or macro) refers to them and they are not cheaper to compute again
 * (a number compared): elsewhere the remembering is pure cost.</li>
 * </ul>
 * Every rewrite keeps the filter's answer for every event of the code: fields have no side
 * effects, and {@code and}/{@code or} give the same answer in any order.
 */
public final class FilterSpecializer<C> {
	/** How many parents refer to each shared node, over all the roots. */
	private final Map<Filter<C>, Integer> references = new IdentityHashMap<>();
	/** The specialised shared nodes of the current code, so rules keep sharing them. */
	private final Map<Filter<C>, Filter<C>> memo = new IdentityHashMap<>();
	private int code = Integer.MIN_VALUE;

	/** A specialiser for the filters {@code roots} (each root counts as one reference). */
	public FilterSpecializer(Collection<? extends Filter<C>> roots) {
		for (Filter<C> r : roots) {
			countUses(r, references);
		}
	}

	/**
	 * Selects the event code the next calls specialise for; -1 for a source without event codes
	 * (nothing is then folded by code, only flattened and unshared).
	 */
	public void setCode(int code) {
		if (code != this.code) {
			this.code = code;
			memo.clear();
		}
	}

	public int code() {
		return code;
	}

	/** {@code f} for the events of the current code. */
	public Filter<C> specialize(Filter<C> f) {
		return f.specialize(this);
	}

	public static boolean isFalse(Filter<?> f) {
		return f instanceof Filter.Constant<?> c && !c.value;
	}

	/**
	 * The first operand of a (specialised) top-level {@code and}, or the whole filter: what
	 * decides most events, evaluated once for all the rules that start with it.
	 */
	public Filter<C> guard(Filter<C> f) {
		return f instanceof FilterCompiler.AndFilter<C> a ? a.children[0] : f;
	}

	/** What remains to check once {@link #guard} held: the other operands, or true. */
	public Filter<C> afterGuard(Filter<C> f) {
		if (!(f instanceof FilterCompiler.AndFilter<C> a)) {
			return Filter.Constant.of(true);
		}
		if (a.children.length == 2) {
			return a.children[1];
		}
		List<Filter<C>> rest = new ArrayList<>(a.children.length - 1);
		for (int k = 1; k < a.children.length; k++) {
			rest.add(a.children[k]);
		}
		return new FilterCompiler.AndFilter<>(rest);
	}

	/**
	 * Unwraps, in one event code's plan, the shared nodes that the plan evaluates at most once per
	 * event: its {@code guards} (each evaluated once) and {@code rests} are rewritten in place.
	 * A node shared by several rules over all codes often meets only one of them, or only one
	 * guard, within a code; remembering its result there is pure cost (a further object to load
	 * and an epoch to compare, on memory the reader and state engine evicted since the last
	 * event). Nodes still reached more than once within the plan stay shared, as one instance.
	 */
	public void unshareSingles(List<Filter<C>> guards, List<Filter<C>> rests) {
		Map<Filter<C>, Integer> uses = new IdentityHashMap<>();
		for (Filter<C> g : guards) {
			countUses(g, uses);
		}
		for (Filter<C> r : rests) {
			countUses(r, uses);
		}
		Map<Filter<C>, Filter<C>> done = new IdentityHashMap<>();
		for (int k = 0; k < guards.size(); k++) {
			guards.set(k, unshare(guards.get(k), uses, done));
		}
		for (int k = 0; k < rests.size(); k++) {
			rests.set(k, unshare(rests.get(k), uses, done));
		}
	}

	/**
	 * Adds to {@code uses} the references {@code f} makes to each shared node (a shared node's
	 * inside is walked once): how many parents refer to it, so how often it is evaluated per
	 * event when they all are.
	 */
	private static <C> void countUses(Filter<C> f, Map<Filter<C>, Integer> uses) {
		if (f instanceof FilterCompiler.SharedFilter<C> s) {
			// get/put, not merge with Integer::sum: a method reference is linked at its first use
			Integer n = uses.get(s);
			uses.put(s, n == null ? 1 : n + 1);
			if (n == null) {
				countUses(s.inner, uses);
			}
			return;
		}
		Filter<C>[] operands = FilterCompiler.operands(f);
		if (operands != null) {
			for (Filter<C> c : operands) {
				countUses(c, uses);
			}
		}
	}

	private static <C> Filter<C> unshare(Filter<C> f, Map<Filter<C>, Integer> uses, Map<Filter<C>, Filter<C>> done) {
		if (f instanceof FilterCompiler.SharedFilter<C> s) {
			Filter<C> d = done.get(s);
			if (d == null) {
				Filter<C> inner = unshare(s.inner, uses, done);
				d = uses.getOrDefault(s, 0) <= 1 ? inner : inner == s.inner ? s : new FilterCompiler.SharedFilter<>(inner, s.epoch);
				done.put(s, d);
			}
			return d;
		}
		if (f instanceof FilterCompiler.AndFilter<C> a) {
			List<Filter<C>> cs = unshareAll(a.children, uses, done);
			return cs == null ? f : new FilterCompiler.AndFilter<>(cs);
		}
		if (f instanceof FilterCompiler.OrFilter<C> o) {
			List<Filter<C>> cs = unshareAll(o.children, uses, done);
			return cs == null ? f : new FilterCompiler.OrFilter<>(cs);
		}
		if (f instanceof FilterCompiler.NotFilter<C> n) {
			Filter<C> c = unshare(n.child, uses, done);
			return c == n.child ? f : new FilterCompiler.NotFilter<>(c);
		}
		return f;
	}

	/** The children rewritten, or null when none changed. */
	private static <C> List<Filter<C>> unshareAll(Filter<C>[] children, Map<Filter<C>, Integer> uses, Map<Filter<C>, Filter<C>> done) {
		List<Filter<C>> out = new ArrayList<>(children.length);
		boolean changed = false;
		for (Filter<C> c : children) {
			Filter<C> u = unshare(c, uses, done);
			changed |= u != c;
			out.add(u);
		}
		return changed ? out : null;
	}

	/** The field value the current code fixes for a plain field operand, or {@link Field#VARIES}. */
	Object constant(Operand<C> operand) {
		return code >= 0 && operand instanceof Operand.OfField<C> f ? f.field.valueForCode(code) : Field.VARIES;
	}

	/** A shared node: specialised once per code, and unwrapped when only one parent refers to it. */
	Filter<C> shared(FilterCompiler.SharedFilter<C> s) {
		Integer n = references.get(s);
		if (n == null || n <= 1 || s.inner.cheap()) {
			return s.inner.specialize(this);
		}
		Filter<C> done = memo.get(s);
		if (done == null) {
			Filter<C> inner = s.inner.specialize(this);
			done = inner instanceof Filter.Constant ? inner : inner == s.inner ? s : new FilterCompiler.SharedFilter<>(inner, s.epoch);
			memo.put(s, done);
		}
		return done;
	}

	/**
	 * An {@code and} ({@code and} true) or {@code or} of specialised operands: constants folded,
	 * nested unshared nodes of the same kind spliced in. Null when nothing changed.
	 */
	Filter<C> chain(Filter<C>[] children, boolean and) {
		List<Filter<C>> out = new ArrayList<>(children.length);
		boolean changed = false;
		for (Filter<C> c : children) {
			Filter<C> s = c.specialize(this);
			changed |= s != c;
			if (s instanceof Filter.Constant<C> k) {
				if (k.value != and) {
					// false in an and, true in an or: decides the whole chain
					return s;
				}
				continue;
			}
			if (and && s instanceof FilterCompiler.AndFilter<C> a) {
				out.addAll(List.of(a.children));
				changed = true;
			} else if (!and && s instanceof FilterCompiler.OrFilter<C> o) {
				out.addAll(List.of(o.children));
				changed = true;
			} else {
				out.add(s);
			}
		}
		if (out.isEmpty()) {
			return Filter.Constant.of(and);
		}
		if (out.size() == 1) {
			return out.get(0);
		}
		if (!changed) {
			return null;
		}
		return and ? new FilterCompiler.AndFilter<>(out) : new FilterCompiler.OrFilter<>(out);
	}
}

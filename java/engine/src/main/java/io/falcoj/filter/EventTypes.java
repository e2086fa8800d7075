package io.falcoj.filter;

import io.falcoj.field.FieldCatalog;

import java.util.BitSet;
import java.util.List;

/**
 * The event codes a (macro-free) condition can match, for indexing rules by event type. Only
 * {@code evt.type} checks with {@code = == != in intersects} narrow the set; any other check may
 * hold for any event. Negation is pushed down with De Morgan's laws so that
 * {@code not (evt.type = open and proc.name = cat)} still meets every event type.
 */
public final class EventTypes {
	private EventTypes() {
	}

	/** The codes, or null when the source has no event types (every rule meets every event). */
	public static BitSet of(Expr e, FieldCatalog<?> catalog) {
		return of(e, catalog, null);
	}

	/** {@link #of(Expr, FieldCatalog)} with the event type names looked up through {@code compiler}'s memory of them. */
	public static BitSet of(Expr e, FilterCompiler<?> compiler) {
		return of(e, compiler.catalog(), compiler);
	}

	private static BitSet of(Expr e, FieldCatalog<?> catalog, FilterCompiler<?> compiler) {
		int n = catalog.eventCodeCount();
		if (n == 0) {
			return null;
		}
		BitSet b = codes(e, false, catalog, compiler, n);
		return b == null ? all(n) : b;
	}

	private static BitSet all(int n) {
		BitSet b = new BitSet(n);
		b.set(0, n);
		return b;
	}

	/**
	 * The codes {@code e} (or its negation) can match, or null for every code. Most checks do not
	 * narrow the set: null for them makes no set, an {@code and} skips them and an {@code or}
	 * stops at the first (the expanded conditions of the stock rules hold some 20,000 checks).
	 * A set returned is new, the caller's to change.
	 */
	private static BitSet codes(Expr e, boolean negated, FieldCatalog<?> catalog, FilterCompiler<?> compiler, int n) {
		if (e instanceof Expr.Not not) {
			return codes(not.child(), !negated, catalog, compiler, n);
		}
		if (e instanceof Expr.And and) {
			return combine(and.children(), !negated, negated, catalog, compiler, n);
		}
		if (e instanceof Expr.Or or) {
			return combine(or.children(), negated, negated, catalog, compiler, n);
		}
		if (e instanceof Expr.Check c && c.left() instanceof Expr.FieldRef f && f.name().equals("evt.type") && f.argument() == null
				&& c.right() != null && !(c.right() instanceof Expr.FieldValue)) {
			boolean inverse;
			switch (c.op()) {
				case "=", "==", "in", "intersects" -> inverse = false;
				case "!=" -> inverse = true;
				default -> {
					return null;
				}
			}
			BitSet set = new BitSet(n);
			List<Expr.Literal> items = c.right() instanceof Expr.Literal l ? List.of(l) : ((Expr.ListLiteral) c.right()).items();
			for (Expr.Literal l : items) {
				int[] codes = compiler != null ? compiler.eventCodes(l.text()) : catalog.eventCodes(l.text());
				if (codes == null) {
					return null;
				}
				for (int code : codes) {
					set.set(code);
				}
			}
			if (inverse != negated) {
				BitSet inv = all(n);
				inv.andNot(set);
				return inv;
			}
			return set;
		}
		return null;
	}

	/** Intersection ({@code intersect}) or union of the children's sets; null for every code. */
	private static BitSet combine(List<Expr> children, boolean intersect, boolean negated, FieldCatalog<?> catalog, FilterCompiler<?> compiler,
			int n) {
		BitSet acc = null;
		for (Expr c : children) {
			BitSet s = codes(c, negated, catalog, compiler, n);
			if (s == null) {
				if (intersect) {
					continue;
				}
				return null;
			}
			if (acc == null) {
				acc = s;
			} else if (intersect) {
				acc.and(s);
			} else {
				acc.or(s);
			}
		}
		return acc;
	}
}

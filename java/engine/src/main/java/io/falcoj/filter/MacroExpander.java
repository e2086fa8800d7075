package io.falcoj.filter;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces macro references in a tree by the macros' conditions, recursively, detecting loops.
 * The caller decides which macros are visible (Falco lets a macro use only macros defined before
 * it); the expander records which ones it used.
 */
public final class MacroExpander {
	/** An undefined macro or a loop, at the position of the reference. */
	public static final class MacroException extends Exception {
		private final Position position;

		MacroException(String message, Position position) {
			super(message);
			this.position = position;
		}

		public Position position() {
			return position;
		}
	}

	/** The condition of a visible macro, or null when none by that name is visible. */
	public interface Lookup {
		Expr macro(String name);
	}

	private final Lookup macros;
	private final Set<String> used = new LinkedHashSet<>();
	private final Deque<String> stack = new ArrayDeque<>();
	/** Expansions by macro name, reused while the visible macros do not change. */
	private final Map<String, Expr> expanded = new HashMap<>();
	/** Expansions known from an earlier expander over unchanged macros, with the macros they reach. */
	private final Map<String, Known> known = new HashMap<>();

	private record Known(Expr expansion, Set<String> reaches) {
	}

	public MacroExpander(Map<String, Expr> visibleMacros) {
		this(new MapLookup(visibleMacros));
	}

	/** A named class, not {@code visibleMacros::get}: a method reference is linked at start-up. */
	private record MapLookup(Map<String, Expr> map) implements Lookup {
		@Override
		public Expr macro(String name) {
			return map.get(name);
		}
	}

	public MacroExpander(Lookup visibleMacros) {
		this.macros = visibleMacros;
	}

	/**
	 * Makes {@code name} expand to {@code expansion} (an earlier expansion of the same macro
	 * over the same macro bodies), so that compiled trees stay the same instances; using it
	 * marks {@code name} and the macros it {@code reaches} used, as expanding it would.
	 */
	public void known(String name, Expr expansion, Set<String> reaches) {
		known.put(name, new Known(expansion, reaches));
	}

	/** The names of the macros expanded so far. */
	public Set<String> used() {
		return used;
	}

	/** The expansion of macro {@code name} made so far by this expander, or null. */
	public Expr expansion(String name) {
		return expanded.get(name);
	}

	public Expr expand(Expr e) throws MacroException {
		if (e instanceof Expr.MacroRef m) {
			Expr done = expanded.get(m.name());
			if (done != null) {
				return done;
			}
			Known k = known.get(m.name());
			if (k != null) {
				used.add(m.name());
				used.addAll(k.reaches());
				expanded.put(m.name(), k.expansion());
				return k.expansion();
			}
			Expr body = macros.macro(m.name());
			if (body == null) {
				throw new MacroException("Undefined macro '" + m.name() + "' used in filter.", m.pos());
			}
			if (stack.contains(m.name())) {
				throw new MacroException("reference loop in macro '" + m.name() + "'", m.pos());
			}
			used.add(m.name());
			stack.push(m.name());
			Expr out = expand(body);
			stack.pop();
			expanded.put(m.name(), out);
			return out;
		}
		if (e instanceof Expr.And a) {
			return new Expr.And(expandAll(a.children()), a.pos());
		}
		if (e instanceof Expr.Or o) {
			return new Expr.Or(expandAll(o.children()), o.pos());
		}
		if (e instanceof Expr.Not n) {
			return new Expr.Not(expand(n.child()), n.pos());
		}
		return e;
	}

	private List<Expr> expandAll(List<Expr> children) throws MacroException {
		List<Expr> out = new ArrayList<>(children.size());
		for (Expr c : children) {
			out.add(expand(c));
		}
		return List.copyOf(out);
	}
}

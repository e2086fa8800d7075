package io.falcoj.rules;

import io.falcoj.field.FieldCatalog;
import io.falcoj.filter.ConditionParser;
import io.falcoj.filter.ConditionSyntaxException;
import io.falcoj.filter.EventTypes;
import io.falcoj.filter.Expr;
import io.falcoj.filter.Filter;
import io.falcoj.filter.FilterCompileException;
import io.falcoj.filter.FilterCompiler;
import io.falcoj.filter.MacroExpander;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles the collected lists, macros and rules, with Falco's semantics: lists are substituted
 * into conditions as text (a list name anywhere between delimiters becomes its items), macros are
 * expanded in the syntax tree (each seeing the macros defined before it), exceptions become
 * {@code and not (...)} clauses, and the first error stops compilation.
 */
final class RuleCompiler {
	/** Falco warns when a rule meets more event types than this. */
	private static final int MAX_EVTTYPES = 100;

	private final Map<String, FilterCompiler<?>> compilers;
	private final LoadOptions options;
	/**
	 * Conditions already parsed, by their text after list substitution: after each file
	 * everything is compiled again, and most conditions have not changed.
	 */
	private final Map<String, Expr> parsed = new HashMap<>();
	/**
	 * Conditions after list substitution, by their text, with what they depend on: compiling
	 * again after the next file substitutes again only the conditions that meet a list that
	 * changed or appeared (a later file's new lists used to redo every condition).
	 */
	private final Map<String, Resolved> resolved = new HashMap<>();
	/** The lists of the last compile, by name: unchanged lists stay the same instances. */
	private Map<String, CompiledList> lastLists = Map.of();
	/**
	 * Output formats already compiled, by source, then text (binding fields is not free). Maps by
	 * source then text rather than by a joined key: the texts are the same String instances from
	 * one compile to the next, with their hash codes kept, where a joined key was a new string to
	 * hash at every compile.
	 */
	private final Map<String, Map<String, OutputFormat<?>>> formats = new HashMap<>();

	/**
	 * A condition after list substitution and the lists substituted ({@code used}). It holds
	 * while every word looked up as a list name (the words of the condition and of the items of
	 * the lists it reaches) still finds the same list instance, or still none: when a compile
	 * finds a name whose list changed, appeared or went, the conditions that looked it up
	 * ({@link #condsByWord}) are dropped from {@link #resolved}.
	 */
	private record Resolved(String cond, Set<String> used) {
	}

	/** The conditions of {@link #resolved} by the words they looked up as list names. */
	private final Map<String, List<String>> condsByWord = new HashMap<>();

	/**
	 * What the last compile made of each macro and rule condition, to reuse after the next file
	 * when nothing it depends on changed: the same expanded trees keep the compiled filters (and
	 * the results shared between rules) the same instances, and the rule is not expanded,
	 * compiled and indexed by event type again. With the stock files, the rules of the first
	 * file are then compiled once instead of three times.
	 */
	private Map<String, MacroMemo> macroMemo = new HashMap<>();
	private Map<String, Map<String, RuleMemo>> ruleMemo = new HashMap<>();

	/** The inner map of {@code source} (made when missing). */
	private static <V> Map<String, V> ofSource(Map<String, Map<String, V>> m, String source) {
		Map<String, V> inner = m.get(source);
		if (inner == null) {
			inner = new HashMap<>();
			m.put(source, inner);
		}
		return inner;
	}

	/** A macro's expansion over its body and the bodies of the macros it reaches (by identity). */
	private record MacroMemo(Expr body, Map<String, Expr> reaches, Expr expansion) {
	}

	/** A condition's compiled form, valid while its tree and the expansions of the macros it names are the same. */
	private record RuleMemo(Expr ast, List<Expr> refExpansions, Expr expanded, Filter<?> filter, BitSet codes, Expr.Check unsafeNa) {
	}

	/** Macro references by parsed tree (trees are shared through {@link #parsed}). */
	private final Map<Expr, List<Expr.MacroRef>> refsOf = new java.util.IdentityHashMap<>();

	RuleCompiler(Map<String, FilterCompiler<?>> compilers, LoadOptions options) {
		this.compilers = compilers;
		this.options = options;
	}

	/**
	 * A list after expanding references to lists defined before it. The same instance is kept
	 * from one compile to the next while its name, place and items are the same: a list that is
	 * not the same instance as at the last compile has the substitutions that looked its name up
	 * {@link #forget forgotten}.
	 */
	private static final class CompiledList extends RuleItems.Placed {
		final String name;
		final List<String> items;
		private List<String> itemWords;
		private String joined;

		CompiledList(String name, List<String> items, int index) {
			this.name = name;
			this.items = items;
			this.index = index;
		}

		/** The items as substituted: quoted where needed, joined by ", "; made once. */
		String joined() {
			if (joined == null) {
				StringBuilder sub = new StringBuilder();
				for (String v : items) {
					if (sub.length() > 0) {
						sub.append(", ");
					}
					sub.append(quoteItem(v));
				}
				joined = sub.toString();
			}
			return joined;
		}

		/** The words of all items (the list names they may reach), made once. */
		List<String> itemWords() {
			if (itemWords == null) {
				List<String> w = new ArrayList<>();
				for (String item : items) {
					tokens(item, w);
				}
				itemWords = w;
			}
			return itemWords;
		}
	}

	/** Compiles everything; null when an error was recorded in {@code res}. */
	Map<String, List<Rule<?>>> compile(RuleItems col, LoadResult res) {
		try {
			return compileAll(col, res);
		} catch (LoadFailure f) {
			res.add(f.code, f.getMessage(), f.context);
			return null;
		}
	}

	private Map<String, List<Rule<?>>> compileAll(RuleItems col, LoadResult res) throws LoadFailure {
		Map<String, CompiledList> lists = new HashMap<>();
		Set<String> usedLists = new HashSet<>();
		for (RuleItems.ListItem l : sortedLists(col)) {
			List<String> out = new ArrayList<>();
			for (String item : l.items) {
				RuleItems.ListItem ref = col.lists.get(item);
				if (ref != null && ref.index < l.visibility) {
					usedLists.add(ref.name);
					out.addAll(ref.items);
				} else {
					out.add(item);
				}
			}
			CompiledList last = lastLists.get(l.name);
			lists.put(l.name, last != null && last.index == l.index && last.items.equals(out) ? last : new CompiledList(l.name, out, l.index));
		}
		// drop the substitutions that looked up a name whose list is not the same instance
		for (Map.Entry<String, CompiledList> e : lists.entrySet()) {
			if (lastLists.get(e.getKey()) != e.getValue()) {
				forget(e.getKey());
			}
		}
		for (String name : lastLists.keySet()) {
			if (!lists.containsKey(name)) {
				forget(name);
			}
		}
		lastLists = lists;

		// macros: parse all, then expand each with the macros visible to it
		List<RuleItems.MacroItem> macroItems = new ArrayList<>(col.macros.values());
		macroItems.sort(RuleItems.BY_INDEX);
		Map<String, Expr> parsedMacros = new LinkedHashMap<>();
		Map<String, String> macroConds = new HashMap<>();
		for (RuleItems.MacroItem m : macroItems) {
			String cond = resolve(m.cond, lists, usedLists);
			macroConds.put(m.name, cond);
			parsedMacros.put(m.name, parse(cond, m.condCtx));
		}
		Set<String> usedMacros = new HashSet<>();
		Map<String, Set<String>> reachOf = new HashMap<>();
		for (RuleItems.MacroItem m : macroItems) {
			reachOf.put(m.name, checkMacroReferences(m, col.macros, parsedMacros, macroConds.get(m.name), usedMacros));
		}
		// rules see every macro: one expander for all, reusing expansions (also those of the
		// last compile whose macro bodies did not change)
		MacroExpander ruleExpander = new MacroExpander(parsedMacros);
		for (Map.Entry<String, MacroMemo> e : macroMemo.entrySet()) {
			MacroMemo mm = e.getValue();
			if (parsedMacros.get(e.getKey()) == mm.body() && unchanged(mm.reaches(), parsedMacros)) {
				ruleExpander.known(e.getKey(), mm.expansion(), mm.reaches().keySet());
			}
		}
		Map<String, Map<String, RuleMemo>> nextRuleMemo = new HashMap<>();

		Map<String, List<Rule<?>>> bySource = new LinkedHashMap<>();
		List<RuleItems.RuleItem> ruleItems = new ArrayList<>(col.rules.values());
		ruleItems.sort(RuleItems.BY_INDEX);
		for (RuleItems.RuleItem r : ruleItems) {
			if (r.unknownSource) {
				continue;
			}
			FilterCompiler<?> compiler = compilers.get(r.source);
			LoadFailure.check(compiler == null, LoadCode.LOAD_ERR_VALIDATE, "Unknown source at compile-time" + r.source, r.ctx);
			Set<String> exceptionFields = new TreeSet<>();
			String condition = r.exceptions.isEmpty() ? r.cond : withExceptions(r, exceptionFields);
			Rule<?> rule = compileRule(compiler, r, condition, exceptionFields, lists, usedLists, ruleExpander, res, nextRuleMemo);
			if (rule != null) {
				List<Rule<?>> ofSource = bySource.get(r.source);
				if (ofSource == null) {
					ofSource = new ArrayList<>();
					bySource.put(r.source, ofSource);
				}
				ofSource.add(rule);
			}
		}

		usedMacros.addAll(ruleExpander.used());
		Map<String, MacroMemo> nextMacroMemo = new HashMap<>();
		for (Map.Entry<String, Expr> e : parsedMacros.entrySet()) {
			Expr expansion = ruleExpander.expansion(e.getKey());
			if (expansion != null) {
				Map<String, Expr> reaches = new HashMap<>();
				for (String dep : reachOf.get(e.getKey())) {
					reaches.put(dep, parsedMacros.get(dep));
				}
				nextMacroMemo.put(e.getKey(), new MacroMemo(e.getValue(), reaches, expansion));
			}
		}
		macroMemo = nextMacroMemo;
		ruleMemo = nextRuleMemo;
		for (RuleItems.MacroItem m : macroItems) {
			if (!usedMacros.contains(m.name)) {
				res.add(LoadCode.LOAD_UNUSED_MACRO, "Macro not referred to by any other rule/macro", m.ctx);
			}
		}
		for (RuleItems.ListItem l : sortedLists(col)) {
			if (!usedLists.contains(l.name)) {
				res.add(LoadCode.LOAD_UNUSED_LIST, "List not referred to by any other rule/macro", l.ctx);
			}
		}
		return bySource;
	}

	/**
	 * Checks that every macro reachable from {@code m} is visible to it (defined before m's last
	 * change) and that no reference loops back, without building the expansion: Falco expands
	 * macros when loading only to find these errors. Marks the reachable macros used.
	 */
	private Set<String> checkMacroReferences(RuleItems.MacroItem m, Map<String, RuleItems.MacroItem> macros, Map<String, Expr> parsedMacros,
			String cond, Set<String> used) throws LoadFailure {
		Set<String> done = new HashSet<>();
		List<String> stack = new ArrayList<>();
		visitMacro(m, m.name, macros, parsedMacros, cond, used, done, stack);
		return done;
	}

	private static boolean unchanged(Map<String, Expr> bodies, Map<String, Expr> parsedMacros) {
		for (Map.Entry<String, Expr> e : bodies.entrySet()) {
			if (parsedMacros.get(e.getKey()) != e.getValue()) {
				return false;
			}
		}
		return true;
	}

	private void visitMacro(RuleItems.MacroItem m, String name, Map<String, RuleItems.MacroItem> macros, Map<String, Expr> parsedMacros,
			String cond, Set<String> used, Set<String> done, List<String> stack) throws LoadFailure {
		stack.add(name);
		for (Expr.MacroRef ref : macroRefs(parsedMacros.get(name))) {
			RuleItems.MacroItem o = macros.get(ref.name());
			if (o == null || o.index >= m.visibility) {
				throw new LoadFailure(LoadCode.LOAD_ERR_VALIDATE, "Undefined macro '" + ref.name() + "' used in filter.",
						m.ctx.inCondition(name.equals(m.name) ? ref.pos() : null, cond));
			}
			if (stack.contains(ref.name())) {
				throw new LoadFailure(LoadCode.LOAD_ERR_VALIDATE, "reference loop in macro '" + ref.name() + "'",
						m.ctx.inCondition(name.equals(m.name) ? ref.pos() : null, cond));
			}
			used.add(ref.name());
			if (done.add(ref.name())) {
				visitMacro(m, ref.name(), macros, parsedMacros, cond, used, done, stack);
			}
		}
		stack.remove(stack.size() - 1);
	}

	/** The macro references of a condition, in order; cached per parsed tree. */
	private List<Expr.MacroRef> macroRefs(Expr e) {
		List<Expr.MacroRef> refs = refsOf.get(e);
		if (refs == null) {
			refs = new ArrayList<>();
			collectRefs(e, refs);
			refsOf.put(e, refs);
		}
		return refs;
	}

	private static void collectRefs(Expr e, List<Expr.MacroRef> out) {
		if (e instanceof Expr.MacroRef r) {
			out.add(r);
		} else if (e instanceof Expr.And a) {
			for (Expr c : a.children()) {
				collectRefs(c, out);
			}
		} else if (e instanceof Expr.Or o) {
			for (Expr c : o.children()) {
				collectRefs(c, out);
			}
		} else if (e instanceof Expr.Not n) {
			collectRefs(n.child(), out);
		}
	}

	/** {@link #resolveLists}, remembered while the lists it depends on stay the same. */
	private String resolve(String cond, Map<String, CompiledList> lists, Set<String> usedLists) {
		Resolved r = resolved.get(cond);
		if (r == null) {
			r = resolveLists(cond, lists, condsByWord);
			resolved.put(cond, r);
		}
		usedLists.addAll(r.used());
		return r.cond();
	}

	private void forget(String word) {
		List<String> conds = condsByWord.remove(word);
		if (conds != null) {
			for (String c : conds) {
				resolved.remove(c);
			}
		}
	}

	private static List<RuleItems.ListItem> sortedLists(RuleItems col) {
		List<RuleItems.ListItem> l = new ArrayList<>(col.lists.values());
		l.sort(RuleItems.BY_INDEX);
		return l;
	}

	private <C> Rule<C> compileRule(FilterCompiler<C> compiler, RuleItems.RuleItem r, String condition, Set<String> exceptionFields,
			Map<String, CompiledList> lists, Set<String> usedLists, MacroExpander ex, LoadResult res,
			Map<String, Map<String, RuleMemo>> nextMemo)
			throws LoadFailure {
		String output = r.output;
		if (output.contains("%container.info")) {
			output = output.replace("%container.info", options.containerInfoFormat());
		} else if (!options.extraOutputFormat().isEmpty()
				&& (options.extraOutputSource() == null || options.extraOutputSource().equals(r.source))) {
			output = output + " " + options.extraOutputFormat();
		}
		Map<String, OutputFormat<?>> sourceFormats = ofSource(formats, r.source);
		@SuppressWarnings("unchecked")
		OutputFormat<C> format = (OutputFormat<C>) sourceFormats.get(output);
		try {
			if (format == null) {
				format = OutputFormat.compile(output, compiler);
				sourceFormats.put(output, format);
			}
		} catch (FilterCompileException e) {
			if (e.kind() != FilterCompileException.Kind.INVALID && r.skipIfUnknownFilter) {
				res.add(LoadCode.LOAD_UNKNOWN_FILTER, e.getMessage(), r.outputCtx);
				return null;
			}
			throw new LoadFailure(LoadCode.LOAD_ERR_COMPILE_OUTPUT, e.getMessage(), r.outputCtx);
		}

		String cond = resolve(condition, lists, usedLists);
		Expr ast = parse(cond, r.condCtx);
		Map<String, RuleMemo> next = ofSource(nextMemo, r.source);
		RuleMemo memo = next.containsKey(cond) ? null : ofSource(ruleMemo, r.source).get(cond);
		List<Expr> refExpansions = memo != null && memo.ast() == ast ? expansionsOfRefs(ex, ast) : null;
		Expr expanded;
		Expr.Check unsafeNa;
		Filter<C> filter;
		BitSet codes;
		FieldCatalog<C> catalog = compiler.catalog();
		if (refExpansions != null && sameInstances(refExpansions, memo.refExpansions())) {
			// nothing this condition depends on changed since the last compile
			expanded = memo.expanded();
			unsafeNa = memo.unsafeNa();
			@SuppressWarnings("unchecked")
			Filter<C> f = (Filter<C>) memo.filter();
			filter = f;
			codes = memo.codes() == null ? null : (BitSet) memo.codes().clone();
		} else {
			expanded = expand(ex, ast, cond, r.ctx);
			unsafeNa = findUnsafeNa(expanded);
			try {
				filter = compiler.compile(expanded);
			} catch (FilterCompileException e) {
				LoadContext at = r.condCtx.inCondition(e.position(), cond);
				warnUnsafeNa(unsafeNa, cond, r.condCtx, res);
				if (e.kind() != FilterCompileException.Kind.INVALID && r.skipIfUnknownFilter) {
					res.add(LoadCode.LOAD_UNKNOWN_FILTER, e.getMessage(), at);
					return null;
				}
				throw new LoadFailure(LoadCode.LOAD_ERR_COMPILE_CONDITION, e.getMessage(), at);
			}
			codes = EventTypes.of(expanded, compiler);
			if (refExpansions == null) {
				refExpansions = expansionsOfRefs(ex, ast);
			}
		}
		if (refExpansions != null) {
			next.put(cond, new RuleMemo(ast, refExpansions, expanded, filter, codes == null ? null : (BitSet) codes.clone(), unsafeNa));
		}
		warnUnsafeNa(unsafeNa, cond, r.condCtx, res);
		if (codes != null && r.warnEvttypes && (codes.isEmpty() || codes.cardinality() > MAX_EVTTYPES
				|| codes.cardinality() == catalog.eventCodeCount())) {
			res.add(LoadCode.LOAD_NO_EVTTYPE, "Rule matches too many evt.type values. This has a significant performance penalty.", r.ctx);
		}
		return new Rule<>(r.index, r.name, r.desc, r.priority, r.source, r.tags, r.enabled, condition, filter, format, codes, exceptionFields);
	}

	/** The expansions of the macros a condition names directly, in order; null if one fails to expand. */
	private List<Expr> expansionsOfRefs(MacroExpander ex, Expr ast) {
		List<Expr.MacroRef> refs = macroRefs(ast);
		List<Expr> out = new ArrayList<>(refs.size());
		try {
			for (Expr.MacroRef ref : refs) {
				out.add(ex.expand(ref));
			}
		} catch (MacroExpander.MacroException e) {
			return null;
		}
		return out;
	}

	private static boolean sameInstances(List<Expr> a, List<Expr> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int k = 0; k < a.size(); k++) {
			if (a.get(k) != b.get(k)) {
				return false;
			}
		}
		return true;
	}

	private Expr parse(String cond, LoadContext ctx) throws LoadFailure {
		Expr e = parsed.get(cond);
		if (e != null) {
			return e;
		}
		try {
			e = ConditionParser.parse(cond);
			parsed.put(cond, e);
			return e;
		} catch (ConditionSyntaxException se) {
			throw new LoadFailure(LoadCode.LOAD_ERR_COMPILE_CONDITION, se.getMessage(), ctx.inCondition(se.position(), cond));
		}
	}

	private static Expr expand(MacroExpander ex, Expr e, String cond, LoadContext ctx) throws LoadFailure {
		try {
			return ex.expand(e);
		} catch (MacroExpander.MacroException m) {
			throw new LoadFailure(LoadCode.LOAD_ERR_VALIDATE, m.getMessage(), ctx.inCondition(m.position(), cond));
		}
	}

	/**
	 * Falco's LOAD_UNSAFE_NA_CHECK: an equality check of a k8s audit field ({@code ka.*},
	 * {@code jevt.*}) against the literal {@code <NA>}; one warning per condition.
	 */
	private static void warnUnsafeNa(Expr.Check c, String cond, LoadContext ctx, LoadResult res) {
		if (c != null) {
			res.add(LoadCode.LOAD_UNSAFE_NA_CHECK, "comparing a field value with <NA> is unsafe and can lead to unpredictable "
					+ "behavior of the rule condition. If you need to check for the existence of a field, consider using the "
					+ "'exists' operator instead.", ctx.inCondition(c.pos(), cond));
		}
	}

	private static Expr.Check findUnsafeNa(Expr e) {
		List<Expr> children = e instanceof Expr.And a ? a.children() : e instanceof Expr.Or o ? o.children()
				: e instanceof Expr.Not n ? List.of(n.child()) : List.of();
		for (Expr child : children) {
			Expr.Check c = findUnsafeNa(child);
			if (c != null) {
				return c;
			}
		}
		if (e instanceof Expr.Check c && c.left() instanceof Expr.FieldRef f && (f.name().startsWith("ka.") || f.name().startsWith("jevt."))) {
			boolean equality = switch (c.op()) {
				case "=", "==", "!=", "in", "intersects", "pmatch" -> true;
				default -> false;
			};
			boolean na = c.right() instanceof Expr.Literal l && l.text().equals("<NA>")
					|| c.right() instanceof Expr.ListLiteral ll && hasNa(ll);
			if (equality && na) {
				return c;
			}
		}
		return null;
	}

	private static boolean hasNa(Expr.ListLiteral l) {
		for (Expr.Literal item : l.items()) {
			if (item.text().equals("<NA>")) {
				return true;
			}
		}
		return false;
	}

	private static final String BLANKS = " \t\n\r";
	private static final String DELIMS = BLANKS + "(),=";

	/**
	 * Substitutes every list name found between delimiters by its items (quoting those with
	 * spaces), list after list in definition order, as Falco does on the condition text. Only the
	 * lists that can occur are visited: those named in the text, and those named by their items.
	 */
	private static Resolved resolveLists(String cond, Map<String, CompiledList> lists, Map<String, List<String>> condsByWord) {
		Set<String> looked = new HashSet<>();
		List<CompiledList> reachable = new ArrayList<>();
		List<String> pending = new ArrayList<>();
		tokens(cond, pending);
		while (!pending.isEmpty()) {
			String t = pending.remove(pending.size() - 1);
			if (!looked.add(t)) {
				continue;
			}
			CompiledList l = lists.get(t);
			List<String> dependents = condsByWord.get(t);
			if (dependents == null) {
				dependents = new ArrayList<>();
				condsByWord.put(t, dependents);
			}
			dependents.add(cond);
			if (l != null) {
				reachable.add(l);
				pending.addAll(l.itemWords());
			}
		}
		Set<String> used = new HashSet<>();
		String cnd = cond;
		if (!reachable.isEmpty()) {
			// in definition order, as Falco substitutes them
			reachable.sort(RuleItems.BY_INDEX);
			for (CompiledList list : reachable) {
				cnd = substitute(cnd, list, used);
			}
		}
		return new Resolved(cnd, used);
	}

	/** Adds the words between delimiters of {@code s} to {@code out}. */
	private static void tokens(String s, List<String> out) {
		int start = -1;
		char[] a = s.toCharArray();
		int n = a.length;
		for (int k = 0; k < n; k++) {
			char c = a[k];
			// an array and DELIMS spelled out: a call per character was most of this loop's cost in the interpreter
			boolean delim = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == ')' || c == ',' || c == '=';
			if (delim) {
				if (start >= 0) {
					out.add(s.substring(start, k));
					start = -1;
				}
			} else if (start < 0) {
				start = k;
			}
		}
		if (start >= 0) {
			out.add(s.substring(start, n));
		}
	}

	private static String substitute(String cond, CompiledList list, Set<String> used) {
		String cnd = cond;
		String name = list.name;
		int start = cnd.indexOf(name);
		while (start >= 0) {
			int end = start + name.length();
			if ((start == 0 || DELIMS.indexOf(cnd.charAt(start - 1)) >= 0) && (end >= cnd.length() || DELIMS.indexOf(cnd.charAt(end)) >= 0)) {
				while (start > 0 && BLANKS.indexOf(cnd.charAt(start - 1)) >= 0) {
					start--;
				}
				while (end < cnd.length() && BLANKS.indexOf(cnd.charAt(end)) >= 0) {
					end++;
				}
				String sub = list.joined();
				if (sub.isEmpty()) {
					if (start > 0 && cnd.charAt(start - 1) == ',') {
						start--;
					} else if (end < cnd.length() && cnd.charAt(end) == ',') {
						end++;
					}
				}
				StringBuilder next = new StringBuilder();
				if (start > 0) {
					next.append(cnd, 0, start).append(' ');
				}
				next.append(sub).append(' ');
				if (end <= cnd.length()) {
					next.append(cnd, end, cnd.length());
				}
				cnd = next.toString();
				start += sub.length() + 1;
				used.add(name);
			}
			start = cnd.indexOf(name, start + 1);
		}
		return cnd;
	}

	private static String quoteItem(String e) {
		if (e.contains(" ") && !e.isEmpty() && e.charAt(0) != '"' && e.charAt(0) != '\'') {
			return '"' + e + '"';
		}
		return e;
	}

	private static String parenItem(String e) {
		return !e.isEmpty() && e.charAt(0) == '(' ? e : "(" + e + ")";
	}

	/** The rule's condition with each exception appended as {@code and not (...)}, as Falco builds it. */
	private static String withExceptions(RuleItems.RuleItem r, Set<String> exceptionFields) throws LoadFailure {
		StringBuilder condition = new StringBuilder("(").append(r.cond).append(')');
		for (RuleItems.ExceptionItem ex : r.exceptions) {
			StringBuilder icond = new StringBuilder();
			if (!ex.fields.isList) {
				for (RuleItems.Entry val : ex.values) {
					LoadFailure.check(val.isList, LoadCode.LOAD_ERR_VALIDATE, "Expected values array to contain a list of strings", ex.ctx);
					icond.append(icond.length() == 0 ? "(" + ex.fields.item + " " + ex.comps.item + " (" : ", ");
					exceptionFields.add(ex.fields.item);
					icond.append(quoteItem(val.item));
				}
				if (icond.length() > 0) {
					icond.append("))");
				}
			} else {
				icond.append('(');
				for (RuleItems.Entry values : ex.values) {
					LoadFailure.check(ex.fields.items.size() != values.items.size(), LoadCode.LOAD_ERR_VALIDATE,
							"Fields and values lists must have equal length", ex.ctx);
					icond.append(icond.length() == 1 ? "" : " or ").append('(');
					for (int k = 0; k < ex.fields.items.size(); k++) {
						String field = ex.fields.items.get(k).item;
						String comp = ex.comps.items.get(k).item;
						RuleItems.Entry v = values.items.get(k);
						String istr;
						if (v.isList) {
							StringBuilder sb = new StringBuilder("(");
							for (RuleItems.Entry it : v.items) {
								sb.append(sb.length() == 1 ? "" : ", ").append(quoteItem(it.item));
							}
							istr = sb.append(')').toString();
						} else {
							istr = ConditionParser.isListOperator(comp) ? parenItem(v.item) : quoteItem(v.item);
						}
						icond.append(k == 0 ? "" : " and ").append(' ').append(field).append(' ').append(comp).append(' ').append(istr);
						exceptionFields.add(field);
					}
					icond.append(')');
				}
				icond.append(')');
				if (icond.toString().equals("()")) {
					icond.setLength(0);
				}
			}
			if (icond.length() > 0) {
				condition.append(" and not ").append(icond);
			}
		}
		return condition.toString();
	}
}

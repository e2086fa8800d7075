package io.falcoj.rules;

import io.falcoj.filter.ConditionParser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything read from the rules files so far, before compilation, with Falco's merge semantics:
 * redefining an item replaces it in place (keeping its position), appending extends it, and each
 * item remembers the position of its last change ({@code visibility}): a list or macro can only
 * use lists and macros defined before that.
 */
final class RuleItems {
	/** An exception's fields/comps/values entry: one string, or a list of entries. */
	static final class Entry {
		boolean defined;
		boolean isList;
		String item = "";
		final List<Entry> items = new ArrayList<>();

		static Entry of(String s) {
			Entry e = new Entry();
			e.defined = true;
			e.item = s;
			return e;
		}
	}

	static final class ExceptionItem {
		String name;
		Entry fields = new Entry();
		Entry comps = new Entry();
		final List<Entry> values = new ArrayList<>();
		LoadContext ctx;
	}

	/** An item's place: where it was defined ({@code index}) and where it last changed ({@code visibility}). */
	abstract static class Placed {
		int index;
		int visibility;
	}

	/**
	 * Definition order. A named class rather than a lambda at each sort: every lambda call site
	 * is linked through the method handle machinery at its first use, some 0.3 ms of start-up
	 * each.
	 */
	static final Comparator<Placed> BY_INDEX = new ByIndex();

	private static final class ByIndex implements Comparator<Placed> {
		@Override
		public int compare(Placed a, Placed b) {
			return Integer.compare(a.index, b.index);
		}
	}

	static final class ListItem extends Placed {
		String name;
		List<String> items = new ArrayList<>();
		LoadContext ctx;
	}

	static final class MacroItem extends Placed {
		String name;
		String cond;
		LoadContext ctx;
		LoadContext condCtx;
	}

	static final class RuleItem extends Placed {
		String name;
		String cond;
		String output;
		String desc;
		Priority priority;
		String source = "syscall";
		Set<String> tags = new TreeSet<>();
		boolean enabled = true;
		boolean warnEvttypes = true;
		boolean skipIfUnknownFilter;
		List<ExceptionItem> exceptions = new ArrayList<>();
		LoadContext ctx;
		LoadContext condCtx;
		LoadContext outputCtx;
		boolean unknownSource;
	}

	/** An append or selective replace of a rule: only what was given is set. */
	static final class RuleUpdate {
		String name;
		LoadContext ctx;
		LoadContext condCtx;
		Optional<String> cond = Optional.empty();
		Optional<String> output = Optional.empty();
		Optional<String> desc = Optional.empty();
		Optional<Set<String>> tags = Optional.empty();
		Optional<List<ExceptionItem>> exceptions = Optional.empty();
		Optional<Priority> priority = Optional.empty();
		Optional<Boolean> enabled = Optional.empty();
		Optional<Boolean> warnEvttypes = Optional.empty();
		Optional<Boolean> skipIfUnknownFilter = Optional.empty();

		boolean hasAnyValue() {
			return cond.isPresent() || output.isPresent() || desc.isPresent() || tags.isPresent() || exceptions.isPresent()
					|| priority.isPresent() || enabled.isPresent() || warnEvttypes.isPresent() || skipIfUnknownFilter.isPresent();
		}
	}

	final Map<String, ListItem> lists = new LinkedHashMap<>();
	final Map<String, MacroItem> macros = new LinkedHashMap<>();
	final Map<String, RuleItem> rules = new LinkedHashMap<>();
	final List<List<PluginRequirement>> requiredPlugins = new ArrayList<>();
	String requiredEngineVersion;
	private int counter;

	/** The sources the loader knows, to validate rule sources and exception fields. */
	interface Sources {
		boolean known(String source);

		/** Whether the source has this field ({@code proc.name}, {@code proc.aname[2]}). */
		boolean hasField(String source, String field);
	}

	private final Sources sources;
	private final LoadResult[] current = new LoadResult[1];

	RuleItems(Sources sources) {
		this.sources = sources;
	}

	void setResult(LoadResult res) {
		current[0] = res;
	}

	void defineEngineVersion(String version, long[] parsed, String engineVersion, LoadContext ctx) throws LoadFailure {
		long[] engine = Semver.parse(engineVersion);
		boolean ok = engine != null && engine[0] == parsed[0] && Semver.compare(engine, parsed) >= 0;
		LoadFailure.check(!ok, LoadCode.LOAD_ERR_VALIDATE,
				"Rules require engine version " + version + ", but engine version is " + engineVersion, ctx);
		if (requiredEngineVersion == null || Semver.compare(Semver.parse(requiredEngineVersion), parsed) < 0) {
			requiredEngineVersion = version;
		}
	}

	void definePlugins(List<PluginRequirement> alternatives, LoadContext ctx) throws LoadFailure {
		Set<String> names = new TreeSet<>();
		for (PluginRequirement r : alternatives) {
			LoadFailure.check(Semver.parse(r.version()) == null, LoadCode.LOAD_ERR_VALIDATE,
					"Invalid required version '" + r.version() + "' for plugin '" + r.name() + "'", ctx);
			LoadFailure.check(!names.add(r.name()), LoadCode.LOAD_ERR_VALIDATE,
					"Defined multiple alternative version requirements for plugin '" + r.name() + "'", ctx);
		}
		requiredPlugins.add(List.copyOf(alternatives));
	}

	void defineList(ListItem l) {
		ListItem prev = lists.get(l.name);
		int id = counter++;
		l.index = prev != null ? prev.index : id;
		l.visibility = id;
		lists.put(l.name, l);
	}

	void appendList(ListItem l) throws LoadFailure {
		ListItem prev = lists.get(l.name);
		LoadFailure.check(prev == null, LoadCode.LOAD_ERR_VALIDATE,
				"List has 'append' key but no list by that name already exists", l.ctx);
		prev.items.addAll(l.items);
		prev.visibility = counter++;
	}

	void defineMacro(MacroItem m) {
		MacroItem prev = macros.get(m.name);
		int id = counter++;
		m.index = prev != null ? prev.index : id;
		m.visibility = id;
		macros.put(m.name, m);
	}

	void appendMacro(MacroItem m) throws LoadFailure {
		MacroItem prev = macros.get(m.name);
		LoadFailure.check(prev == null, LoadCode.LOAD_ERR_VALIDATE,
				"Macro has 'append' key but no macro by that name already exists", m.ctx);
		prev.cond = prev.cond + " " + m.cond;
		prev.visibility = counter++;
	}

	void defineRule(RuleItem r) throws LoadFailure {
		RuleItem prev = rules.get(r.name);
		LoadFailure.check(prev != null && !prev.source.equals(r.source), LoadCode.LOAD_ERR_VALIDATE,
				"Rule has been re-defined with a different source", r.ctx);
		boolean known = sources.known(r.source);
		if (!known) {
			r.unknownSource = true;
			current[0].add(LoadCode.LOAD_UNKNOWN_SOURCE, "Unknown source " + r.source + ", skipping", r.ctx);
		}
		for (ExceptionItem ex : r.exceptions) {
			LoadFailure.check(!ex.fields.defined, LoadCode.LOAD_ERR_VALIDATE,
					"Rule exception item must have fields property with a list of fields", ex.ctx);
			validateException(known ? r.source : null, ex);
		}
		int id = counter++;
		r.index = prev != null ? prev.index : id;
		r.visibility = id;
		rules.put(r.name, r);
	}

	void appendRule(RuleUpdate u) throws LoadFailure {
		RuleItem prev = rules.get(u.name);
		LoadFailure.check(prev == null, LoadCode.LOAD_ERR_VALIDATE,
				"Rule has 'append' key but no rule by that name already exists", u.ctx);
		LoadFailure.check(!u.hasAnyValue(), LoadCode.LOAD_ERR_VALIDATE,
				"Appended rule must have exceptions or condition property", u.ctx);
		String source = prev.unknownSource ? null : prev.source;
		if (u.cond.isPresent() && !u.cond.get().isEmpty()) {
			prev.cond = prev.cond + " " + u.cond.get();
		}
		if (u.output.isPresent() && !u.output.get().isEmpty()) {
			prev.output = prev.output + " " + u.output.get();
		}
		if (u.desc.isPresent() && !u.desc.get().isEmpty()) {
			prev.desc = prev.desc + " " + u.desc.get();
		}
		if (u.tags.isPresent()) {
			prev.tags.addAll(u.tags.get());
		}
		if (u.exceptions.isPresent()) {
			for (ExceptionItem ex : u.exceptions.get()) {
				ExceptionItem prevEx = null;
				for (ExceptionItem e : prev.exceptions) {
					if (e.name.equals(ex.name)) {
						prevEx = e;
					}
				}
				if (prevEx == null) {
					LoadFailure.check(!ex.fields.defined, LoadCode.LOAD_ERR_VALIDATE,
							"Rule exception must have fields property with a list of fields", ex.ctx);
					LoadFailure.check(ex.values.isEmpty(), LoadCode.LOAD_ERR_VALIDATE,
							"Rule exception must have values property with a list of values", ex.ctx);
					validateException(source, ex);
					prev.exceptions.add(ex);
				} else {
					LoadFailure.check(ex.fields.defined, LoadCode.LOAD_ERR_VALIDATE,
							"Can not append exception fields to existing exception, only values", ex.ctx);
					LoadFailure.check(ex.comps.defined, LoadCode.LOAD_ERR_VALIDATE,
							"Can not append exception comps to existing exception, only values", ex.ctx);
					prevEx.values.addAll(ex.values);
				}
			}
		}
		prev.visibility = counter++;
	}

	void replaceRule(RuleUpdate u) throws LoadFailure {
		RuleItem prev = rules.get(u.name);
		LoadFailure.check(prev == null, LoadCode.LOAD_ERR_VALIDATE,
				"Rule has a replace override but no rule by that name already exists", u.ctx);
		LoadFailure.check(!u.hasAnyValue(), LoadCode.LOAD_ERR_VALIDATE,
				"The rule must have at least one field that can be replaced", u.ctx);
		u.cond.ifPresent(c -> prev.cond = c);
		u.output.ifPresent(c -> prev.output = c);
		u.desc.ifPresent(c -> prev.desc = c);
		u.tags.ifPresent(c -> prev.tags = new TreeSet<>(c));
		if (u.exceptions.isPresent()) {
			String source = prev.unknownSource ? null : prev.source;
			for (ExceptionItem ex : u.exceptions.get()) {
				LoadFailure.check(!ex.fields.defined, LoadCode.LOAD_ERR_VALIDATE,
						"Rule exception must have fields property with a list of fields", ex.ctx);
				validateException(source, ex);
			}
			prev.exceptions = new ArrayList<>(u.exceptions.get());
		}
		u.priority.ifPresent(c -> prev.priority = c);
		u.enabled.ifPresent(c -> prev.enabled = c);
		u.warnEvttypes.ifPresent(c -> prev.warnEvttypes = c);
		u.skipIfUnknownFilter.ifPresent(c -> prev.skipIfUnknownFilter = c);
		prev.visibility = counter++;
	}

	void enableRule(String name, boolean enabled, LoadContext ctx) throws LoadFailure {
		RuleItem prev = rules.get(name);
		LoadFailure.check(prev == null, LoadCode.LOAD_ERR_VALIDATE,
				"Rule has 'enabled' key but no rule by that name already exists", ctx);
		prev.enabled = enabled;
	}

	private void validateException(String source, ExceptionItem ex) throws LoadFailure {
		List<String> ops = ConditionParser.operators();
		if (ex.fields.isList) {
			if (!ex.comps.defined) {
				ex.comps.defined = true;
				ex.comps.isList = true;
				for (int k = 0; k < ex.fields.items.size(); k++) {
					ex.comps.items.add(Entry.of("="));
				}
			}
			LoadFailure.check(ex.fields.items.size() != ex.comps.items.size(), LoadCode.LOAD_ERR_VALIDATE,
					"Fields and comps lists must have equal length", ex.ctx);
			for (Entry c : ex.comps.items) {
				LoadFailure.check(!ops.contains(c.item), LoadCode.LOAD_ERR_VALIDATE,
						"'" + c.item + "' is not a supported comparison operator", ex.ctx);
			}
			if (source != null) {
				for (Entry f : ex.fields.items) {
					LoadFailure.check(!sources.hasField(source, f.item), LoadCode.LOAD_ERR_VALIDATE,
							"'" + f.item + "' is not a supported filter field", ex.ctx);
				}
			}
		} else {
			if (!ex.comps.defined) {
				ex.comps.defined = true;
				ex.comps.isList = false;
				ex.comps.item = "in";
			}
			LoadFailure.check(ex.comps.isList, LoadCode.LOAD_ERR_VALIDATE, "Fields and comps must both be strings", ex.ctx);
			LoadFailure.check(!ex.comps.item.equals("in") && !ex.comps.item.equals("pmatch") && !ex.comps.item.equals("intersects"),
					LoadCode.LOAD_ERR_VALIDATE, "When fields is a single value, comps must be one of (in, pmatch, intersects)", ex.ctx);
			if (source != null) {
				LoadFailure.check(!sources.hasField(source, ex.fields.item), LoadCode.LOAD_ERR_VALIDATE,
						"'" + ex.fields.item + "' is not a supported filter field", ex.ctx);
			}
		}
	}
}

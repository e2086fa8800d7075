package io.falcoj.rules;

import io.falcoj.yaml.YamlSubset;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one rules file into {@link RuleItems}, item by item, with the checks and messages of
 * Falco's rule reader. Works on SnakeYAML's node tree so that every item, key and value has its
 * line and column; {@link YamlSubset} builds that tree for the usual files, SnakeYAML for the
 * others and for the errors. Stops at the first error of the file, as Falco does.
 */
final class RuleReader {
	/** Falco's patterns for macro and list names (in its messages); checked by {@link #isIdentifier} and {@link #isBareString}. */
	private static final String IDENTIFIER = "[a-zA-Z]+[a-zA-Z0-9_]*";
	private static final String BARESTR = "[^()\"'\\s=,]+";
	private static final String WARNING_APPEND = "'append' key is deprecated. Add an 'append' entry (e.g. 'condition: append') under 'override' instead.";
	private static final String WARNING_ENABLED = "The standalone 'enabled' key usage is deprecated. The correct approach requires also a 'replace' entry under the 'override' key (i.e. 'enabled: replace').";
	private static final String ERROR_OVERRIDE_APPEND = "Keys 'override' and 'append: true' cannot be used together. Add an 'append' entry (e.g. 'condition: append') under 'override' instead.";
	private static final List<String> RULE_APPENDABLE = List.of("condition", "output", "desc", "tags", "exceptions");
	private static final List<String> RULE_REPLACEABLE = List.of("condition", "output", "desc", "priority", "tags", "exceptions",
			"enabled", "warn_evttypes", "skip-if-unknown-filter");

	private final RuleItems items;
	private final LoadResult result;
	private final String engineVersion;

	RuleReader(RuleItems items, LoadResult result, String engineVersion) {
		this.items = items;
		this.result = result;
		this.engineVersion = engineVersion;
	}

	/**
	 * The YAML documents of a file, or the parse error: the part of reading that depends on
	 * nothing else, so several files can be parsed at once.
	 */
	record Parsed(List<Node> docs, LoadCode errorCode, String error, Mark mark) {
	}

	static Parsed parseYaml(String content) {
		// The common case, fast (see YamlSubset); SnakeYAML for the rest and for every error.
		List<Node> fast = YamlSubset.composeAll(content);
		if (fast != null) {
			return new Parsed(fast, null, null, null);
		}
		try {
			LoaderOptions lo = new LoaderOptions();
			lo.setAllowDuplicateKeys(true);
			lo.setCodePointLimit(Integer.MAX_VALUE);
			lo.setMaxAliasesForCollections(1000);
			Yaml yaml = new Yaml(new SafeConstructor(lo));
			List<Node> docs = new ArrayList<>();
			for (Node doc : yaml.composeAll(new StringReader(content))) {
				docs.add(doc);
			}
			return new Parsed(docs, null, null, null);
		} catch (MarkedYAMLException e) {
			Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
			String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
			String where = m == null ? "" : " at line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1);
			return new Parsed(null, LoadCode.LOAD_ERR_YAML_PARSE, "yaml: error" + where + ": " + problem, m);
		} catch (YAMLException | StackOverflowError e) {
			return new Parsed(null, LoadCode.LOAD_ERR_YAML_PARSE, "yaml: " + e.getMessage(), null);
		}
	}

	/** Reads {@code content}; errors go into the result. Returns false on error. */
	boolean read(String name, String content) {
		return read(name, parseYaml(content));
	}

	boolean read(String name, Parsed parsed) {
		LoadContext ctx = LoadContext.ofFile(name);
		if (parsed.docs() == null) {
			Mark m = parsed.mark();
			LoadContext at = m == null ? ctx : ctx.child(LoadContext.VALUE_FOR, "", m.getLine(), m.getColumn(), m.getIndex());
			result.add(parsed.errorCode(), parsed.error(), at);
			return false;
		}
		List<Node> docs = parsed.docs();
		for (Node doc : docs) {
			if (doc == null || isNull(doc)) {
				continue;
			}
			try {
				LoadFailure.check(!(doc instanceof MappingNode) && !(doc instanceof SequenceNode), LoadCode.LOAD_ERR_YAML_VALIDATE,
						"Rules content is not yaml", ctx);
				LoadFailure.check(!(doc instanceof SequenceNode), LoadCode.LOAD_ERR_YAML_VALIDATE,
						"Rules content is not yaml array of objects", ctx);
				for (Node item : ((SequenceNode) doc).getValue()) {
					if (!isNull(item)) {
						readItem(item, ctx);
					}
				}
			} catch (LoadFailure f) {
				result.add(f.code, f.getMessage(), f.context);
				return false;
			}
		}
		return true;
	}

	private void readItem(Node node, LoadContext parent) throws LoadFailure {
		LoadFailure.check(!(node instanceof MappingNode), LoadCode.LOAD_ERR_YAML_VALIDATE,
				"Unexpected element type. Each element should be a yaml associative array.", at(parent, node, LoadContext.RULES_CONTENT_ITEM, ""));
		MappingNode item = (MappingNode) node;
		if (get(item, "required_engine_version") != null) {
			readEngineVersion(item, parent);
		} else if (get(item, "required_plugin_versions") != null) {
			readPluginVersions(item, parent);
		} else if (get(item, "list") != null) {
			readList(item, parent);
		} else if (get(item, "macro") != null) {
			readMacro(item, parent);
		} else if (get(item, "rule") != null) {
			readRule(item, parent);
		} else {
			result.add(LoadCode.LOAD_UNKNOWN_ITEM, "Unknown top level item", at(parent, item, LoadContext.RULES_CONTENT_ITEM, ""));
		}
	}

	private void readEngineVersion(MappingNode item, LoadContext parent) throws LoadFailure {
		LoadContext ctx = at(parent, item, LoadContext.REQUIRED_ENGINE_VERSION, "");
		String v = string(item, "required_engine_version", ctx);
		long[] parsed;
		String version;
		if (allDigits(v)) {
			version = "0." + Long.parseLong(v) + ".0";
			parsed = Semver.parse(version);
		} else {
			parsed = Semver.parse(v);
			version = v;
			LoadFailure.check(parsed == null, LoadCode.LOAD_ERR_YAML_VALIDATE,
					"Unable to parse engine version '" + v + "' as a semver string. Expected \"x.y.z\" semver format.", ctx);
		}
		items.defineEngineVersion(version, parsed, engineVersion, ctx);
	}

	private void readPluginVersions(MappingNode item, LoadContext parent) throws LoadFailure {
		Node reqs = get(item, "required_plugin_versions");
		LoadContext ctx = at(parent, reqs, LoadContext.REQUIRED_PLUGIN_VERSIONS, "");
		LoadFailure.check(!(reqs instanceof SequenceNode), LoadCode.LOAD_ERR_YAML_VALIDATE,
				"Value of required_plugin_versions must be a sequence", ctx);
		for (Node p : ((SequenceNode) reqs).getValue()) {
			LoadContext tmp = at(ctx, p, LoadContext.REQUIRED_PLUGIN_VERSIONS_ENTRY, "");
			LoadFailure.check(!(p instanceof MappingNode), LoadCode.LOAD_ERR_YAML_VALIDATE, "Plugin version must be a mapping", tmp);
			MappingNode pm = (MappingNode) p;
			String name = string(pm, "name", tmp);
			LoadContext pctx = at(ctx, p, LoadContext.REQUIRED_PLUGIN_VERSIONS_ENTRY, name);
			List<PluginRequirement> alts = new ArrayList<>();
			alts.add(new PluginRequirement(name, string(pm, "version", pctx)));
			Node alternatives = get(pm, "alternatives");
			if (alternatives != null) {
				LoadFailure.check(!(alternatives instanceof SequenceNode), LoadCode.LOAD_ERR_YAML_VALIDATE,
						"Value of plugin version alternatives must be a sequence", pctx);
				for (Node a : ((SequenceNode) alternatives).getValue()) {
					LoadContext actx = at(pctx, a, LoadContext.REQUIRED_PLUGIN_VERSIONS_ALTERNATIVE, "");
					LoadFailure.check(!(a instanceof MappingNode), LoadCode.LOAD_ERR_YAML_VALIDATE,
							"Plugin version alternative must be a mapping", actx);
					String an = string((MappingNode) a, "name", actx);
					actx = at(pctx, a, LoadContext.REQUIRED_PLUGIN_VERSIONS_ALTERNATIVE, an);
					alts.add(new PluginRequirement(an, string((MappingNode) a, "version", actx)));
				}
			}
			items.definePlugins(alts, pctx);
		}
	}

	private void readList(MappingNode item, LoadContext parent) throws LoadFailure {
		String name = string(item, "list", at(parent, item, LoadContext.LIST, ""));
		LoadContext ctx = at(parent, item, LoadContext.LIST, name);
		if (!isBareString(name)) {
			result.add(LoadCode.LOAD_INVALID_LIST_NAME,
					"List has an invalid name. List names should match a regular expression: " + BARESTR, ctx);
		}
		RuleItems.ListItem l = new RuleItems.ListItem();
		l.name = name;
		l.ctx = ctx;
		l.items = sequence(item, "items", ctx, false);
		boolean append = bool(item, "append", ctx, false);
		if (append) {
			result.add(LoadCode.LOAD_DEPRECATED_ITEM, WARNING_APPEND, ctx);
		}
		Set<String> overAppend = new TreeSet<>();
		Set<String> overReplace = new TreeSet<>();
		readOverrides(item, List.of("items"), List.of("items"), overAppend, overReplace, ctx);
		LoadFailure.check(append && !(overAppend.isEmpty() && overReplace.isEmpty()), LoadCode.LOAD_ERR_YAML_VALIDATE, ERROR_OVERRIDE_APPEND, ctx);
		if (append || overAppend.contains("items")) {
			items.appendList(l);
		} else {
			items.defineList(l);
		}
	}

	private void readMacro(MappingNode item, LoadContext parent) throws LoadFailure {
		String name = string(item, "macro", at(parent, item, LoadContext.MACRO, ""));
		LoadContext ctx = at(parent, item, LoadContext.MACRO, name);
		if (!isIdentifier(name)) {
			result.add(LoadCode.LOAD_INVALID_MACRO_NAME,
					"Macro has an invalid name. Macro names should match a regular expression: " + IDENTIFIER, ctx);
		}
		RuleItems.MacroItem m = new RuleItems.MacroItem();
		m.name = name;
		m.ctx = ctx;
		m.cond = string(item, "condition", ctx);
		m.condCtx = at(ctx, get(item, "condition"), LoadContext.MACRO_CONDITION, "");
		boolean append = bool(item, "append", ctx, false);
		if (append) {
			result.add(LoadCode.LOAD_DEPRECATED_ITEM, WARNING_APPEND, ctx);
		}
		Set<String> overAppend = new TreeSet<>();
		Set<String> overReplace = new TreeSet<>();
		readOverrides(item, List.of("condition"), List.of("condition"), overAppend, overReplace, ctx);
		LoadFailure.check(append && !(overAppend.isEmpty() && overReplace.isEmpty()), LoadCode.LOAD_ERR_YAML_VALIDATE, ERROR_OVERRIDE_APPEND, ctx);
		if (append || overAppend.contains("condition")) {
			items.appendMacro(m);
		} else {
			items.defineMacro(m);
		}
	}

	private void readRule(MappingNode item, LoadContext parent) throws LoadFailure {
		String name = string(item, "rule", at(parent, item, LoadContext.RULE, ""));
		LoadContext ctx = at(parent, item, LoadContext.RULE, name);
		boolean append = bool(item, "append", ctx, false);
		if (append) {
			result.add(LoadCode.LOAD_DEPRECATED_ITEM, WARNING_APPEND, ctx);
		}
		Set<String> overAppend = new TreeSet<>();
		Set<String> overReplace = new TreeSet<>();
		readOverrides(item, RULE_APPENDABLE, RULE_REPLACEABLE, overAppend, overReplace, ctx);
		boolean hasOverrides = !overAppend.isEmpty() || !overReplace.isEmpty();
		LoadFailure.check(append && hasOverrides, LoadCode.LOAD_ERR_YAML_VALIDATE, ERROR_OVERRIDE_APPEND, ctx);

		if (hasOverrides) {
			Set<String> expected = new LinkedHashSet<>();
			for (String k : RULE_APPENDABLE) {
				if (get(item, k) != null) {
					expected.add(k);
				}
			}
			for (String k : RULE_REPLACEABLE) {
				if (get(item, k) != null) {
					expected.add(k);
				}
			}
			if (!overAppend.isEmpty()) {
				RuleItems.RuleUpdate u = update(item, name, ctx, overAppend, expected, "append");
				items.appendRule(u);
			}
			if (!overReplace.isEmpty()) {
				RuleItems.RuleUpdate u = update(item, name, ctx, overReplace, expected, "replace");
				items.replaceRule(u);
			}
			for (String k : expected) {
				throw new LoadFailure(LoadCode.LOAD_ERR_YAML_VALIDATE,
						"Unexpected key '" + k + "': no corresponding entry under 'override' is defined.",
						at(ctx, get(item, k), LoadContext.OVERRIDE, k));
			}
		} else if (append) {
			RuleItems.RuleUpdate u = new RuleItems.RuleUpdate();
			u.name = name;
			u.ctx = ctx;
			if (get(item, "condition") != null) {
				u.condCtx = at(ctx, get(item, "condition"), LoadContext.RULE_CONDITION, "");
				u.cond = Optional.of(string(item, "condition", ctx));
			}
			if (get(item, "exceptions") != null) {
				u.exceptions = Optional.of(readExceptions(item, ctx, true));
			}
			items.appendRule(u);
		} else if (get(item, "condition") == null && get(item, "output") == null && get(item, "desc") == null
				&& get(item, "priority") == null) {
			boolean enabled = bool(item, "enabled", ctx, true);
			result.add(LoadCode.LOAD_DEPRECATED_ITEM, WARNING_ENABLED, ctx);
			items.enableRule(name, enabled, ctx);
		} else {
			RuleItems.RuleItem r = new RuleItems.RuleItem();
			r.name = name;
			r.ctx = ctx;
			r.cond = string(item, "condition", ctx);
			r.condCtx = at(ctx, get(item, "condition"), LoadContext.RULE_CONDITION, "");
			r.output = string(item, "output", ctx).trim();
			r.outputCtx = at(ctx, get(item, "output"), LoadContext.RULE_OUTPUT, "");
			r.desc = string(item, "desc", ctx);
			String priority = string(item, "priority", ctx);
			r.priority = Priority.parse(priority);
			LoadFailure.check(r.priority == null, LoadCode.LOAD_ERR_YAML_VALIDATE, "Invalid priority",
					at(ctx, get(item, "priority"), LoadContext.RULE_PRIORITY, ""));
			if (get(item, "source") != null) {
				r.source = string(item, "source", ctx);
			}
			r.enabled = bool(item, "enabled", ctx, true);
			r.warnEvttypes = bool(item, "warn_evttypes", ctx, true);
			r.skipIfUnknownFilter = bool(item, "skip-if-unknown-filter", ctx, false);
			r.tags = new TreeSet<>(sequence(item, "tags", ctx, true));
			r.exceptions = readExceptions(item, ctx, false);
			items.defineRule(r);
		}
	}

	private RuleItems.RuleUpdate update(MappingNode item, String name, LoadContext ctx, Set<String> keys, Set<String> expected, String kind)
			throws LoadFailure {
		RuleItems.RuleUpdate u = new RuleItems.RuleUpdate();
		u.name = name;
		u.ctx = ctx;
		for (String k : keys) {
			LoadFailure.check(!expected.remove(k), LoadCode.LOAD_ERR_YAML_VALIDATE,
					"An " + kind + " override for '" + k + "' was specified but '" + k + "' is not defined", ctx);
			switch (k) {
				case "condition" -> {
					u.cond = Optional.of(string(item, k, ctx));
					u.condCtx = at(ctx, get(item, k), LoadContext.RULE_CONDITION, "");
				}
				case "output" -> u.output = Optional.of(string(item, k, ctx).trim());
				case "desc" -> u.desc = Optional.of(string(item, k, ctx));
				case "tags" -> u.tags = Optional.of(new TreeSet<>(sequence(item, k, ctx, true)));
				case "exceptions" -> u.exceptions = Optional.of(readExceptions(item, ctx, true));
				case "priority" -> {
					Priority p = Priority.parse(string(item, k, ctx));
					LoadFailure.check(p == null, LoadCode.LOAD_ERR_YAML_VALIDATE, "Invalid priority",
							at(ctx, get(item, k), LoadContext.RULE_PRIORITY, ""));
					u.priority = Optional.of(p);
				}
				case "enabled" -> u.enabled = Optional.of(bool(item, k, ctx, true));
				case "warn_evttypes" -> u.warnEvttypes = Optional.of(bool(item, k, ctx, true));
				case "skip-if-unknown-filter" -> u.skipIfUnknownFilter = Optional.of(bool(item, k, ctx, false));
				default -> {
				}
			}
		}
		return u;
	}

	private void readOverrides(MappingNode item, List<String> appendable, List<String> replaceable, Set<String> outAppend,
			Set<String> outReplace, LoadContext ctx) throws LoadFailure {
		Node val = get(item, "override");
		if (val == null) {
			return;
		}
		LoadContext octx = at(ctx, item, LoadContext.OVERRIDE, "");
		LoadFailure.check(!(val instanceof MappingNode), LoadCode.LOAD_ERR_YAML_VALIDATE, "Value of override must be a mapping", octx);
		for (NodeTuple t : ((MappingNode) val).getValue()) {
			String key = scalarText(t.getKeyNode());
			String op = scalarText(t.getValueNode());
			LoadContext kctx = at(octx, t.getKeyNode(), LoadContext.OVERRIDE, key);
			if ("append".equals(op)) {
				LoadFailure.check(!appendable.contains(key), LoadCode.LOAD_ERR_YAML_VALIDATE,
						"Key '" + key + "' cannot be appended to, use 'replace' instead", kctx);
				outAppend.add(key);
			} else if ("replace".equals(op)) {
				LoadFailure.check(!replaceable.contains(key), LoadCode.LOAD_ERR_YAML_VALIDATE, "Key '" + key + "' cannot be replaced", kctx);
				outReplace.add(key);
			} else {
				StringBuilder sb = new StringBuilder("Invalid override operation for key '" + key + "': '" + op + "'. Allowed values are: ");
				if (appendable.contains(key)) {
					sb.append("append ");
				}
				if (replaceable.contains(key)) {
					sb.append("replace ");
				}
				throw new LoadFailure(LoadCode.LOAD_ERR_YAML_VALIDATE, sb.toString(), at(octx, t.getValueNode(), LoadContext.VALUE_FOR, key));
			}
		}
	}

	private List<RuleItems.ExceptionItem> readExceptions(MappingNode item, LoadContext parent, boolean append) throws LoadFailure {
		List<RuleItems.ExceptionItem> out = new ArrayList<>();
		Node exs = get(item, "exceptions");
		if (exs == null || isNull(exs)) {
			return out;
		}
		LoadContext exesCtx = at(parent, exs, LoadContext.EXCEPTIONS, "");
		LoadFailure.check(!(exs instanceof SequenceNode), LoadCode.LOAD_ERR_YAML_VALIDATE, "Rule exceptions must be a sequence", exesCtx);
		for (Node ex : ((SequenceNode) exs).getValue()) {
			LoadContext tmp = at(exesCtx, ex, LoadContext.EXCEPTION, "");
			LoadFailure.check(!(ex instanceof MappingNode), LoadCode.LOAD_ERR_YAML_VALIDATE, "Rule exception must be a mapping", tmp);
			MappingNode em = (MappingNode) ex;
			String name = string(em, "name", tmp);
			LoadContext exCtx = at(parent, ex, LoadContext.EXCEPTION, name);
			RuleItems.ExceptionItem e = new RuleItems.ExceptionItem();
			e.name = name;
			e.ctx = exCtx;
			for (RuleItems.ExceptionItem prev : out) {
				LoadFailure.check(prev.name.equals(name), LoadCode.LOAD_ERR_YAML_VALIDATE, "Exceptions names in the same object must be unique", exCtx);
			}
			e.fields = entry(get(em, "fields"), "fields", exCtx, append);
			e.comps = entry(get(em, "comps"), "comps", exCtx, true);
			Node vals = get(em, "values");
			if (vals != null) {
				LoadContext valsCtx = at(exCtx, vals, LoadContext.EXCEPTION_VALUES, "");
				LoadFailure.check(!(vals instanceof SequenceNode), LoadCode.LOAD_ERR_YAML_VALIDATE, "Rule exception values must be a sequence", valsCtx);
				for (Node v : ((SequenceNode) vals).getValue()) {
					LoadContext vctx = at(valsCtx, v, LoadContext.EXCEPTION_VALUE, "");
					e.values.add(entry(v, null, vctx, false));
				}
			} else if (append) {
				result.add(LoadCode.LOAD_APPEND_NO_VALUES, "Overriding/appending exception with no values", exCtx);
			}
			out.add(e);
		}
		return out;
	}

	/** An exception entry: a scalar or a (nested) sequence of scalars. */
	private RuleItems.Entry entry(Node val, String key, LoadContext ctx, boolean optional) throws LoadFailure {
		RuleItems.Entry out = new RuleItems.Entry();
		if (val == null) {
			LoadFailure.check(!optional, LoadCode.LOAD_ERR_YAML_VALIDATE, "Item has no mapping for key '" + key + "'", ctx);
			return out;
		}
		LoadContext vctx = at(ctx, val, LoadContext.VALUE_FOR, key == null ? "" : key);
		out.defined = true;
		if (val instanceof ScalarNode s) {
			LoadFailure.check(s.getValue().isEmpty(), LoadCode.LOAD_ERR_YAML_VALIDATE, "Value must be non-empty", vctx);
			out.item = s.getValue();
		} else if (val instanceof SequenceNode seq) {
			out.isList = true;
			for (Node v : seq.getValue()) {
				out.items.add(entry(v, null, at(vctx, v, LoadContext.EXCEPTION, ""), false));
			}
		}
		return out;
	}

	/**
	 * {@link #IDENTIFIER}, by hand: a regex match per macro was a good part of reading them (and
	 * some 30 C1 compiles of regex code at every start).
	 */
	static boolean isIdentifier(String s) {
		if (s.isEmpty() || !isLetter(s.charAt(0))) {
			return false;
		}
		for (int k = 1; k < s.length(); k++) {
			char c = s.charAt(k);
			if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '_') {
				return false;
			}
		}
		return true;
	}

	private static boolean allDigits(String s) {
		for (int k = 0; k < s.length(); k++) {
			if (s.charAt(k) < '0' || s.charAt(k) > '9') {
				return false;
			}
		}
		return !s.isEmpty();
	}

	private static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	/** {@link #BARESTR}, by hand (\s being Java's [ \t\n\x0B\f\r]). */
	static boolean isBareString(String s) {
		if (s.isEmpty()) {
			return false;
		}
		for (int k = 0; k < s.length(); k++) {
			switch (s.charAt(k)) {
				case '(', ')', '"', '\'', '=', ',', ' ', '\t', '\n', '\u000b', '\f', '\r':
					return false;
				default:
					break;
			}
		}
		return true;
	}

	// ---- YAML helpers

	private static LoadContext at(LoadContext parent, Node node, String type, String name) {
		if (node == null) {
			return parent.child(type, name, parent.last().line(), parent.last().column(), parent.last().offset());
		}
		Mark m = node.getStartMark();
		return parent.child(type, name, m.getLine(), m.getColumn(), m.getIndex());
	}

	static Node get(MappingNode map, String key) {
		for (NodeTuple t : map.getValue()) {
			if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
				return t.getValueNode();
			}
		}
		return null;
	}

	private static boolean isNull(Node n) {
		return n instanceof ScalarNode s && (Tag.NULL.equals(s.getTag()));
	}

	private static String scalarText(Node n) {
		return n instanceof ScalarNode s ? s.getValue() : "";
	}

	/** A required scalar value, with Falco's messages for missing, empty and non-scalar values. */
	private static String string(MappingNode item, String key, LoadContext ctx) throws LoadFailure {
		Node val = get(item, key);
		LoadFailure.check(val == null, LoadCode.LOAD_ERR_YAML_VALIDATE, "Item has no mapping for key '" + key + "'", ctx);
		LoadFailure.check(isNull(val), LoadCode.LOAD_ERR_YAML_VALIDATE, "Mapping for key '" + key + "' is empty", ctx);
		LoadContext vctx = at(ctx, val, LoadContext.VALUE_FOR, key);
		LoadFailure.check(!(val instanceof ScalarNode), LoadCode.LOAD_ERR_YAML_VALIDATE, "Value is not a scalar value", vctx);
		String s = ((ScalarNode) val).getValue();
		LoadFailure.check(s.isEmpty(), LoadCode.LOAD_ERR_YAML_VALIDATE, "Value must be non-empty", vctx);
		return s;
	}

	private static boolean bool(MappingNode item, String key, LoadContext ctx, boolean dflt) throws LoadFailure {
		if (get(item, key) == null) {
			return dflt;
		}
		String s = string(item, key, ctx);
		switch (s.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "on", "y":
				return true;
			case "false", "no", "off", "n":
				return false;
			default:
				throw new LoadFailure(LoadCode.LOAD_ERR_YAML_VALIDATE, "Can't decode YAML scalar value",
						at(ctx, get(item, key), LoadContext.VALUE_FOR, key));
		}
	}

	/** A sequence of scalars ({@code items}, {@code tags}). */
	private static List<String> sequence(MappingNode item, String key, LoadContext ctx, boolean optional) throws LoadFailure {
		Node val = get(item, key);
		if (val == null) {
			LoadFailure.check(!optional, LoadCode.LOAD_ERR_YAML_VALIDATE, "Item has no mapping for key '" + key + "'", ctx);
			return new ArrayList<>();
		}
		LoadContext vctx = at(ctx, val, LoadContext.VALUE_FOR, key);
		LoadFailure.check(!(val instanceof SequenceNode), LoadCode.LOAD_ERR_YAML_VALIDATE, "Value is not a sequence", vctx);
		List<String> out = new ArrayList<>();
		for (Node v : ((SequenceNode) val).getValue()) {
			LoadFailure.check(!(v instanceof ScalarNode), LoadCode.LOAD_ERR_YAML_VALIDATE, "sequence value is not scalar",
					at(vctx, v, LoadContext.LIST_ITEM, ""));
			out.add(((ScalarNode) v).getValue());
		}
		return out;
	}
}

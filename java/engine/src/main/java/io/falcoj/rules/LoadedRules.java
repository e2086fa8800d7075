package io.falcoj.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What loading produced: one {@link Ruleset} per source, and the requirements the files stated.
 * Rules come from the last file whose compilation succeeded (as in Falco, each file is compiled
 * together with all files before it).
 */
public final class LoadedRules {
	private final Map<String, Ruleset<?>> rulesets;
	private final String requiredEngineVersion;
	private final List<List<PluginRequirement>> requiredPlugins;

	private final Map<String, List<String>> lists;
	private final Map<String, String> macros;

	LoadedRules(Map<String, Ruleset<?>> rulesets, String requiredEngineVersion, List<List<PluginRequirement>> requiredPlugins,
			Map<String, List<String>> lists, Map<String, String> macros) {
		this.rulesets = Collections.unmodifiableMap(rulesets);
		this.lists = Collections.unmodifiableMap(lists);
		this.macros = Collections.unmodifiableMap(macros);
		this.requiredEngineVersion = requiredEngineVersion;
		this.requiredPlugins = List.copyOf(requiredPlugins);
	}

	/** The rules of {@code source}; empty when no rule has that source. */
	@SuppressWarnings("unchecked")
	public <C> Ruleset<C> ruleset(String source) {
		return (Ruleset<C>) rulesets.get(source);
	}

	public Map<String, Ruleset<?>> rulesets() {
		return rulesets;
	}

	/** Every rule of every source, in definition order within each source. */
	public List<Rule<?>> allRules() {
		List<Rule<?>> out = new ArrayList<>();
		for (Ruleset<?> rs : rulesets.values()) {
			out.addAll(rs.rules());
		}
		out.sort((a, b) -> Integer.compare(a.index(), b.index()));
		return out;
	}

	/** Every list by name, with its items as defined (appends applied), in definition order (for {@code -L}). */
	public Map<String, List<String>> lists() {
		return lists;
	}

	/** Every macro by name, with its condition as defined (appends applied), in definition order. */
	public Map<String, String> macros() {
		return macros;
	}

	/** The highest required_engine_version seen, or null. */
	public String requiredEngineVersion() {
		return requiredEngineVersion;
	}

	/** Each entry lists alternatives: one of them must be satisfied. */
	public List<List<PluginRequirement>> requiredPlugins() {
		return requiredPlugins;
	}

	/**
	 * Checks the plugin requirements against the plugins (or built-in equivalents) available,
	 * by name and version (same major, at least the required version). Returns Falco-style
	 * messages for the unmet ones; empty when all are met.
	 */
	public List<String> checkPlugins(Map<String, String> available) {
		List<String> errors = new ArrayList<>();
		for (List<PluginRequirement> alts : requiredPlugins) {
			boolean ok = false;
			StringBuilder names = new StringBuilder();
			for (PluginRequirement r : alts) {
				names.append(names.length() == 0 ? "" : ", ").append(r.name()).append(" (").append(r.version()).append(')');
				String have = available.get(r.name());
				if (have != null && Semver.compatible(have, r.version())) {
					ok = true;
				}
			}
			if (!ok) {
				errors.add("Plugin requirement not satisfied, must load one of: " + names);
			}
		}
		return errors;
	}
}

package io.falcoj.cli.config;

import io.falcoj.yaml.YamlSubset;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code falco.yaml} as a tree, with {@code -o key=value} overrides applied on top, and typed
 * reads by dotted key ({@code outputs.rate}, {@code plugins[0].open_params}). Keys and defaults
 * are Falco's; a value of the wrong type is an error naming the key, never a silent default.
 */
public final class FalcoConfig {
	private final Map<String, Object> root;
	private final String source;

	private FalcoConfig(Map<String, Object> root, String source) {
		this.root = root;
		this.source = source;
	}

	/** An empty configuration (every key at its default), with overrides. */
	public static FalcoConfig empty(List<String> overrides) throws ConfigException {
		FalcoConfig c = new FalcoConfig(new LinkedHashMap<>(), "<defaults>");
		c.applyOverrides(overrides);
		return c;
	}

	public static FalcoConfig load(Path file, List<String> overrides) throws ConfigException {
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ConfigException("Cannot read config file (" + file + "): " + e.getMessage());
		}
		FalcoConfig c = parse(text, file.toString());
		c.applyOverrides(overrides);
		return c;
	}

	@SuppressWarnings("unchecked")
	public static FalcoConfig parse(String text, String source) throws ConfigException {
		// The usual configuration, fast (see YamlSubset); SnakeYAML for the rest and for every error.
		Object doc = YamlSubset.load(text);
		if (doc == YamlSubset.UNKNOWN) {
			try {
				doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
			} catch (YAMLException e) {
				throw new ConfigException("Cannot read config file (" + source + "): " + e.getMessage().replace('\n', ' '));
			}
		}
		if (doc == null) {
			doc = new LinkedHashMap<String, Object>();
		}
		if (!(doc instanceof Map)) {
			throw new ConfigException("Cannot read config file (" + source + "): the document is not a mapping of keys");
		}
		return new FalcoConfig((Map<String, Object>) doc, source);
	}

	public String source() {
		return source;
	}

	/** Applies {@code key=value} overrides in order; the value is read as a YAML scalar. */
	public void applyOverrides(List<String> overrides) throws ConfigException {
		for (String kv : overrides) {
			int eq = kv.indexOf('=');
			if (eq <= 0) {
				throw new ConfigException("Error parsing config option \"" + kv + "\". Must be of the form key=val or key.subkey=val");
			}
			set(kv.substring(0, eq).trim(), overrideValue(kv.substring(eq + 1)));
		}
	}

	/**
	 * An override's value: a flow list or map ({@code [a, b]}, {@code {k: v}}) becomes that YAML
	 * structure; anything else stays the text it is (typed reads convert it).
	 */
	private static Object overrideValue(String text) throws ConfigException {
		String t = text.trim();
		if (!t.startsWith("[") && !t.startsWith("{")) {
			return text;
		}
		try {
			Object v = new Yaml(new SafeConstructor(new LoaderOptions())).load(t);
			return v == null ? text : v;
		} catch (YAMLException e) {
			throw new ConfigException("Error parsing config option value \"" + text + "\": " + e.getMessage().replace('\n', ' '));
		}
	}

	@SuppressWarnings("unchecked")
	private void set(String key, Object value) throws ConfigException {
		List<Object> path = parseKey(key);
		Object node = root;
		for (int i = 0; i < path.size(); i++) {
			Object step = path.get(i);
			boolean last = i == path.size() - 1;
			Object nextStep = last ? null : path.get(i + 1);
			if (step instanceof String name) {
				if (!(node instanceof Map)) {
					throw new ConfigException("Error parsing config option \"" + key + "\": '" + name + "' is not below a mapping");
				}
				Map<String, Object> m = (Map<String, Object>) node;
				if (last) {
					m.put(name, value);
					return;
				}
				Object child = m.get(name);
				if (child == null || !(nextStep instanceof Integer ? child instanceof List : child instanceof Map)) {
					child = nextStep instanceof Integer ? new ArrayList<>() : new LinkedHashMap<String, Object>();
					m.put(name, child);
				}
				node = child;
			} else {
				int idx = (Integer) step;
				if (!(node instanceof List)) {
					throw new ConfigException("Error parsing config option \"" + key + "\": not a list");
				}
				List<Object> l = (List<Object>) node;
				while (l.size() <= idx) {
					l.add(null);
				}
				if (last) {
					l.set(idx, value);
					return;
				}
				Object child = l.get(idx);
				if (child == null || !(nextStep instanceof Integer ? child instanceof List : child instanceof Map)) {
					child = nextStep instanceof Integer ? new ArrayList<>() : new LinkedHashMap<String, Object>();
					l.set(idx, child);
				}
				node = child;
			}
		}
	}

	private static List<Object> parseKey(String key) throws ConfigException {
		List<Object> out = new ArrayList<>();
		// Each step is a name then indexes, ([^.\[\]]+)((?:\[\d+\])*), read by hand rather
		// than by a regex per step: every start reads some fifty keys.
		for (String part : key.split("\\.", -1)) {
			int open = part.indexOf('[');
			int nameEnd = open < 0 ? part.length() : open;
			if (nameEnd == 0 || part.lastIndexOf(']', nameEnd - 1) >= 0) {
				throw new ConfigException("Error parsing config option key \"" + key + "\"");
			}
			out.add(part.substring(0, nameEnd));
			int k = nameEnd;
			while (k < part.length()) {
				int close = part.indexOf(']', k);
				if (part.charAt(k) != '[' || close < k + 2 || !digits(part, k + 1, close)) {
					throw new ConfigException("Error parsing config option key \"" + key + "\"");
				}
				out.add(Integer.parseInt(part.substring(k + 1, close)));
				k = close + 1;
			}
		}
		return out;
	}

	private static boolean digits(String s, int from, int to) {
		for (int k = from; k < to; k++) {
			if (s.charAt(k) < '0' || s.charAt(k) > '9') {
				return false;
			}
		}
		return true;
	}

	/** The raw node at a dotted key, or null. */
	public Object get(String key) {
		List<Object> path;
		try {
			path = parseKey(key);
		} catch (ConfigException e) {
			return null;
		}
		Object node = root;
		for (Object step : path) {
			if (step instanceof String name && node instanceof Map<?, ?> m) {
				node = m.get(name);
			} else if (step instanceof Integer idx && node instanceof List<?> l) {
				node = idx < l.size() ? l.get(idx) : null;
			} else {
				return null;
			}
		}
		return node;
	}

	public boolean has(String key) {
		return get(key) != null;
	}

	public String string(String key, String def) throws ConfigException {
		Object v = get(key);
		if (v == null) {
			return def;
		}
		if (v instanceof Map || v instanceof List) {
			throw new ConfigException("Config key '" + key + "' must be a scalar value");
		}
		return v.toString();
	}

	public boolean bool(String key, boolean def) throws ConfigException {
		Object v = get(key);
		if (v == null) {
			return def;
		}
		if (v instanceof Boolean b) {
			return b;
		}
		switch (v.toString().trim().toLowerCase(Locale.ROOT)) {
			case "true", "yes", "on", "y":
				return true;
			case "false", "no", "off", "n":
				return false;
			default:
				throw new ConfigException("Config key '" + key + "' must be a boolean (true or false), not '" + v + "'");
		}
	}

	public long integer(String key, long def) throws ConfigException {
		Object v = get(key);
		if (v == null) {
			return def;
		}
		if (v instanceof Number n && !(v instanceof Double)) {
			return n.longValue();
		}
		try {
			return Long.parseLong(v.toString().trim());
		} catch (NumberFormatException e) {
			throw new ConfigException("Config key '" + key + "' must be an integer, not '" + v + "'");
		}
	}

	public double number(String key, double def) throws ConfigException {
		Object v = get(key);
		if (v == null) {
			return def;
		}
		if (v instanceof Number n) {
			return n.doubleValue();
		}
		try {
			return Double.parseDouble(v.toString().trim());
		} catch (NumberFormatException e) {
			throw new ConfigException("Config key '" + key + "' must be a number, not '" + v + "'");
		}
	}

	/** A key that may hold one string or a list of strings ({@code rules_file}). */
	public List<String> strings(String key) throws ConfigException {
		Object v = get(key);
		List<String> out = new ArrayList<>();
		if (v == null) {
			return out;
		}
		if (v instanceof List<?> l) {
			for (Object o : l) {
				if (o instanceof Map || o instanceof List) {
					throw new ConfigException("Config key '" + key + "' must be a list of strings");
				}
				if (o != null) {
					out.add(o.toString());
				}
			}
		} else if (v instanceof Map) {
			throw new ConfigException("Config key '" + key + "' must be a string or a list of strings");
		} else {
			out.add(v.toString());
		}
		return out;
	}
}

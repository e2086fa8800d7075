package io.falcoj.rules;

import io.falcoj.filter.Position;

import java.util.List;

/**
 * Where a loading message points: a chain of locations from the rules file down to the item,
 * value or condition token concerned, as Falco reports them (item types spelled as Falco does).
 * Lines and columns of file locations are 0-based (YAML marks); a condition location adds the
 * 1-based position in the condition to its parent's.
 */
public final class LoadContext {
	public static final String VALUE_FOR = "value for";
	public static final String EXCEPTIONS = "exceptions";
	public static final String EXCEPTION = "exception";
	public static final String EXCEPTION_VALUES = "exception values";
	public static final String EXCEPTION_VALUE = "exception value";
	public static final String RULES_CONTENT = "rules content";
	public static final String RULES_CONTENT_ITEM = "rules content item";
	public static final String REQUIRED_ENGINE_VERSION = "required_engine_version";
	public static final String REQUIRED_PLUGIN_VERSIONS = "required plugin versions";
	public static final String REQUIRED_PLUGIN_VERSIONS_ENTRY = "required plugin versions entry";
	public static final String REQUIRED_PLUGIN_VERSIONS_ALTERNATIVE = "required plugin versions alternative";
	public static final String LIST = "list";
	public static final String LIST_ITEM = "list item";
	public static final String MACRO = "macro";
	public static final String MACRO_CONDITION = "macro condition";
	public static final String RULE = "rule";
	public static final String RULE_CONDITION = "rule condition";
	public static final String CONDITION_EXPRESSION = "condition expression";
	public static final String RULE_OUTPUT = "rule output";
	public static final String RULE_OUTPUT_EXPRESSION = "rule output expression";
	public static final String RULE_PRIORITY = "rule priority";
	public static final String OVERRIDE = "overrides";

	/** The item types that name a thing in the rules content (what a reader asks "which item?"). */
	private static final List<String> ITEM_TYPES = List.of(RULES_CONTENT, RULES_CONTENT_ITEM, REQUIRED_ENGINE_VERSION,
			REQUIRED_PLUGIN_VERSIONS, REQUIRED_PLUGIN_VERSIONS_ENTRY, REQUIRED_PLUGIN_VERSIONS_ALTERNATIVE, LIST, MACRO,
			RULE, EXCEPTION);

	/** One step: {@code name} is the file name, or a quoted prefix of the condition for conditions. */
	public record Location(String itemType, String itemName, String name, int line, int column, int offset) {
	}

	/**
	 * The chain as a parent link and this step: the reader makes a context for every item, key
	 * and value it reads, and only the few that end up in a message are ever walked (copying the
	 * chain at each step was a good part of reading a file).
	 */
	private final LoadContext parent;
	private final Location location;
	private final int depth;
	private final String fileName;
	/** For condition contexts: the condition text, used for the snippet instead of the file. */
	private final String altContent;
	/** {@link #locations()}, made at the first call. */
	private List<Location> locations;

	private LoadContext(LoadContext parent, Location location, String altContent) {
		this.parent = parent;
		this.location = location;
		this.depth = parent == null ? 1 : parent.depth + 1;
		this.fileName = parent == null ? location.name() : parent.fileName;
		this.altContent = altContent;
	}

	/** The whole content of one file. */
	public static LoadContext ofFile(String fileName) {
		return new LoadContext(null, new Location(RULES_CONTENT, "", fileName, 0, 0, 0), null);
	}

	/** A child at a YAML position (0-based line and column, character offset). */
	public LoadContext child(String itemType, String itemName, int line, int column, int offset) {
		return new LoadContext(this, new Location(itemType, itemName == null ? "" : itemName, fileName(), line, column, offset), null);
	}

	/** A position inside {@code condition}, which starts at this context's last location. */
	public LoadContext inCondition(Position pos, String condition) {
		String name = "\"" + (condition.length() > 20 ? condition.substring(0, 17) + "...\"" : condition + "\"");
		name = name.replace('\n', ' ').replace('\r', ' ');
		Location last = last();
		Position p = pos == null ? Position.START : pos;
		return new LoadContext(this, new Location(CONDITION_EXPRESSION, "", name, last.line() + p.line(), last.column() + p.column(),
				last.offset() + p.offset()), condition);
	}

	/** The chain, from the file down. */
	public List<Location> locations() {
		if (locations == null) {
			Location[] l = new Location[depth];
			for (LoadContext c = this; c != null; c = c.parent) {
				l[c.depth - 1] = c.location;
			}
			locations = List.of(l);
		}
		return locations;
	}

	public Location last() {
		return location;
	}

	public String fileName() {
		return fileName;
	}

	/** The innermost location that names an item (rule, macro, list, exception...). */
	public Location item() {
		LoadContext c = this;
		for (; c.parent != null; c = c.parent) {
			if (ITEM_TYPES.contains(c.location.itemType())) {
				return c.location;
			}
		}
		return c.location;
	}

	/** "In rule 'x': (file:3:2)" lines, as Falco's verbose text shows the chain. */
	public String describe() {
		StringBuilder sb = new StringBuilder();
		boolean first = true;
		for (Location loc : locations()) {
			sb.append(first ? "In " : "    ");
			first = false;
			sb.append(loc.itemType());
			if (!loc.itemName().isEmpty()) {
				sb.append(" '").append(loc.itemName()).append('\'');
			}
			sb.append(": (").append(loc.name()).append(':').append(loc.line()).append(':').append(loc.column()).append(")\n");
		}
		return sb.toString();
	}

	/** The line of the content around the last location, with a caret under the position. */
	public String snippet(String fileContent) {
		String content = altContent != null ? altContent : fileContent;
		if (content == null || content.isEmpty()) {
			return "<No context available>\n";
		}
		int pos;
		if (altContent != null) {
			Location last = last();
			pos = last.offset() - parent.location.offset();
		} else {
			pos = last().offset();
		}
		pos = Math.max(0, Math.min(pos, content.length() - 1));
		while (pos > 0 && (pos >= content.length() || content.charAt(pos) == '\n')) {
			pos--;
		}
		int from = pos;
		while (from > 0 && content.charAt(from - 1) != '\n' && pos - from < 80) {
			from--;
		}
		int to = pos;
		while (to < content.length() && content.charAt(to) != '\n' && to - pos < 80) {
			to++;
		}
		String line = content.substring(from, to);
		if (line.isEmpty()) {
			return "<No context available>\n";
		}
		return line + "\n" + " ".repeat(pos - from) + "^\n";
	}
}

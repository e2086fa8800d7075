package io.falcoj.yaml;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small reader for the part of YAML that rules files and {@code falco.yaml} use: block
 * mappings and sequences (indentless ones too), flow sequences and mappings, plain, quoted and
 * block ({@code |}, {@code >}) scalars, comments, {@code ---} between documents. It builds the
 * same node tree as SnakeYAML's composer (node types, tags, values, styles, start marks), so
 * callers keep working on SnakeYAML's nodes; it is not a second YAML implementation but a fast
 * path in front of SnakeYAML.
 * <p>
 * Why: SnakeYAML's scanner, parser and composer are general (tokens, events, anchors, a queue of
 * possible simple keys...). At start-up they are cold code: with the stock rules they were about
 * a third of falco's start-up (loading and initialising their classes, running them in the
 * interpreter, and the JIT compiling some 170 of their methods), for files this reader goes
 * through once, in a few methods.
 * <p>
 * Anything outside the subset (anchors, aliases, tags, complex keys, tabs, carriage returns,
 * directives, non-printable or non-BMP characters, escapes by code, unusual indentation) and
 * every error gives {@code null}: the caller then parses the text with SnakeYAML, which gives the
 * same tree or the exact error message and position it always gave. So the subset only has to be
 * right where it accepts, and {@code YamlSubsetTest} checks it against SnakeYAML on every rules
 * and configuration file of the tests and on mutations of them.
 */
public final class YamlSubset {
	/** Thrown inside the reader for anything outside the subset; no stack trace (it is not an error). */
	private static final class Unsupported extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Unsupported() {
			super(null, null, false, false);
		}
	}

	private static final Unsupported UNSUPPORTED = new Unsupported();
	/** -Dfalcoj.yaml.debug=true prints where the reader gave up on a text (to see why a file is left to SnakeYAML). */
	private static final boolean DEBUG = Boolean.getBoolean("falcoj.yaml.debug");

	private static Unsupported unsupported() {
		if (DEBUG) {
			new Throwable("YamlSubset leaves the text to SnakeYAML here").printStackTrace();
		}
		return UNSUPPORTED;
	}
	/** SnakeYAML's documents nest at most 50 deep by default; beyond this, let it decide. */
	private static final int MAX_DEPTH = 40;
	/** SnakeYAML's limit on a simple key's length. */
	private static final int MAX_KEY = 1024;
	private static final String MARK_NAME = "'reader'";

	private final String text;
	private final char[] s;
	private final int n;
	private int pos;
	private int line;
	private int lineStart;
	private int depth;

	private YamlSubset(String text) {
		this.text = text;
		this.s = text.toCharArray();
		this.n = s.length;
	}

	/**
	 * Only plain newlines and BMP printable characters: SnakeYAML counts marks in code points and
	 * breaks lines at \r, NEL, LS and PS too, so only these keep both counts the same.
	 */
	private boolean plainCharacters() {
		char[] a = s;
		for (int k = 0; k < a.length; k++) {
			char c = a[k];
			if (c >= 0x20 && c <= 0x7e) {
				continue;
			}
			if (c < 0x20 ? c != '\n' : c < 0xa0 || c > 0xfffd || (c >= 0xd800 && c < 0xe000) || c == 0xfeff || c == 0x2028 || c == 0x2029) {
				return false;
			}
		}
		return true;
	}

	/** The end of the current line (its '\n' or the end of the text): String.indexOf is compiled code from the start. */
	private int lineEnd(int from) {
		int e = text.indexOf('\n', from);
		return e < 0 ? n : e;
	}

	/**
	 * The documents of {@code text} as SnakeYAML's {@code composeAll} gives them, or null when the
	 * text is outside the subset or not valid YAML (parse it with SnakeYAML then).
	 */
	public static List<Node> composeAll(String text) {
		try {
			YamlSubset y = new YamlSubset(text);
			return y.plainCharacters() ? y.documents() : null;
		} catch (Unsupported | IndexOutOfBoundsException e) {
			return null;
		}
	}

	/**
	 * The single document of {@code text} as SnakeYAML's {@code SafeConstructor} builds it
	 * ({@code LinkedHashMap}, {@code ArrayList}, {@code String}, {@code Boolean}, {@code Integer},
	 * {@code Long}, {@code Double}, null for an empty document), or {@link #UNKNOWN} when the text
	 * or one of its values is outside the subset (load it with SnakeYAML then).
	 */
	public static Object load(String text) {
		List<Node> docs = composeAll(text);
		if (docs == null || docs.size() > 1) {
			return UNKNOWN;
		}
		if (docs.isEmpty()) {
			return null;
		}
		try {
			return construct(docs.get(0));
		} catch (Unsupported e) {
			return UNKNOWN;
		}
	}

	/** What {@link #load} returns for text it leaves to SnakeYAML. */
	public static final Object UNKNOWN = new Object();

	private static Object construct(Node node) {
		if (node instanceof MappingNode m) {
			Map<Object, Object> out = new LinkedHashMap<>();
			for (NodeTuple t : m.getValue()) {
				Object key = construct(t.getKeyNode());
				if (!(key instanceof String)) {
					throw unsupported();
				}
				out.put(key, construct(t.getValueNode()));
			}
			return out;
		}
		if (node instanceof SequenceNode q) {
			List<Object> out = new ArrayList<>();
			for (Node v : q.getValue()) {
				out.add(construct(v));
			}
			return out;
		}
		ScalarNode sc = (ScalarNode) node;
		String v = sc.getValue();
		Tag tag = sc.getTag();
		if (tag == Tag.STR) {
			return v;
		}
		if (tag == Tag.NULL) {
			return null;
		}
		if (tag == Tag.BOOL) {
			char c = v.charAt(0);
			return c == 'y' || c == 'Y' || c == 't' || c == 'T' || v.equalsIgnoreCase("on");
		}
		if (tag == Tag.INT && decimal(v)) {
			// SafeConstructor makes an Integer of up to 9 digits (longer ones: by its own rules)
			boolean signed = v.charAt(0) == '-' || v.charAt(0) == '+';
			if (v.length() - (signed ? 1 : 0) <= 9) {
				return Integer.valueOf(v.charAt(0) == '+' ? v.substring(1) : v);
			}
		}
		if (tag == Tag.FLOAT && simpleFloat(v)) {
			return Double.valueOf(v);
		}
		// octal, hexadecimal, binary, sexagesimal, underscores, infinities, time stamps, merge keys
		throw unsupported();
	}

	/** [-+]?(0|[1-9][0-9]*) */
	private static boolean decimal(String v) {
		int k = v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
		if (k >= v.length() || (v.charAt(k) == '0' && v.length() > k + 1)) {
			return false;
		}
		for (; k < v.length(); k++) {
			if (v.charAt(k) < '0' || v.charAt(k) > '9') {
				return false;
			}
		}
		return true;
	}

	/** A float without underscores, colons or infinities, which Double.valueOf reads as SnakeYAML does. */
	private static boolean simpleFloat(String v) {
		for (int k = 0; k < v.length(); k++) {
			char c = v.charAt(k);
			if (!(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+')) {
				return false;
			}
		}
		return true;
	}

	// ---- reading

	private Mark mark() {
		return new Mark(MARK_NAME, pos, line, pos - lineStart, (int[]) null, 0);
	}

	private int column() {
		return pos - lineStart;
	}

	private char peek(int k) {
		return pos + k < n ? s[pos + k] : '\0';
	}

	private static boolean blank(char c) {
		return c == ' ' || c == '\n' || c == '\0';
	}

	private boolean eof() {
		return pos >= n;
	}

	private void newline() {
		pos++;
		line++;
		lineStart = pos;
	}

	/** At a document marker ("---" or "..." at the start of a line, then a blank)? */
	private boolean atMarker(char c) {
		return pos == lineStart && peek(0) == c && peek(1) == c && peek(2) == c && blank(peek(3));
	}

	/** Skips spaces, comments and line breaks to the next content (or the end). */
	private void skipToContent() {
		while (pos < n) {
			char c = s[pos];
			if (c == ' ') {
				pos++;
			} else if (c == '\n') {
				newline();
			} else if (c == '#') {
				pos = lineEnd(pos);
			} else {
				if (atMarker('.')) {
					throw unsupported();
				}
				return;
			}
		}
	}

	/** Skips spaces; then only a comment (after a space) or the end of the line may follow. */
	private void endOfLine() {
		while (pos < n && s[pos] == ' ') {
			pos++;
		}
		if (pos < n && s[pos] != '\n' && (s[pos] != '#' || (pos > lineStart && s[pos - 1] != ' '))) {
			throw unsupported();
		}
		skipToContent();
	}

	private List<Node> documents() {
		List<Node> docs = new ArrayList<>();
		skipToContent();
		boolean explicit = false;
		if (atMarker('-')) {
			pos += 3;
			endOfLine();
			explicit = true;
		}
		while (true) {
			if (eof() || atMarker('-')) {
				if (explicit) {
					// an empty document: SnakeYAML gives a null scalar; rare, let it
					throw unsupported();
				}
				return docs;
			}
			docs.add(node(-1));
			if (eof()) {
				return docs;
			}
			if (!atMarker('-')) {
				throw unsupported();
			}
			pos += 3;
			endOfLine();
			explicit = true;
		}
	}

	/**
	 * A node starting at the current (content) position, inside a block collection at column
	 * {@code indent} (-1 at the top). Returns with the position at the next content.
	 */
	private Node node(int indent) {
		if (++depth > MAX_DEPTH) {
			throw unsupported();
		}
		try {
			char c = s[pos];
			int col = column();
			if (c == '-' && blank(peek(1))) {
				return blockSequence(col);
			}
			Node scalar;
			if (c == '[' || c == '{') {
				Node flow = c == '[' ? flowSequence(indent) : flowMapping(indent);
				endOfLine();
				return flow;
			} else if (c == '|' || c == '>') {
				return blockScalar(indent);
			} else if (c == '"' || c == '\'') {
				int startLine = line;
				scalar = quoted(indent);
				if (pos < n && s[pos] == '#') {
					throw unsupported();
				}
				while (pos < n && s[pos] == ' ') {
					pos++;
				}
				if (peek(0) == ':' && blank(peek(1))) {
					if (line != startLine) {
						throw unsupported();
					}
					return blockMapping(col, scalar);
				}
				endOfLine();
				return scalar;
			} else if (startsPlain(c)) {
				int startLine = line;
				scalar = plain(indent, false);
				if (peek(0) == ':' && blank(peek(1))) {
					if (line != startLine) {
						throw unsupported();
					}
					return blockMapping(col, scalar);
				}
				skipToContent();
				return scalar;
			}
			throw unsupported();
		} finally {
			depth--;
		}
	}

	/** A plain scalar may start here (conservatively: no indicator at all but '-' before a non-blank). */
	private boolean startsPlain(char c) {
		if (c == '-') {
			return !blank(peek(1));
		}
		return "?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0;
	}

	/** A block mapping at column {@code col} whose first key was just read; the position is at its ':'. */
	private Node blockMapping(int col, Node firstKey) {
		List<NodeTuple> tuples = new ArrayList<>();
		Node key = firstKey;
		while (true) {
			if (key instanceof ScalarNode k && k.getValue().length() > MAX_KEY) {
				throw unsupported();
			}
			pos++; // ':'
			Mark afterColon = mark();
			tuples.add(new NodeTuple(key, value(col, afterColon)));
			if (eof() || atMarker('-')) {
				break;
			}
			int c = column();
			if (c < col) {
				break;
			}
			if (c > col) {
				throw unsupported();
			}
			key = key();
		}
		return new MappingNode(Tag.MAP, true, tuples, firstKey.getStartMark(), firstKey.getStartMark(), DumperOptions.FlowStyle.BLOCK);
	}

	/** A mapping key at the current position, up to and not past its ':'. */
	private Node key() {
		char c = s[pos];
		int startLine = line;
		Node k;
		if (c == '"' || c == '\'') {
			k = quoted(Integer.MAX_VALUE - 1);
			if (pos < n && s[pos] == '#') {
				throw unsupported();
			}
			while (pos < n && s[pos] == ' ') {
				pos++;
			}
		} else if (startsPlain(c)) {
			k = plain(Integer.MAX_VALUE - 1, false);
		} else {
			throw unsupported();
		}
		if (line != startLine || peek(0) != ':' || !blank(peek(1))) {
			throw unsupported();
		}
		return k;
	}

	/**
	 * A mapping value after "key:" in a block mapping at column {@code col}: on the same line (a
	 * scalar or flow collection), or on the next lines (any node; a sequence may sit at the
	 * mapping's own column), or empty (a null scalar where the ':' ends).
	 */
	private Node value(int col, Mark afterColon) {
		while (pos < n && s[pos] == ' ') {
			pos++;
		}
		if (pos < n && s[pos] != '\n' && s[pos] != '#') {
			char c = s[pos];
			if (c == '-' && blank(peek(1))) {
				throw unsupported();
			}
			if (++depth > MAX_DEPTH) {
				throw unsupported();
			}
			try {
				if (c == '[' || c == '{') {
					Node flow = c == '[' ? flowSequence(col) : flowMapping(col);
					endOfLine();
					return flow;
				}
				if (c == '|' || c == '>') {
					return blockScalar(col);
				}
				Node scalar;
				if (c == '"' || c == '\'') {
					scalar = quoted(col);
					if (pos < n && s[pos] == '#') {
						throw unsupported();
					}
					endOfLine();
					return scalar;
				}
				if (!startsPlain(c)) {
					throw unsupported();
				}
				scalar = plain(col, false);
				if (peek(0) == ':' && blank(peek(1))) {
					throw unsupported();
				}
				skipToContent();
				return scalar;
			} finally {
				depth--;
			}
		}
		skipToContent();
		if (eof() || atMarker('-')) {
			return empty(afterColon);
		}
		int c = column();
		if (c > col || (c == col && s[pos] == '-' && blank(peek(1)))) {
			return node(col);
		}
		return empty(afterColon);
	}

	private static Node empty(Mark at) {
		return new ScalarNode(Tag.NULL, true, "", at, at, DumperOptions.ScalarStyle.PLAIN);
	}

	/** A block sequence whose first '-' is at the current position, column {@code col}. */
	private Node blockSequence(int col) {
		Mark start = mark();
		List<Node> items = new ArrayList<>();
		while (true) {
			pos++; // '-'
			Mark afterDash = mark();
			while (pos < n && s[pos] == ' ') {
				pos++;
			}
			if (pos < n && s[pos] != '\n' && s[pos] != '#') {
				items.add(node(col));
			} else {
				skipToContent();
				if (eof() || atMarker('-') || column() <= col) {
					items.add(empty(afterDash));
				} else {
					items.add(node(col));
				}
			}
			if (eof() || atMarker('-')) {
				break;
			}
			int c = column();
			if (c > col) {
				throw unsupported();
			}
			if (c < col || s[pos] != '-' || !blank(peek(1))) {
				break;
			}
		}
		return new SequenceNode(Tag.SEQ, true, items, start, start, DumperOptions.FlowStyle.BLOCK);
	}

	// ---- scalars

	private Node scalar(Tag tag, String value, Mark start, DumperOptions.ScalarStyle style) {
		return new ScalarNode(tag, true, value, start, start, style);
	}

	/**
	 * A plain scalar, folded over lines as SnakeYAML's scanner does; continuation lines must be
	 * indented past {@code indent} (block context). Stops before a ':' that ends a key, a
	 * comment, a less indented line or a document marker.
	 */
	private Node plain(int indent, boolean flow) {
		Mark start = mark();
		StringBuilder out = null;
		int firstStart = pos;
		int firstEnd = -1;
		String spaces = null;
		int minColumn = indent + 1;
		while (true) {
			if (peek(0) == '#') {
				break;
			}
			int from = pos;
			boolean stopped = false;
			if (!flow) {
				// In a block, a line's part of the scalar runs to the first ':' before a blank, the
				// first " #", or the end of the line; its trailing spaces are not part of it. One
				// segment per line instead of SnakeYAML's chunk per word: found through positions
				// kept as the reader moves on (nextColonSpace, nextSpaceHash).
				int eol = lineEnd(pos);
				int end = eol;
				if (eol > from && s[eol - 1] == ':') {
					end = eol - 1;
				}
				int colon = nextColonSpace(from);
				if (colon < end) {
					end = colon;
				}
				int hash = nextSpaceHash(from);
				if (hash < end) {
					end = hash;
				}
				int valueEnd = end;
				while (valueEnd > from && s[valueEnd - 1] == ' ') {
					valueEnd--;
				}
				if (end < eol || (end == eol - 1 && s[end] == ':')) {
					stopped = true;
					// at the ':' (the spaces before it are consumed) or at the '#'
					pos = s[end] == ':' ? end : end + 1;
				} else {
					pos = valueEnd;
				}
				if (valueEnd == from) {
					break;
				}
				if (firstEnd < 0) {
					firstEnd = valueEnd;
				} else {
					if (out == null) {
						out = new StringBuilder().append(s, firstStart, firstEnd - firstStart);
					}
					out.append(spaces).append(s, from, valueEnd - from);
				}
				if (stopped) {
					break;
				}
			} else {
				while (pos < n) {
					char c = s[pos];
					if (c < 128 && FLOW_STOP[c]) {
						break;
					}
					if (c == ':') {
						char d = peek(1);
						if (d == '\0' || (d < 128 && FLOW_STOP[d] && d != '?')) {
							break;
						}
					}
					pos++;
				}
				if (pos == from) {
					break;
				}
				if (firstEnd < 0) {
					firstEnd = pos;
				} else {
					if (out == null) {
						out = new StringBuilder().append(s, firstStart, firstEnd - firstStart);
					}
					out.append(spaces).append(s, from, pos - from);
				}
			}
			spaces = plainSpaces();
			if (spaces == null || peek(0) == '#' || (!flow && column() < minColumn)) {
				break;
			}
		}
		String value = out != null ? out.toString() : new String(s, firstStart, firstEnd - firstStart);
		return scalar(resolve(value), value, start, DumperOptions.ScalarStyle.PLAIN);
	}

	/** What ends a plain scalar's chunk in a flow collection (and, after a ':', ends the chunk there; not '?'). */
	private static final boolean[] FLOW_STOP = new boolean[128];

	static {
		for (char c : new char[] {' ', '\n', ',', '?', '[', ']', '{', '}'}) {
			FLOW_STOP[c] = true;
		}
	}

	/** The next ": " at or after {@code from} ({@code n} when none), kept between calls. */
	private int colonSpaceAt = -1;
	/** The next " #" at or after {@code from} ({@code n} when none), kept between calls. */
	private int spaceHashAt = -1;

	private int nextColonSpace(int from) {
		if (colonSpaceAt < from) {
			colonSpaceAt = pairAt(':', ' ', from);
		}
		return colonSpaceAt;
	}

	private int nextSpaceHash(int from) {
		if (spaceHashAt < from) {
			spaceHashAt = pairAt(' ', '#', from);
		}
		return spaceHashAt;
	}

	/**
	 * Where the two characters {@code a b} next stand side by side, at or after {@code from};
	 * {@code n} when nowhere. A loop of its own rather than String.indexOf(String): a rules file
	 * calls this thousands of times, which had the JDK's substring search compiled by C2 while
	 * loading (and again, after deoptimizing, for the rules' contains checks).
	 */
	private int pairAt(char a, char b, int from) {
		for (int k = from; k < n - 1; k++) {
			if (s[k] == a && s[k + 1] == b) {
				return k;
			}
		}
		return n;
	}

	/**
	 * The spaces and line breaks after a plain scalar's chunk, folded: null when there are none or
	 * a document marker follows (the scalar ends), else what joins the next chunk.
	 */
	private String plainSpaces() {
		int from = pos;
		while (pos < n && s[pos] == ' ') {
			pos++;
		}
		if (pos < n && s[pos] == '\n') {
			newline();
			if (atMarker('-') || atMarker('.')) {
				return null;
			}
			int breaks = 0;
			while (pos < n && (s[pos] == ' ' || s[pos] == '\n')) {
				if (s[pos] == ' ') {
					pos++;
				} else {
					newline();
					breaks++;
					if (atMarker('-') || atMarker('.')) {
						return null;
					}
				}
			}
			return breaks == 0 ? " " : "\n".repeat(breaks);
		}
		return pos > from ? new String(s, from, pos - from) : null;
	}

	/**
	 * A single- or double-quoted scalar, folded over lines as SnakeYAML does; continuation lines
	 * must be indented past {@code indent} (otherwise SnakeYAML decides).
	 */
	private Node quoted(int indent) {
		Mark start = mark();
		char q = s[pos++];
		boolean dbl = q == '"';
		StringBuilder out = new StringBuilder();
		while (true) {
			// non-spaces
			while (true) {
				int from = pos;
				while (pos < n) {
					char c = s[pos];
					if (c == '\'' || c == '"' || c == '\\' || c == ' ' || c == '\n') {
						break;
					}
					pos++;
				}
				out.append(s, from, pos - from);
				if (pos >= n) {
					throw unsupported();
				}
				char c = s[pos];
				if (!dbl && c == '\'' && peek(1) == '\'') {
					out.append('\'');
					pos += 2;
				} else if ((dbl && c == '\'') || (!dbl && (c == '"' || c == '\\'))) {
					out.append(c);
					pos++;
				} else if (dbl && c == '\\') {
					char e = peek(1);
					String r = escape(e);
					if (r != null) {
						out.append(r);
						pos += 2;
					} else if (e == '\n') {
						pos++;
						newline();
						quotedBreaks(out, indent);
					} else {
						throw unsupported();
					}
				} else {
					break;
				}
			}
			if (s[pos] == q) {
				pos++;
				return scalar(Tag.STR, out.toString(), start, dbl ? DumperOptions.ScalarStyle.DOUBLE_QUOTED
						: DumperOptions.ScalarStyle.SINGLE_QUOTED);
			}
			// spaces
			int from = pos;
			while (pos < n && s[pos] == ' ') {
				pos++;
			}
			if (pos >= n) {
				throw unsupported();
			}
			if (s[pos] == '\n') {
				newline();
				StringBuilder breaks = new StringBuilder();
				quotedBreaks(breaks, indent);
				if (breaks.length() == 0) {
					out.append(' ');
				}
				out.append(breaks);
			} else {
				out.append(s, from, pos - from);
			}
		}
	}

	/** Blank lines inside a quoted scalar (each a line break), then the next line's indentation. */
	private void quotedBreaks(StringBuilder out, int indent) {
		while (true) {
			if (atMarker('-') || atMarker('.')) {
				throw unsupported();
			}
			while (pos < n && s[pos] == ' ') {
				pos++;
			}
			if (pos < n && s[pos] == '\n') {
				out.append('\n');
				newline();
			} else {
				if (column() <= indent) {
					throw unsupported();
				}
				return;
			}
		}
	}

	/** SnakeYAML's one-character escapes (escapes by code, x u U, are left to it). */
	private static String escape(char e) {
		return switch (e) {
			case '0' -> "\0";
			case 'a' -> "\u0007";
			case 'b' -> "\b";
			case 't' -> "\t";
			case 'n' -> "\n";
			case 'v' -> "\u000b";
			case 'f' -> "\f";
			case 'r' -> "\r";
			case 'e' -> "\u001b";
			case ' ' -> " ";
			case '"' -> "\"";
			case '\\' -> "\\";
			case 'N' -> "\u0085";
			case '_' -> "\u00a0";
			case 'L' -> "\u2028";
			case 'P' -> "\u2029";
			default -> null;
		};
	}

	/**
	 * A literal ({@code |}) or folded ({@code >}) scalar, with SnakeYAML's indentation detection,
	 * folding and chomping, inside a block collection at column {@code indent}.
	 */
	private Node blockScalar(int indent) {
		Mark start = mark();
		boolean folded = s[pos++] == '>';
		int chomp = 0; // -1 strip, 0 clip, 1 keep
		int increment = -1;
		for (int k = 0; k < 2 && pos < n; k++) {
			char c = s[pos];
			if ((c == '+' || c == '-') && chomp == 0) {
				chomp = c == '+' ? 1 : -1;
				pos++;
			} else if (c >= '1' && c <= '9' && increment < 0) {
				increment = c - '0';
				pos++;
			} else {
				break;
			}
		}
		// the rest of the header line: spaces, then a comment or the end of the line
		while (pos < n && s[pos] == ' ') {
			pos++;
		}
		if (pos < n && s[pos] == '#') {
			pos = lineEnd(pos);
		}
		if (pos < n) {
			if (s[pos] != '\n') {
				throw unsupported();
			}
			newline();
		}
		int minIndent = Math.max(indent + 1, 1);
		StringBuilder breaks = new StringBuilder();
		int ind;
		if (increment < 0) {
			int maxIndent = 0;
			while (pos < n && (s[pos] == ' ' || s[pos] == '\n')) {
				if (s[pos] == '\n') {
					breaks.append('\n');
					newline();
				} else {
					pos++;
					maxIndent = Math.max(maxIndent, column());
				}
			}
			ind = Math.max(minIndent, maxIndent);
		} else {
			ind = minIndent + increment - 1;
			blockBreaks(breaks, ind);
		}
		StringBuilder out = new StringBuilder();
		String lineBreak = "";
		while (column() == ind && pos < n) {
			out.append(breaks);
			boolean leadingNonSpace = s[pos] != ' ';
			int from = pos;
			pos = lineEnd(pos);
			out.append(s, from, pos - from);
			if (pos < n) {
				newline();
				lineBreak = "\n";
			} else {
				lineBreak = "";
			}
			breaks.setLength(0);
			blockBreaks(breaks, ind);
			if (column() == ind && pos < n) {
				if (folded && lineBreak.equals("\n") && leadingNonSpace && s[pos] != ' ') {
					if (breaks.length() == 0) {
						out.append(' ');
					}
				} else {
					out.append(lineBreak);
				}
			} else {
				break;
			}
		}
		if (chomp >= 0) {
			out.append(lineBreak);
		}
		if (chomp > 0) {
			out.append(breaks);
		}
		// SnakeYAML stops a block scalar at a document marker only through indentation; keep clear of it
		if (atMarker('-') || atMarker('.')) {
			throw unsupported();
		}
		skipToContent();
		return scalar(Tag.STR, out.toString(), start, folded ? DumperOptions.ScalarStyle.FOLDED : DumperOptions.ScalarStyle.LITERAL);
	}

	private void blockBreaks(StringBuilder out, int ind) {
		while (column() < ind && pos < n && s[pos] == ' ') {
			pos++;
		}
		while (pos < n && s[pos] == '\n') {
			out.append('\n');
			newline();
			while (column() < ind && pos < n && s[pos] == ' ') {
				pos++;
			}
		}
	}

	// ---- flow collections

	/**
	 * Spaces, line breaks and comments inside a flow collection. Like SnakeYAML, no indentation
	 * is asked of the lines inside a flow collection (upstream files close lists at the key's
	 * column).
	 */
	private void flowSpace() {
		while (pos < n) {
			char c = s[pos];
			if (c == ' ') {
				pos++;
			} else if (c == '\n') {
				newline();
			} else if (c == '#' && (pos == lineStart || s[pos - 1] == ' ')) {
				pos = lineEnd(pos);
			} else {
				break;
			}
		}
		if (pos >= n || atMarker('-') || atMarker('.')) {
			throw unsupported();
		}
	}

	private Node flowSequence(int indent) {
		Mark start = mark();
		pos++;
		List<Node> items = new ArrayList<>();
		while (true) {
			flowSpace();
			if (s[pos] == ']') {
				pos++;
				break;
			}
			items.add(flowNode(indent));
			if (flowEnd(']')) {
				break;
			}
		}
		return new SequenceNode(Tag.SEQ, true, items, start, start, DumperOptions.FlowStyle.FLOW);
	}

	private Node flowMapping(int indent) {
		Mark start = mark();
		pos++;
		List<NodeTuple> tuples = new ArrayList<>();
		while (true) {
			flowSpace();
			if (s[pos] == '}') {
				pos++;
				break;
			}
			Node key = flowScalar(indent);
			flowSpace();
			if (s[pos] != ':' || peek(1) != ' ') {
				throw unsupported();
			}
			pos++;
			flowSpace();
			if (s[pos] == ',' || s[pos] == '}') {
				throw unsupported();
			}
			tuples.add(new NodeTuple(key, flowNode(indent)));
			if (flowEnd('}')) {
				break;
			}
		}
		return new MappingNode(Tag.MAP, true, tuples, start, start, DumperOptions.FlowStyle.FLOW);
	}

	/** After an item of a flow collection: its ',' (false: more items) or the {@code close} (true). */
	private boolean flowEnd(char close) {
		flowSpace();
		char c = s[pos++];
		if (c == close) {
			return true;
		}
		if (c != ',') {
			throw unsupported();
		}
		return false;
	}

	/** A quoted or plain scalar inside a flow collection. */
	private Node flowScalar(int indent) {
		char c = s[pos];
		if (c == '"' || c == '\'') {
			return quoted(indent);
		}
		if (startsPlain(c)) {
			return plain(indent, true);
		}
		throw unsupported();
	}

	private Node flowNode(int indent) {
		if (++depth > MAX_DEPTH) {
			throw unsupported();
		}
		try {
			char c = s[pos];
			if (c == '[') {
				return flowSequence(indent);
			}
			if (c == '{') {
				return flowMapping(indent);
			}
			Node v = flowScalar(indent);
			// a single-pair mapping inside a flow sequence ("[a: b]"): left to SnakeYAML
			int save = pos;
			while (save < n && s[save] == ' ') {
				save++;
			}
			if (save < n && s[save] == ':') {
				throw unsupported();
			}
			return v;
		} finally {
			depth--;
		}
	}

	// ---- implicit tags of plain scalars

	private static volatile boolean resolverLoaded;

	/**
	 * SnakeYAML's implicit tag of a plain scalar. Null and boolean words are recognised here;
	 * anything that may be a number, a time stamp or a merge key (first character a digit, a
	 * sign, a dot or '<') asks SnakeYAML's resolver; everything else is a string.
	 */
	private static Tag resolve(String v) {
		if (v.isEmpty()) {
			return Tag.NULL;
		}
		char c = v.charAt(0);
		switch (c) {
			case '~':
				return v.length() == 1 ? Tag.NULL : Tag.STR;
			case 'n':
			case 'N':
				return v.equals("null") || v.equals("Null") || v.equals("NULL") ? Tag.NULL
						: v.equals("no") || v.equals("No") || v.equals("NO") ? Tag.BOOL : Tag.STR;
			case 'y':
			case 'Y':
				return v.equals("yes") || v.equals("Yes") || v.equals("YES") ? Tag.BOOL : Tag.STR;
			case 't':
			case 'T':
				return v.equals("true") || v.equals("True") || v.equals("TRUE") ? Tag.BOOL : Tag.STR;
			case 'f':
			case 'F':
				return v.equals("false") || v.equals("False") || v.equals("FALSE") ? Tag.BOOL : Tag.STR;
			case 'o':
			case 'O':
				return v.equals("on") || v.equals("On") || v.equals("ON") || v.equals("off") || v.equals("Off")
						|| v.equals("OFF") ? Tag.BOOL : Tag.STR;
			case '<':
				return v.equals("<<") ? Tag.MERGE : Tag.STR;
			default:
				if (c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9')) {
					return numberLike(v);
				}
				return Tag.STR;
		}
	}

	/**
	 * The tag of a plain scalar that starts like a number. Only digits: SnakeYAML's INT when
	 * decimal without a leading zero, or octal ({@code 0[0-7]+}), else a string (its FLOAT,
	 * TIMESTAMP and sexagesimal forms all need another character). Digits and dots: a FLOAT with
	 * one dot, else a string. With a character that none of
	 * the INT, FLOAT and TIMESTAMP patterns has, a string. Anything else asks SnakeYAML's
	 * resolver (made on first use: it compiles its patterns).
	 */
	private static Tag numberLike(String v) {
		boolean octal = true;
		int dots = 0;
		int others = 0;
		for (int k = 0; k < v.length(); k++) {
			char c = v.charAt(k);
			if (c >= '0' && c <= '9') {
				octal &= c <= '7';
			} else if (c == '.') {
				dots++;
			} else if (NUMBER_CHARS.indexOf(c) < 0) {
				return Tag.STR;
			} else {
				others++;
			}
		}
		if (others == 0 && dots == 0) {
			return v.length() == 1 || v.charAt(0) != '0' || octal ? Tag.INT : Tag.STR;
		}
		if (others == 0) {
			// digits and dots (versions, addresses): FLOAT is digits, one dot, digits, not the dot alone
			return dots == 1 && v.length() > 1 ? Tag.FLOAT : Tag.STR;
		}
		return Resolvers.INSTANCE.resolve(NodeId.scalar, v, true);
	}

	/**
	 * Every character but digits that SnakeYAML's INT ({@code 0x}, {@code 0b}, {@code _},
	 * {@code :}), FLOAT ({@code .inf}, {@code .nan}, exponents) and TIMESTAMP patterns can hold.
	 */
	private static final String NUMBER_CHARS = "+-._:xXbBoeEabcdefABCDEFiInNtTzZ ";

	/** SnakeYAML's resolver, made on first use (it compiles its patterns). */
	private static final class Resolvers {
		static final Resolver INSTANCE = new Resolver();
	}
}

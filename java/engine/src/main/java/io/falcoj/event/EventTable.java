package io.falcoj.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every event type of the libscap format, as {@code events.table} describes it: built once at
 * start by {@link EventTableData} (code generated from the text, see EventTableSourceTest); the
 * text parser below serves that generator and the tests. This is the one place that knows event
 * codes, names and parameter layouts; everything else asks it.
 */
public final class EventTable {
	// Built by generated code (EventTableData), not parsed from events.table: see EventTableSourceTest.
	private static final EventTable INSTANCE = EventTableData.table();

	private final EventInfo[] events;
	private final String[] syscallNames;
	private final Map<String, List<EventInfo>> byName;

	EventTable(EventInfo[] events, String[] syscallNames) {
		this.events = events;
		this.syscallNames = syscallNames;
		// Plain loops, no lambdas: this runs at every start, and linking a lambda's call site costs
		// more there than the whole loop.
		Map<String, List<EventInfo>> lists = new LinkedHashMap<>();
		for (EventInfo e : events) {
			if (e != null) {
				List<EventInfo> same = lists.get(e.name());
				if (same == null) {
					same = new ArrayList<>(2);
					lists.put(e.name(), same);
				}
				same.add(e);
			}
		}
		Map<String, List<EventInfo>> names = new LinkedHashMap<>();
		for (Map.Entry<String, List<EventInfo>> e : lists.entrySet()) {
			names.put(e.getKey(), List.copyOf(e.getValue()));
		}
		this.byName = Collections.unmodifiableMap(names);
	}

	public static EventTable get() {
		return INSTANCE;
	}

	/** Number of event codes (one past the highest). */
	public int size() {
		return events.length;
	}

	/** The event with this code, or null when the code is unknown to this table. */
	public EventInfo event(int code) {
		return code >= 0 && code < events.length ? events[code] : null;
	}

	/** All event types with this name (enter and exit, old and new variants). */
	public List<EventInfo> byName(String name) {
		return byName.getOrDefault(name, List.of());
	}

	public Map<String, List<EventInfo>> byName() {
		return byName;
	}

	/** The name of the syscall with this ppm_sc code (the ID of generic syscall events), or null. */
	public String syscallName(int ppmScCode) {
		return ppmScCode >= 0 && ppmScCode < syscallNames.length ? syscallNames[ppmScCode] : null;
	}

	public int syscallCount() {
		return syscallNames.length;
	}

	/** The table parsed from events.table (the generator of EventTableData and its test read it this way). */
	static EventTable fromText() {
		try (InputStream in = EventTable.class.getResourceAsStream("events.table")) {
			if (in == null) {
				throw new IllegalStateException("events.table is missing from the classpath");
			}
			return parse(in.readAllBytes());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The table from text (tests give broken tables this way). */
	static EventTable parse(BufferedReader reader) throws IOException {
		StringBuilder text = new StringBuilder();
		for (String line; (line = reader.readLine()) != null;) {
			text.append(line).append('\n');
		}
		return parse(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * The table from the UTF-8 bytes of {@code events.table}. Lines and words are cut from the
	 * bytes themselves, not through a Reader and String.charAt (written when this ran at every
	 * start, mostly interpreted; the generated EventTableData has replaced it there).
	 */
	static EventTable parse(byte[] text) {
		Map<String, FlagTable> flagTables = new HashMap<>();
		Map<String, ParamInfo[]> dynamicTables = new HashMap<>();
		Map<Integer, EventInfo> events = new HashMap<>();
		Map<Integer, String> syscalls = new HashMap<>();
		int lineNo = 0;
		int code = -1;
		int headLine = 0;
		String[] head = null;
		List<ParamInfo> params = null;
		for (int start = 0, end; start < text.length; start = end + 1) {
			end = start;
			while (end < text.length && text[end] != '\n') {
				end++;
			}
			lineNo++;
			// As BufferedReader.readLine: a CR before the LF is not part of the line.
			int stop = end > start && text[end - 1] == '\r' ? end - 1 : end;
			if (isBlank(text, start, stop) || text[start] == '#') {
				continue;
			}
			String[] w = words(text, start, stop);
			try {
				if (text[start] == ' ') {
					params.add(parseParam(w, flagTables, dynamicTables));
					continue;
				}
				if (head != null) {
					events.put(code, event(code, head, params, headLine));
					head = null;
				}
				switch (w[0]) {
				case "flags" -> flagTables.put(w[1], parseFlags(w));
				case "dynamic" -> dynamicTables.put(w[1], parseDynamic(w));
				case "syscall" -> syscalls.put(Integer.parseInt(w[1]), w[2]);
				case "event" -> {
					code = Integer.parseInt(w[1]);
					if (events.containsKey(code)) {
						throw new IllegalArgumentException("event code " + code + " appears twice");
					}
					head = w;
					headLine = lineNo;
					params = new ArrayList<>();
				}
				default -> throw new IllegalArgumentException("unknown line kind " + w[0]);
				}
			} catch (RuntimeException e) {
				throw new IllegalStateException("events.table line " + lineNo + ": " + e.getMessage(), e);
			}
		}
		if (head != null) {
			events.put(code, event(code, head, params, headLine));
		}
		int max = -1;
		for (int k : events.keySet()) {
			max = Math.max(max, k);
		}
		EventInfo[] table = new EventInfo[max + 1];
		for (Map.Entry<Integer, EventInfo> e : events.entrySet()) {
			table[e.getKey()] = e.getValue();
		}
		int maxSc = -1;
		for (int k : syscalls.keySet()) {
			maxSc = Math.max(maxSc, k);
		}
		String[] sc = new String[maxSc + 1];
		for (Map.Entry<Integer, String> e : syscalls.entrySet()) {
			sc[e.getKey()] = e.getValue();
		}
		return new EventTable(table, sc);
	}

	/**
	 * The blank-separated words of the line {@code [from, to)} of {@code text}. Hand-written rather
	 * than a regex split: written when the table was read at every start, mostly by the
	 * interpreter, where a regex per line was a large part of the start-up time.
	 */
	private static String[] words(byte[] text, int from, int to) {
		int count = 0;
		for (int i = from; i < to; i++) {
			if (!blank(text[i]) && (i == from || blank(text[i - 1]))) {
				count++;
			}
		}
		String[] w = new String[count];
		int k = 0;
		for (int i = from; i < to;) {
			while (i < to && blank(text[i])) {
				i++;
			}
			int first = i;
			int high = 0;
			while (i < to && !blank(text[i])) {
				high |= text[i];
				i++;
			}
			if (i > first) {
				// ASCII (the whole table, in practice) is copied as it is; the UTF-8 decoder checks
				// every byte again, which in the interpreter cost more than all the rest.
				w[k++] = high >= 0 ? new String(text, first, i - first, StandardCharsets.ISO_8859_1)
						: new String(text, first, i - first, StandardCharsets.UTF_8);
			}
		}
		return w;
	}

	private static boolean blank(byte c) {
		return c == ' ' || c == '\t';
	}

	/** As String.isBlank for the ASCII white space a text file holds. */
	private static boolean isBlank(byte[] text, int from, int to) {
		for (int i = from; i < to; i++) {
			byte c = text[i];
			if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != 0x0b && (c < 0x1c || c > 0x1f)) {
				return false;
			}
		}
		return true;
	}

	/** An upper-case C identifier ([A-Z][A-Z0-9_]*), checked without a regex (see {@link #words}). */
	private static boolean isEnumStem(String s) {
		if (s.isEmpty() || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
			return false;
		}
		for (int i = 1; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
				return false;
			}
		}
		return true;
	}

	private static EventInfo event(int code, String[] w, List<ParamInfo> params, int lineNo) {
		try {
			return event(code, w, params);
		} catch (RuntimeException e) {
			throw new IllegalStateException("events.table line " + lineNo + ": " + e.getMessage(), e);
		}
	}

	private static EventInfo event(int code, String[] w, List<ParamInfo> params) {
		Direction dir = w[3].equals("E") ? Direction.ENTER : Direction.EXIT;
		EventCategory cat = EventCategory.valueOf(w[4].toUpperCase());
		if (params.size() > Event.MAX_PARAMS) {
			throw new IllegalArgumentException("event " + code + " has more than " + Event.MAX_PARAMS + " parameters");
		}
		EventSource source = w.length > 6 ? EventSource.valueOf(w[6].toUpperCase()) : EventSource.SYSCALL;
		if (w.length > 7 && !isEnumStem(w[7])) {
			throw new IllegalArgumentException("event " + code + ": enum stem " + w[7] + " is not a C identifier");
		}
		if (w.length > 8) {
			throw new IllegalArgumentException("event " + code + ": unexpected text after the enum stem");
		}
		if (w[3].equals("E") != (code % 2 == 0)) {
			throw new IllegalArgumentException("event " + code + ": enter events have even codes, exit events odd ones");
		}
		return new EventInfo(code, w[2], dir, cat, EventFlags.parse(w[5]), List.copyOf(params), source);
	}

	private static ParamInfo parseParam(String[] w, Map<String, FlagTable> flagTables,
			Map<String, ParamInfo[]> dynamicTables) {
		FlagTable flags = null;
		ParamInfo[] dynamic = null;
		int dirfd = -1;
		for (int i = 3; i < w.length; i++) {
			// indexOf, not split: see words()
			int eq = w[i].indexOf('=');
			String key = eq < 0 ? w[i] : w[i].substring(0, eq);
			String value = eq < 0 ? null : w[i].substring(eq + 1);
			switch (key) {
			case "flags" -> flags = require(flagTables.get(value), "flags table ", value);
			case "dynamic" -> dynamic = require(dynamicTables.get(value), "dynamic table ", value);
			case "dirfd" -> dirfd = Integer.parseInt(value);
			default -> throw new IllegalArgumentException("unknown parameter attribute " + w[i]);
			}
		}
		return new ParamInfo(w[0], ParamType.valueOf(w[1]), PrintFormat.parse(w[2]), flags, dynamic, dirfd);
	}

	/** The message is built only on failure: a string concatenation links a call site on first use. */
	private static <T> T require(T value, String kind, String name) {
		if (value == null) {
			throw new IllegalArgumentException(kind + name + " is not defined (define it before its first use)");
		}
		return value;
	}

	private static FlagTable parseFlags(String[] w) {
		List<FlagTable.Flag> flags = new ArrayList<>();
		for (int i = 2; i < w.length; i++) {
			int eq = w[i].lastIndexOf('=');
			flags.add(new FlagTable.Flag(w[i].substring(0, eq), Long.parseLong(w[i].substring(eq + 1))));
		}
		return new FlagTable(w[1], flags);
	}

	private static ParamInfo[] parseDynamic(String[] w) {
		ParamInfo[] variants = new ParamInfo[w.length - 2];
		for (int i = 2; i < w.length; i++) {
			String v = w[i];
			int a = v.indexOf(':');
			int b = v.indexOf(':', a + 1);
			if (a < 0 || b < 0) {
				throw new IllegalArgumentException("dynamic variant " + v + " is not NAME:TYPE:FORMAT");
			}
			variants[i - 2] = new ParamInfo(v.substring(0, a), ParamType.valueOf(v.substring(a + 1, b)),
					PrintFormat.parse(v.substring(b + 1)), null, null, -1);
		}
		return variants;
	}
}

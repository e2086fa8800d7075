package io.falcoj.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * events.table is the one description of the event format; at run time the table comes from
 * EventTableData, Java code generated from it (parsing the text took about a fifth of
 * falco-inspect's start-up, interpreted). This test is the generator and keeps the two in step:
 * the committed EventTableData must be exactly what the generator makes of events.table, and the
 * table it builds must describe every event exactly as parsing the text does.
 *
 * <p>After editing events.table: {@code mvn -o -pl java/engine test -Dtest=EventTableSourceTest
 * -Dfalcoj.regenerate=true} rewrites EventTableData.java.
 */
class EventTableSourceTest {
	private static final String SOURCE = "java/engine/src/main/java/io/falcoj/event/EventTableData.java";
	/** Events per generated method: keeps each far below the JVM's 64 KB of bytecode per method. */
	private static final int EVENTS_PER_METHOD = 64;

	@Test
	void generatedTableDescribesEveryEventAsTheTextDoes() throws IOException {
		EventTable parsed = parseText();
		EventTable generated = EventTable.get();
		assertEquals(parsed.size(), generated.size());
		for (int code = 0; code < parsed.size(); code++) {
			assertEquals(describe(parsed.event(code)), describe(generated.event(code)), "event " + code);
		}
		assertEquals(parsed.syscallCount(), generated.syscallCount());
		for (int sc = 0; sc < parsed.syscallCount(); sc++) {
			assertEquals(parsed.syscallName(sc), generated.syscallName(sc), "syscall " + sc);
		}
		assertEquals(parsed.byName().keySet().stream().toList(), generated.byName().keySet().stream().toList());
		for (String name : parsed.byName().keySet()) {
			assertEquals(codes(parsed.byName(name)), codes(generated.byName(name)), name);
		}
	}

	@Test
	void committedSourceIsWhatTheGeneratorMakesOfTheText() throws IOException {
		Path root = Path.of(System.getProperty("falcoj.root", "."));
		Path file = root.resolve(SOURCE);
		assumeTrue(Files.isDirectory(file.getParent()), file.getParent() + " not found: skipping");
		String expected = generate(parseText());
		if (Boolean.getBoolean("falcoj.regenerate")) {
			Files.writeString(file, expected);
			return;
		}
		String committed = Files.isRegularFile(file) ? Files.readString(file) : "";
		if (!committed.equals(expected)) {
			fail(SOURCE + " is not what events.table gives: run mvn -o -pl java/engine test "
					+ "-Dtest=EventTableSourceTest -Dfalcoj.regenerate=true");
		}
	}

	private static EventTable parseText() {
		return EventTable.fromText();
	}

	private static List<Integer> codes(List<EventInfo> events) {
		List<Integer> codes = new ArrayList<>();
		for (EventInfo e : events) {
			codes.add(e.code());
		}
		return codes;
	}

	/** Everything an EventInfo holds, flag tables and dynamic variants spelled out (they compare by identity). */
	private static String describe(EventInfo e) {
		if (e == null) {
			return "null";
		}
		StringBuilder s = new StringBuilder();
		s.append(e.code()).append(' ').append(e.name()).append(' ').append(e.direction()).append(' ')
				.append(e.category()).append(' ').append(e.flags()).append(' ').append(e.source())
				.append(' ').append(e.params().getClass().getName());
		for (ParamInfo p : e.params()) {
			s.append("\n  ");
			describe(p, s);
		}
		return s.toString();
	}

	private static void describe(ParamInfo p, StringBuilder s) {
		s.append(p.name()).append(' ').append(p.type()).append(' ').append(p.format()).append(' ')
				.append(p.dirfdIndex());
		if (p.flags() != null) {
			s.append(" flags ").append(p.flags().name()).append(p.flags().flags()).append(' ')
					.append(p.flags().flags().getClass().getName());
		}
		if (p.dynamic() != null) {
			s.append(" dynamic [");
			for (ParamInfo v : p.dynamic()) {
				describe(v, s);
				s.append("; ");
			}
			s.append(']');
		}
	}

	// ---------------------------------------------------------------- the generator

	static String generate(EventTable t) {
		// Flag tables and dynamic tables are shared by the parameters that name them: each is
		// made once, in the order of first use, and referred to by index.
		Map<FlagTable, Integer> flagTables = new IdentityHashMap<>();
		List<FlagTable> flagOrder = new ArrayList<>();
		Map<ParamInfo[], Integer> dynamicTables = new IdentityHashMap<>();
		List<ParamInfo[]> dynamicOrder = new ArrayList<>();
		for (int code = 0; code < t.size(); code++) {
			EventInfo e = t.event(code);
			if (e == null) {
				continue;
			}
			for (ParamInfo p : e.params()) {
				if (p.flags() != null && !flagTables.containsKey(p.flags())) {
					flagTables.put(p.flags(), flagOrder.size());
					flagOrder.add(p.flags());
				}
				if (p.dynamic() != null && !dynamicTables.containsKey(p.dynamic())) {
					dynamicTables.put(p.dynamic(), dynamicOrder.size());
					dynamicOrder.add(p.dynamic());
				}
			}
		}
		// Equal parameters (most events share "res", "fd", "name"... with their variants) are made
		// once and shared, in the order of first use.
		Map<String, Integer> paramIndex = new java.util.HashMap<>();
		List<ParamInfo> paramOrder = new ArrayList<>();
		for (int code = 0; code < t.size(); code++) {
			EventInfo e = t.event(code);
			if (e == null) {
				continue;
			}
			for (ParamInfo p : e.params()) {
				StringBuilder key = new StringBuilder();
				param(p, flagTables, dynamicTables, key);
				if (!paramIndex.containsKey(key.toString())) {
					paramIndex.put(key.toString(), paramOrder.size());
					paramOrder.add(p);
				}
			}
		}
		int methods = (t.size() + EVENTS_PER_METHOD - 1) / EVENTS_PER_METHOD;
		StringBuilder s = new StringBuilder();
		s.append("""
				// Generated from events.table by EventTableSourceTest (java/engine/src/test): do not edit.
				// After a change to events.table: mvn -o -pl java/engine test -Dtest=EventTableSourceTest -Dfalcoj.regenerate=true
				package io.falcoj.event;

				import java.util.List;

				/**
				 * The event table as code: building the objects directly costs a small part of parsing
				 * events.table at every start (mostly in the interpreter). EventTableSourceTest checks that
				 * this describes every event exactly as the text does.
				 */
				final class EventTableData {
					private EventTableData() {
					}

					static EventTable table() {
						FlagTable[] f = flagTables();
						ParamInfo[][] d = dynamicTables();
						ParamInfo[] p = params(f, d);
				""");
		s.append("\t\tEventInfo[] e = new EventInfo[").append(t.size()).append("];\n");
		for (int m = 0; m < methods; m++) {
			s.append("\t\tevents").append(m).append("(e, p);\n");
		}
		s.append("""
						return new EventTable(e, syscallNames());
					}

					private static ParamInfo p(String name, ParamType type, PrintFormat format) {
						return new ParamInfo(name, type, format, null, null, -1);
					}

					private static ParamInfo p(String name, ParamType type, PrintFormat format, FlagTable flags,
							ParamInfo[] dynamic, int dirfd) {
						return new ParamInfo(name, type, format, flags, dynamic, dirfd);
					}

					private static EventInfo ev(int code, String name, Direction direction, EventCategory category, int flags,
							EventSource source, ParamInfo... params) {
						return new EventInfo(code, name, direction, category, flags, List.of(params), source);
					}

					private static FlagTable flags(String name, String[] names, long[] values) {
						FlagTable.Flag[] flags = new FlagTable.Flag[names.length];
						for (int i = 0; i < names.length; i++) {
							flags[i] = new FlagTable.Flag(names[i], values[i]);
						}
						return new FlagTable(name, List.of(flags));
					}

					private static FlagTable[] flagTables() {
						return new FlagTable[] {
				""");
		for (FlagTable ft : flagOrder) {
			s.append("\t\t\tflags(").append(literal(ft.name())).append(", new String[] {");
			List<FlagTable.Flag> flags = ft.flags();
			for (int i = 0; i < flags.size(); i++) {
				s.append(i == 0 ? "" : ", ").append(literal(flags.get(i).name()));
			}
			s.append("},\n\t\t\t\t\tnew long[] {");
			for (int i = 0; i < flags.size(); i++) {
				s.append(i == 0 ? "" : ", ").append(flags.get(i).value()).append('L');
			}
			s.append("}),\n");
		}
		s.append("\t\t};\n\t}\n\n\tprivate static ParamInfo[][] dynamicTables() {\n\t\treturn new ParamInfo[][] {\n");
		for (ParamInfo[] dyn : dynamicOrder) {
			s.append("\t\t\t{");
			for (int i = 0; i < dyn.length; i++) {
				s.append(i == 0 ? "" : ", ");
				param(dyn[i], flagTables, dynamicTables, s);
			}
			s.append("},\n");
		}
		s.append("\t\t};\n\t}\n\n\tprivate static ParamInfo[] params(FlagTable[] f, ParamInfo[][] d) {\n\t\treturn new ParamInfo[] {\n");
		for (ParamInfo p : paramOrder) {
			s.append("\t\t\t");
			param(p, flagTables, dynamicTables, s);
			s.append(",\n");
		}
		s.append("\t\t};\n\t}\n\n\tprivate static String[] syscallNames() {\n\t\treturn new String[] {");
		for (int sc = 0; sc < t.syscallCount(); sc++) {
			s.append(sc % 8 == 0 ? "\n\t\t\t" : " ").append(literal(t.syscallName(sc))).append(',');
		}
		s.append("\n\t\t};\n\t}\n");
		for (int m = 0; m < methods; m++) {
			s.append("\n\tprivate static void events").append(m).append("(EventInfo[] e, ParamInfo[] p) {\n");
			for (int code = m * EVENTS_PER_METHOD; code < Math.min(t.size(), (m + 1) * EVENTS_PER_METHOD); code++) {
				EventInfo e = t.event(code);
				if (e == null) {
					continue;
				}
				s.append("\t\te[").append(code).append("] = ev(").append(code).append(", ").append(literal(e.name()))
						.append(", Direction.").append(e.direction()).append(", EventCategory.")
						.append(e.category()).append(", ").append(e.flags()).append(", EventSource.")
						.append(e.source());
				for (ParamInfo p : e.params()) {
					StringBuilder key = new StringBuilder();
					param(p, flagTables, dynamicTables, key);
					s.append(", p[").append(paramIndex.get(key.toString())).append(']');
				}
				s.append(");\n");
			}
			s.append("\t}\n");
		}
		s.append("}\n");
		return s.toString();
	}

	private static void param(ParamInfo p, Map<FlagTable, Integer> flagTables, Map<ParamInfo[], Integer> dynamicTables,
			StringBuilder s) {
		s.append("p(").append(literal(p.name())).append(", ParamType.").append(p.type()).append(", PrintFormat.")
				.append(p.format());
		if (p.flags() != null || p.dynamic() != null || p.dirfdIndex() != -1) {
			s.append(", ").append(p.flags() == null ? "null" : "f[" + flagTables.get(p.flags()) + "]")
					.append(", ").append(p.dynamic() == null ? "null" : "d[" + dynamicTables.get(p.dynamic()) + "]")
					.append(", ").append(p.dirfdIndex());
		}
		s.append(')');
	}

	private static String literal(String v) {
		if (v == null) {
			return "null";
		}
		StringBuilder s = new StringBuilder("\"");
		for (byte b : v.getBytes(StandardCharsets.UTF_8)) {
			char c = (char) (b & 0xff);
			if (c == '"' || c == '\\') {
				s.append('\\').append(c);
			} else if (c >= 0x20 && c < 0x7f) {
				s.append(c);
			} else {
				throw new IllegalArgumentException("the generator writes ASCII names only: " + v);
			}
		}
		return s.append('"').toString();
	}
}

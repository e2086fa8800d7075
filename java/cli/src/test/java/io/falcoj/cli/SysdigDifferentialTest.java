package io.falcoj.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * falco-inspect against Debian's sysdig (the reference libsinsp), field by field, over every event
 * of every shared sample capture: both print {@code -A -j -p "*%field ..."} for every field of the
 * evt, proc, thread, fd, user and group classes (and container.id) that {@code sysdig -l} lists,
 * and every value that either side prints is compared. The known, justified deviations are listed
 * below with their reason; everything else must agree on at least 99.5% of the values.
 */
class SysdigDifferentialTest {
	private static final Path SHARED = Path.of(System.getProperty("falcoj.root", "."), "..", "shared");
	private static final Path ROOT = Path.of(System.getProperty("falcoj.root", "."));

	/** Listed by sysdig -l but not printable by sysdig itself: nothing to compare against. */
	private static final Map<String, String> NOT_COMPARABLE = Map.of(
			"evt.around", "filter only (takes a time and a window, prints nothing)",
			"evt.type.is", "sysdig 0.29.3's output formatter cannot parse evt.type.is.NAME",
			"proc.fdusage", "sysdig 0.29.3 aborts printing it (\"wrong event type 33\": it cannot print DOUBLE fields)",
			"evt.rawarg", "sysdig 0.29.3 aborts printing raw FD/ERRNO arguments (\"wrong event type 14\"); checked by unit tests");

	/** Fields that take an argument: compared through these instances. */
	private static final Map<String, List<String>> INSTANCES = Map.of(
			"evt.arg", List.of("evt.arg[0]", "evt.arg[1]", "evt.arg[2]", "evt.arg.fd", "evt.arg.res", "evt.arg.name",
					"evt.arg.flags"),
			"thread.cgroup", List.of("thread.cgroup.cpuset", "thread.cgroup.memory"),
			// without an argument sysdig 0.29.3 prints them under an empty key: only indexed forms compare
			"proc.aname", List.of("proc.aname[1]", "proc.aname[2]", "proc.aname[3]"),
			"proc.apid", List.of("proc.apid[1]", "proc.apid[2]", "proc.apid[3]"));

	/**
	 * Known deviations, each with its justification. A value pair (ours, sysdig's) that one of
	 * these explains is counted apart, not as a disagreement.
	 */
	private static final List<Deviation> DEVIATIONS = List.of(
			new Deviation("delta fields in JSON", "sysdig -j extracts each field twice per event, so the fields that "
					+ "measure from the previous extraction (evt.deltatime*, thread.exectime) always print 0 there; ours print "
					+ "the delta, as sysdig's own text output does",
					(field, ours, theirs, line) -> (field.startsWith("evt.deltatime") || field.equals("thread.exectime"))
							&& "0".equals(theirs)),
			new Deviation("<unknown> values", "the traces come from a newer driver than sysdig 0.29.3's table: it shows "
					+ "<unknown>/empty for what it cannot decode, our table decodes them",
					(field, ours, theirs, line) -> theirs != null && theirs.contains("<unknown>")),
			new Deviation("upstream parameter schema", "our event table follows current upstream libscap, which renamed "
					+ "execve's pgid to vpgid and types loginuid as a UID (printed -1(<NONE>)); sysdig 0.29.3 has the 2022 names",
					(field, ours, theirs, line) -> ours != null && theirs != null && (field.equals("evt.args") || field.equals("evt.info"))
							&& ours.replace(" vpgid=", " pgid=").replace("loginuid=-1(<NONE>)", "loginuid=-1").equals(theirs)),
			new Deviation("fd.dev of pipes and sockets", "sysdig 0.29.3 prints uninitialized memory as the device of fds "
					+ "that are not files (the value changes from run to run); ours print 0",
					(field, ours, theirs, line) -> field.startsWith("fd.dev") && "0".equals(ours)
							&& !List.of("file", "directory").contains(line.get("fd.type"))));

	/**
	 * Differences still counted as disagreements (they are ours to fix, in the state engine), with
	 * what causes them; printed with the results so a run says what is left.
	 */
	private static final Map<String, String> OPEN_DIFFERENCES = new TreeMap<>(Map.of(
			"proc.is_exe_writable", "qemu-large #10-12, a thread sysdig makes up for an unknown tid: sysdig prints false "
					+ "when asked alone (as ours) but true within the full format, so its value there depends on the "
					+ "fields extracted before it"));

	@FunctionalInterface
	interface Explains {
		boolean test(String field, String ours, String theirs, Map<String, String> sysdigLine);
	}

	record Deviation(String name, String reason, Explains rule) {
	}

	static String sysdig;

	@BeforeAll
	static void findSysdig() throws Exception {
		if (sysdig != null) {
			return;
		}
		sysdig = which("sysdig");
		if (sysdig == null && Files.isExecutable(ROOT.resolve("tools/install-deps.sh"))) {
			new ProcessBuilder(ROOT.resolve("tools/install-deps.sh").toString()).inheritIO().start().waitFor(10, TimeUnit.MINUTES);
			sysdig = which("sysdig");
		}
		assumeTrue(sysdig != null, "sysdig is not installed (tools/install-deps.sh installs it): skipping the differential test");
	}

	private static String which(String program) {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
			Path p = Path.of(dir, program);
			if (Files.isExecutable(p)) {
				return p.toString();
			}
		}
		return null;
	}

	static List<Path> captures() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path dir : List.of(SHARED.resolve("compat/trace_files"), SHARED.resolve("traces"))) {
			if (Files.isDirectory(dir)) {
				try (Stream<Path> s = Files.list(dir)) {
					s.filter(p -> p.toString().endsWith(".scap"))
							.filter(p -> p.getFileName().toString().matches(System.getProperty("falcoj.diff.files", ".*")))
							.sorted().forEach(files::add);
				}
			}
		}
		return files;
	}

	/** Field names of the compared classes, as sysdig -l lists them, with argument fields expanded. */
	static List<String> fields() throws IOException, InterruptedException {
		Process p = new ProcessBuilder(sysdig, "-l").redirectErrorStream(true).start();
		List<String> names = new ArrayList<>();
		try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = r.readLine()) != null) {
				if (line.isEmpty() || line.startsWith(" ")) {
					continue;
				}
				String name = line.split("\\s+")[0];
				boolean wanted = name.matches("(evt|syscall|proc|thread|fd|user|group)\\.[a-z0-9_.]+") || name.equals("container.id");
				if (!wanted || names.contains(name) || NOT_COMPARABLE.containsKey(name) || line.contains("FILTER ONLY")) {
					continue;
				}
				names.add(name);
			}
		}
		p.waitFor();
		// filter-only fields sysdig refuses in -p
		names.removeAll(List.of("fd.ip", "fd.port", "fd.proto", "fd.net", "fd.cnet", "fd.snet", "fd.lnet", "fd.rnet"));
		// for a partial run while working: -Dfalcoj.diff.classes=evt,fd
		String only = System.getProperty("falcoj.diff.classes");
		if (only != null) {
			List<String> prefixes = List.of(only.split(","));
			names.removeIf(n -> prefixes.stream().noneMatch(c -> n.startsWith(c + ".")));
		}
		List<String> expanded = new ArrayList<>();
		for (String n : names) {
			expanded.addAll(INSTANCES.getOrDefault(n, List.of(n)));
		}
		// sysdig's evt.abspath points the event's fd at the dirfd while it extracts (a side effect of
		// libsinsp's extract_abspath): printed before the fd.* fields it would change them, so it goes last
		if (expanded.remove("evt.abspath")) {
			expanded.add("evt.abspath");
		}
		return expanded;
	}

	static final class Tally {
		long compared;
		long equal;
		long explained;
		final Map<String, Long> explainedBy = new TreeMap<>();
		final List<String> examples = new ArrayList<>();
	}

	@Test
	void everyFieldOfEveryEventAgreesWithSysdig() throws Exception {
		List<Path> files = captures();
		assumeTrue(!files.isEmpty(), "no shared captures under " + SHARED);
		List<String> fields = fields();
		assertTrue(fields.size() > 100 || System.getProperty("falcoj.diff.classes") != null,
				"sysdig -l listed only " + fields.size() + " fields");
		StringBuilder format = new StringBuilder("*");
		for (String f : fields) {
			format.append(" %").append(f);
		}
		Map<String, Tally> tallies = new LinkedHashMap<>();
		for (String f : fields) {
			tallies.put(f, new Tally());
		}
		long events = 0;
		long onlyOurs = 0;
		long onlyTheirs = 0;
		for (Path file : files) {
			long[] counts = compareFile(file, format.toString(), tallies);
			events += counts[0];
			onlyOurs += counts[1];
			onlyTheirs += counts[2];
		}
		long compared = 0;
		long equal = 0;
		long explained = 0;
		System.out.printf("%-32s %10s %10s %10s %8s%n", "field", "compared", "equal", "explained", "agree");
		for (Map.Entry<String, Tally> e : tallies.entrySet()) {
			Tally t = e.getValue();
			compared += t.compared;
			equal += t.equal;
			explained += t.explained;
			long counted = t.compared - t.explained;
			System.out.printf("%-32s %10d %10d %10d %7.2f%%%n", e.getKey(), t.compared, t.equal, t.explained,
					counted == 0 ? 100.0 : 100.0 * t.equal / counted);
			for (String ex : t.examples) {
				System.out.println("    " + ex);
			}
		}
		Map<String, long[]> byClass = new TreeMap<>();
		for (Map.Entry<String, Tally> e : tallies.entrySet()) {
			String cls = e.getKey().substring(0, e.getKey().indexOf('.'));
			long[] c = byClass.computeIfAbsent(cls, k -> new long[3]);
			c[0] += e.getValue().compared;
			c[1] += e.getValue().equal;
			c[2] += e.getValue().explained;
		}
		System.out.println("agreement by field class:");
		byClass.forEach((cls, c) -> System.out.printf("  %-10s %10d values %8.3f%%%n", cls, c[0],
				100.0 * c[1] / Math.max(1, c[0] - c[2])));
		Map<String, Long> explainedBy = new TreeMap<>();
		tallies.values().forEach(t -> t.explainedBy.forEach((k, v) -> explainedBy.merge(k, v, Long::sum)));
		System.out.println("known deviations (values they explain):");
		for (Deviation d : DEVIATIONS) {
			System.out.println("  " + d.name() + " (" + explainedBy.getOrDefault(d.name(), 0L) + "): " + d.reason());
		}
		System.out.println("open differences (counted as disagreements):");
		OPEN_DIFFERENCES.forEach((k, v) -> System.out.println("  " + k + ": " + v));
		double agreement = 100.0 * equal / Math.max(1, compared - explained);
		System.out.printf("events %d (only ours %d, only sysdig's %d); values compared %d, equal %d, explained %d: %.3f%% agree%n",
				events, onlyOurs, onlyTheirs, compared, equal, explained, agreement);
		assertEquals(0, onlyOurs + onlyTheirs, "both must print the same events");
		assertTrue(agreement >= 99.5, String.format("only %.3f%% of the values agree with sysdig", agreement));
	}

	/** Runs both tools on one file and tallies the values; returns {events, lines only we printed, lines only sysdig printed}. */
	private long[] compareFile(Path file, String format, Map<String, Tally> tallies) throws Exception {
		Path ourErr = Files.createTempFile("falco-inspect", ".err");
		Path theirErr = Files.createTempFile("sysdig", ".err");
		Process ours = inspect(ourErr, "-r", file.toString(), "-A", "-j", "-p", format);
		Process theirs = new ProcessBuilder(sysdig, "-r", file.toString(), "-A", "-j", "-p", format)
				.redirectError(theirErr.toFile()).start();
		long events = 0;
		long onlyOurs = 0;
		long onlyTheirs = 0;
		try (BufferedReader a = reader(ours); BufferedReader b = reader(theirs)) {
			Map<String, String> x = next(a);
			Map<String, String> y = next(b);
			while (x != null || y != null) {
				long nx = x == null ? Long.MAX_VALUE : Long.parseLong(x.getOrDefault("evt.num", "0"));
				long ny = y == null ? Long.MAX_VALUE : Long.parseLong(y.getOrDefault("evt.num", "0"));
				if (nx < ny) {
					onlyOurs++;
					x = next(a);
					continue;
				}
				if (ny < nx) {
					onlyTheirs++;
					y = next(b);
					continue;
				}
				events++;
				for (Map.Entry<String, Tally> e : tallies.entrySet()) {
					String field = e.getKey();
					String v1 = x.get(field);
					String v2 = y.get(field);
					if (v1 == null && v2 == null) {
						continue;
					}
					Tally t = e.getValue();
					t.compared++;
					if (v1 != null && v1.equals(v2)) {
						t.equal++;
						continue;
					}
					Deviation d = explain(field, v1, v2, y);
					if (d != null) {
						t.explained++;
						t.explainedBy.merge(d.name(), 1L, Long::sum);
					} else if (t.examples.size() < 3) {
						t.examples.add(file.getFileName() + " #" + nx + ": ours=" + abbreviate(v1) + " sysdig=" + abbreviate(v2));
					}
				}
				x = next(a);
				y = next(b);
			}
		}
		assertTrue(ours.waitFor(5, TimeUnit.MINUTES) && theirs.waitFor(5, TimeUnit.MINUTES));
		assertEquals(0, ours.exitValue(), "falco-inspect failed on " + file + ": " + Files.readString(ourErr));
		Files.deleteIfExists(ourErr);
		Files.deleteIfExists(theirErr);
		return new long[] {events, onlyOurs, onlyTheirs};
	}

	private static Deviation explain(String field, String ours, String theirs, Map<String, String> sysdigLine) {
		for (Deviation d : DEVIATIONS) {
			if (d.rule().test(field, ours, theirs, sysdigLine)) {
				return d;
			}
		}
		return null;
	}

	private static String abbreviate(String s) {
		if (s == null) {
			return "null";
		}
		String one = s.replace("\n", "\\n");
		return one.length() > 120 ? one.substring(0, 117) + "..." : one;
	}

	private static BufferedReader reader(Process p) {
		return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8), 1 << 16);
	}

	private static Map<String, String> next(BufferedReader r) throws IOException {
		String line = r.readLine();
		return line == null ? null : JsonLine.parse(line);
	}

	/** Starts falco-inspect (InspectMain in a JVM on this test's class path). */
	static Process inspect(Path stderr, String... args) throws IOException {
		List<String> cmd = new ArrayList<>();
		cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		cmd.add("-XX:+UseParallelGC");
		cmd.add("-cp");
		cmd.add(System.getProperty("java.class.path"));
		cmd.add(InspectMain.class.getName());
		cmd.addAll(List.of(args));
		return new ProcessBuilder(cmd).redirectError(stderr.toFile()).start();
	}

	/** A flat JSON object per line, as both tools print: values as text (numbers and booleans as written). */
	static final class JsonLine {
		private final String s;
		private int i;

		private JsonLine(String s) {
			this.s = s;
		}

		static Map<String, String> parse(String line) {
			JsonLine p = new JsonLine(line);
			Map<String, String> m = new HashMap<>();
			p.expect('{');
			p.skipWs();
			if (p.peek() == '}') {
				return m;
			}
			while (true) {
				p.skipWs();
				String key = p.string();
				p.skipWs();
				p.expect(':');
				p.skipWs();
				m.put(key, p.value());
				p.skipWs();
				if (p.peek() == ',') {
					p.i++;
					continue;
				}
				p.expect('}');
				return m;
			}
		}

		private char peek() {
			if (i >= s.length()) {
				throw new IllegalArgumentException("truncated JSON line: " + s);
			}
			return s.charAt(i);
		}

		private void expect(char c) {
			if (peek() != c) {
				throw new IllegalArgumentException("expected '" + c + "' at " + i + " of: " + s);
			}
			i++;
		}

		private void skipWs() {
			while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
				i++;
			}
		}

		private String value() {
			char c = peek();
			if (c == '"') {
				return string();
			}
			int start = i;
			if (c == '[') {
				int depth = 0;
				boolean quoted = false;
				for (; i < s.length(); i++) {
					char d = s.charAt(i);
					if (quoted) {
						if (d == '\\') {
							i++;
						} else if (d == '"') {
							quoted = false;
						}
					} else if (d == '"') {
						quoted = true;
					} else if (d == '[') {
						depth++;
					} else if (d == ']' && --depth == 0) {
						i++;
						break;
					}
				}
				return s.substring(start, i);
			}
			while (i < s.length() && ",}".indexOf(s.charAt(i)) < 0 && !Character.isWhitespace(s.charAt(i))) {
				i++;
			}
			String word = s.substring(start, i);
			return word.equals("null") ? null : word;
		}

		private String string() {
			expect('"');
			StringBuilder sb = new StringBuilder();
			while (true) {
				char c = peek();
				i++;
				if (c == '"') {
					return sb.toString();
				}
				if (c != '\\') {
					sb.append(c);
					continue;
				}
				char e = peek();
				i++;
				switch (e) {
				case 'n' -> sb.append('\n');
				case 't' -> sb.append('\t');
				case 'r' -> sb.append('\r');
				case 'b' -> sb.append('\b');
				case 'f' -> sb.append('\f');
				case 'u' -> {
					sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
					i += 4;
				}
				default -> sb.append(e);
				}
			}
		}
	}
}

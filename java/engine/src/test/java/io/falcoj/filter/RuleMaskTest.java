package io.falcoj.filter;

import io.falcoj.field.Field;
import io.falcoj.field.FieldCatalog;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.UnknownFieldException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleMaskTest {
	private final EvaluationEpoch epoch = new EvaluationEpoch();
	private final FilterCompiler<Map<String, Object>> compiler = new FilterCompiler<>(new TestCatalog(), epoch);

	private Filter<Map<String, Object>> compile(String condition) throws Exception {
		return compiler.compile(ConditionParser.parse(condition));
	}

	@SuppressWarnings("unchecked")
	private RuleMask<Map<String, Object>> mask(List<Filter<Map<String, Object>>> guards, int[] guardOf,
			List<Filter<Map<String, Object>>> rests) {
		return RuleMask.of(guards.toArray(new Filter[0]), guardOf, rests.toArray(new Filter[0]), -1);
	}

	/** A rule that a mask leaves out never matches, whatever the other fields; the mask leaves out what it can. */
	@Test
	void excludedRulesNeverMatch() throws Exception {
		List<String> conditions = List.of(
				"fd.name startswith /etc and proc.name = cat",
				"(fd.name in (/etc/shadow, /etc/passwd) or fd.filename = shadow) and not proc.name in (login, su)",
				"not (fd.name contains ssh or proc.pname = sshd) and proc.pid > 10",
				"proc.name = vi or (fd.name endswith .conf and proc.tty = 0)",
				"not proc.name exists or fd.name = /dev/null",
				"fd.filename in (shadow, passwd) and (proc.cmdline contains x or not fd.name startswith /tmp)",
				"proc.pname = sshd and not fd.name pmatch (/etc, /usr)",
				// checks no key decides, under a not
				"fd.name startswith /usr and not (proc.pid > 5 or proc.tty = 1)",
				"not (fd.name = /dev/null and proc.pid < 3) and proc.name = bash");
		List<Filter<Map<String, Object>>> rests = new ArrayList<>();
		for (String c : conditions) {
			rests.add(compile(c));
		}
		Filter<Map<String, Object>> yes = Filter.Constant.of(true);
		RuleMask<Map<String, Object>> m = mask(List.of(yes), new int[rests.size()], rests);
		assertNotNull(m, "fd.name and proc.name are tested often enough to key on");

		String[] names = {"/etc/shadow", "/etc/passwd", "/etc/hosts", "/home/a/.ssh/id", "/tmp/x.conf", "/dev/null", "/usr/lib/a.conf", null};
		String[] procs = {"cat", "vi", "login", "sshd", "bash", null};
		String[] files = {"shadow", "passwd", "hosts", "x.conf", null};
		Random rnd = new Random(7);
		int excluded = 0;
		for (int i = 0; i < 20000; i++) {
			Map<String, Object> e = new HashMap<>();
			put(e, "fd.name", names[rnd.nextInt(names.length)]);
			put(e, "fd.filename", files[rnd.nextInt(files.length)]);
			put(e, "proc.name", procs[rnd.nextInt(procs.length)]);
			put(e, "proc.pname", procs[rnd.nextInt(procs.length)]);
			put(e, "proc.cmdline", rnd.nextBoolean() ? "x y" : "z");
			e.put("proc.pid", (long) rnd.nextInt(20));
			e.put("proc.tty", (long) rnd.nextInt(2));
			epoch.advance();
			int base = m.find(e);
			assertTrue(base != -1, "the mask stays on: the values recur");
			for (int k = 0; k < rests.size(); k++) {
				if (!m.mayMatch(base, k)) {
					excluded++;
					assertFalse(rests.get(k).matches(e, 0), "rule " + k + " (" + conditions.get(k) + ") was left out but matches " + e);
				}
			}
			assertEquals(allOut(m, base, rests.size()), base == RuleMask.NO_RULE, "NO_RULE exactly when every rule is left out");
		}
		assertTrue(excluded > 20000, "the mask left out only " + excluded + " rule evaluations");
	}

	/** With guards: a rule is left out when its guard or its rest cannot hold, and only then may it be. */
	@Test
	void rulesBehindAGuardThatCannotHoldAreLeftOut() throws Exception {
		List<Filter<Map<String, Object>>> guards = List.of(compile("fd.name startswith /etc"), compile("proc.name in (bash, sh)"));
		List<Filter<Map<String, Object>>> rests = List.of(compile("fd.filename = shadow"), compile("proc.pid > 3"),
				compile("fd.name endswith .conf or proc.name = vi"), compile("not fd.name contains ssh"));
		int[] guardOf = {0, 0, 1, 1};
		RuleMask<Map<String, Object>> m = mask(guards, guardOf, rests);
		assertNotNull(m);
		String[] names = {"/etc/shadow", "/etc/x.conf", "/home/.ssh/k", "/tmp/a.conf", null};
		String[] procs = {"bash", "sh", "vi", "cat", null};
		int excluded = 0;
		for (String name : names) {
			for (String proc : procs) {
				for (String file : new String[] {"shadow", "x.conf", null}) {
					Map<String, Object> e = new HashMap<>();
					put(e, "fd.name", name);
					put(e, "proc.name", proc);
					put(e, "fd.filename", file);
					e.put("proc.pid", 5L);
					epoch.advance();
					int base = m.find(e);
					for (int k = 0; k < rests.size(); k++) {
						boolean matches = guards.get(guardOf[k]).matches(e, 0) && rests.get(k).matches(e, 0);
						if (!m.mayMatch(base, k)) {
							excluded++;
							assertFalse(matches, "rule " + k + " was left out but matches " + e);
						}
					}
					// a closed guard leaves out every rule behind it: its key field decides it
					boolean etc = name != null && name.startsWith("/etc");
					assertEquals(etc, m.mayMatch(base, 0) || m.mayMatch(base, 1), "rules behind the /etc guard, " + e);
				}
			}
		}
		assertTrue(excluded > 0);
	}

	/**
	 * Key values that never recur: the table grows to its largest size, then the mask turns off
	 * (find gives -1, every rule is evaluated); until then what it leaves out never matches.
	 */
	@Test
	void turnsOffWhenTheValuesDoNotRecur() throws Exception {
		List<Filter<Map<String, Object>>> rests = List.of(compile("fd.name startswith /etc and proc.name = cat"),
				compile("fd.name = /dev/null or proc.name = vi"), compile("fd.name endswith .conf and proc.pid > 3"),
				compile("proc.name in (su, login) and fd.name contains ssh"));
		RuleMask<Map<String, Object>> m = mask(List.of(Filter.Constant.of(true)), new int[rests.size()], rests);
		assertNotNull(m);
		int offAt = -1;
		for (int i = 0; i < 40000 && offAt < 0; i++) {
			Map<String, Object> e = new HashMap<>();
			// a new text for every event, so every lookup misses
			e.put("fd.name", (i % 3 == 0 ? "/etc/f" : "/home/f") + i + (i % 2 == 0 ? ".conf" : ""));
			e.put("proc.name", i % 5 == 0 ? "cat" : "sh" + i);
			e.put("proc.pid", (long) (i % 7));
			epoch.advance();
			int base = m.find(e);
			if (base == -1) {
				offAt = i;
				break;
			}
			for (int k = 0; k < rests.size(); k++) {
				if (!m.mayMatch(base, k)) {
					assertFalse(rests.get(k).matches(e, 0), "rule " + k + " was left out but matches " + e);
				}
			}
		}
		// windows of 4096 lookups: one fills the table, the next grows it (2048 -> 8192 -> 32768
		// slots), twice; the window after the last fill finds the table at its largest and turns
		// the mask off
		assertEquals(6 * 4096 - 1, offAt, "the lookup at which the mask turned off");
		Map<String, Object> again = new HashMap<>();
		again.put("fd.name", "/etc/f0.conf");
		again.put("proc.name", "cat");
		assertEquals(-1, m.find(again), "an off mask stays off");
	}

	/**
	 * A key that another key decides (here fd.directory, cut from fd.name, as the syscall fields
	 * declare) is read only to compute the mask of a new combination, and what the mask leaves out
	 * still never matches.
	 */
	@Test
	void aDecidedKeyIsReadOnlyForNewCombinations() throws Exception {
		int[] directoryReads = {0};
		FilterCompiler<Map<String, Object>> withCut = new FilterCompiler<>(new DirectoryFromName(directoryReads), epoch);
		List<String> conditions = List.of("fd.directory = /etc and proc.name = cat",
				"fd.directory in (/usr/bin, /bin) and fd.name endswith sh",
				"fd.name startswith /etc/ssh and not fd.directory = /etc/ssh/keys", "fd.directory = /tmp or proc.name = vi");
		List<Filter<Map<String, Object>>> rests = new ArrayList<>();
		for (String c : conditions) {
			rests.add(withCut.compile(ConditionParser.parse(c)));
		}
		@SuppressWarnings("unchecked")
		RuleMask<Map<String, Object>> m = RuleMask.of(new Filter[] {Filter.Constant.of(true)}, new int[rests.size()],
				rests.toArray(new Filter[0]), 3);
		assertNotNull(m);
		String[] names = {"/etc/passwd", "/etc/ssh/sshd_config", "/etc/ssh/keys/k", "/usr/bin/bash", "/bin/sh", "/tmp/x", "/home/a"};
		String[] procs = {"cat", "vi", "bash"};
		Random rnd = new Random(11);
		int excluded = 0;
		int readByMask = 0;
		for (int i = 0; i < 5000; i++) {
			Map<String, Object> e = new HashMap<>();
			e.put("fd.name", names[rnd.nextInt(names.length)]);
			e.put("proc.name", procs[rnd.nextInt(procs.length)]);
			epoch.advance();
			int before = directoryReads[0];
			int base = m.find(e);
			readByMask += directoryReads[0] - before;
			for (int k = 0; k < rests.size(); k++) {
				if (!m.mayMatch(base, k)) {
					excluded++;
					assertFalse(rests.get(k).matches(e, 0), "rule " + k + " (" + conditions.get(k) + ") was left out but matches " + e);
				}
			}
		}
		assertTrue(excluded > 2000, "the mask left out only " + excluded + " rule evaluations");
		// the combinations of fd.name and proc.name: the mask read fd.directory for each once
		assertEquals(names.length * procs.length, readByMask, "fd.directory reads by the mask");
	}

	/** The test catalog, with fd.directory cut from fd.name and declared as decided by it (counting its reads). */
	private static final class DirectoryFromName extends OnTestCatalog {
		private final int[] reads;

		DirectoryFromName(int[] reads) {
			this.reads = reads;
		}

		@Override
		public Field<Map<String, Object>> field(String name, String bracketArgument) throws UnknownFieldException {
			Field<Map<String, Object>> f = plain.field(name, bracketArgument);
			if (!name.equals("fd.directory")) {
				return f;
			}
			Field<Map<String, Object>> byName = plain.field("fd.name", null);
			return new Field<>(f.info(), null) {
				@Override
				public Object value(Map<String, Object> ctx) {
					reads[0]++;
					String n = (String) ctx.get("fd.name");
					return n == null ? null : n.substring(0, Math.max(1, n.lastIndexOf('/')));
				}

				@Override
				public List<Field<Map<String, Object>>> decidedBy(int code) {
					return List.of(byName);
				}
			};
		}
	}

	/** The test catalog with some fields of it replaced ({@link #field}). */
	private abstract static class OnTestCatalog implements FieldCatalog<Map<String, Object>> {
		final TestCatalog plain = new TestCatalog();

		@Override
		public String source() {
			return plain.source();
		}

		@Override
		public List<FieldInfo> fields() {
			return plain.fields();
		}

		@Override
		public int[] eventCodes(String typeName) {
			return plain.eventCodes(typeName);
		}

		@Override
		public int eventCodeCount() {
			return plain.eventCodeCount();
		}
	}

	/**
	 * A decided key stays in the lookup when leaving it out saves no read (its deciding field is
	 * not a key: the lookup would read that instead), and so do keys that decide each other.
	 */
	@Test
	void aKeyIsLeftOutOnlyWhenThatSavesReadsAndNeverInACycle() throws Exception {
		// fd.directory decided by fd.name, which no rule tests: reading fd.name instead saves nothing
		Map<String, Integer> reads = readsPerLookup(Map.of("fd.directory", List.of("fd.name")),
				List.of("fd.directory = /etc or proc.name = cat", "fd.directory = /tmp or proc.name = vi",
						"fd.directory = /bin or proc.name = bash"));
		assertEquals(Map.of("fd.directory", LOOKUPS), reads, "reads by the mask's lookups");
		// fd.directory and fd.filename, each declared decided by the other: neither may be left out
		reads = readsPerLookup(Map.of("fd.directory", List.of("fd.filename"), "fd.filename", List.of("fd.directory")),
				List.of("fd.directory = /etc or fd.filename = passwd", "fd.directory = /tmp or fd.filename = sh",
						"fd.filename = x and fd.directory = /bin"));
		assertEquals(Map.of("fd.directory", LOOKUPS, "fd.filename", LOOKUPS), reads, "reads by the mask's lookups");
	}

	private static final int LOOKUPS = 1000;

	/** Per declared field: its reads by {@link RuleMask#find} over {@link #LOOKUPS} events of few combinations. */
	@SuppressWarnings("unchecked")
	private Map<String, Integer> readsPerLookup(Map<String, List<String>> decidedBy, List<String> conditions) throws Exception {
		Map<String, Integer> reads = new HashMap<>();
		FieldCatalog<Map<String, Object>> declared = new OnTestCatalog() {
			@Override
			public Field<Map<String, Object>> field(String name, String bracketArgument) throws UnknownFieldException {
				Field<Map<String, Object>> f = plain.field(name, bracketArgument);
				List<String> by = decidedBy.get(name);
				if (by == null) {
					return f;
				}
				List<Field<Map<String, Object>>> deciding = new ArrayList<>();
				for (String b : by) {
					deciding.add(plain.field(b, null));
				}
				return new Field<>(f.info(), null) {
					@Override
					public Object value(Map<String, Object> ctx) {
						reads.merge(name, 1, Integer::sum);
						return f.value(ctx);
					}

					@Override
					public List<Field<Map<String, Object>>> decidedBy(int code) {
						return deciding;
					}
				};
			}
		};
		FilterCompiler<Map<String, Object>> c = new FilterCompiler<>(declared, epoch);
		List<Filter<Map<String, Object>>> rests = new ArrayList<>();
		for (String condition : conditions) {
			rests.add(c.compile(ConditionParser.parse(condition)));
		}
		RuleMask<Map<String, Object>> m = RuleMask.of(new Filter[] {Filter.Constant.of(true)}, new int[rests.size()],
				rests.toArray(new Filter[0]), 3);
		assertNotNull(m);
		String[][] files = {{"/etc", "passwd"}, {"/tmp", "sh"}, {"/bin", "x"}};
		String[] procs = {"cat", "vi"};
		Map<String, Integer> byLookups = new HashMap<>();
		for (int i = 0; i < LOOKUPS; i++) {
			Map<String, Object> e = new HashMap<>();
			String[] file = files[i % files.length];
			e.put("fd.directory", file[0]);
			e.put("fd.filename", file[1]);
			e.put("fd.name", file[0] + "/" + file[1]);
			e.put("proc.name", procs[i % procs.length]);
			epoch.advance();
			Map<String, Integer> before = new HashMap<>(reads);
			assertTrue(m.find(e) != -1, "the mask stays on");
			for (Map.Entry<String, Integer> r : reads.entrySet()) {
				byLookups.merge(r.getKey(), r.getValue() - before.getOrDefault(r.getKey(), 0), Integer::sum);
			}
		}
		return byLookups;
	}

	@Test
	void noMaskWithoutAStringFieldTestedTwice() throws Exception {
		Filter<Map<String, Object>> yes = Filter.Constant.of(true);
		List<Filter<Map<String, Object>>> rests = List.of(compile("proc.pid > 1"), compile("proc.name = cat"), compile("proc.tty = 0"));
		assertNull(mask(List.of(yes), new int[3], rests));
	}

	private static boolean allOut(RuleMask<Map<String, Object>> m, int base, int n) {
		for (int k = 0; k < n; k++) {
			if (m.mayMatch(base, k)) {
				return false;
			}
		}
		return true;
	}

	private static void put(Map<String, Object> e, String field, String v) {
		if (v != null) {
			e.put(field, v);
		}
	}
}

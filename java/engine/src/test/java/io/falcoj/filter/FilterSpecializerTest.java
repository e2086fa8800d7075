package io.falcoj.filter;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilterSpecializerTest {
	private final EvaluationEpoch epoch = new EvaluationEpoch();
	private final FilterCompiler<Map<String, Object>> compiler = new FilterCompiler<>(new TestCatalog(), epoch);

	private Filter<Map<String, Object>> compile(String condition) throws Exception {
		return compiler.compile(ConditionParser.parse(condition));
	}

	@Test
	void checksTheCodeDecidesAreFolded() throws Exception {
		Filter<Map<String, Object>> f = compile("evt.type = open and evt.dir = < and proc.name = cat");
		FilterSpecializer<Map<String, Object>> s = new FilterSpecializer<>(List.of(f));
		s.setCode(4);
		assertTrue(FilterSpecializer.isFalse(s.specialize(f)), "a close event is no open");
		s.setCode(2);
		assertTrue(FilterSpecializer.isFalse(s.specialize(f)), "an open's enter event has evt.dir >");
		s.setCode(3);
		Filter<Map<String, Object>> exit = s.specialize(f);
		assertEquals("proc.name = cat", exit.toString(), "only what the code does not decide is left");
		assertTrue(exit.matches(Map.of("proc.name", "cat"), 3));
	}

	@Test
	void aCheckSharedByRulesStaysOneNodePerCode() throws Exception {
		Filter<Map<String, Object>> a = compile("fd.name startswith /etc and proc.name = cat");
		Filter<Map<String, Object>> b = compile("fd.name startswith /etc and proc.name = vi");
		FilterSpecializer<Map<String, Object>> s = new FilterSpecializer<>(List.of(a, b));
		s.setCode(3);
		Filter<Map<String, Object>> ga = s.guard(s.specialize(a));
		Filter<Map<String, Object>> gb = s.guard(s.specialize(b));
		assertSame(ga, gb, "both rules start with the same shared check");
		assertTrue(ga instanceof FilterCompiler.SharedFilter, "remembered per event: " + ga.getClass());
		assertEquals("proc.name = cat", s.afterGuard(s.specialize(a)).toString());
	}

	/** For random events consistent with their code, specialised and plain filters agree. */
	@Test
	void specialisedFiltersAnswerAsThePlainOnes() throws Exception {
		List<String> conditions = List.of(
				"evt.type in (open, close) and (fd.name startswith /etc or not proc.name in (cat, vi))",
				"(evt.type = execve and evt.dir = <) or (evt.type = connect and fd.sport = 22)",
				"not (evt.type = open or evt.dir = >) and proc.pid > 10",
				"evt.type != close and (proc.name = cat or (fd.name contains ssh and not evt.dir = <))",
				"(evt.type = open and fd.name exists) or (evt.type = open and evt.dir = > and proc.tty = 0)");
		FilterCompiler<Map<String, Object>> plainCompiler = new FilterCompiler<>(new TestCatalog());
		List<Filter<Map<String, Object>>> fast = new ArrayList<>();
		List<Filter<Map<String, Object>>> plain = new ArrayList<>();
		for (String c : conditions) {
			fast.add(compile(c));
			plain.add(plainCompiler.compile(ConditionParser.parse(c)));
		}
		FilterSpecializer<Map<String, Object>> s = new FilterSpecializer<>(fast);
		Random random = new Random(3);
		String[] names = {"cat", "vi", "sh", null};
		String[] paths = {"/etc/passwd", "/home/u/.ssh/id", "/tmp/x", null};
		int compared = 0;
		for (int code = 0; code < 30; code++) {
			s.setCode(code);
			List<Filter<Map<String, Object>>> specialised = new ArrayList<>();
			for (Filter<Map<String, Object>> f : fast) {
				specialised.add(s.specialize(f));
			}
			for (int k = 0; k < 50; k++) {
				Map<String, Object> event = new HashMap<>();
				event.put("evt.dir", code % 2 == 0 ? ">" : "<");
				put(event, "proc.name", names[random.nextInt(names.length)]);
				put(event, "fd.name", paths[random.nextInt(paths.length)]);
				event.put("proc.pid", (long) random.nextInt(20));
				event.put("proc.tty", (long) random.nextInt(2));
				event.put("fd.sport", random.nextBoolean() ? 22L : 80L);
				epoch.advance();
				for (int i = 0; i < conditions.size(); i++) {
					assertEquals(plain.get(i).matches(event, code), specialised.get(i).matches(event, code),
							conditions.get(i) + " on code " + code + ", event " + event);
					compared++;
				}
			}
		}
		assertEquals(30 * 50 * conditions.size(), compared);
	}

	private static void put(Map<String, Object> m, String k, Object v) {
		if (v != null) {
			m.put(k, v);
		}
	}
}

package io.falcoj.rules;

import io.falcoj.filter.TestCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleLoaderTest {
	static RuleLoader loader() {
		return new RuleLoader(Map.of("syscall", new TestCatalog()), LoadOptions.defaults());
	}

	static Map<String, Object> event(Object... kv) {
		Map<String, Object> m = new HashMap<>();
		for (int k = 0; k < kv.length; k += 2) {
			m.put((String) kv[k], kv[k + 1]);
		}
		return m;
	}

	static List<String> matches(LoadedRules rules, Map<String, Object> ev, int code) {
		List<String> out = new ArrayList<>();
		Ruleset<Map<String, Object>> rs = rules.ruleset("syscall");
		rs.setMatching(Ruleset.Matching.ALL);
		rs.evaluate(ev, code, r -> out.add(r.name()));
		return out;
	}

	static boolean hasMessage(List<LoadMessage> msgs, LoadCode code, String itemType, String itemName) {
		return msgs.stream().anyMatch(m -> m.code() == code && m.context().item().itemType().equals(itemType)
				&& m.context().item().itemName().equals(itemName));
	}

	@Test
	void listsMacrosAndRulesCompileAndMatch() {
		RuleLoader l = loader();
		LoadResult res = l.loadContent("a.yaml", """
				- list: cat_binaries
				  items: [cat]
				- macro: is_cat
				  condition: proc.name in (cat_binaries)
				- rule: open_from_cat
				  desc: A process named cat does an open
				  condition: evt.type=open and is_cat
				  output: "An open was seen (command=%proc.cmdline)"
				  priority: WARNING
				  tags: [b, a]
				""");
		assertTrue(res.successful(), res.verbose());
		assertTrue(res.warnings().isEmpty(), res.verbose());
		LoadedRules rules = l.rules();
		Rule<Map<String, Object>> r = rules.<Map<String, Object>>ruleset("syscall").rule("open_from_cat");
		assertNotNull(r);
		assertEquals(Priority.WARNING, r.priority());
		assertEquals(List.of("a", "b"), new ArrayList<>(r.tags()));
		assertEquals(List.of("open_from_cat"), matches(rules, event("proc.name", "cat", "proc.cmdline", "cat /dev/null"), 2));
		assertEquals(List.of(), matches(rules, event("proc.name", "cat"), 4));
		assertEquals(List.of(), matches(rules, event("proc.name", "dog"), 2));
		assertEquals("An open was seen (command=cat x)", r.output().render(event("proc.cmdline", "cat x")));
		assertEquals("An open was seen (command=<NA>)", r.output().render(event()));
	}
}

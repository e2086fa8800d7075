package io.falcoj.rules;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The merge semantics (lists, macros, rules appended, overridden, ordered; exceptions) checked
 * with the regression suite's own rule files: each case run on cat_write.scap is replayed here as
 * the one event that matters in that trace (cat opening /dev/null from bash), and must detect or
 * not as the case says.
 */
class CompatDetectionTest {
	private static final Map<String, Object> CAT_OPENS_DEV_NULL = RuleLoaderTest.event("proc.name", "cat", "proc.cmdline",
			"cat /dev/null", "proc.pname", "bash", "fd.name", "/dev/null", "fd.filename", "null", "fd.directory", "/dev");
	private static final int OPEN_EXIT = 3;

	@TestFactory
	@SuppressWarnings("unchecked")
	List<DynamicTest> catWriteCasesDetectAsFalcoDoes() throws IOException {
		Path compat = CompatValidationTest.shared().resolve("compat");
		Assumptions.assumeTrue(Files.isDirectory(compat), "shared/compat not present: " + compat);
		List<DynamicTest> tests = new ArrayList<>();
		for (String suite : List.of("falco_tests.given.yaml", "falco_tests_exceptions.given.yaml")) {
			Map<String, Object> doc = new Yaml().load(Files.readString(compat.resolve(suite)));
			Map<String, Map<String, Object>> cases = (Map<String, Map<String, Object>>) doc.get("trace_files");
			for (Map.Entry<String, Map<String, Object>> c : cases.entrySet()) {
				Map<String, Object> p = c.getValue();
				if (!"trace_files/cat_write.scap".equals(p.get("trace_file")) || !p.containsKey("rules_file") || !p.containsKey("detect")
						|| p.containsKey("conf_file") || p.containsKey("run_tags") || p.containsKey("disable_tags")
						|| p.containsKey("detect_counts")) {
					continue;
				}
				tests.add(DynamicTest.dynamicTest(c.getKey(), () -> check(compat, p)));
			}
		}
		assertTrue(tests.size() > 20, "too few cases: " + tests.size());
		return tests;
	}

	@SuppressWarnings("unchecked")
	private static void check(Path compat, Map<String, Object> p) throws IOException {
		RuleLoader l = RuleLoaderTest.loader();
		Object rf = p.get("rules_file");
		List<Path> files = new ArrayList<>();
		for (String f : rf instanceof List ? (List<String>) rf : List.of((String) rf)) {
			files.add(compat.resolve(f));
		}
		l.loadFiles(RuleLoader.expand(files));
		String all = String.join("\n", l.results().stream().map(LoadResult::verbose).toList());
		assertTrue(l.successful(), all);
		Ruleset<Map<String, Object>> rs = l.rules().ruleset("syscall");
		for (String d : (List<String>) p.getOrDefault("disabled_rules", List.of())) {
			rs.setEnabled(r -> r.name().matches(d), false);
		}
		if (p.get("priority") != null) {
			rs.setMinimumPriority(Priority.parse((String) p.get("priority")));
		}
		List<Rule<Map<String, Object>>> hits = new ArrayList<>();
		rs.evaluate(CAT_OPENS_DEV_NULL, OPEN_EXIT, hits::add);
		boolean detect = (Boolean) p.get("detect");
		assertEquals(detect, !hits.isEmpty(), "matches " + hits + "\n" + all);
		if (detect && p.get("detect_level") instanceof String level) {
			assertEquals(Priority.parse(level), hits.get(0).priority());
		}
	}
}

package io.falcoj.rules;

import io.falcoj.filter.TestCatalog;
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

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The -V cases of Falco's regression suite (shared/compat/falco_tests*.given.yaml): each expected
 * error and warning (code, item type, item name) must be reported when the case's files load.
 * Uses the test catalog, which has the fields these small files use.
 */
class CompatValidationTest {
	static Path shared() {
		return Path.of(System.getProperty("falcoj.root", "."), "..", "shared").normalize();
	}

	@TestFactory
	List<DynamicTest> validateCasesReportFalcosCodes() throws IOException {
		Path compat = shared().resolve("compat");
		Assumptions.assumeTrue(Files.isDirectory(compat), "shared/compat not present: " + compat);
		List<DynamicTest> tests = new ArrayList<>();
		for (String suite : List.of("falco_tests.given.yaml", "falco_tests_exceptions.given.yaml")) {
			Map<String, Object> doc = new Yaml().load(Files.readString(compat.resolve(suite)));
			@SuppressWarnings("unchecked")
			Map<String, Map<String, Object>> cases = (Map<String, Map<String, Object>>) doc.get("trace_files");
			for (Map.Entry<String, Map<String, Object>> c : cases.entrySet()) {
				Map<String, Object> p = c.getValue();
				if (!p.containsKey("validate_rules_file")) {
					continue;
				}
				tests.add(DynamicTest.dynamicTest(c.getKey(), () -> check(compat, p)));
			}
		}
		return tests;
	}

	@SuppressWarnings("unchecked")
	private static void check(Path compat, Map<String, Object> p) {
		RuleLoader l = RuleLoaderTest.loader();
		for (String f : (List<String>) p.get("validate_rules_file")) {
			l.loadFile(compat.resolve(f));
		}
		List<LoadMessage> errors = new ArrayList<>();
		List<LoadMessage> warnings = new ArrayList<>();
		for (LoadResult r : l.results()) {
			errors.addAll(r.errors());
			warnings.addAll(r.warnings());
		}
		String all = String.join("\n", l.results().stream().map(LoadResult::verbose).toList());
		for (Map<String, Object> e : (List<Map<String, Object>>) p.getOrDefault("validate_errors", List.of())) {
			assertTrue(RuleLoaderTest.hasMessage(errors, LoadCode.valueOf((String) e.get("code")), (String) e.get("item_type"),
					(String) e.get("item_name")), "missing error " + e + " in\n" + all);
			Object msg = e.get("message");
			if (msg != null) {
				assertTrue(errors.stream().anyMatch(m -> m.message().equals(msg)) || ((String) msg).startsWith("yaml-cpp"),
						"message " + msg + " not in\n" + all);
			}
		}
		for (Map<String, Object> w : (List<Map<String, Object>>) p.getOrDefault("validate_warnings", List.of())) {
			assertTrue(RuleLoaderTest.hasMessage(warnings, LoadCode.valueOf((String) w.get("code")), (String) w.get("item_type"),
					(String) w.get("item_name")), "missing warning " + w + " in\n" + all);
		}
		if (p.get("validate_ok") != null) {
			assertTrue(l.results().get(0).successful(), all);
		}
		int exit = ((Number) p.getOrDefault("exit_status", 0)).intValue();
		assertTrue((exit != 0) != l.successful(), "success " + l.successful() + " but exit status " + exit + "\n" + all);
	}
}

package io.falcoj.rules;

import io.falcoj.field.FieldCatalog;
import io.falcoj.field.syscall.EvtFields;
import io.falcoj.field.syscall.StateEventState;
import io.falcoj.field.syscall.SyscallFields;
import io.falcoj.k8saudit.K8sAuditFields;
import io.falcoj.state.StateEngine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every upstream rules file (shared/rules-upstream) loads with zero errors with the real field
 * catalogs (syscall: state and evt families; k8s_audit), as {@code falco -V FILE} does; the
 * warnings of each file are listed in the test output.
 */
class UpstreamRulesTest {
	@Test
	void everyUpstreamFileValidatesWithTheRealCatalogs() throws IOException {
		Path dir = CompatValidationTest.shared().resolve("rules-upstream");
		Assumptions.assumeTrue(Files.isDirectory(dir), "shared/rules-upstream not present: " + dir);
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
		}
		StateEngine engine = new StateEngine();
		Map<String, FieldCatalog<?>> catalogs = new LinkedHashMap<>();
		catalogs.put("syscall", SyscallFields.standard(engine, new EvtFields(new StateEventState(engine))));
		catalogs.put("k8s_audit", new K8sAuditFields());
		List<String> failures = new ArrayList<>();
		for (Path f : files) {
			RuleLoader l = new RuleLoader(catalogs, LoadOptions.defaults());
			LoadResult r = l.loadFile(f);
			Map<LoadCode, Long> counts = new TreeMap<>();
			r.warnings().forEach(w -> counts.merge(w.code(), 1L, Long::sum));
			System.out.println(f.getFileName() + ": " + (r.successful() ? "Ok" : "Invalid") + ", " + l.rules().allRules().size()
					+ " rules, warnings " + counts);
			for (LoadMessage w : r.warnings()) {
				System.out.println("  " + w.code() + " " + w.context().item().itemType() + " '" + w.context().item().itemName() + "': "
						+ w.message());
			}
			if (!r.successful()) {
				failures.add(r.verbose());
			}
		}
		assertTrue(failures.isEmpty(), String.join("\n", failures));
	}
}

package io.falcoj.rules;

import io.falcoj.capture.ScapReader;
import io.falcoj.field.FieldCatalog;
import io.falcoj.field.syscall.SyscallSource;
import io.falcoj.state.ParsedEvent;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The usual evaluation (results shared between rules, filters specialised per event code,
 * guards, rule masks by key values) matches exactly what each rule's own filter says, evaluated alone
 * ({@link LoadOptions#plainFilters}), on every event of the shared captures, with the stock rules
 * plus one rule per macro and one per negated macro (so that the parts of the rules are compared
 * too, not only the rare alerts). Set {@code -Dfalcoj.equivalence.traces=a.scap:b.scap} to
 * compare on other captures (the 14M-event benchmark capture, say).
 */
class EvaluationEquivalenceTest {
	private static final List<String> STOCK = List.of("falco_rules-latest.yaml", "falco-incubating_rules-latest.yaml",
			"falco-sandbox_rules-latest.yaml");

	@Test
	void optimisedEvaluationMatchesPlainEvaluationOnEveryEvent() throws Exception {
		Path shared = CompatValidationTest.shared();
		Path rulesDir = shared.resolve("rules-upstream");
		Assumptions.assumeTrue(Files.isDirectory(rulesDir), "shared/rules-upstream not present: " + rulesDir);
		List<Path> traces = traces(shared);
		Assumptions.assumeTrue(!traces.isEmpty(), "no shared captures");

		SyscallSource source = new SyscallSource();
		Map<String, FieldCatalog<?>> catalogs = Map.of("syscall", source.catalog());
		Ruleset<ParsedEvent> plain = load(catalogs, rulesDir, LoadOptions.defaults().withPlainFilters());
		Ruleset<ParsedEvent> fast = load(catalogs, rulesDir, LoadOptions.defaults());
		assertEquals(plain.rules().size(), fast.rules().size());
		plain.setMatching(Ruleset.Matching.ALL);
		fast.setMatching(Ruleset.Matching.ALL);

		List<String> expected = new ArrayList<>();
		List<String> got = new ArrayList<>();
		Map<String, Integer> matchesByRule = new TreeMap<>();
		List<String> differences = new ArrayList<>();
		long[] events = new long[1];
		source.setConsumer(pe -> {
			events[0]++;
			expected.clear();
			got.clear();
			plain.evaluate(pe, pe.event.type(), r -> expected.add(r.name()));
			fast.evaluate(pe, pe.event.type(), r -> got.add(r.name()));
			if (!expected.equals(got) && differences.size() < 20) {
				List<String> missing = new ArrayList<>(expected);
				missing.removeAll(got);
				List<String> extra = new ArrayList<>(got);
				extra.removeAll(expected);
				differences.add("event " + pe.num + " (" + pe.event.info().name() + "): optimised evaluation misses " + missing
						+ ", adds " + extra);
			}
			for (String n : expected) {
				matchesByRule.merge(n, 1, Integer::sum);
			}
		});
		for (Path t : traces) {
			ScapReader.read(t, source);
		}
		System.out.println("equivalence: " + events[0] + " events, " + matchesByRule.size() + " of " + plain.rules().size()
				+ " rules matched at least once; " + fast.maskedPlanCount() + " plans with a rule mask");
		assertTrue(fast.maskedPlanCount() >= 10, "the rule masks were not tried: " + fast.maskedPlanCount());
		assertTrue(differences.isEmpty(), String.join("\n", differences));
		// the comparison means something only if many rules (macros) matched some events
		assertTrue(matchesByRule.size() >= 50, "only " + matchesByRule.size() + " rules ever matched");
	}

	/** The stock rules, then a rule for each macro they define and for its negation. */
	private static Ruleset<ParsedEvent> load(Map<String, FieldCatalog<?>> catalogs, Path dir, LoadOptions options) {
		RuleLoader loader = new RuleLoader(catalogs, options);
		for (String f : STOCK) {
			LoadResult r = loader.loadFile(dir.resolve(f));
			assertTrue(r.successful(), r.verbose());
		}
		StringBuilder generated = new StringBuilder();
		for (String macro : loader.rules().macros().keySet()) {
			for (String cond : List.of(macro, "not " + macro)) {
				generated.append("- rule: ").append(cond).append("\n  desc: generated\n  condition: ").append(cond)
						.append("\n  output: x\n  priority: INFO\n  skip-if-unknown-filter: true\n");
			}
		}
		LoadResult r = loader.loadContent("generated.yaml", generated.toString());
		assertTrue(r.successful(), r.verbose());
		return loader.rules().ruleset("syscall");
	}

	private static List<Path> traces(Path shared) throws Exception {
		String given = System.getProperty("falcoj.equivalence.traces", "");
		List<Path> out = new ArrayList<>();
		if (!given.isEmpty()) {
			for (String p : given.split(":")) {
				out.add(Path.of(p));
			}
			return out;
		}
		Path small = shared.resolve("traces/qemu-small.scap");
		if (Files.isRegularFile(small)) {
			out.add(small);
		}
		Path compat = shared.resolve("compat/trace_files");
		if (Files.isDirectory(compat)) {
			try (Stream<Path> s = Files.list(compat)) {
				s.filter(p -> p.toString().endsWith(".scap")).sorted().forEach(out::add);
			}
		}
		return out;
	}
}

package io.falcoj.rules;

import io.falcoj.event.EventInfo;
import io.falcoj.event.EventTable;
import io.falcoj.field.Field;
import io.falcoj.field.FieldCatalog;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldType;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every upstream rules file (shared/rules-upstream) goes through the whole loader with a catalog
 * that accepts any field name as a string: this checks the YAML, the grammar, lists, macros,
 * exceptions and overrides of real files, and that every evt.type they name is in the event
 * table, independently of which fields the field catalogs implement.
 */
class UpstreamRulesParseTest {
	/** Any dotted name is a string field; event types are the real event table's. */
	static final class AnyFieldCatalog implements FieldCatalog<Object> {
		private final String source;
		private final boolean eventTypes;

		AnyFieldCatalog(String source, boolean eventTypes) {
			this.source = source;
			this.eventTypes = eventTypes;
		}

		@Override
		public String source() {
			return source;
		}

		@Override
		public Field<Object> field(String name, String arg) {
			return new Field<>(new FieldInfo(name, FieldType.STRING, false, FieldInfo.Argument.OPTIONAL, ""), arg) {
				@Override
				public Object value(Object ctx) {
					return null;
				}
			};
		}

		@Override
		public List<FieldInfo> fields() {
			return List.of();
		}

		@Override
		public int[] eventCodes(String typeName) {
			if (!eventTypes) {
				return null;
			}
			int[] codes = TABLE.byName(typeName).stream().mapToInt(EventInfo::code).toArray();
			if (codes.length == 0) {
				// a syscall without events of its own is reported by the generic events (0 and 1)
				for (int k = 0; k < TABLE.syscallCount(); k++) {
					if (typeName.equals(TABLE.syscallName(k))) {
						return new int[]{0, 1};
					}
				}
			}
			return codes;
		}

		@Override
		public int eventCodeCount() {
			return eventTypes ? TABLE.size() : 0;
		}
	}

	private static EventTable TABLE;

	@Test
	void everyUpstreamFileLoadsWithoutErrors() throws IOException {
		try {
			TABLE = EventTable.get();
		} catch (Throwable e) {
			Assumptions.abort("the event table does not load on this branch: " + e);
		}
		Path dir = CompatValidationTest.shared().resolve("rules-upstream");
		Assumptions.assumeTrue(Files.isDirectory(dir), "shared/rules-upstream not present: " + dir);
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
		}
		List<String> failures = new ArrayList<>();
		for (Path f : files) {
			RuleLoader l = new RuleLoader(Map.of("syscall", new AnyFieldCatalog("syscall", true), "k8s_audit",
					new AnyFieldCatalog("k8s_audit", false)), LoadOptions.defaults());
			LoadResult r = l.loadFile(f);
			Map<LoadCode, Long> counts = new java.util.TreeMap<>();
			r.warnings().forEach(w -> counts.merge(w.code(), 1L, Long::sum));
			System.out.println(f.getFileName() + ": " + (r.successful() ? "Ok" : "Invalid") + ", " + l.rules().allRules().size()
					+ " rules, warnings " + counts);
			if (!r.successful()) {
				failures.add(r.verbose());
			} else if (l.rules().allRules().isEmpty()) {
				failures.add(f + " has no rules");
			}
		}
		assertTrue(failures.isEmpty(), String.join("\n", failures));
	}
}

package io.falcoj.rules;

import io.falcoj.field.Field;
import io.falcoj.field.FieldCatalog;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldType;
import io.falcoj.field.UnknownFieldException;
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
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every upstream rules file (shared/rules-upstream) loads with zero errors with the real field
 * catalogs (syscall: state and evt families; k8s_audit), as {@code falco -V FILE} does; the
 * warnings of each file are listed in the test output.
 * <p>
 * Fields the catalogs do not have yet are listed in {@link #PENDING} and stand in as fields
 * without values, so that the rest of each file is still checked (loading stops at the first
 * error); the test prints which of them were needed, and an entry that the catalog now has is
 * simply not used.
 */
class UpstreamRulesTest {
	/** Fields of Falco's syscall source that the syscall catalog does not provide yet. */
	static final Set<String> PENDING = Set.of("k8s.ns.name", "k8s.pod.name", "k8s.pod.label", "k8s.pod.labels", "k8s.pod.uid",
			"k8s.pod.id", "k8s.ns.id", "container.start_ts");

	/** A catalog with the pending fields added (as absent values) when the real one lacks them. */
	static final class WithPending<C> implements FieldCatalog<C> {
		private final FieldCatalog<C> real;
		final Set<String> used = new TreeSet<>();

		WithPending(FieldCatalog<C> real) {
			this.real = real;
		}

		@Override
		public String source() {
			return real.source();
		}

		@Override
		public Field<C> field(String name, String arg) throws UnknownFieldException {
			try {
				return real.field(name, arg);
			} catch (UnknownFieldException e) {
				if (!PENDING.contains(name)) {
					throw e;
				}
				used.add(name);
				return new Field<>(new FieldInfo(name, FieldType.STRING, false, FieldInfo.Argument.OPTIONAL, "pending"), arg) {
					@Override
					public Object value(C ctx) {
						return null;
					}
				};
			}
		}

		@Override
		public List<FieldInfo> fields() {
			List<FieldInfo> all = new ArrayList<>(real.fields());
			Set<String> have = new TreeSet<>();
			all.forEach(f -> have.add(f.name()));
			for (String p : PENDING) {
				if (!have.contains(p)) {
					all.add(new FieldInfo(p, FieldType.STRING, false, FieldInfo.Argument.OPTIONAL, "pending"));
				}
			}
			return all;
		}

		@Override
		public int[] eventCodes(String typeName) {
			return real.eventCodes(typeName);
		}

		@Override
		public int eventCodeCount() {
			return real.eventCodeCount();
		}

		@Override
		public boolean eventCodeIsExactly(int code, String typeName) {
			return real.eventCodeIsExactly(code, typeName);
		}
	}

	@Test
	void everyUpstreamFileValidatesWithTheRealCatalogs() throws IOException {
		Path dir = CompatValidationTest.shared().resolve("rules-upstream");
		Assumptions.assumeTrue(Files.isDirectory(dir), "shared/rules-upstream not present: " + dir);
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
		}
		StateEngine engine = new StateEngine();
		WithPending<?> syscall = new WithPending<>(SyscallFields.standard(engine, new EvtFields(new StateEventState(engine))));
		Map<String, FieldCatalog<?>> catalogs = new LinkedHashMap<>();
		catalogs.put("syscall", syscall);
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
		System.out.println("pending fields stood in for: " + syscall.used);
		assertTrue(failures.isEmpty(), String.join("\n", failures));
	}
}

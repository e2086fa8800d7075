package io.falcoj.field.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.falcoj.SharedTraces;
import io.falcoj.capture.ScapReader;
import io.falcoj.field.Field;
import io.falcoj.field.FieldInfo;
import io.falcoj.state.ParsedEvent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/**
 * What {@link Field#decidedBy} claims holds on a real capture: wherever a field says other fields
 * decide it on an event code, two events of that code with the same values of those fields give
 * it the same value (a rule mask keys on the deciding fields instead of reading it).
 */
class DecidedByTest {
	@Test
	void decidedFieldsAreFunctionsOfTheirDecidingFields() throws Exception {
		Path trace = SharedTraces.require("qemu-small.scap");
		SyscallSource source = new SyscallSource();
		SyscallFields catalog = source.catalog();
		List<Field<ParsedEvent>> bound = new ArrayList<>();
		for (FieldInfo f : catalog.fields()) {
			if (f.argument() != FieldInfo.Argument.REQUIRED) {
				bound.add(catalog.field(f.name(), null));
			}
		}
		// per (code, field, deciding values): the value first seen
		Map<List<Object>, Object> seen = new HashMap<>();
		List<String> wrong = new ArrayList<>();
		int[] checks = {0};
		source.setConsumer(pe -> {
			int code = pe.event.type();
			for (Field<ParsedEvent> f : bound) {
				List<Field<ParsedEvent>> by = f.decidedBy(code);
				if (by == null) {
					continue;
				}
				List<Object> key = new ArrayList<>();
				key.add(code);
				key.add(f.info().name());
				for (Field<ParsedEvent> b : by) {
					key.add(b.value(pe));
				}
				Object v = f.value(pe);
				checks[0]++;
				if (seen.containsKey(key)) {
					if (!Objects.equals(seen.get(key), v) && wrong.size() < 10) {
						wrong.add(f.info().name() + " on event " + pe.num + ": " + v + ", where " + key + " gave "
								+ seen.get(key));
					}
				} else {
					seen.put(key, v);
				}
			}
		});
		try (ScapReader reader = ScapReader.open(trace)) {
			reader.read(source);
		}
		assertEquals(List.of(), wrong);
		assertTrue(checks[0] > 10000, "decided values checked: " + checks[0]);
		assertTrue(seen.size() > 300, "distinct deciding values: " + seen.size());
	}
}

package io.falcoj.field.syscall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.falcoj.SharedTraces;
import io.falcoj.capture.ScapReader;
import io.falcoj.field.Field;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldType;
import io.falcoj.state.ParsedEvent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Every field of the state-backed families (proc, thread, user, group, container, fd, fdlist, k8s),
 * bound with and without its argument, reads on every event of a real capture: each field's id
 * reaches a case of its kind's getter (a missing one throws), its value has the Java type its
 * FieldInfo promises, it renders {@code <NA>} exactly when it has no value, and its value as a
 * long is its value.
 */
class StateFamilyTest {
	@Test
	void everyFieldReadsAsItsTypeOnEveryEvent() throws Exception {
		Path trace = SharedTraces.require("qemu-small.scap");
		SyscallSource source = new SyscallSource();
		SyscallFields catalog = source.catalog();
		List<Field<ParsedEvent>> bound = new ArrayList<>();
		for (FieldInfo f : catalog.fields()) {
			if (f.name().startsWith("evt.") || f.name().startsWith("syscall.")) {
				continue;
			}
			if (f.argument() != FieldInfo.Argument.REQUIRED) {
				bound.add(catalog.field(f.name(), null));
			}
			if (f.argument() != FieldInfo.Argument.NONE) {
				bound.add(catalog.field(f.name(), "1"));
			}
		}
		bound.add(catalog.field("container.mount.source", "/usr/*"));
		bound.add(catalog.field("thread.cgroup", "cpuacct"));
		assertTrue(bound.size() > 180, "fields bound: " + bound.size());

		List<String> wrong = new ArrayList<>();
		Set<String> withValue = new TreeSet<>();
		source.setConsumer(pe -> {
			for (Field<ParsedEvent> f : bound) {
				Object v = f.value(pe);
				String shown = f.render(pe);
				if (v != null) {
					withValue.add(f.info().name());
				}
				if (v != null && !typeFits(f.info(), v) && wrong.size() < 20) {
					wrong.add(f + " gave a " + v.getClass().getSimpleName() + " on event " + pe.num);
				}
				if ((v == null) != "<NA>".equals(shown) && !"<NA>".equals(v) && wrong.size() < 20) {
					wrong.add(f + " is " + v + " but renders " + shown + " on event " + pe.num);
				}
				// thread.exectime and thread.totexectime count from the previous read: a second read differs.
				boolean readOnce = f.info().name().endsWith("exectime");
				if (!readOnce && !f.info().isList() && (f.type().isNumeric() || f.type() == FieldType.BOOL)) {
					long n = f.longValue(pe, Long.MIN_VALUE + 1);
					boolean same = v == null ? n == Long.MIN_VALUE + 1
							: v instanceof Boolean b ? n == (b ? 1 : 0) : !(v instanceof Long l) || n == l;
					if (!same && wrong.size() < 20) {
						wrong.add(f + " reads " + v + " as a value, " + n + " as a long, on event " + pe.num);
					}
				}
			}
		});
		try (ScapReader reader = ScapReader.open(trace)) {
			reader.read(source);
		}
		assertEquals(List.of(), wrong);
		// The capture has processes, files, sockets and users: their families must read something.
		for (String name : List.of("proc.name", "proc.pid", "proc.aname", "thread.tid", "proc.is_exe_writable",
				"user.name", "group.gid", "container.id", "fd.name", "fd.typechar", "fd.num", "fd.cip", "fd.port",
				"fd.sport", "fd.is_server", "fdlist.nums", "fd.types")) {
			assertTrue(withValue.contains(name), name + " never had a value");
		}
	}

	private static boolean typeFits(FieldInfo info, Object v) {
		if (info.isList()) {
			return v instanceof List;
		}
		switch (info.type()) {
		case STRING:
			return v instanceof String;
		case BOOL:
			return v instanceof Boolean;
		case DOUBLE:
			return v instanceof Double;
		case IPADDR:
			return v instanceof byte[] a && (a.length == 4 || a.length == 16);
		default:
			return info.type().isNumeric() ? v instanceof Long : true;
		}
	}
}

package io.falcoj.field.syscall;

import io.falcoj.capture.ScapReader;
import io.falcoj.field.Field;
import io.falcoj.field.UnknownFieldException;
import io.falcoj.state.ParsedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * evt.* fields over a real capture (qemu-small.scap) read through the capture reader and the state
 * engine; the expected texts are what sysdig 0.29.3 prints for the same events.
 */
class EvtFieldsTest {
	private static final String[] FIELDS = {"evt.type", "evt.dir", "evt.category", "evt.res", "evt.rawres", "evt.failed",
			"evt.is_open_read", "evt.is_open_write", "evt.count.error", "evt.count.error.file", "evt.buflen", "evt.io_dir",
			"evt.latency", "evt.latency.human", "evt.reltime", "evt.reltime.s", "evt.abspath", "evt.arg[0]", "evt.arg.name",
			"evt.args", "evt.rawarg.flags", "evt.type.is.openat", "evt.wait_latency", "syscall.type", "evt.time",
			"evt.datetime.s", "evt.time.iso8601", "evt.num", "evt.cpu", "evt.count.exit"};
	private static final Map<Long, Map<String, String>> SEEN = new HashMap<>();

	@BeforeAll
	static void replay() throws Exception {
		Path file = Path.of(System.getProperty("falcoj.root", "."), "..", "shared", "traces", "qemu-small.scap");
		assumeTrue(Files.isReadable(file), "shared capture not found: " + file);
		SyscallSource source = new SyscallSource();
		source.evtFields().zone(ZoneOffset.UTC);
		SyscallFields catalog = source.catalog();
		Map<String, Field<ParsedEvent>> fields = new LinkedHashMap<>();
		for (String f : FIELDS) {
			int b = f.indexOf('[');
			fields.put(f, b < 0 ? catalog.field(f, null) : catalog.field(f.substring(0, b), f.substring(b + 1, f.length() - 1)));
		}
		List<Long> wanted = List.of(12L, 422L, 646L, 2185L, 2194L);
		source.setConsumer(pe -> {
			if (wanted.contains(pe.num)) {
				Map<String, String> values = new HashMap<>();
				fields.forEach((name, f) -> values.put(name, f.render(pe)));
				SEEN.put(pe.num, values);
			}
		});
		ScapReader.read(file, source);
	}

	private static String v(long num, String field) {
		return SEEN.get(num).get(field);
	}

	@Test
	void failedOpenat() {
		assertEquals("openat", v(422, "evt.type"));
		assertEquals("<", v(422, "evt.dir"));
		assertEquals("file", v(422, "evt.category"));
		assertEquals("ENOENT", v(422, "evt.res"));
		assertEquals("-2", v(422, "evt.rawres"));
		assertEquals("true", v(422, "evt.failed"));
		assertEquals("true", v(422, "evt.is_open_read"));
		assertEquals("false", v(422, "evt.is_open_write"));
		assertEquals("1", v(422, "evt.count.error"));
		assertEquals("1", v(422, "evt.count.error.file"));
		assertEquals("82230", v(422, "evt.latency"));
		assertEquals("82us", v(422, "evt.latency.human"));
		assertEquals("1197695030", v(422, "evt.reltime"));
		assertEquals("1", v(422, "evt.reltime.s"));
		assertEquals("/etc/ld.so.cache", v(422, "evt.abspath"));
		assertEquals("ENOENT", v(422, "evt.arg[0]"));
		assertEquals("/etc/ld.so.cache", v(422, "evt.arg.name"));
		assertEquals("4097", v(422, "evt.rawarg.flags"));
		assertEquals("1", v(422, "evt.type.is.openat"));
		assertEquals("1", v(422, "evt.count.exit"));
		assertEquals("fd=-2(ENOENT) dirfd=-100(AT_FDCWD) name=/etc/ld.so.cache flags=4097(O_RDONLY|O_CLOEXEC) mode=0 dev=0 ",
				v(422, "evt.args").substring(0, 101));
	}

	@Test
	void genericEventsTakeTheirNameAndCategoryFromTheSyscallTable() {
		assertEquals("clock_nanosleep", v(12, "evt.type"));
		assertEquals("clock_nanosleep", v(12, "syscall.type"));
		assertEquals("sleep", v(12, "evt.category"));
		assertEquals("", v(12, "evt.args"));
		assertEquals("<NA>", v(12, "evt.res"));
		assertEquals("037426280", v(12, "evt.reltime"));
		assertEquals("0", v(12, "evt.type.is.openat"));
	}

	@Test
	void readsAndWaits() {
		assertEquals("832", v(646, "evt.buflen"));
		assertEquals("read", v(646, "evt.io_dir"));
		assertEquals("SUCCESS", v(646, "evt.res"));
		assertEquals("90200", v(646, "evt.latency"));
		assertEquals("res=832 data=.ELF..............>......t......@.......XT..........@.8...@.@.?.........@....... ",
				v(646, "evt.args"));
		assertEquals("35000", v(2185, "evt.wait_latency"));
		assertEquals("35us", v(2185, "evt.latency.human"));
		assertEquals("wait", v(2194, "evt.category"));
	}

	@Test
	void timesAndCounters() {
		assertEquals("2194", v(2194, "evt.num"));
		assertEquals(v(2194, "evt.time").substring(0, 8), v(2194, "evt.datetime.s").substring(11));
		assertEquals(v(2194, "evt.datetime.s").replace(' ', 'T'), v(2194, "evt.time.iso8601").substring(0, 19));
		assertEquals("+0000", v(2194, "evt.time.iso8601").substring(29));
	}

	@Test
	void argumentsAreCheckedWhenBound() {
		EvtFields evt = new EvtFields(EventState.NONE);
		SyscallFields catalog = new SyscallFields(List.of(evt));
		assertThrows(UnknownFieldException.class, () -> catalog.field("evt.arg.nosuchargument", null));
		assertThrows(UnknownFieldException.class, () -> catalog.field("evt.arg", null));
		assertThrows(UnknownFieldException.class, () -> catalog.field("evt.type.is.nosuchevent", null));
		assertThrows(UnknownFieldException.class, () -> catalog.field("evt.abspath.middle", null));
	}

	@Test
	void argumentsBeyondTheEventAreAbsent() throws Exception {
		EvtFields evt = new EvtFields(EventState.NONE);
		SyscallFields catalog = new SyscallFields(List.of(evt));
		ParsedEvent pe = EventBytes.event(ParamRendererTest.SETUID_E).u32(0).parsed();
		assertNull(catalog.field("evt.arg", "5").value(pe));
		// libsinsp resolves a uid without a thread to <NA>, and evt.arg shows the resolved text
		assertEquals("<NA>", catalog.field("evt.arg", "0").render(pe));
		assertEquals(0L, catalog.field("evt.rawarg.uid", null).longValue(pe, -1));
	}
}

package io.falcoj.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.falcoj.capture.ScapReader;
import io.falcoj.field.Field;
import io.falcoj.field.syscall.SyscallFields;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Replays the shared QEMU captures through the reader and the engine and checks facts that
 * Debian's sysdig 0.29.3 reports for the same events (the full field-by-field comparison is the
 * inspector's differential test). Skipped when ../shared is absent.
 */
class TraceReplayTest {
	private static Path trace(String name) {
		Path p = Path.of(System.getProperty("falcoj.root", ".")).resolve("../shared/traces").resolve(name).normalize();
		assumeTrue(Files.isRegularFile(p), p + " is absent: skipping");
		return p;
	}

	/** Renders {@code fields} for the events whose numbers are given, during a replay. */
	private static Map<Long, String> replay(Path file, StateEngine engine, String fields, long... nums) throws Exception {
		SyscallFields cat = SyscallFields.standard(engine);
		List<Field<ParsedEvent>> fs = new ArrayList<>();
		for (String f : fields.split(" ")) {
			int br = f.indexOf('[');
			fs.add(br < 0 ? cat.field(f, null) : cat.field(f.substring(0, br), f.substring(br + 1, f.length() - 1)));
		}
		Map<Long, String> out = new HashMap<>();
		engine.setConsumer(p -> {
			for (long n : nums) {
				if (p.num == n) {
					List<String> vals = new ArrayList<>();
					fs.forEach(f -> vals.add(f.render(p)));
					out.put(n, String.join(" ", vals));
				}
			}
		});
		ScapReader.read(file, engine);
		return out;
	}

	@Test
	void theShadowReadIsAttributedAsSysdigAttributesIt() throws Exception {
		StateEngine engine = new StateEngine();
		Map<Long, String> got = replay(trace("qemu-small.scap"), engine,
				"proc.name proc.pname proc.aname[2] fd.name user.name proc.cmdline proc.exepath fd.num thread.tid", 702);
		assertEquals("cat dash init /etc/shadow root cat /etc/shadow /usr/bin/cat 3 119", got.get(702L));
		assertEquals(14304, engine.eventCount());
		assertTrue(engine.threadsRemoved() >= 67, "every procexit removed its thread");
		assertEquals(0, engine.threadDrops());
	}

	@Test
	void tcpConnectionsGetTheirTuples() throws Exception {
		Map<Long, String> got = replay(trace("qemu-large.scap"), new StateEngine(),
				"proc.name proc.pname fd.name fd.sip fd.sport fd.cport fd.l4proto fd.is_server", 2538, 2542, 74728);
		assertEquals("nc sh 127.0.0.1:33368->127.0.0.1:5555 127.0.0.1 5555 33368 tcp true", got.get(2538L));
		assertEquals("127.0.0.1:33368->127.0.0.1:5555 127.0.0.1 5555 33368 tcp true",
				got.get(2542L).substring(got.get(2542L).indexOf("127")), "the accepting side sees the same tuple");
		assertEquals("nc sh 127.0.0.1:53956->127.0.0.1:5555 127.0.0.1 5555 53956 tcp true", got.get(74728L));
	}

	@Test
	void eventsOfCodesThatNeverHaveAnFdHaveNone() throws Exception {
		StateEngine engine = new StateEngine();
		long[] checked = new long[1];
		List<String> wrong = new ArrayList<>();
		engine.setConsumer(p -> {
			if (engine.neverHasFd(p.event.type())) {
				checked[0]++;
				if ((p.fd != null || p.fdNum != -1) && wrong.size() < 10) {
					wrong.add("event " + p.num + " (" + p.event.info().name() + "): fd " + p.fd + ", fd number " + p.fdNum);
				}
			}
		});
		ScapReader.read(trace("qemu-large.scap"), engine);
		assertTrue(checked[0] > 1000, "only " + checked[0] + " events of such codes");
		assertTrue(wrong.isEmpty(), String.join("\n", wrong));
	}
}

package io.falcoj.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.falcoj.event.Event;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import org.junit.jupiter.api.Test;

class ParamStringsTest {
	private final ParamStrings strings = new ParamStrings();

	/** An execve exit with these exe and args (the parameters ParamStrings reads: index 1 is exe, 2 args). */
	private static Event execve(String exe, List<String> args) {
		byte[] bytes = EventBuilder.exit("execve").tid(1).p("res", 0).p("exe", exe).p("args", args).bytes();
		ByteBuffer b = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.LITTLE_ENDIAN);
		b.put(0, bytes);
		return new Event().wrap(b, 0);
	}

	private static int index(Event ev, String name) {
		return ev.info().paramIndex(name);
	}

	@Test
	void equalBytesGiveTheSameInstance() {
		Event a = execve("/bin/sh", List.of("-c", "true"));
		String exe = strings.string(a, index(a, "exe"));
		String[] args = strings.list(a, index(a, "args"));
		assertEquals("/bin/sh", exe);
		assertArrayEquals(new String[] {"-c", "true"}, args);
		// Another event (another buffer) with the same bytes.
		Event b = execve("/bin/sh", List.of("-c", "true"));
		assertSame(exe, strings.string(b, index(b, "exe")));
		assertSame(args, strings.list(b, index(b, "args")));
	}

	@Test
	void differentBytesOrKindsGiveTheirOwnValues() {
		Event a = execve("/bin/sh", List.of("x"));
		Event b = execve("/bin/sx", List.of("x", ""));
		assertEquals("/bin/sh", strings.string(a, index(a, "exe")));
		assertEquals("/bin/sx", strings.string(b, index(b, "exe")));
		assertArrayEquals(new String[] {"x"}, strings.list(a, index(a, "args")));
		assertArrayEquals(new String[] {"x", ""}, strings.list(b, index(b, "args")), "empty entries count");
		// The same bytes read as a list: not the string entry.
		assertArrayEquals(new String[] {"/bin/sh"}, strings.list(a, index(a, "exe")));
		assertEquals("/bin/sh", strings.string(a, index(a, "exe")));
	}

	@Test
	void aFullCacheStartsAgainAndStillAnswers() {
		String first = null;
		for (int i = 0; i < 10_000; i++) {
			Event e = execve("/usr/bin/tool-" + i, List.of());
			String s = strings.string(e, index(e, "exe"));
			assertEquals("/usr/bin/tool-" + i, s);
			if (i == 0) {
				first = s;
			}
		}
		Event again = execve("/usr/bin/tool-0", List.of());
		String s = strings.string(again, index(again, "exe"));
		assertEquals(first, s);
		assertNotSame(first, s, "dropped when the cache was cleared, so made again");
	}
}

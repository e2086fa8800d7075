package io.falcoj.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.falcoj.event.Direction;
import io.falcoj.event.EventInfo;
import io.falcoj.event.EventTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The event codes and parameter counts compiled into the eBPF driver agree with events.table. */
class EbpfEventCodesTest {
	@BeforeAll
	static void needsLibrary() {
		NativeAssumptions.nativeLibrary();
	}

	@Test
	void everySyscallPairMatchesTheEventTable() {
		EventTable table = EventTable.get();
		int own = 0;
		for (SyscallTable.Entry e : SyscallTable.get().entries()) {
			EventInfo enter = table.event(e.enterType());
			EventInfo exit = table.event(e.exitType());
			assertNotNull(enter, e.name() + ": enter code " + e.enterType() + " is not in the table");
			assertNotNull(exit, e.name() + ": exit code " + e.exitType() + " is not in the table");
			assertEquals(Direction.ENTER, enter.direction(), e.name() + " enter event");
			assertEquals(Direction.EXIT, exit.direction(), e.name() + " exit event");
			assertEquals(enter.name(), exit.name(), e.name() + ": enter and exit name different events");
			assertEquals(enter.params().size(), e.enterParams(), e.name() + ": enter parameter count vs " + enter.name());
			assertEquals(exit.params().size(), e.exitParams(), e.name() + ": exit parameter count vs " + exit.name());
			if (e.hasOwnEvents()) {
				own++;
			} else {
				assertEquals(0, e.enterType(), e.name() + " without its own pair uses the generic events");
			}
		}
		assertTrue(own >= 50, "specific event pairs: " + own);
	}

	@Test
	void genericEventsCarryTheTablesSyscallCodes() {
		EventTable table = EventTable.get();
		int known = 0;
		for (SyscallTable.Entry e : SyscallTable.get().entries()) {
			if (e.ppmSc() != 0) {
				known++;
				String name = table.syscallName(e.ppmSc());
				assertNotNull(name, e.name());
				assertTrue(name.equals(e.name()) || e.name().startsWith(name) || e.name().endsWith(name),
						e.name() + " has ppm_sc " + e.ppmSc() + " = " + name);
			}
		}
		assertTrue(known > 250, "syscalls with a ppm_sc code: " + known);
	}

	@Test
	void eventTypeNamesSelectTheirSyscalls() {
		SyscallTable t = SyscallTable.get();
		var set = t.forEventTypes(java.util.List.of("connect", "getppid"));
		assertTrue(set.contains(42), "connect");
		assertTrue(set.contains(110), "getppid (generic)");
		assertTrue(set.contains(257), "openat (state engine)");
		assertTrue(set.contains(288), "accept4 (state engine)");
		assertTrue(!set.contains(39), "getpid was not asked for");
	}
}

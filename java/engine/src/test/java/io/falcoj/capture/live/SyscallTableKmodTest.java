package io.falcoj.capture.live;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The syscall table of a kernel-module-only install (no eBPF library): from libfalcoj_kmod.so's map. */
class SyscallTableKmodTest {
	@Test
	void rulesEventTypesSelectTheirSyscallsAndTheStateEnginesOnes() {
		SyscallTable t;
		try {
			t = SyscallTable.fromKmodMap();
		} catch (LinkageError | DriverUnavailableException e) {
			Assumptions.abort("libfalcoj_kmod.so not built (cmake --build build/native): " + e);
			return;
		}
		Set<Integer> s = t.forEventTypes(List.of("symlinkat", "getppid"));
		// x86_64: symlinkat 266, getppid 110 (generic events), and what the state needs
		assertTrue(s.contains(266), s.toString());
		assertTrue(s.contains(110), s.toString());
		assertTrue(s.contains(257) && s.contains(42) && s.contains(59) && s.contains(3), "openat, connect, execve, close: " + s);
		assertFalse(s.contains(39), "getpid is not asked for: " + s);
		assertTrue(t.entries().stream().anyMatch(e -> e.nr() == 257 && e.hasOwnEvents()), "openat has its own events");
		assertTrue(t.entries().stream().anyMatch(e -> e.nr() == 110 && !e.hasOwnEvents()), "getppid is generic");
	}
}

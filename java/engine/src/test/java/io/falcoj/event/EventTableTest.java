package io.falcoj.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class EventTableTest {
	private final EventTable table = EventTable.get();

	@Test
	void everyCodeUpToTheUpstreamMaximumIsDescribed() {
		// PPM_EVENT_MAX of falcosecurity/libs when the table was last brought up to date.
		assertEquals(448, table.size());
		for (int code = 0; code < table.size(); code++) {
			EventInfo e = table.event(code);
			assertNotNull(e, "code " + code);
			assertEquals(code, e.code());
			assertEquals(code % 2 == 0 ? Direction.ENTER : Direction.EXIT, e.direction(), e.name());
			assertTrue(e.params().size() <= Event.MAX_PARAMS, e.name());
			assertTrue(e.name().matches("[a-z0-9_]+|NA"), "event name " + e.name());
		}
		assertEquals(null, table.event(-1));
		assertEquals(null, table.event(table.size()));
	}

	@Test
	void parametersAreWellFormed() {
		for (int code = 0; code < table.size(); code++) {
			EventInfo e = table.event(code);
			Set<String> names = new HashSet<>();
			for (int i = 0; i < e.params().size(); i++) {
				ParamInfo p = e.param(i);
				assertTrue(names.add(p.name()), e.name() + "(" + code + ") repeats parameter " + p.name());
				if (p.type() == ParamType.DYN) {
					assertNotNull(p.dynamic(), e.name() + "." + p.name() + " needs its variants");
				}
				if (p.type() == ParamType.FSRELPATH) {
					assertTrue(p.dirfdIndex() >= 0 && p.dirfdIndex() < e.params().size(), e.name() + "." + p.name());
					assertEquals(ParamType.FD, e.param(p.dirfdIndex()).type(), e.name() + "." + p.name() + " dirfd");
				}
				if (p.type().isFlags() && p.type() != ParamType.MODE) {
					assertNotNull(p.flags(), e.name() + "." + p.name() + " has no flag names");
				}
			}
		}
	}

	@Test
	void unusedPlaceholdersAreNamedNaAndHaveNoSource() {
		for (int code = 0; code < table.size(); code++) {
			EventInfo e = table.event(code);
			if (e.name().equals("NA")) {
				assertTrue(e.isUnused(), "code " + code);
				assertEquals(EventSource.NONE, e.source(), "code " + code);
				assertEquals(EventCategory.UNKNOWN, e.category(), "code " + code);
			}
		}
	}

	@Test
	void syscallPairsAlternateEnterAndExitWithTheSameName() {
		for (int code = 0; code + 1 < table.size(); code += 2) {
			EventInfo enter = table.event(code);
			EventInfo exit = table.event(code + 1);
			if (enter.source() == EventSource.SYSCALL) {
				assertEquals(enter.name(), exit.name(), "pair " + code + "/" + (code + 1));
				assertEquals(enter.category(), exit.category(), enter.name());
			}
		}
	}

	@Test
	void knownFactsOfTheLibscapNumbering() {
		assertEquals("open", table.event(2).name());
		assertEquals("open", table.event(3).name());
		assertEquals(List.of("fd", "name", "flags", "mode", "dev", "ino"), names(table.event(3)));
		assertEquals("execve", table.event(292).name());
		assertEquals("clone3", table.event(335).name());
		assertEquals("pluginevent", table.event(322).name());
		assertTrue(table.event(322).hasFlag(EventFlags.LARGE_PAYLOAD));
		assertEquals(EventSource.PLUGIN, table.event(322).source());
		assertEquals("procexit", table.event(186).name());
		assertEquals(EventSource.TRACEPOINT, table.event(186).source());
		assertEquals("switch", table.event(152).name());
		assertEquals("drop", table.event(148).name());
		assertEquals(EventSource.METAEVENT, table.event(148).source());
		assertEquals("accept4", table.event(389).name());
		assertEquals("setregid", table.event(429).name());
		assertEquals("task_file_memfd", table.event(447).name());
		assertEquals(EventSource.ITER, table.event(447).source());
	}

	@Test
	void newestExecveExitKeepsOldParametersAsAPrefix() {
		EventInfo newest = table.event(293);
		assertEquals(31, newest.params().size());
		List<String> n = names(newest);
		assertEquals(List.of("res", "exe", "args", "tid", "pid", "ptid", "cwd", "fdlimit", "pgft_maj", "pgft_min",
				"vm_size", "vm_rss", "vm_swap", "comm", "cgroups", "env", "tty", "vpgid", "loginuid", "flags",
				"cap_inheritable", "cap_permitted", "cap_effective", "exe_ino", "exe_ino_ctime", "exe_ino_mtime", "uid",
				"trusted_exepath", "pgid", "gid", "filename"), n);
		assertEquals("execve_flags", newest.param(19).flags().name());
		// Every execve exit variant since 2016 starts with the same eight parameters.
		int exits = 0;
		for (EventInfo e : table.byName("execve")) {
			if (e.direction() == Direction.EXIT) {
				assertEquals(n.subList(0, 8), names(e).subList(0, 8), "execve variant " + e.code());
				exits++;
			}
		}
		assertEquals(8, exits);
		assertTrue(table.event(13).isOldVersion());
		assertEquals(false, newest.isOldVersion());
	}

	@Test
	void newestCloneExitHasNamespaceFields() {
		EventInfo clone = table.event(223);
		assertEquals(21, clone.params().size());
		assertEquals(List.of("vtid", "vpid", "pidns_init_start_ts"), names(clone).subList(18, 21));
		assertTrue(clone.hasFlag(EventFlags.MODIFIES_STATE));
	}

	@Test
	void flagTablesCarryUpstreamValues() {
		FlagTable fileFlags = table.event(3).param(2).flags();
		assertTrue(fileFlags.flags().contains(new FlagTable.Flag("O_CLOEXEC", 4096)));
		assertTrue(fileFlags.flags().contains(new FlagTable.Flag("O_F_CREATED", 1 << 14)));
		assertEquals(ParamType.ENUMFLAGS32, table.event(18).param(0).type());
		assertTrue(table.event(18).param(0).flags().flags().contains(new FlagTable.Flag("AF_INET6", 10)));
		FlagTable bpf = table.event(369).param(1).flags();
		assertEquals("bpf_commands", bpf.name());
		assertTrue(bpf.flags().contains(new FlagTable.Flag("BPF_PROG_LOAD", 5)));
	}

	@Test
	void syscallNamesCoverTheCurrentPpmScList() {
		assertEquals(453, table.syscallCount());
		assertEquals("restart_syscall", table.syscallName(1));
		assertEquals("open", table.syscallName(5));
		assertEquals("clone3", table.syscallName(328));
		assertEquals("open_by_handle_at", table.syscallName(329));
		assertEquals("uprobe", table.syscallName(452));
		assertEquals(null, table.syscallName(382));
		assertEquals(null, table.syscallName(453));
	}

	@Test
	void malformedTablesAreRejectedWithTheLine() throws Exception {
		String bad = "event 3 open E file NONE syscall\n";
		IllegalStateException e = assertThrows(IllegalStateException.class,
				() -> EventTable.parse(new BufferedReader(new StringReader(bad))));
		assertTrue(e.getMessage().contains("line 1"), e.getMessage());
		String unknownFlags = "event 2 open E file NONE syscall\n  flags FLAGS32 HEX flags=nope\n";
		assertThrows(IllegalStateException.class,
				() -> EventTable.parse(new BufferedReader(new StringReader(unknownFlags))));
	}

	private static List<String> names(EventInfo e) {
		List<String> out = new ArrayList<>();
		for (ParamInfo p : e.params()) {
			out.add(p.name());
		}
		return out;
	}
}

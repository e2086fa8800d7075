package io.falcoj.capture.live;

import io.falcoj.event.Direction;
import io.falcoj.event.EventInfo;
import io.falcoj.event.EventTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The eBPF driver's native syscall table (x86_64 numbers), as compiled into the native library:
 * for each syscall the event table knows, its ppm_sc code (and so its name), and the event pair it
 * is reported with (its own, or the generic "syscall" events). Computes the kernel-side syscall bitmap from event type names.
 */
public final class SyscallTable {
	public static final int MAX_SYSCALLS = 512;

	/** One native syscall. enterType/exitType are event table codes (0/1 for the generic pair). */
	public record Entry(int nr, String name, int ppmSc, int enterType, int exitType, int enterParams, int exitParams) {
		public boolean hasOwnEvents() {
			return exitType != 1;
		}
	}

	/**
	 * What the state engine needs whatever the rules ask for: process lifecycle, fds, cwd and
	 * credentials (the syscalls whose events update the thread and fd tables).
	 */
	public static final Set<String> STATE_EVENTS = Set.of("clone", "clone3", "fork", "vfork", "execve", "execveat",
			"procexit", "open", "openat", "openat2", "creat", "close", "socket", "socketpair", "connect", "accept",
			"accept4", "bind", "dup", "dup2", "dup3", "pipe", "pipe2", "memfd_create", "fcntl", "eventfd", "eventfd2",
			"signalfd", "signalfd4", "timerfd_create", "inotify_init", "inotify_init1", "userfaultfd", "io_uring_setup",
			"pidfd_open", "pidfd_getfd", "chdir", "fchdir", "chroot", "setuid", "setgid", "setresuid", "setresgid",
			"setreuid", "setregid", "setsid", "setpgid", "capset", "setrlimit", "prlimit");

	private static volatile SyscallTable instance;
	private final List<Entry> entries;

	private SyscallTable(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	public static SyscallTable get() {
		SyscallTable t = instance;
		if (t == null) {
			synchronized (SyscallTable.class) {
				if (instance == null) {
					instance = load();
				}
				t = instance;
			}
		}
		return t;
	}

	private static SyscallTable load() {
		int[] raw;
		try {
			raw = EbpfNative.syscallTable();
		} catch (LinkageError | DriverUnavailableException e) {
			// No eBPF library (a kernel-module-only install): the kmod library's map.
			return fromKmodMap();
		}
		EventTable table = EventTable.get();
		List<Entry> list = new ArrayList<>();
		for (int i = 0; i + 5 < raw.length; i += 6) {
			// names from the event table's syscall list, the same table the native side was built from
			String name = table.syscallName(raw[i + 1]);
			list.add(new Entry(raw[i], name != null ? name : "syscall" + raw[i], raw[i + 1], raw[i + 2], raw[i + 3],
					raw[i + 4], raw[i + 5]));
		}
		return new SyscallTable(list);
	}

	/**
	 * The table from the kernel module library's native number to ppm_sc map: a syscall is reported
	 * with the event pair of its own name when the event table has one (as kmod/falco_fill.c
	 * does), else with the generic pair.
	 */
	static SyscallTable fromKmodMap() {
		int[] map = KmodNative.syscallMap();
		EventTable table = EventTable.get();
		List<Entry> list = new ArrayList<>();
		for (int i = 0; i + 1 < map.length; i += 2) {
			String name = table.syscallName(map[i + 1]);
			if (name == null) {
				name = "syscall" + map[i];
			}
			int enter = 0;
			int exit = 1;
			for (EventInfo e : table.byName(name)) {
				// the newest pair of that name: the highest codes
				if (e.direction() == Direction.ENTER && e.code() > enter) {
					enter = e.code();
				} else if (e.direction() == Direction.EXIT && e.code() > exit) {
					exit = e.code();
				}
			}
			list.add(new Entry(map[i], name, map[i + 1], exit == 1 ? 0 : enter, exit, 0, 0));
		}
		return new SyscallTable(list);
	}

	public List<Entry> entries() {
		return entries;
	}

	/**
	 * The native syscalls to capture so that events of these type names (as rules name them:
	 * "open", "connect", "execve"...) and the state engine's own needs arrive. A name with no
	 * event pair of its own selects the syscall of that name (reported by generic events).
	 */
	public Set<Integer> forEventTypes(Collection<String> eventTypes) {
		EventTable table = EventTable.get();
		Set<String> wanted = new TreeSet<>(eventTypes);
		wanted.addAll(STATE_EVENTS);
		Set<Integer> out = new TreeSet<>();
		for (Entry e : entries) {
			String name = e.name();
			if (e.hasOwnEvents()) {
				EventInfo info = table.event(e.exitType());
				if (info != null) {
					name = info.name();
				}
			}
			if (wanted.contains(name) || wanted.contains(e.name())) {
				out.add(e.nr());
			}
		}
		return out;
	}
}

package io.falcoj.state;

import io.falcoj.event.RawMemory;

import java.nio.ByteBuffer;

/**
 * What the engine knows about one thread (libsinsp's threadinfo). Owned and mutated only by the
 * state engine on the capture thread; fields read it. Process-wide data (fds, cwd) lives on the
 * main thread: ask the {@link StateEngine} for {@link StateEngine#mainThread} and
 * {@link StateEngine#fdTable}.
 */
public final class ThreadInfo {
	/** libscap's PPM_CL_* thread flags (the bits of the clone events' flags parameter). */
	public static final int CL_CLONE_FILES = 1;
	public static final int CL_CLONE_FS = 1 << 1;
	public static final int CL_CLONE_NEWPID = 1 << 6;
	public static final int CL_CLONE_PARENT = 1 << 8;
	public static final int CL_CLONE_THREAD = 1 << 13;
	public static final int CL_CLONE_VM = 1 << 15;
	public static final int CL_CLONE_INVERTED = 1 << 16;
	public static final int CL_NAME_CHANGED = 1 << 17;
	public static final int CL_CLOSED = 1 << 18;
	public static final int CL_ACTIVE = 1 << 19;
	public static final int CL_CLONE_NEWUSER = 1 << 20;
	public static final int CL_PIPE_SRC = 1 << 21;
	public static final int CL_PIPE_DST = 1 << 22;
	public static final int CL_CLONE_VFORK = 1 << 27;
	public static final int CL_CHILD_IN_PIDNS = 1 << 29;
	public static final int CL_IS_MAIN_THREAD = 1 << 30;

	private static final String[] NONE = new String[0];

	public long tid = -1;
	public long pid = -1;
	public long ptid = -1;
	public long sid = -1;
	public long vpgid = -1;
	public long pgid = -1;
	public long vtid = -1;
	public long vpid = -1;
	public String comm = "";
	public String exe = "";
	public String exepath = "";
	public String[] args = NONE;
	public String[] env = NONE;
	/** "subsystem=path" entries, as libscap carries them. */
	public String[] cgroups = NONE;
	/** The container id derived from the cgroups; empty on the host. */
	public String containerId = "";
	public String root = "/";
	/** Only meaningful on a main thread (see {@link StateEngine#cwd}). */
	public String cwd = "/";
	public int flags;
	public long fdlimit;
	public long uid = 0xffffffffL;
	public long gid = 0xffffffffL;
	public long loginuid = 0xffffffffL;
	public long tty;
	public long vmsizeKb;
	public long vmrssKb;
	public long vmswapKb;
	public long pfmajor;
	public long pfminor;
	public boolean exeWritable;
	public boolean exeUpperLayer;
	public boolean exeFromMemfd;
	public long capInheritable;
	public long capPermitted;
	public long capEffective;
	public long exeIno;
	public long exeInoCtime;
	public long exeInoMtime;
	public long cloneTs;
	public long lastExecTs;
	public long pidnsInitStartTs;
	/** Event time of the last event of this thread; used to purge threads that went silent. */
	public long lastAccessTs;
	/** Threads of this process other than the main one (kept on the main thread). */
	public long nchilds;
	/** Set by procexit: removed once nothing depends on it any more. */
	public boolean dead;
	/** Who inherits this thread's children when it goes (from procexit), or -1. */
	public long reaperTid = -1;

	/** This thread's own fds; threads sharing their process' table use the main thread's. */
	final LongObjectMap<FdInfo> fds = new LongObjectMap<>(8);

	// The last enter event, kept so that its exit event can read what it carried. The buffer grows
	// to the largest enter event seen and is then reused: no allocation in the steady state.
	int lastEventType = -1;
	long lastEventFd = -1;
	boolean lastEventValid;
	/** Whether the last enter event's bytes were copied (only those some exit parser reads). */
	boolean lastEventStored;
	long lastEnterTs;
	byte[] lastEventBytes;
	int lastEventLength;

	private String argsLine;
	private String envLine;

	public boolean isMainThread() {
		return tid == pid;
	}

	/** An entry made up for an event of a thread the engine never saw created. */
	public boolean isInvalid() {
		return tid < 0 || pid < 0 || ptid < 0;
	}

	public void setArgs(String[] newArgs) {
		if (newArgs != args) {
			args = newArgs;
			argsLine = null;
		}
	}

	public void setEnv(String[] newEnv) {
		if (newEnv != env) {
			env = newEnv;
			envLine = null;
		}
	}

	/** The arguments joined by spaces, as proc.args shows them (kept per thread, and by the array in {@link JoinedLines}). */
	public String argsLine() {
		String s = argsLine;
		if (s == null) {
			s = JoinedLines.of(args);
			argsLine = s;
		}
		return s;
	}

	/** The environment joined by spaces, as proc.env shows it. */
	public String envLine() {
		String s = envLine;
		if (s == null) {
			s = JoinedLines.of(env);
			envLine = s;
		}
		return s;
	}

	/**
	 * The lines joined from argument and environment arrays, by the array's instance: the engine
	 * decodes the same bytes to the same array ({@code ParamStrings}), so the forks and execs of
	 * a command share its arrays, and with this the one line too (rules test proc.args and
	 * proc.env at every exec: a new line would be joined, then scanned and hashed, each time).
	 * Direct-mapped; each slot holds one immutable pair, so threads racing on it (two engines in
	 * one process) read a pair whole or miss.
	 */
	private static final class JoinedLines {
		private record Line(String[] of, String line) {
		}

		private static final Line[] SLOTS = new Line[1024];

		static String of(String[] a) {
			int slot = System.identityHashCode(a) & (SLOTS.length - 1);
			Line l = SLOTS[slot];
			if (l != null && l.of == a) {
				return l.line;
			}
			String line = String.join(" ", a);
			SLOTS[slot] = new Line(a, line);
			return line;
		}
	}

	/**
	 * Stores cgroup entries as libsinsp does: "subsystem=path" entries only, with the kernel's
	 * names mapped to the classic ones ("io" is blkio, "perf" perf_event, "mem" memory, a
	 * "_cgroup" suffix dropped).
	 */
	public void setCgroups(String[] entries) {
		String[] out = new String[entries.length];
		int n = 0;
		for (String def : entries) {
			int eq = def.indexOf('=');
			if (eq < 0) {
				continue;
			}
			String subsys = def.substring(0, eq);
			int suffix = subsys.indexOf("_cgroup");
			if (suffix >= 0) {
				subsys = subsys.substring(0, suffix) + subsys.substring(suffix + 7);
			}
			switch (subsys) {
			case "perf" -> subsys = "perf_event";
			case "mem" -> subsys = "memory";
			case "io" -> subsys = "blkio";
			default -> {
			}
			}
			out[n++] = subsys.length() == eq ? def : subsys + def.substring(eq);
		}
		cgroups = n == out.length ? out : java.util.Arrays.copyOf(out, n);
	}

	/** The cgroup path of one subsystem ("cpu", "memory"...), or null. */
	public String cgroup(String subsystem) {
		for (String c : cgroups) {
			int eq = c.indexOf('=');
			if (eq > 0) {
				// An entry may name several subsystems ("cpu,cpuacct=/...").
				int start = 0;
				while (start < eq) {
					int comma = c.indexOf(',', start);
					int end = comma < 0 || comma > eq ? eq : comma;
					if (c.regionMatches(start, subsystem, 0, subsystem.length()) && end - start == subsystem.length()) {
						return c.substring(eq + 1);
					}
					start = end + 1;
				}
			}
		}
		return null;
	}

	void storeEvent(ByteBuffer src, int offset, int length) {
		byte[] b = lastEventBytes;
		if (b == null || b.length < length) {
			b = new byte[Math.max(length, 512)];
			lastEventBytes = b;
		}
		RawMemory.copy(src, offset, b, length);
		lastEventLength = length;
	}

	/** Copies what a new thread inherits (libsinsp's clone parser: the caller's process data). */
	void inheritFrom(ThreadInfo p) {
		exepath = p.exepath;
		exeWritable = p.exeWritable;
		exeUpperLayer = p.exeUpperLayer;
		exeFromMemfd = p.exeFromMemfd;
		root = p.root;
		sid = p.sid;
		vpgid = p.vpgid;
		pgid = p.pgid;
		tty = p.tty;
		loginuid = p.loginuid;
		capPermitted = p.capPermitted;
		capInheritable = p.capInheritable;
		capEffective = p.capEffective;
		exeIno = p.exeIno;
		exeInoCtime = p.exeInoCtime;
		exeInoMtime = p.exeInoMtime;
	}

	@Override
	public String toString() {
		return "thread " + tid + " (pid " + pid + ", ptid " + ptid + ", " + comm + ")";
	}
}

package io.falcoj.field.syscall;

import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldType;
import io.falcoj.field.UnknownFieldException;
import io.falcoj.state.LongObjectMap;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.StateEngine;
import io.falcoj.state.ThreadInfo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code proc.*} and {@code thread.*} fields (libsinsp's "process" class), computed from the
 * state engine's thread table as libsinsp computes them: most read the event's own thread; the
 * parent ones follow ptid; the ancestor ones start at the main thread and walk up.
 */
public final class ProcFields extends StateFamily {
	/** Bounds an ancestor walk (and breaks ptid loops, which bad captures can contain). */
	private static final int MAX_ANCESTORS = 1024;

	private static final String[] CAPS = {"CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH", "CAP_FOWNER",
			"CAP_FSETID", "CAP_KILL", "CAP_SETGID", "CAP_SETUID", "CAP_SETPCAP", "CAP_LINUX_IMMUTABLE",
			"CAP_NET_BIND_SERVICE", "CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK",
			"CAP_IPC_OWNER", "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT", "CAP_SYS_PTRACE", "CAP_SYS_PACCT",
			"CAP_SYS_ADMIN", "CAP_SYS_BOOT", "CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME", "CAP_SYS_TTY_CONFIG",
			"CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE", "CAP_AUDIT_CONTROL", "CAP_SETFCAP", "CAP_MAC_OVERRIDE",
			"CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND", "CAP_AUDIT_READ", "CAP_PERFMON",
			"CAP_BPF", "CAP_CHECKPOINT_RESTORE"};

	public ProcFields(StateEngine engine) {
		super(engine);
		num("proc.pid", FieldType.INT64, "the id of the process generating the event.",
				e -> e.thread == null ? NA : e.thread.pid);
		str("proc.exe", "the first command line argument (usually the executable name or a custom one).",
				e -> e.thread == null ? null : e.thread.exe);
		str("proc.name", "the name (excluding the path) of the executable generating the event.",
				e -> e.thread == null ? null : e.thread.comm);
		str("proc.args", "the arguments passed on the command line when starting the process generating the event.",
				e -> e.thread == null ? null : e.thread.argsLine());
		str("proc.env", "the environment variables of the process generating the event.",
				e -> e.thread == null ? null : e.thread.envLine());
		str("proc.cmdline", "full process command line, i.e. proc.name + proc.args.",
				e -> e.thread == null ? null : cachedCmdline(e.thread));
		str("proc.exeline", "full process command line, with exe as first argument, i.e. proc.exe + proc.args.",
				e -> e.thread == null ? null : e.thread.exe + " " + e.thread.argsLine());
		str("proc.cwd", "the current working directory of the event.",
				e -> e.thread == null ? null : engine.cwd(e.thread));
		num("proc.nthreads", FieldType.UINT64, "the number of threads that the process generating the event currently "
				+ "has, including the main process thread.", e -> {
					ThreadInfo m = main(e);
					return m == null ? NA : m.nchilds + 1;
				});
		num("proc.nchilds", FieldType.UINT64, "the number of child threads that the process generating the event "
				+ "currently has. This excludes the main process thread.",
				e -> e.thread == null ? NA : e.thread.nchilds);
		num("proc.ppid", FieldType.INT64, "the pid of the parent of the process generating the event.", e -> {
			ThreadInfo m = main(e);
			return m == null ? NA : m.ptid;
		});
		str("proc.pname", "the name (excluding the path) of the parent of the process generating the event.", e -> {
			ThreadInfo p = parentOf(e.thread);
			return p == null ? null : p.comm;
		});
		str("proc.pcmdline", "the full command line (proc.name + proc.args) of the parent of the process generating "
				+ "the event.", e -> {
					ThreadInfo p = parentOf(e.thread);
					return p == null ? null : cachedCmdline(p);
				});
		add("proc.apid", FieldType.INT64, FieldInfo.Argument.OPTIONAL, "the pid of one of the process ancestors. E.g. "
				+ "proc.apid[1] returns the parent pid, proc.apid[2] returns the grandparent pid, and so on. "
				+ "proc.apid[0] is the pid of the current process. proc.apid without arguments can be used in "
				+ "filters only and matches any of the process ancestors, e.g. proc.apid=1234.",
				(i, a) -> ancestorField(i, a, t -> t.pid));
		add("proc.aname", FieldType.STRING, FieldInfo.Argument.OPTIONAL, "the name (excluding the path) of one of the "
				+ "process ancestors. E.g. proc.aname[1] returns the parent name, proc.aname[2] returns the "
				+ "grandparent name, and so on. proc.aname[0] is the name of the current process. proc.aname "
				+ "without arguments can be used in filters only and matches any of the process ancestors, e.g. "
				+ "proc.aname=bash.", (i, a) -> ancestorField(i, a, t -> t.comm));
		num("proc.loginshellid", FieldType.INT64, "the pid of the oldest shell among the ancestors of the current "
				+ "process, if there is one. This field can be used to separate different user sessions, and is "
				+ "useful in conjunction with chisels like spy_user.", this::loginShellId);
		num("proc.duration", FieldType.RELTIME, "number of nanoseconds since the process started.",
				e -> e.thread == null || e.thread.cloneTs == 0 ? NA : e.event.ts() - e.thread.cloneTs);
		num("proc.fdopencount", FieldType.UINT64, "number of open FDs for the process", e -> {
			ThreadInfo m = main(e);
			return m == null ? NA : engine.fdTable(m).size();
		});
		num("proc.fdlimit", FieldType.INT64, "maximum number of FDs the process can open.", e -> {
			ThreadInfo m = main(e);
			return m == null ? NA : m.fdlimit;
		});
		dbl("proc.fdusage", "the ratio between open FDs and maximum available FDs for the process.", e -> {
			ThreadInfo m = main(e);
			if (m == null) {
				return Double.NaN;
			}
			if (m.fdlimit <= 0) {
				return 0;
			}
			return engine.fdTable(m).size() * 100.0 / m.fdlimit;
		});
		num("proc.vmsize", FieldType.UINT64, "total virtual memory for the process (as kb).",
				e -> e.thread == null ? NA : e.thread.vmsizeKb);
		num("proc.vmrss", FieldType.UINT64, "resident non-swapped memory for the process (as kb).",
				e -> e.thread == null ? NA : e.thread.vmrssKb);
		num("proc.vmswap", FieldType.UINT64, "swapped memory for the process (as kb).",
				e -> e.thread == null ? NA : e.thread.vmswapKb);
		num("thread.pfmajor", FieldType.UINT64, "number of major page faults since thread start.",
				e -> e.thread == null ? NA : e.thread.pfmajor);
		num("thread.pfminor", FieldType.UINT64, "number of minor page faults since thread start.",
				e -> e.thread == null ? NA : e.thread.pfminor);
		num("thread.tid", FieldType.INT64, "the id of the thread generating the event.", e -> e.event.tid());
		bool("thread.ismain", "'true' if the thread generating the event is the main one in the process.",
				e -> e.thread == null ? -1 : e.thread.isMainThread() ? 1 : 0);
		add("thread.exectime", FieldType.RELTIME, FieldInfo.Argument.NONE, "CPU time spent by the last scheduled "
				+ "thread, in nanoseconds. Exported by switch events only.", (i, a) -> {
					ExecTime x = new ExecTime();
					return new NumField(i, a, x::exectime);
				});
		add("thread.totexectime", FieldType.RELTIME, FieldInfo.Argument.NONE, "Total CPU time, in nanoseconds since "
				+ "the beginning of the capture, for the current thread. Exported by switch events only.", (i, a) -> {
					ExecTime x = new ExecTime();
					return new NumField(i, a, x::totexectime);
				});
		str("thread.cgroups", "all the cgroups the thread belongs to, aggregated into a single string.",
				e -> e.thread == null || e.thread.cgroups.length == 0 ? null : String.join(" ", e.thread.cgroups));
		add("thread.cgroup", FieldType.STRING, FieldInfo.Argument.REQUIRED, "the cgroup the thread belongs to, for a "
				+ "specific subsystem. E.g. thread.cgroup.cpuacct.",
				(i, a) -> new StrField(i, a, e -> e.thread == null ? null : e.thread.cgroup(a), null));
		num("thread.vtid", FieldType.INT64, "the id of the thread generating the event as seen from its current PID "
				+ "namespace.", e -> e.thread == null || e.thread.vtid == -1 ? NA : e.thread.vtid);
		num("proc.vpid", FieldType.INT64, "the id of the process generating the event as seen from its current PID "
				+ "namespace.", e -> e.thread == null || e.thread.vpid == -1 ? NA : e.thread.vpid);
		dbl("thread.cpu", "the CPU consumed by the thread in the last second.", e -> Double.NaN);
		dbl("thread.cpu.user", "the user CPU consumed by the thread in the last second.", e -> Double.NaN);
		dbl("thread.cpu.system", "the system CPU consumed by the thread in the last second.", e -> Double.NaN);
		num("thread.vmsize", FieldType.UINT64, "For the process main thread, this is the total virtual memory for the "
				+ "process (as kb). For the other threads, this field is zero.",
				e -> e.thread == null ? NA : e.thread.isMainThread() ? e.thread.vmsizeKb : 0);
		num("thread.vmrss", FieldType.UINT64, "For the process main thread, this is the resident non-swapped memory "
				+ "for the process (as kb). For the other threads, this field is zero.",
				e -> e.thread == null ? NA : e.thread.isMainThread() ? e.thread.vmrssKb : 0);
		num("proc.sid", FieldType.INT64, "the session id of the process generating the event.",
				e -> e.thread == null ? NA : e.thread.sid);
		str("proc.sname", "the name of the current process's session leader. This is either the process with "
				+ "pid=proc.sid or the eldest ancestor that has the same sid as the current process.", this::sname);
		num("proc.tty", FieldType.INT64, "The controlling terminal of the process. 0 for processes without a terminal.",
				e -> e.thread == null ? NA : (int) e.thread.tty);
		str("proc.exepath", "The full executable path of the process.",
				e -> e.thread == null ? null : e.thread.exepath);
		num("proc.vpgid", FieldType.INT64, "the process group id of the process generating the event, as seen from "
				+ "its current PID namespace.", e -> e.thread == null ? NA : e.thread.vpgid);
		bool("proc.is_container_healthcheck", "true if this process is running as a part of the container's health "
				+ "check.", e -> e.thread == null ? -1 : 0);
		bool("proc.is_container_liveness_probe", "true if this process is running as a part of the container's "
				+ "liveness probe.", e -> e.thread == null ? -1 : 0);
		bool("proc.is_container_readiness_probe", "true if this process is running as a part of the container's "
				+ "readiness probe.", e -> e.thread == null ? -1 : 0);
		bool("proc.is_exe_writable", "true if this process' executable file is writable by the same user that "
				+ "spawned the process.", e -> e.thread == null ? -1 : e.thread.exeWritable ? 1 : 0);

		// Fields of newer libsinsp versions that current Falco rules use.
		str("proc.pexe", "the proc.exe (first command line argument) of the parent process.", e -> {
			ThreadInfo p = parentOf(e.thread);
			return p == null ? null : p.exe;
		});
		str("proc.pexepath", "the proc.exepath (full executable path) of the parent process.", e -> {
			ThreadInfo p = parentOf(e.thread);
			return p == null ? null : p.exepath;
		});
		add("proc.aexe", FieldType.STRING, FieldInfo.Argument.OPTIONAL, "the proc.exe of one of the process ancestors "
				+ "(proc.aexe[1] is the parent's).", (i, a) -> ancestorField(i, a, t -> t.exe));
		add("proc.aexepath", FieldType.STRING, FieldInfo.Argument.OPTIONAL, "the proc.exepath of one of the process "
				+ "ancestors (proc.aexepath[1] is the parent's).", (i, a) -> ancestorField(i, a, t -> t.exepath));
		num("proc.cmdnargs", FieldType.UINT64, "the number of command line args (proc.args).",
				e -> e.thread == null ? NA : e.thread.args.length);
		num("proc.cmdlenargs", FieldType.UINT64, "the total length of the command line args (proc.args), spaces "
				+ "excluded.", e -> {
					if (e.thread == null) {
						return NA;
					}
					long n = 0;
					for (String s : e.thread.args) {
						n += s.length();
					}
					return n;
				});
		num("proc.pvpid", FieldType.INT64, "the vpid of the parent process.", e -> {
			ThreadInfo p = parentOf(e.thread);
			return p == null || p.vpid == -1 ? NA : p.vpid;
		});
		bool("proc.is_exe_upper_layer", "true if the executable lives in the upper layer of an overlayfs.",
				e -> e.thread == null ? -1 : e.thread.exeUpperLayer ? 1 : 0);
		bool("proc.is_exe_from_memfd", "true if the executable is a file created with memfd_create.",
				e -> e.thread == null ? -1 : e.thread.exeFromMemfd ? 1 : 0);
		num("proc.exe_ino", FieldType.INT64, "the inode number of the executable file on disk.",
				e -> e.thread == null || e.thread.exeIno == 0 ? NA : e.thread.exeIno);
		num("proc.exe_ino.ctime", FieldType.ABSTIME, "last status change time of the executable file (epoch ns).",
				e -> e.thread == null || e.thread.exeInoCtime == 0 ? NA : e.thread.exeInoCtime);
		num("proc.exe_ino.mtime", FieldType.ABSTIME, "last modification time of the executable file (epoch ns).",
				e -> e.thread == null || e.thread.exeInoMtime == 0 ? NA : e.thread.exeInoMtime);
		num("proc.exe_ino.ctime_duration_proc_start", FieldType.ABSTIME, "nanoseconds between the executable's "
				+ "last status change and the process start.", e -> {
					ThreadInfo t = e.thread;
					if (t == null || t.exeInoCtime == 0 || t.cloneTs == 0) {
						return NA;
					}
					return t.cloneTs - t.exeInoCtime;
				});
		num("proc.exe_ino.ctime_duration_pidns_start", FieldType.ABSTIME, "nanoseconds between the start of the pid "
				+ "namespace and the executable's last status change.", e -> {
					ThreadInfo t = e.thread;
					if (t == null || t.exeInoCtime == 0 || t.pidnsInitStartTs == 0
							|| t.exeInoCtime <= t.pidnsInitStartTs) {
						return NA;
					}
					return t.exeInoCtime - t.pidnsInitStartTs;
				});
		num("proc.pid.ts", FieldType.ABSTIME, "start of the process as epoch timestamp in nanoseconds.",
				e -> e.thread == null || e.thread.cloneTs == 0 ? NA : e.thread.cloneTs);
		num("proc.ppid.ts", FieldType.ABSTIME, "start of the parent process as epoch timestamp in nanoseconds.", e -> {
			ThreadInfo p = parentOf(e.thread);
			return p == null || p.cloneTs == 0 ? NA : p.cloneTs;
		});
		num("proc.ppid.duration", FieldType.RELTIME, "nanoseconds since the parent process started.", e -> {
			ThreadInfo p = parentOf(e.thread);
			return p == null || p.cloneTs == 0 ? NA : e.event.ts() - p.cloneTs;
		});
		bool("proc.is_sid_leader", "true if this process is the leader of the process session (proc.sid == proc.vpid).",
				e -> e.thread == null ? -1 : e.thread.sid == e.thread.vpid ? 1 : 0);
		bool("proc.is_vpgid_leader", "true if this process is the leader of the process group (proc.vpgid == "
				+ "proc.vpid).", e -> e.thread == null ? -1 : e.thread.vpgid == e.thread.vpid ? 1 : 0);
		str("proc.vpgid.name", "the name of the process group leader.", e -> {
			ThreadInfo l = groupLeader(e.thread);
			return l == null ? null : l.comm;
		});
		str("proc.vpgid.exe", "the proc.exe of the process group leader.", e -> {
			ThreadInfo l = groupLeader(e.thread);
			return l == null ? null : l.exe;
		});
		str("proc.vpgid.exepath", "the proc.exepath of the process group leader.", e -> {
			ThreadInfo l = groupLeader(e.thread);
			return l == null ? null : l.exepath;
		});
		str("proc.sid.exe", "the proc.exe of the session leader.", e -> {
			ThreadInfo l = sessionLeader(e.thread);
			return l == null ? null : l.exe;
		});
		str("proc.sid.exepath", "the proc.exepath of the session leader.", e -> {
			ThreadInfo l = sessionLeader(e.thread);
			return l == null ? null : l.exepath;
		});
		str("thread.cap_permitted", "the permitted capabilities set",
				e -> e.thread == null ? null : cachedCaps(e.thread.capPermitted));
		str("thread.cap_inheritable", "the inheritable capabilities set",
				e -> e.thread == null ? null : cachedCaps(e.thread.capInheritable));
		str("thread.cap_effective", "the effective capabilities set",
				e -> e.thread == null ? null : cachedCaps(e.thread.capEffective));
	}

	private ThreadInfo main(ParsedEvent e) {
		return e.thread == null ? null : engine.mainThread(e.thread);
	}

	/** libsinsp looks the parent up by the thread's own ptid, without asking the OS. */
	private ThreadInfo parentOf(ThreadInfo t) {
		return t == null ? null : engine.thread(t.ptid);
	}

	static String cmdline(ThreadInfo t) {
		String args = t.argsLine();
		return t.args.length == 0 ? t.comm : t.comm + " " + args;
	}

	// proc.cmdline and proc.pcmdline by the name and argument array they were joined from (a
	// thread keeps both instances until it execs again): the stock rules test them on every
	// exec, and a new String per event would be scanned and hashed anew by every check, where
	// the same one lets checks reuse their last answer. Direct-mapped by thread id.
	private static final int CMDLINES = 256;
	private final String[] cmdlineComm = new String[CMDLINES];
	private final String[][] cmdlineArgs = new String[CMDLINES][];
	private final String[] cmdline = new String[CMDLINES];

	private String cachedCmdline(ThreadInfo t) {
		int slot = (int) (t.tid ^ (t.tid >>> 16)) & (CMDLINES - 1);
		String comm = t.comm;
		String[] args = t.args;
		if (cmdlineComm[slot] == comm && cmdlineArgs[slot] == args) {
			return cmdline[slot];
		}
		String out = cmdline(t);
		cmdlineComm[slot] = comm;
		cmdlineArgs[slot] = args;
		cmdline[slot] = out;
		return out;
	}

	interface Ancestor {
		Object get(ThreadInfo t);
	}

	/**
	 * proc.apid[N] / proc.aname[N]: the Nth ancestor of the main thread; without an argument, the
	 * list of all ancestors' values (for filters: "any ancestor is ...").
	 */
	private io.falcoj.field.Field<ParsedEvent> ancestorField(FieldInfo info, String arg, Ancestor what)
			throws UnknownFieldException {
		if (arg == null) {
			// libsinsp matches any ancestor (the parent and up, not the process itself). The value
			// is their list, under a FieldInfo that says so, so conditions test each of them.
			FieldInfo anyOf = new FieldInfo(info.name(), info.type(), true, info.argument(), info.description(), true);
			return new io.falcoj.field.Field<>(anyOf, null) {
				@Override
				public Object value(ParsedEvent e) {
					ThreadInfo m = main(e);
					if (m == null) {
						return null;
					}
					List<Object> out = new ArrayList<>();
					ThreadInfo cur = step(m, m);
					for (int n = 0; cur != null && n < MAX_ANCESTORS; n++) {
						out.add(what.get(cur));
						cur = step(cur, m);
					}
					return out;
				}

				@Override
				public String render(ParsedEvent e) {
					return renderList(value(e));
				}
			};
		}
		int depth = intArgument(info, arg);
		if (info.type() == FieldType.INT64) {
			return new NumField(info, arg, e -> {
				ThreadInfo a = ancestor(e, depth);
				return a == null ? NA : (Long) what.get(a);
			});
		}
		return new StrField(info, arg, e -> {
			ThreadInfo a = ancestor(e, depth);
			return a == null ? null : (String) what.get(a);
		}, null);
	}

	private ThreadInfo ancestor(ParsedEvent e, int depth) {
		ThreadInfo m = main(e);
		ThreadInfo cur = m;
		for (int j = 0; j < depth && cur != null; j++) {
			cur = step(cur, m);
		}
		return cur;
	}

	/** The parent of {@code t} in an ancestor walk from {@code start}; null at the top or on a loop. */
	private ThreadInfo step(ThreadInfo t, ThreadInfo start) {
		if (t.ptid == t.tid) {
			return null;
		}
		ThreadInfo p = engine.thread(t.ptid);
		return p == start ? null : p;
	}

	private long loginShellId(ParsedEvent e) {
		ThreadInfo m = main(e);
		if (m == null) {
			return NA;
		}
		long res = NA;
		ThreadInfo cur = m;
		for (int n = 0; cur != null && n < MAX_ANCESTORS; n++) {
			if (cur.comm.endsWith("sh")) {
				res = cur.pid;
			}
			cur = step(cur, m);
		}
		return res;
	}

	private String sname(ParsedEvent e) {
		ThreadInfo t = e.thread;
		if (t == null) {
			return null;
		}
		ThreadInfo leader = engine.thread(t.sid);
		if (leader != null) {
			return leader.comm;
		}
		ThreadInfo m = engine.mainThread(t);
		if (m == null) {
			return null;
		}
		long sid = m.sid;
		ThreadInfo best = m;
		ThreadInfo cur = step(m, m);
		for (int n = 0; cur != null && n < MAX_ANCESTORS && cur.sid == sid; n++) {
			best = cur;
			cur = step(cur, m);
		}
		return best.comm;
	}

	/** The eldest ancestor (self included) in the same process group whose vpid is the group id. */
	private ThreadInfo groupLeader(ThreadInfo t) {
		return leader(t, true);
	}

	private ThreadInfo sessionLeader(ThreadInfo t) {
		return leader(t, false);
	}

	private ThreadInfo leader(ThreadInfo t, boolean group) {
		if (t == null) {
			return null;
		}
		ThreadInfo m = engine.mainThread(t);
		if (m == null) {
			return null;
		}
		long id = group ? m.vpgid : m.sid;
		ThreadInfo cur = m;
		for (int n = 0; cur != null && n < MAX_ANCESTORS; n++) {
			if (cur.vpid == id) {
				return cur;
			}
			cur = step(cur, m);
		}
		return null;
	}

	// The capability texts by set: a root process has some forty names, six hundred characters,
	// built anew at every read before; the sets in use are few, and the same String back lets the
	// checks (thread.cap_permitted contains CAP_SYS_ADMIN...) reuse their last answer.
	private static final int CAP_TEXTS = 64;
	private final long[] capTextMask = new long[CAP_TEXTS];
	private final String[] capText = new String[CAP_TEXTS];

	private String cachedCaps(long mask) {
		int slot = (int) ((mask * 0x9E3779B97F4A7C15L) >>> 58);
		String t = capText[slot];
		if (t != null && capTextMask[slot] == mask) {
			return t;
		}
		t = caps(mask);
		capTextMask[slot] = mask;
		capText[slot] = t;
		return t;
	}

	static String caps(long mask) {
		if (mask == 0) {
			return "";
		}
		StringBuilder sb = new StringBuilder();
		for (int bit = 0; bit < 64; bit++) {
			if ((mask & (1L << bit)) != 0) {
				if (sb.length() > 0) {
					sb.append(' ');
				}
				sb.append(bit < CAPS.length ? CAPS[bit] : "CAP_" + bit);
			}
		}
		return sb.toString();
	}

	/**
	 * thread.exectime / thread.totexectime keep, per field instance, the time of the last switch
	 * on each CPU (libsinsp keeps it in the filter check): the value on a switch event is the time
	 * since the previous switch on that CPU.
	 */
	private final class ExecTime {
		private long[] lastSwitch = new long[8];
		private final LongObjectMap<long[]> totals = new LongObjectMap<>(64);

		private long delta(ParsedEvent e) {
			if (e.event.info() == null || !e.event.info().name().equals("switch")) {
				return 0;
			}
			int cpu = e.cpu;
			if (cpu < 0) {
				return 0;
			}
			if (cpu >= lastSwitch.length) {
				lastSwitch = Arrays.copyOf(lastSwitch, Math.max(cpu + 1, lastSwitch.length * 2));
			}
			long ts = e.event.ts();
			long last = lastSwitch[cpu];
			lastSwitch[cpu] = ts;
			return last != 0 ? ts - last : 0;
		}

		long exectime(ParsedEvent e) {
			return delta(e);
		}

		long totexectime(ParsedEvent e) {
			long d = delta(e);
			ThreadInfo t = e.thread;
			if (t == null) {
				return NA;
			}
			long[] tot = totals.get(t.tid);
			if (tot == null || tot[1] != t.cloneTs) {
				tot = new long[] {0, t.cloneTs};
				totals.put(t.tid, tot);
			}
			tot[0] += d;
			return tot[0];
		}
	}
}

package io.falcoj.field.syscall;

import io.falcoj.field.Field;
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

	// Field ids, in --list order (the getters below switch on them in the same order).
	private static final int PID = 0, EXE = 1, NAME = 2, ARGS = 3, ENV = 4, CMDLINE = 5, EXELINE = 6, CWD = 7,
			NTHREADS = 8, NCHILDS = 9, PPID = 10, PNAME = 11, PCMDLINE = 12, APID = 13, ANAME = 14,
			LOGINSHELLID = 15, DURATION = 16, FDOPENCOUNT = 17, FDLIMIT = 18, FDUSAGE = 19, VMSIZE = 20,
			VMRSS = 21, VMSWAP = 22, PFMAJOR = 23, PFMINOR = 24, TID = 25, ISMAIN = 26, EXECTIME = 27,
			TOTEXECTIME = 28, CGROUPS = 29, CGROUP = 30, VTID = 31, VPID = 32, CPU = 33, THREAD_VMSIZE = 34,
			THREAD_VMRSS = 35, SID = 36, SNAME = 37, TTY = 38, EXEPATH = 39, VPGID = 40, PROBE = 41,
			IS_EXE_WRITABLE = 42, PEXE = 43, PEXEPATH = 44, AEXE = 45, AEXEPATH = 46, CMDNARGS = 47,
			CMDLENARGS = 48, PVPID = 49, IS_EXE_UPPER_LAYER = 50, IS_EXE_FROM_MEMFD = 51, EXE_INO = 52,
			EXE_INO_CTIME = 53, EXE_INO_MTIME = 54, EXE_INO_CTIME_DURATION_PROC_START = 55,
			EXE_INO_CTIME_DURATION_PIDNS_START = 56, PID_TS = 57, PPID_TS = 58, PPID_DURATION = 59,
			IS_SID_LEADER = 60, IS_VPGID_LEADER = 61, VPGID_NAME = 62, VPGID_EXE = 63, VPGID_EXEPATH = 64,
			SID_EXE = 65, SID_EXEPATH = 66, CAP_PERMITTED = 67, CAP_INHERITABLE = 68, CAP_EFFECTIVE = 69;

	public ProcFields(StateEngine engine) {
		super(engine);
		num(PID, "proc.pid", FieldType.INT64, "the id of the process generating the event.");
		str(EXE, "proc.exe", "the first command line argument (usually the executable name or a custom one).");
		str(NAME, "proc.name", "the name (excluding the path) of the executable generating the event.");
		str(ARGS, "proc.args", "the arguments passed on the command line when starting the process generating the "
				+ "event.");
		str(ENV, "proc.env", "the environment variables of the process generating the event.");
		str(CMDLINE, "proc.cmdline", "full process command line, i.e. proc.name + proc.args.");
		str(EXELINE, "proc.exeline", "full process command line, with exe as first argument, i.e. proc.exe + "
				+ "proc.args.");
		str(CWD, "proc.cwd", "the current working directory of the event.");
		num(NTHREADS, "proc.nthreads", FieldType.UINT64, "the number of threads that the process generating the event "
				+ "currently has, including the main process thread.");
		num(NCHILDS, "proc.nchilds", FieldType.UINT64, "the number of child threads that the process generating the "
				+ "event currently has. This excludes the main process thread.");
		num(PPID, "proc.ppid", FieldType.INT64, "the pid of the parent of the process generating the event.");
		str(PNAME, "proc.pname", "the name (excluding the path) of the parent of the process generating the event.");
		str(PCMDLINE, "proc.pcmdline", "the full command line (proc.name + proc.args) of the parent of the process "
				+ "generating the event.");
		other(APID, "proc.apid", FieldType.INT64, FieldInfo.Argument.OPTIONAL, "the pid of one of the process "
				+ "ancestors. E.g. proc.apid[1] returns the parent pid, proc.apid[2] returns the grandparent pid, and "
				+ "so on. proc.apid[0] is the pid of the current process. proc.apid without arguments can be used in "
				+ "filters only and matches any of the process ancestors, e.g. proc.apid=1234.");
		other(ANAME, "proc.aname", FieldType.STRING, FieldInfo.Argument.OPTIONAL, "the name (excluding the path) of "
				+ "one of the process ancestors. E.g. proc.aname[1] returns the parent name, proc.aname[2] returns "
				+ "the grandparent name, and so on. proc.aname[0] is the name of the current process. proc.aname "
				+ "without arguments can be used in filters only and matches any of the process ancestors, e.g. "
				+ "proc.aname=bash.");
		num(LOGINSHELLID, "proc.loginshellid", FieldType.INT64, "the pid of the oldest shell among the ancestors of "
				+ "the current process, if there is one. This field can be used to separate different user sessions, "
				+ "and is useful in conjunction with chisels like spy_user.");
		num(DURATION, "proc.duration", FieldType.RELTIME, "number of nanoseconds since the process started.");
		num(FDOPENCOUNT, "proc.fdopencount", FieldType.UINT64, "number of open FDs for the process");
		num(FDLIMIT, "proc.fdlimit", FieldType.INT64, "maximum number of FDs the process can open.");
		dbl(FDUSAGE, "proc.fdusage", "the ratio between open FDs and maximum available FDs for the process.");
		num(VMSIZE, "proc.vmsize", FieldType.UINT64, "total virtual memory for the process (as kb).");
		num(VMRSS, "proc.vmrss", FieldType.UINT64, "resident non-swapped memory for the process (as kb).");
		num(VMSWAP, "proc.vmswap", FieldType.UINT64, "swapped memory for the process (as kb).");
		num(PFMAJOR, "thread.pfmajor", FieldType.UINT64, "number of major page faults since thread start.");
		num(PFMINOR, "thread.pfminor", FieldType.UINT64, "number of minor page faults since thread start.");
		num(TID, "thread.tid", FieldType.INT64, "the id of the thread generating the event.");
		bool(ISMAIN, "thread.ismain", "'true' if the thread generating the event is the main one in the process.");
		other(EXECTIME, "thread.exectime", FieldType.RELTIME, FieldInfo.Argument.NONE, "CPU time spent by the last "
				+ "scheduled thread, in nanoseconds. Exported by switch events only.");
		other(TOTEXECTIME, "thread.totexectime", FieldType.RELTIME, FieldInfo.Argument.NONE, "Total CPU time, in "
				+ "nanoseconds since the beginning of the capture, for the current thread. Exported by switch events "
				+ "only.");
		str(CGROUPS, "thread.cgroups", "all the cgroups the thread belongs to, aggregated into a single string.");
		other(CGROUP, "thread.cgroup", FieldType.STRING, FieldInfo.Argument.REQUIRED, "the cgroup the thread belongs "
				+ "to, for a specific subsystem. E.g. thread.cgroup.cpuacct.");
		num(VTID, "thread.vtid", FieldType.INT64, "the id of the thread generating the event as seen from its current "
				+ "PID namespace.");
		num(VPID, "proc.vpid", FieldType.INT64, "the id of the process generating the event as seen from its current "
				+ "PID namespace.");
		dbl(CPU, "thread.cpu", "the CPU consumed by the thread in the last second.");
		dbl(CPU, "thread.cpu.user", "the user CPU consumed by the thread in the last second.");
		dbl(CPU, "thread.cpu.system", "the system CPU consumed by the thread in the last second.");
		num(THREAD_VMSIZE, "thread.vmsize", FieldType.UINT64, "For the process main thread, this is the total virtual "
				+ "memory for the process (as kb). For the other threads, this field is zero.");
		num(THREAD_VMRSS, "thread.vmrss", FieldType.UINT64, "For the process main thread, this is the resident "
				+ "non-swapped memory for the process (as kb). For the other threads, this field is zero.");
		num(SID, "proc.sid", FieldType.INT64, "the session id of the process generating the event.");
		str(SNAME, "proc.sname", "the name of the current process's session leader. This is either the process with "
				+ "pid=proc.sid or the eldest ancestor that has the same sid as the current process.");
		num(TTY, "proc.tty", FieldType.INT64, "The controlling terminal of the process. 0 for processes without a "
				+ "terminal.");
		str(EXEPATH, "proc.exepath", "The full executable path of the process.");
		num(VPGID, "proc.vpgid", FieldType.INT64, "the process group id of the process generating the event, as seen "
				+ "from its current PID namespace.");
		bool(PROBE, "proc.is_container_healthcheck", "true if this process is running as a part of the container's "
				+ "health check.");
		bool(PROBE, "proc.is_container_liveness_probe", "true if this process is running as a part of the "
				+ "container's liveness probe.");
		bool(PROBE, "proc.is_container_readiness_probe", "true if this process is running as a part of the "
				+ "container's readiness probe.");
		bool(IS_EXE_WRITABLE, "proc.is_exe_writable", "true if this process' executable file is writable by the same "
				+ "user that spawned the process.");

		// Fields of newer libsinsp versions that current Falco rules use.
		str(PEXE, "proc.pexe", "the proc.exe (first command line argument) of the parent process.");
		str(PEXEPATH, "proc.pexepath", "the proc.exepath (full executable path) of the parent process.");
		other(AEXE, "proc.aexe", FieldType.STRING, FieldInfo.Argument.OPTIONAL, "the proc.exe of one of the process "
				+ "ancestors (proc.aexe[1] is the parent's).");
		other(AEXEPATH, "proc.aexepath", FieldType.STRING, FieldInfo.Argument.OPTIONAL, "the proc.exepath of one of "
				+ "the process ancestors (proc.aexepath[1] is the parent's).");
		num(CMDNARGS, "proc.cmdnargs", FieldType.UINT64, "the number of command line args (proc.args).");
		num(CMDLENARGS, "proc.cmdlenargs", FieldType.UINT64, "the total length of the command line args (proc.args), "
				+ "spaces excluded.");
		num(PVPID, "proc.pvpid", FieldType.INT64, "the vpid of the parent process.");
		bool(IS_EXE_UPPER_LAYER, "proc.is_exe_upper_layer", "true if the executable lives in the upper layer of an "
				+ "overlayfs.");
		bool(IS_EXE_FROM_MEMFD, "proc.is_exe_from_memfd", "true if the executable is a file created with "
				+ "memfd_create.");
		num(EXE_INO, "proc.exe_ino", FieldType.INT64, "the inode number of the executable file on disk.");
		num(EXE_INO_CTIME, "proc.exe_ino.ctime", FieldType.ABSTIME, "last status change time of the executable file "
				+ "(epoch ns).");
		num(EXE_INO_MTIME, "proc.exe_ino.mtime", FieldType.ABSTIME, "last modification time of the executable file "
				+ "(epoch ns).");
		num(EXE_INO_CTIME_DURATION_PROC_START, "proc.exe_ino.ctime_duration_proc_start", FieldType.ABSTIME,
				"nanoseconds between the executable's last status change and the process start.");
		num(EXE_INO_CTIME_DURATION_PIDNS_START, "proc.exe_ino.ctime_duration_pidns_start", FieldType.ABSTIME,
				"nanoseconds between the start of the pid namespace and the executable's last status change.");
		num(PID_TS, "proc.pid.ts", FieldType.ABSTIME, "start of the process as epoch timestamp in nanoseconds.");
		num(PPID_TS, "proc.ppid.ts", FieldType.ABSTIME, "start of the parent process as epoch timestamp in "
				+ "nanoseconds.");
		num(PPID_DURATION, "proc.ppid.duration", FieldType.RELTIME, "nanoseconds since the parent process started.");
		bool(IS_SID_LEADER, "proc.is_sid_leader", "true if this process is the leader of the process session "
				+ "(proc.sid == proc.vpid).");
		bool(IS_VPGID_LEADER, "proc.is_vpgid_leader", "true if this process is the leader of the process group "
				+ "(proc.vpgid == proc.vpid).");
		str(VPGID_NAME, "proc.vpgid.name", "the name of the process group leader.");
		str(VPGID_EXE, "proc.vpgid.exe", "the proc.exe of the process group leader.");
		str(VPGID_EXEPATH, "proc.vpgid.exepath", "the proc.exepath of the process group leader.");
		str(SID_EXE, "proc.sid.exe", "the proc.exe of the session leader.");
		str(SID_EXEPATH, "proc.sid.exepath", "the proc.exepath of the session leader.");
		str(CAP_PERMITTED, "thread.cap_permitted", "the permitted capabilities set");
		str(CAP_INHERITABLE, "thread.cap_inheritable", "the inheritable capabilities set");
		str(CAP_EFFECTIVE, "thread.cap_effective", "the effective capabilities set");
	}

	@Override
	String strValue(int id, ParsedEvent e) {
		ThreadInfo t = e.thread;
		if (t == null) {
			return null;
		}
		switch (id) {
		case EXE:
			return t.exe;
		case NAME:
			return t.comm;
		case ARGS:
			return t.argsLine();
		case ENV:
			return t.envLine();
		case CMDLINE:
			return cachedCmdline(t);
		case EXELINE:
			return t.exe + " " + t.argsLine();
		case CWD:
			return engine.cwd(t);
		case PNAME: {
			ThreadInfo p = parentOf(t);
			return p == null ? null : p.comm;
		}
		case PCMDLINE: {
			ThreadInfo p = parentOf(t);
			return p == null ? null : cachedCmdline(p);
		}
		case CGROUPS:
			return t.cgroups.length == 0 ? null : String.join(" ", t.cgroups);
		case SNAME:
			return sname(t);
		case EXEPATH:
			return t.exepath;
		case PEXE: {
			ThreadInfo p = parentOf(t);
			return p == null ? null : p.exe;
		}
		case PEXEPATH: {
			ThreadInfo p = parentOf(t);
			return p == null ? null : p.exepath;
		}
		case VPGID_NAME: {
			ThreadInfo l = groupLeader(t);
			return l == null ? null : l.comm;
		}
		case VPGID_EXE: {
			ThreadInfo l = groupLeader(t);
			return l == null ? null : l.exe;
		}
		case VPGID_EXEPATH: {
			ThreadInfo l = groupLeader(t);
			return l == null ? null : l.exepath;
		}
		case SID_EXE: {
			ThreadInfo l = sessionLeader(t);
			return l == null ? null : l.exe;
		}
		case SID_EXEPATH: {
			ThreadInfo l = sessionLeader(t);
			return l == null ? null : l.exepath;
		}
		case CAP_PERMITTED:
			return cachedCaps(t.capPermitted);
		case CAP_INHERITABLE:
			return cachedCaps(t.capInheritable);
		case CAP_EFFECTIVE:
			return cachedCaps(t.capEffective);
		default:
			return super.strValue(id, e);
		}
	}

	@Override
	long numValue(int id, ParsedEvent e) {
		if (id == TID) {
			return e.event.tid();
		}
		ThreadInfo t = e.thread;
		if (t == null) {
			return NA;
		}
		switch (id) {
		case PID:
			return t.pid;
		case NTHREADS: {
			ThreadInfo m = engine.mainThread(t);
			return m == null ? NA : m.nchilds + 1;
		}
		case NCHILDS:
			return t.nchilds;
		case PPID: {
			ThreadInfo m = engine.mainThread(t);
			return m == null ? NA : m.ptid;
		}
		case LOGINSHELLID:
			return loginShellId(t);
		case DURATION:
			return t.cloneTs == 0 ? NA : e.event.ts() - t.cloneTs;
		case FDOPENCOUNT: {
			ThreadInfo m = engine.mainThread(t);
			return m == null ? NA : engine.fdTable(m).size();
		}
		case FDLIMIT: {
			ThreadInfo m = engine.mainThread(t);
			return m == null ? NA : m.fdlimit;
		}
		case VMSIZE:
			return t.vmsizeKb;
		case VMRSS:
			return t.vmrssKb;
		case VMSWAP:
			return t.vmswapKb;
		case PFMAJOR:
			return t.pfmajor;
		case PFMINOR:
			return t.pfminor;
		case VTID:
			return t.vtid == -1 ? NA : t.vtid;
		case VPID:
			return t.vpid == -1 ? NA : t.vpid;
		case THREAD_VMSIZE:
			return t.isMainThread() ? t.vmsizeKb : 0;
		case THREAD_VMRSS:
			return t.isMainThread() ? t.vmrssKb : 0;
		case SID:
			return t.sid;
		case TTY:
			return (int) t.tty;
		case VPGID:
			return t.vpgid;
		case CMDNARGS:
			return t.args.length;
		case CMDLENARGS: {
			long n = 0;
			for (String s : t.args) {
				n += s.length();
			}
			return n;
		}
		case PVPID: {
			ThreadInfo p = parentOf(t);
			return p == null || p.vpid == -1 ? NA : p.vpid;
		}
		case EXE_INO:
			return t.exeIno == 0 ? NA : t.exeIno;
		case EXE_INO_CTIME:
			return t.exeInoCtime == 0 ? NA : t.exeInoCtime;
		case EXE_INO_MTIME:
			return t.exeInoMtime == 0 ? NA : t.exeInoMtime;
		case EXE_INO_CTIME_DURATION_PROC_START:
			return t.exeInoCtime == 0 || t.cloneTs == 0 ? NA : t.cloneTs - t.exeInoCtime;
		case EXE_INO_CTIME_DURATION_PIDNS_START:
			if (t.exeInoCtime == 0 || t.pidnsInitStartTs == 0 || t.exeInoCtime <= t.pidnsInitStartTs) {
				return NA;
			}
			return t.exeInoCtime - t.pidnsInitStartTs;
		case PID_TS:
			return t.cloneTs == 0 ? NA : t.cloneTs;
		case PPID_TS: {
			ThreadInfo p = parentOf(t);
			return p == null || p.cloneTs == 0 ? NA : p.cloneTs;
		}
		case PPID_DURATION: {
			ThreadInfo p = parentOf(t);
			return p == null || p.cloneTs == 0 ? NA : e.event.ts() - p.cloneTs;
		}
		default:
			return super.numValue(id, e);
		}
	}

	@Override
	int boolValue(int id, ParsedEvent e) {
		ThreadInfo t = e.thread;
		if (t == null) {
			return -1;
		}
		switch (id) {
		case ISMAIN:
			return t.isMainThread() ? 1 : 0;
		case PROBE:
			return 0;
		case IS_EXE_WRITABLE:
			return t.exeWritable ? 1 : 0;
		case IS_EXE_UPPER_LAYER:
			return t.exeUpperLayer ? 1 : 0;
		case IS_EXE_FROM_MEMFD:
			return t.exeFromMemfd ? 1 : 0;
		case IS_SID_LEADER:
			return t.sid == t.vpid ? 1 : 0;
		case IS_VPGID_LEADER:
			return t.vpgid == t.vpid ? 1 : 0;
		default:
			return super.boolValue(id, e);
		}
	}

	@Override
	double dblValue(int id, ParsedEvent e) {
		switch (id) {
		case FDUSAGE: {
			ThreadInfo m = main(e);
			if (m == null) {
				return Double.NaN;
			}
			if (m.fdlimit <= 0) {
				return 0;
			}
			return engine.fdTable(m).size() * 100.0 / m.fdlimit;
		}
		case CPU:
			return Double.NaN;
		default:
			return super.dblValue(id, e);
		}
	}

	@Override
	Field<ParsedEvent> bindOther(int id, FieldInfo info, String argument) throws UnknownFieldException {
		switch (id) {
		case APID: case ANAME: case AEXE: case AEXEPATH:
			return argument == null ? new AncestorsField(info, id)
					: new AncestorField(info, argument, id, intArgument(info, argument));
		case EXECTIME:
			return new ExecTimeField(info, false);
		case TOTEXECTIME:
			return new ExecTimeField(info, true);
		case CGROUP:
			return new CgroupField(info, argument);
		default:
			return super.bindOther(id, info, argument);
		}
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

	// proc.cmdline and proc.pcmdline by the name and argument array they were joined from: the
	// engine decodes the same bytes to the same instances, so every run of a command, in any
	// process, finds its line again. The stock rules test them on every exec, and a new String
	// per event would be scanned and hashed anew by every check, where the same one lets checks
	// reuse their last answer. Direct-mapped by the two instances.
	private static final int CMDLINES = 1024;
	private final String[] cmdlineComm = new String[CMDLINES];
	private final String[][] cmdlineArgs = new String[CMDLINES][];
	private final String[] cmdline = new String[CMDLINES];

	private String cachedCmdline(ThreadInfo t) {
		String comm = t.comm;
		String[] args = t.args;
		int h = System.identityHashCode(args) * 31 + System.identityHashCode(comm);
		int slot = (h ^ (h >>> 16)) & (CMDLINES - 1);
		if (cmdlineComm[slot] == comm && cmdlineArgs[slot] == args) {
			return cmdline[slot];
		}
		String out = cmdline(t);
		cmdlineComm[slot] = comm;
		cmdlineArgs[slot] = args;
		cmdline[slot] = out;
		return out;
	}

	/** The value an ancestor field reads from one ancestor. */
	private static Object ancestorValue(int id, ThreadInfo t) {
		switch (id) {
		case APID:
			return t.pid;
		case ANAME:
			return t.comm;
		case AEXE:
			return t.exe;
		default:
			return t.exepath;
		}
	}

	/**
	 * proc.apid / proc.aname... without an argument: the values of all ancestors of the main
	 * thread (the parent and up, not the process itself, as libsinsp matches them), under a
	 * FieldInfo that says so, so conditions test each of them ("any ancestor is ...").
	 */
	private final class AncestorsField extends Field<ParsedEvent> {
		private final int id;

		AncestorsField(FieldInfo info, int id) {
			super(new FieldInfo(info.name(), info.type(), true, info.argument(), info.description(), true), null);
			this.id = id;
		}

		@Override
		public Object value(ParsedEvent e) {
			ThreadInfo m = main(e);
			if (m == null) {
				return null;
			}
			List<Object> out = new ArrayList<>();
			ThreadInfo cur = step(m, m);
			for (int n = 0; cur != null && n < MAX_ANCESTORS; n++) {
				out.add(ancestorValue(id, cur));
				cur = step(cur, m);
			}
			return out;
		}

		@Override
		public String render(ParsedEvent e) {
			return renderList(value(e));
		}
	}

	/** proc.apid[N] / proc.aname[N]...: the value of the Nth ancestor of the main thread. */
	private final class AncestorField extends Field<ParsedEvent> {
		private final int id;
		private final int depth;

		AncestorField(FieldInfo info, String arg, int id, int depth) {
			super(info, arg);
			this.id = id;
			this.depth = depth;
		}

		@Override
		public Object value(ParsedEvent e) {
			ThreadInfo a = ancestor(e, depth);
			return a == null ? null : ancestorValue(id, a);
		}

		@Override
		public long longValue(ParsedEvent e, long absent) {
			ThreadInfo a = ancestor(e, depth);
			return a == null ? absent : a.pid;
		}

		@Override
		public String render(ParsedEvent e) {
			Object v = value(e);
			return v == null ? "<NA>" : v.toString();
		}
	}

	/** thread.cgroup.SUBSYSTEM. */
	private static final class CgroupField extends Field<ParsedEvent> {
		CgroupField(FieldInfo info, String arg) {
			super(info, arg);
		}

		@Override
		public Object value(ParsedEvent e) {
			return e.thread == null ? null : e.thread.cgroup(argument());
		}

		@Override
		public String render(ParsedEvent e) {
			Object v = value(e);
			return v == null ? "<NA>" : (String) v;
		}
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

	private long loginShellId(ThreadInfo t) {
		ThreadInfo m = engine.mainThread(t);
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

	private String sname(ThreadInfo t) {
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
	// too many to build at every read; the sets in use are few, and the same String back lets the
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
	private static final class ExecTimeField extends Field<ParsedEvent> {
		private final boolean total;
		private long[] lastSwitch = new long[8];
		private final LongObjectMap<long[]> totals = new LongObjectMap<>(64);

		ExecTimeField(FieldInfo info, boolean total) {
			super(info, null);
			this.total = total;
		}

		@Override
		public Object value(ParsedEvent e) {
			long v = get(e);
			return v == NA ? null : v;
		}

		@Override
		public long longValue(ParsedEvent e, long absent) {
			long v = get(e);
			return v == NA ? absent : v;
		}

		@Override
		public String render(ParsedEvent e) {
			return renderNumber(get(e), false, type());
		}

		private long get(ParsedEvent e) {
			return total ? totexectime(e) : delta(e);
		}

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

		private long totexectime(ParsedEvent e) {
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

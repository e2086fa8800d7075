package io.falcoj.state;

import io.falcoj.capture.CaptureListener;
import io.falcoj.capture.FdEntry;
import io.falcoj.capture.FdType;
import io.falcoj.capture.GroupEntry;
import io.falcoj.capture.InterfaceEntry;
import io.falcoj.capture.MachineInfo;
import io.falcoj.capture.ProcessEntry;
import io.falcoj.capture.UserEntry;
import io.falcoj.event.Direction;
import io.falcoj.event.Event;
import io.falcoj.event.EventFlags;
import io.falcoj.event.EventInfo;
import io.falcoj.event.EventTable;
import io.falcoj.event.ParamInfo;
import io.falcoj.event.ParamType;
import io.falcoj.event.RawMemory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The parser and state engine (libsinsp's parsers.cpp and thread manager): keeps the thread table,
 * each process' fd table, users and groups, seeded from a capture's state blocks and updated by
 * every event that changes them. For each event it fills one reused {@link ParsedEvent} (thread,
 * fd, enter event) after applying the event, hands it to the downstream consumer (fields and rules
 * evaluate there, seeing the state as libsinsp shows it), and only then applies what libsinsp
 * applies after an event: removal of closed fds and exited threads.
 *
 * <p>Single-threaded: the capture thread owns the engine. The per-event path allocates nothing
 * in the steady state: tables are primitive-keyed, an enter event is remembered by type, time and
 * fd (and copied, into a reused per-thread buffer, only when its exit's parser reads it), and
 * events that create state (new threads, fds, names) allocate only what they store.
 * {@code tests/bench/state-engine-rate} measures it.
 */
public final class StateEngine implements CaptureListener {
	// Parameter names the parsers look up, resolved once per event code from the event table, so
	// every version of an event (old captures carry older layouts) is read by name, not position.
	private static final String[] PARAM_NAMES = {"fd", "name", "flags", "dirfd", "dev", "ino", "exe", "args", "tid",
			"pid", "ptid", "cwd", "fdlimit", "pgft_maj", "pgft_min", "vm_size", "vm_rss", "vm_swap", "comm", "cgroups",
			"uid", "gid", "vtid", "vpid", "env", "tty", "pgid", "loginuid", "filename", "pathname", "path", "addr",
			"tuple", "fd1", "fd2", "source", "peer", "domain", "type", "proto", "cmd", "oldfd", "newfd", "euid", "egid",
			"resource", "cur", "newcur", "res", "ino", "mountfd", "vpgid", "cap_inheritable", "cap_permitted",
			"cap_effective", "reaper_tid", "res_or_fd", "id", "image", "fdout"};
	private static final int P_FD = 0, P_NAME = 1, P_FLAGS = 2, P_DIRFD = 3, P_DEV = 4, P_INO = 5, P_EXE = 6,
			P_ARGS = 7, P_TID = 8, P_PID = 9, P_PTID = 10, P_CWD = 11, P_FDLIMIT = 12, P_PGFT_MAJ = 13, P_PGFT_MIN = 14,
			P_VM_SIZE = 15, P_VM_RSS = 16, P_VM_SWAP = 17, P_COMM = 18, P_CGROUPS = 19, P_UID = 20, P_GID = 21,
			P_VTID = 22, P_VPID = 23, P_ENV = 24, P_TTY = 25, P_PGID = 26, P_LOGINUID = 27, P_FILENAME = 28,
			P_PATHNAME = 29, P_PATH = 30, P_ADDR = 31, P_TUPLE = 32, P_FD1 = 33, P_FD2 = 34, P_SOURCE = 35, P_PEER = 36,
			P_DOMAIN = 37, P_TYPE = 38, P_PROTO = 39, P_CMD = 40, P_OLDFD = 41, P_NEWFD = 42, P_EUID = 43, P_EGID = 44,
			P_RESOURCE = 45, P_CUR = 46, P_NEWCUR = 47, P_RES = 48, P_VPGID = 51, P_CAP_INH = 52, P_CAP_PERM = 53,
			P_CAP_EFF = 54, P_REAPER = 55, P_RES_OR_FD = 56, P_ID = 57, P_IMAGE = 58, P_FDOUT = 59;

	/** PARAM_NAMES inverted: a name to its P_ indexes (a name may appear twice). */
	private static final java.util.Map<String, int[]> PARAM_KEYS = new java.util.HashMap<>();

	static {
		for (int k = 0; k < PARAM_NAMES.length; k++) {
			int[] old = PARAM_KEYS.get(PARAM_NAMES[k]);
			int[] ks = old == null ? new int[1] : java.util.Arrays.copyOf(old, old.length + 1);
			ks[ks.length - 1] = k;
			PARAM_KEYS.put(PARAM_NAMES[k], ks);
		}
	}

	private static final int H_NONE = 0, H_OPEN = 1, H_CLONE = 2, H_EXECVE = 3, H_PROCEXIT = 4, H_PIPE = 5,
			H_SOCKET = 6, H_SOCKETPAIR = 7, H_BIND = 8, H_CONNECT = 9, H_ACCEPT = 10, H_CLOSE = 11, H_DUP = 12,
			H_FCNTL = 13, H_SINGLE_FD = 14, H_CHDIR = 15, H_FCHDIR = 16, H_GETCWD = 17, H_SETUID = 18, H_SETGID = 19,
			H_SETRESUID = 20, H_SETRESGID = 21, H_SETSID = 22, H_CHROOT = 23, H_CAPSET = 24, H_RLIMIT = 25,
			H_PRLIMIT = 26, H_VM = 27, H_SWITCH = 28, H_RECV_TUPLE = 29, H_SEND_TUPLE = 30, H_MEMFD = 31,
			H_PIDFD_OPEN = 32, H_PIDFD_GETFD = 33, H_UNSHARE = 34, H_CONTAINER = 35;

	/** The exit parsers that read their enter event (older layouts carry some parameters only there). */
	private static final java.util.Set<Integer> READS_ENTER = java.util.Set.of(H_OPEN, H_EXECVE, H_SETUID, H_SETGID,
			H_SETRESUID, H_SETRESGID, H_UNSHARE, H_RLIMIT, H_PRLIMIT, H_FCNTL, H_PIPE, H_SINGLE_FD, H_SOCKET, H_CONNECT,
			H_ACCEPT, H_SEND_TUPLE, H_RECV_TUPLE);

	/** PPM codes of fcntl commands and rlimit resources. */
	private static final int F_DUPFD = 1, F_DUPFD_CLOEXEC = 26, RLIMIT_NOFILE = 7;
	private static final long AT_FDCWD = -100;
	private static final long SOCK_CLOEXEC = 0x80000;
	private static final long EINPROGRESS = 115;
	private static final int EXE_WRITABLE = 1, EXE_UPPER_LAYER = 2, EXE_FROM_MEMFD = 4;
	/** A child's own clone exit replaces an entry older than this (libsinsp's CLONE_STALE_TIME_NS). */
	private static final long CLONE_STALE_TIME_NS = 2_000_000_000L;
	private static final long CAP_ALL = 0x1ff_ffff_ffffL;

	private final StateSettings settings;
	private final EventTable table = EventTable.get();
	private final byte[] handler;
	private final FdType[] singleFdType;
	private final int[][] paramIndex;
	private final int[] enterFdIndex;
	private final int[] exitFdIndex;
	/** Per event code, what the per-event path asks of the table, as bits (one load instead of several). */
	private final byte[] kind;
	private static final int K_ENTER = 1, K_SKIP = 2, K_USES_FD = 4, K_FD_EVENT = 8;
	/** Per enter event code: whether its exit's parser reads it (so it is worth copying). */
	private final boolean[] keepEnter;
	private final int execveEnterCode;
	private final int execveatEnterCode;
	private final int connectEnterCode;
	private final int copyFileRangeExitCode;
	private final int openByHandleExitCode;
	final PathCache paths = new PathCache();
	/** Whether an open's path is resolved at the open ({@link #resolvePathsAtOpen}) rather than when first read. */
	private boolean pathsAtOpen;

	/**
	 * Resolves each open's path at the open, straight from the event's bytes, instead of keeping
	 * a copy of them to resolve when a field first reads the fd's name. For consumers that read
	 * the name of (nearly) every opened fd, as the stock rules do on every open: a path the cache
	 * knows then costs no copy. Off by default: a consumer that reads few names (falco-inspect
	 * with most filters) pays for no resolution at all.
	 */
	public void resolvePathsAtOpen(boolean on) {
		pathsAtOpen = on;
	}

	/** Whether events of {@code code} open a file (their exit names the fd it created). */
	public boolean opensFile(int code) {
		return code >= 0 && code < handler.length && handler[code] == H_OPEN;
	}
	private static final int FD_FLAGS = EventFlags.CREATES_FD | EventFlags.USES_FD | EventFlags.DESTROYS_FD;

	private final LongObjectMap<ThreadInfo> threads = new LongObjectMap<>(1024);
	/**
	 * The entry of the last event's tid (an exit mostly follows its own enter, so this saves about
	 * half the table lookups); null after any change of the table, so it is never stale.
	 */
	private ThreadInfo lastThread;
	private final long purgeIntervalNs;
	private final LongObjectMap<UserEntry> users = new LongObjectMap<>(64);
	private final LongObjectMap<GroupEntry> groups = new LongObjectMap<>(64);
	private final java.util.Map<String, ContainerInfo> containers = new java.util.HashMap<>();
	private final ParsedEvent parsed = new ParsedEvent();
	private final Event enterView = new Event();
	/** Where an exit's stored enter event is read from (see {@link #enterCopy}). */
	private ByteBuffer enterScratch = ByteBuffer.allocateDirect(512).order(java.nio.ByteOrder.LITTLE_ENDIAN);
	private Consumer<ParsedEvent> consumer = NO_CONSUMER;
	private MachineInfo machine;
	private int[] localIpv4 = new int[0];
	private final List<byte[]> localIpv6 = new ArrayList<>();

	private long eventCount;
	private long lastPurgeTs;
	/** Counts events for onEvent's purge check (see there). */
	private int purgeTick;
	private long currentTs;
	private long lastFullSweepTs = Long.MIN_VALUE / 2;
	// What libsinsp removes after the event has been seen (the close's fd, the exited thread).
	private ThreadInfo fdRemovalThread;
	private long fdToRemove = -1;
	private long tidToRemove = -1;
	private final List<ThreadInfo> scratch = new ArrayList<>();

	private long threadsAdded;
	private long threadsRemoved;
	private long threadsPurged;
	private long threadDrops;
	private long fdsPurged;
	private long enterMisses;
	/** Live only: reads a thread the events never introduced from the system; null in replay. */
	private ThreadLookup threadLookup;
	// Anonymous classes here, not lambdas: a lambda is an invokedynamic call site linked at its
	// first run, a cost every short-lived tool paid at start (see StateFamily).
	private final java.util.function.LongPredicate knownProcess = new java.util.function.LongPredicate() {
		@Override
		public boolean test(long pid) {
			return threads.get(pid) != null;
		}
	};
	private static final Consumer<ParsedEvent> NO_CONSUMER = new Consumer<>() {
		@Override
		public void accept(ParsedEvent e) {
		}
	};
	private static final int LOOKUPS_PER_SECOND = 64;
	private long lookupWindowTs = Long.MIN_VALUE / 2;
	private int lookupsInWindow;
	private long threadLookups;
	private long threadLookupMisses;

	public StateEngine() {
		this(StateSettings.DEFAULT);
	}

	/**
	 * Whether every event of this code leaves {@link ParsedEvent#fd} null and
	 * {@link ParsedEvent#fdNum} -1: enter events that name no fd and that no parser handles (the
	 * enter branch of {@link #onEvent} then only clears the thread's last fd). The fd fields
	 * specialise rules per event code with it; keep it in step with that branch.
	 */
	public boolean neverHasFd(int code) {
		return code >= 0 && code < kind.length && (kind[code] & K_ENTER) != 0 && (kind[code] & K_SKIP) == 0
				&& enterFdIndex[code] < 0 && handler[code] == H_NONE;
	}

	public StateEngine(StateSettings settings) {
		this.settings = settings;
		this.purgeIntervalNs = settings.purgeIntervalNs();
		int n = table.size();
		handler = new byte[n];
		singleFdType = new FdType[n];
		paramIndex = new int[n][PARAM_NAMES.length];
		enterFdIndex = new int[n];
		exitFdIndex = new int[n];
		int execveE = -1;
		int execveatE = -1;
		for (int code = 0; code < n; code++) {
			EventInfo info = table.event(code);
			java.util.Arrays.fill(paramIndex[code], -1);
			enterFdIndex[code] = -1;
			exitFdIndex[code] = -1;
			if (info == null) {
				continue;
			}
			List<ParamInfo> ps = info.params();
			// Each parameter's name is looked up once (not every name searched in every event):
			// this runs at every start, mostly interpreted. The first parameter of a name wins.
			for (int i = ps.size() - 1; i >= 0; i--) {
				int[] ks = PARAM_KEYS.get(ps.get(i).name());
				if (ks != null) {
					for (int k : ks) {
						paramIndex[code][k] = i;
					}
				}
			}
			if (info.hasFlag(EventFlags.USES_FD)) {
				for (int i = 0; i < ps.size(); i++) {
					if (ps.get(i).type() != ParamType.FD) {
						continue;
					}
					if (info.direction() == Direction.ENTER) {
						enterFdIndex[code] = i;
						break;
					}
					String pn = ps.get(i).name();
					if (i > 0 && (pn.equals("fd") || pn.equals("oldfd"))) {
						exitFdIndex[code] = i;
						break;
					}
				}
			}
			handler[code] = (byte) handlerFor(info, code);
			if (info.direction() == Direction.ENTER && info.name().equals("execve") && !info.params().isEmpty()
					&& code > execveE) {
				execveE = code;
			}
			if (info.direction() == Direction.ENTER && info.name().equals("execveat")) {
				execveatE = code;
			}
		}
		// An exit whose fd parameter is not named fd/oldfd (splice's fd_in, sendfile's out_fd) names
		// the fd its enter event would have given under the enter's own name: without the enter
		// event (exit-only drivers), that parameter of the exit stands in for it.
		for (int code = 1; code < n; code++) {
			int fi = enterFdIndex[code - 1];
			EventInfo info = table.event(code);
			if (exitFdIndex[code] >= 0 || fi < 0 || info == null || info.direction() != Direction.EXIT
					|| !info.hasFlag(EventFlags.USES_FD)) {
				continue;
			}
			String name = table.event(code - 1).params().get(fi).name();
			List<ParamInfo> ps = info.params();
			for (int i = 1; i < ps.size(); i++) {
				if (ps.get(i).type() == ParamType.FD && ps.get(i).name().equals(name)) {
					exitFdIndex[code] = i;
					break;
				}
			}
		}
		execveEnterCode = execveE;
		execveatEnterCode = execveatE;
		kind = new byte[n];
		for (int code = 0; code < n; code++) {
			EventInfo info = table.event(code);
			if (info != null) {
				kind[code] = (byte) ((info.direction() == Direction.ENTER ? K_ENTER : 0)
						| (info.hasFlag(EventFlags.SKIPPARSERESET) ? K_SKIP : 0)
						| (info.hasFlag(EventFlags.USES_FD) ? K_USES_FD : 0)
						| ((info.flags() & FD_FLAGS) != 0 ? K_FD_EVENT : 0));
			}
		}
		keepEnter = new boolean[n];
		for (int code = 0; code + 1 < n; code++) {
			EventInfo info = table.event(code);
			if (info != null && info.direction() == Direction.ENTER) {
				keepEnter[code] = READS_ENTER.contains((int) handler[code + 1]) || code == execveatE;
			}
		}
		int connectE = -1;
		for (EventInfo e : table.byName("connect")) {
			if (e.direction() == Direction.ENTER && e.paramIndex("addr") >= 0) {
				connectE = e.code();
			}
		}
		connectEnterCode = connectE;
		int cfr = -1;
		for (EventInfo e : table.byName("copy_file_range")) {
			if (e.direction() == Direction.EXIT) {
				cfr = e.code();
			}
		}
		copyFileRangeExitCode = cfr;
		int obh = -1;
		for (EventInfo e : table.byName("open_by_handle_at")) {
			if (e.direction() == Direction.EXIT) {
				obh = e.code();
			}
		}
		openByHandleExitCode = obh;
		parsed.engine = this;
	}

	private int handlerFor(EventInfo info, int code) {
		String name = info.name();
		if (info.direction() == Direction.ENTER) {
			if (name.equals("procexit")) {
				return H_PROCEXIT;
			}
			if (name.equals("switch")) {
				return H_SWITCH;
			}
			if (name.equals("container")) {
				return H_CONTAINER;
			}
			return H_NONE;
		}
		switch (name) {
		case "open": case "creat": case "openat": case "openat2": case "open_by_handle_at":
			return H_OPEN;
		case "clone": case "fork": case "vfork": case "clone3":
			return H_CLONE;
		case "execve": case "execveat":
			return H_EXECVE;
		case "pipe": case "pipe2":
			return H_PIPE;
		case "socket":
			return H_SOCKET;
		case "socketpair":
			return H_SOCKETPAIR;
		case "bind":
			return H_BIND;
		case "connect":
			return H_CONNECT;
		case "accept": case "accept4":
			return H_ACCEPT;
		case "close":
			return H_CLOSE;
		case "dup": case "dup2": case "dup3":
			return H_DUP;
		case "fcntl":
			return H_FCNTL;
		case "chdir":
			return H_CHDIR;
		case "fchdir":
			return H_FCHDIR;
		case "getcwd":
			return H_GETCWD;
		case "setuid":
			return H_SETUID;
		case "setgid":
			return H_SETGID;
		case "setresuid": case "setreuid":
			return H_SETRESUID;
		case "setresgid": case "setregid":
			return H_SETRESGID;
		case "setsid":
			return H_SETSID;
		case "chroot":
			return H_CHROOT;
		case "capset":
			return H_CAPSET;
		case "getrlimit": case "setrlimit":
			return H_RLIMIT;
		case "prlimit":
			return H_PRLIMIT;
		case "brk": case "mmap": case "mmap2": case "munmap":
			return H_VM;
		case "recvfrom": case "recvmsg": case "recv":
			return H_RECV_TUPLE;
		case "sendto": case "sendmsg": case "send":
			return H_SEND_TUPLE;
		case "memfd_create":
			return H_MEMFD;
		case "pidfd_open":
			return H_PIDFD_OPEN;
		case "pidfd_getfd":
			return H_PIDFD_GETFD;
		case "unshare": case "setns":
			return H_UNSHARE;
		default:
			break;
		}
		FdType single = switch (name) {
		case "eventfd", "eventfd2" -> FdType.EVENT;
		case "signalfd", "signalfd4" -> FdType.SIGNALFD;
		case "timerfd_create" -> FdType.TIMERFD;
		case "inotify_init", "inotify_init1" -> FdType.INOTIFY;
		case "bpf" -> FdType.BPF;
		case "userfaultfd" -> FdType.USERFAULTFD;
		case "io_uring_setup" -> FdType.IOURING;
		case "epoll_create", "epoll_create1" -> FdType.EVENTPOLL;
		default -> null;
		};
		if (single != null) {
			singleFdType[code] = single;
			return H_SINGLE_FD;
		}
		return H_NONE;
	}

	/** Where each parsed event goes (fields, rules, output); called after the state update. */
	public void setConsumer(Consumer<ParsedEvent> consumer) {
		this.consumer = consumer == null ? NO_CONSUMER : consumer;
	}

	public StateSettings settings() {
		return settings;
	}

	// ---------------------------------------------------------------- state blocks

	@Override
	public void onMachine(MachineInfo info) {
		machine = info;
	}

	public MachineInfo machine() {
		return machine;
	}

	@Override
	public void onProcess(ProcessEntry e) {
		ThreadInfo t = new ThreadInfo();
		t.tid = e.tid;
		t.pid = e.pid;
		t.ptid = e.ptid;
		t.sid = e.sid;
		t.vpgid = e.vpgid;
		t.pgid = e.pgid;
		t.comm = e.comm;
		t.exe = e.exe;
		t.exepath = e.exepath;
		t.setArgs(e.args.toArray(new String[0]));
		t.setEnv(e.env.toArray(new String[0]));
		t.setCgroups(e.cgroups.toArray(new String[0]));
		t.containerId = ContainerIds.fromCgroups(t.cgroups);
		t.cwd = withSlash(e.cwd.isEmpty() ? "/" : e.cwd);
		t.root = e.root.isEmpty() ? "/" : e.root;
		t.fdlimit = e.fdlimit;
		t.flags = (int) e.flags;
		t.uid = e.uid & 0xffffffffL;
		t.gid = e.gid & 0xffffffffL;
		t.loginuid = e.loginuid & 0xffffffffL;
		t.vmsizeKb = e.vmsizeKb;
		t.vmrssKb = e.vmrssKb;
		t.vmswapKb = e.vmswapKb;
		t.pfmajor = e.pfmajor;
		t.pfminor = e.pfminor;
		t.vtid = e.vtid;
		t.vpid = e.vpid;
		t.exeWritable = e.exeWritable;
		t.exeUpperLayer = e.exeUpperLayer;
		t.exeFromMemfd = e.exeFromMemfd;
		t.capInheritable = e.capInheritable;
		t.capPermitted = e.capPermitted;
		t.capEffective = e.capEffective;
		t.exeIno = e.exeIno;
		t.exeInoCtime = e.exeInoCtime;
		t.exeInoMtime = e.exeInoMtime;
		t.pidnsInitStartTs = e.pidnsInitStartTs;
		t.tty = e.tty;
		t.cloneTs = e.cloneTs;
		if (t.tid != t.pid) {
			// A /proc scan sees a secondary thread: it shares the main thread's fds.
			t.flags |= ThreadInfo.CL_CLONE_THREAD | ThreadInfo.CL_CLONE_FILES;
		}
		addThread(t);
	}

	@Override
	public void onFd(long pid, FdEntry e) {
		ThreadInfo t = threads.get(pid);
		if (t == null) {
			return;
		}
		FdInfo fd = new FdInfo();
		fd.fd = e.fd;
		fd.type = e.type;
		fd.ino = e.ino;
		fd.dev = e.dev;
		fd.mountId = e.mountId;
		fd.openFlags = e.openFlags;
		fd.flags = FdInfo.FROM_PROC;
		fd.l4proto = e.l4proto;
		switch (e.type) {
		case IPV4_SOCK:
			fd.sip = ipv4Of(e.sourceIp);
			fd.dip = ipv4Of(e.destIp);
			fd.sport = e.sourcePort;
			fd.dport = e.destPort;
			fd.setName(SocketFormat.tupleName(fd));
			break;
		case IPV6_SOCK:
			fd.sip6 = ipv6Of(e.sourceIp);
			fd.dip6 = ipv6Of(e.destIp);
			fd.sport = e.sourcePort;
			fd.dport = e.destPort;
			fd.setName(SocketFormat.tupleName(fd));
			break;
		case IPV4_SERVSOCK:
			fd.sip = ipv4Of(e.sourceIp);
			fd.sport = e.sourcePort;
			fd.setName(SocketFormat.ipv4(fd.sip) + ":" + fd.sport);
			fd.flags |= FdInfo.ROLE_SERVER;
			break;
		case IPV6_SERVSOCK:
			fd.sip6 = ipv6Of(e.sourceIp);
			fd.sport = e.sourcePort;
			fd.setName(SocketFormat.ipv6(fd.sip6) + ":" + fd.sport);
			fd.flags |= FdInfo.ROLE_SERVER;
			break;
		case UNIX_SOCK:
			fd.unixSource = e.unixSource;
			fd.unixDest = e.unixDest;
			fd.setName(e.name);
			fd.flags |= e.name.isEmpty() ? FdInfo.ROLE_CLIENT : FdInfo.ROLE_SERVER;
			break;
		default:
			fd.setName(e.name);
			fd.setNameRaw(e.name);
			break;
		}
		fdTable(t).put(fd.fd, fd);
	}

	@Override
	public void onInterface(InterfaceEntry iface) {
		byte[] a = iface.address();
		if (a == null) {
			return;
		}
		if (a.length == 4) {
			int ip = ipv4Of(a);
			int[] grown = java.util.Arrays.copyOf(localIpv4, localIpv4.length + 1);
			grown[localIpv4.length] = ip;
			localIpv4 = grown;
		} else if (a.length == 16) {
			localIpv6.add(a.clone());
		}
	}

	/** True when {@code ip} is an address of one of the capture machine's interfaces (loopback included). */
	public boolean isLocalIpv4(int ip) {
		for (int l : localIpv4) {
			if (l == ip) {
				return true;
			}
		}
		return false;
	}

	/** As libsinsp decides it: the address shares its /64 prefix with one of the interfaces'. */
	public boolean isLocalIpv6(byte[] ip) {
		if (ip == null) {
			return false;
		}
		for (byte[] l : localIpv6) {
			if (java.util.Arrays.equals(l, 0, 8, ip, 0, 8)) {
				return true;
			}
		}
		return false;
	}

	@Override
	public void onUser(UserEntry user) {
		if (user.container() == null || user.container().isEmpty()) {
			users.put(user.uid(), user);
		}
	}

	@Override
	public void onGroup(GroupEntry group) {
		if (group.container() == null || group.container().isEmpty()) {
			groups.put(group.gid(), group);
		}
	}

	// ---------------------------------------------------------------- lookups for fields

	public ThreadInfo thread(long tid) {
		return threads.get(tid);
	}

	public int threadCount() {
		return threads.size();
	}

	/** The main thread of {@code t}'s process ({@code t} itself for a main thread), or null. */
	public ThreadInfo mainThread(ThreadInfo t) {
		return t.tid == t.pid ? t : threads.get(t.pid);
	}

	/** The parent of {@code t} (the thread {@code ptid} names), or null when it is not known. */
	public ThreadInfo parent(ThreadInfo t) {
		return t.ptid == t.tid ? null : threads.get(t.ptid);
	}

	/** The fd table of {@code t}'s process: threads that share their process' fds use the main thread's. */
	public LongObjectMap<FdInfo> fdTable(ThreadInfo t) {
		if ((t.flags & ThreadInfo.CL_CLONE_FILES) != 0 && t.tid != t.pid) {
			ThreadInfo main = threads.get(t.pid);
			if (main != null) {
				return main.fds;
			}
		}
		return t.fds;
	}

	/** The working directory of {@code t} (kept on the main thread), always ending in '/'. */
	public String cwd(ThreadInfo t) {
		ThreadInfo main = mainThread(t);
		return main != null ? main.cwd : "./";
	}

	/** What the capture said about a container, or null. */
	public ContainerInfo container(String id) {
		return containers.get(id);
	}

	public UserEntry user(long uid) {
		return users.get(uid);
	}

	public GroupEntry group(long gid) {
		return groups.get(gid);
	}

	/** Runs {@code action} for every thread (not on the event path: for snapshots and tests). */
	public void forEachThread(Consumer<ThreadInfo> action) {
		for (int i = 0; i < threads.capacity(); i++) {
			ThreadInfo t = threads.valueAt(i);
			if (t != null) {
				action.accept(t);
			}
		}
	}

	public long eventCount() {
		return eventCount;
	}

	public long threadsAdded() {
		return threadsAdded;
	}

	public long threadsRemoved() {
		return threadsRemoved;
	}

	/** Threads dropped by purges (dead or silent for longer than the timeout). */
	public long threadsPurged() {
		return threadsPurged;
	}

	/** Threads not added because the table was full. */
	public long threadDrops() {
		return threadDrops;
	}

	/** Fds dropped with the processes that held them. */
	public long fdsPurged() {
		return fdsPurged;
	}

	/** Exit events whose enter event was missing (dropped, or before the capture started). */
	public long enterMisses() {
		return enterMisses;
	}

	// ---------------------------------------------------------------- events

	@Override
	public void onEvent(Event ev, int cpu) {
		long ts = ev.ts();
		currentTs = ts;
		// The purge interval is first reached long after the JIT compiled the per-event code, and a
		// branch that its profile never saw taken is compiled as a trap that throws the compiled
		// code away: with this method inlined into the reader's loop, the whole loop (measured on
		// the 14M-event replay: back to C1 code for 50 ms, then a second C2 compile of the loop).
		// So there is one branch, also taken every 1024 events (which puts it in the profile), on
		// a condition computed without branches; purgeCheck, which decides exactly as before, is too
		// cold for C2 to inline. "late" is not negative once the interval has passed (the interval
		// is positive, so that subtraction cannot wrap); where it wraps (time far backwards),
		// purgeCheck just finds nothing to do.
		long late = ts - lastPurgeTs - purgeIntervalNs;
		int tick = (++purgeTick & 1023) - 1;
		if (((~late >>> 63) | (tick >>> 31)) != 0) {
			purgeCheck(ts);
		}
		apply(ev, cpu, ts);
	}

	/** Purges when the purge interval has passed since the last purge (the first event only starts the clock). */
	private void purgeCheck(long ts) {
		if (ts - lastPurgeTs >= purgeIntervalNs) {
			if (lastPurgeTs != 0) {
				purge(ts);
			}
			lastPurgeTs = ts;
		}
	}

	private void apply(Event ev, int cpu, long ts) {
		ParsedEvent p = parsed;
		p.event = ev;
		p.num = ++eventCount;
		p.cpu = cpu;
		p.fd = null;
		p.fdNum = -1;
		p.fdEvent = false;
		p.enter = null;
		p.enterThread = null;
		p.enterTs = 0;
		p.openPath = null;
		p.openFd = null;
		p.openBuffer = null;
		int type = ev.type();
		EventInfo info = ev.info();
		long tid = ev.tid();
		ThreadInfo t = lastThread;
		if (t == null || t.tid != tid) {
			t = threads.get(tid);
			lastThread = t;
		}
		if (info == null) {
			p.thread = t;
			consumer.accept(p);
			return;
		}
		int h = handler[type];
		int k = kind[type];
		boolean skip = (k & K_SKIP) != 0;
		if (t == null && !skip && h != H_SWITCH) {
			t = unknownThread(ev.tid(), h, ts);
		}
		p.thread = t;
		if (t != null) {
			t.lastAccessTs = ts;
		}
		if ((k & K_ENTER) != 0) {
			// (neverHasFd describes what this branch does for enter events without an fd)
			if (t != null && !skip && h != H_SWITCH) {
				t.lastEventType = type;
				t.lastEventFd = -1;
				t.lastEventValid = true;
				t.lastEnterTs = ts;
				// Only enter events whose exit parser reads them are copied: most (read, write,
				// close, mmap...) need nothing but their type, time and fd, kept above.
				t.lastEventStored = keepEnter[type];
				if (t.lastEventStored) {
					t.storeEvent(ev.buffer(), ev.offset(), (int) ev.length());
				}
				int fi = enterFdIndex[type];
				if (fi >= 0 && fi < ev.paramCount()) {
					t.lastEventFd = fi == 0 ? ev.firstParamLong() : ev.paramLong(fi);
					p.fd = lookupFd(t, t.lastEventFd);
				}
				if (type == connectEnterCode && p.fd != null) {
					connectEnter(ev, p.fd);
				}
			}
		} else if (t != null) {
			boolean valid = t.lastEventValid && (t.lastEventType == type - 1
					|| (type - 1 == execveEnterCode && t.lastEventType == execveatEnterCode));
			if (valid) {
				p.enterTs = t.lastEnterTs;
				if (t.lastEventStored) {
					// Copied and wrapped at the first ParsedEvent.enter(): most exits never read it.
					p.enterThread = t;
				}
			} else {
				t.lastEventFd = -1;
				enterMisses++;
			}
			t.lastEventValid = false;
			// As in the libsinsp of Debian's sysdig, an exit event uses the fd its enter event named
			// (newer libsinsp also reads an fd parameter of the exit event when the enter is missing),
			// except copy_file_range, whose exit is about the fd it wrote to.
			if (type == copyFileRangeExitCode && has(ev, idx(type, P_FDOUT))) {
				t.lastEventFd = ev.paramLong(idx(type, P_FDOUT));
			} else if (!valid && has(ev, exitFdIndex[type])) {
				// No enter event (drivers that send exit events only): the exit names the fd itself.
				t.lastEventFd = ev.paramLong(exitFdIndex[type]);
			}
			if ((k & K_USES_FD) != 0 && t.lastEventFd != -1) {
				p.fd = lookupFd(t, t.lastEventFd);
			}
		}
		if (h != H_NONE) {
			parse(h, type, ev, p);
		}
		if (p.thread != null && (k & K_FD_EVENT) != 0) {
			p.fdNum = p.thread.lastEventFd;
			// fd.name_changed compares names only when a field asks (ParsedEvent.fdNameChanged).
			p.fdEvent = true;
		}
		consumer.accept(p);
		afterEvent();
	}

	/** The {@code name} parameter of the exit's stored enter event (unsigned), or {@code absent}. */
	private long enterUnsigned(ParsedEvent p, int name, long absent) {
		Event en = p.enter();
		return en == null ? absent : unsignedParam(en, en.type(), name, absent);
	}

	/** The stored enter event of {@code t}'s exit, for {@link ParsedEvent#enter()}. */
	Event enterEvent(ThreadInfo t) {
		return enterView.wrap(enterCopy(t), 0);
	}

	/**
	 * The thread's stored enter event, copied into direct memory like the capture's own events: if
	 * Event also saw heap buffers, C2 would compile its reads for one kind, meet the other, and
	 * compile them again (three times per replay).
	 */
	private ByteBuffer enterCopy(ThreadInfo t) {
		int n = t.lastEventLength;
		if (enterScratch.capacity() < n) {
			enterScratch = ByteBuffer.allocateDirect(Math.max(n, enterScratch.capacity() * 2))
					.order(java.nio.ByteOrder.LITTLE_ENDIAN);
		}
		enterScratch.put(0, t.lastEventBytes, 0, n);
		return enterScratch;
	}

	private void afterEvent() {
		if (fdToRemove != -1) {
			ThreadInfo t = fdRemovalThread;
			if (threads.get(t.tid) == t) {
				fdTable(t).remove(fdToRemove);
			}
			fdToRemove = -1;
			fdRemovalThread = null;
		}
		if (tidToRemove != -1) {
			long tid = tidToRemove;
			tidToRemove = -1;
			removeThread(tid);
		}
	}

	private void parse(int h, int type, Event ev, ParsedEvent p) {
		switch (h) {
		case H_OPEN -> parseOpen(type, ev, p);
		case H_CLONE -> parseClone(type, ev, p);
		case H_EXECVE -> parseExecve(type, ev, p);
		case H_PROCEXIT -> parseProcexit(ev, p);
		case H_PIPE -> parsePipe(type, ev, p);
		case H_SOCKET -> parseSocket(type, ev, p);
		case H_SOCKETPAIR -> parseSocketpair(type, ev, p);
		case H_BIND -> parseBind(type, ev, p);
		case H_CONNECT -> parseConnect(type, ev, p);
		case H_ACCEPT -> parseAccept(type, ev, p);
		case H_CLOSE -> parseClose(ev, p);
		case H_DUP -> parseDup(type, ev, p);
		case H_FCNTL -> parseFcntl(type, ev, p);
		case H_SINGLE_FD -> parseSingleFd(type, ev, p);
		case H_CHDIR, H_GETCWD -> parseChdir(type, ev, p);
		case H_FCHDIR -> parseFchdir(ev, p);
		case H_SETUID, H_SETRESUID -> parseSetId(type, ev, p, true, h == H_SETRESUID);
		case H_SETGID, H_SETRESGID -> parseSetId(type, ev, p, false, h == H_SETRESGID);
		case H_SETSID -> parseSetsid(ev, p);
		case H_CHROOT -> parseChroot(type, ev, p);
		case H_CAPSET -> parseCapset(type, ev, p);
		case H_RLIMIT, H_PRLIMIT -> parseRlimit(h, type, ev, p);
		case H_VM -> parseVm(type, ev, p);
		case H_SWITCH -> parseSwitch(ev, p);
		case H_RECV_TUPLE, H_SEND_TUPLE -> parseTupleIo(h == H_RECV_TUPLE, type, ev, p);
		case H_MEMFD -> parseMemfd(type, ev, p);
		case H_PIDFD_OPEN -> parsePidfdOpen(type, ev, p);
		case H_PIDFD_GETFD -> parsePidfdGetfd(type, ev, p);
		case H_UNSHARE -> parseUnshare(type, ev, p);
		case H_CONTAINER -> parseContainer(type, ev);
		default -> {
		}
		}
	}

	// ---------------------------------------------------------------- parameter access

	private int idx(int type, int name) {
		return paramIndex[type][name];
	}

	private static boolean has(Event ev, int i) {
		return i >= 0 && i < ev.paramCount() && ev.paramLength(i) > 0;
	}

	private long longParam(Event ev, int type, int name, long absent) {
		int i = paramIndex[type][name];
		return has(ev, i) ? ev.paramLong(i) : absent;
	}

	private long unsignedParam(Event ev, int type, int name, long absent) {
		int i = paramIndex[type][name];
		return has(ev, i) ? ev.paramUnsigned(i) : absent;
	}

	/** A string parameter, or null when absent; equal bytes give the same String (see ParamStrings). */
	private String stringParam(Event ev, int type, int name) {
		int i = paramIndex[type][name];
		return has(ev, i) ? strings.string(ev, i) : null;
	}

	/** A BYTEBUF of NUL-separated strings (args, env), or an empty array when absent; equal bytes give the same array. */
	private String[] listParam(Event ev, int i) {
		return has(ev, i) ? strings.list(ev, i) : new String[0];
	}

	private static long res(Event ev) {
		return ev.paramCount() > 0 ? ev.firstParamLong() : -1;
	}

	/** The NUL-separated strings of {@code bytes}. */
	static String[] split(byte[] bytes) {
		// Two passes over the array (count, cut): no list, whose toArray made C2 compile this twice
		// in a replay.
		int n = bytes.length;
		// Every NUL ends an entry (empty ones too); bytes after the last NUL are one more.
		int count = 0;
		int start = 0;
		for (int k = 0; k < n; k++) {
			if (bytes[k] == 0) {
				count++;
				start = k + 1;
			}
		}
		String[] out = new String[start < n ? count + 1 : count];
		count = 0;
		start = 0;
		for (int k = 0; k < n; k++) {
			if (bytes[k] == 0) {
				out[count++] = new String(bytes, start, k - start, StandardCharsets.UTF_8);
				start = k + 1;
			}
		}
		if (start < n) {
			out[count] = new String(bytes, start, n - start, StandardCharsets.UTF_8);
		}
		return out;
	}

	private FdInfo addFd(ThreadInfo t, long fdNum, FdInfo fd, ParsedEvent p) {
		fd.fd = fdNum;
		fdTable(t).put(fdNum, fd);
		p.fd = fd;
		t.lastEventFd = fdNum;
		return fd;
	}

	/** Looks an fd up for an event, remembering its name to tell later whether the event renamed it. */
	private FdInfo lookupFd(ThreadInfo t, long fd) {
		FdInfo f = fdTable(t).get(fd);
		if (f != null) {
			f.rememberName();
		}
		return f;
	}

	/**
	 * libsinsp (as Debian's sysdig ships it) already records a connect's destination on the
	 * enter event: the address and port for IP sockets, the path as the name for unix ones.
	 */
	private void connectEnter(Event ev, FdInfo f) {
		int ai = idx(ev.type(), P_ADDR);
		if (!has(ev, ai)) {
			return;
		}
		fillFromAddr(f, ev.buffer(), ev.paramOffset(ai), ev.paramLength(ai));
	}

	// ---------------------------------------------------------------- files

	private void parseOpen(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		long fd = res(ev);
		if (t == null) {
			return;
		}
		// The exit event's own parameters win (they are what the kernel resolved); old layouts carry
		// only the fd there, and the rest comes from the enter event.
		Event src = ev;
		int ni = idx(type, P_NAME) >= 0 ? idx(type, P_NAME) : idx(type, P_PATH);
		long flags = unsignedParam(ev, type, P_FLAGS, 0);
		boolean hasDirfd = idx(type, P_DIRFD) >= 0;
		long dirfd = longParam(ev, type, P_DIRFD, AT_FDCWD);
		boolean byHandle = type == openByHandleExitCode;
		Event enter = has(ev, ni) || byHandle ? null : p.enter();
		if (enter != null) {
			int et = enter.type();
			src = enter;
			ni = idx(et, P_NAME);
			flags = unsignedParam(enter, et, P_FLAGS, 0);
			if (idx(et, P_DIRFD) >= 0) {
				hasDirfd = true;
				dirfd = longParam(enter, et, P_DIRFD, AT_FDCWD);
			}
		}
		// The path is resolved (decoded, joined with its directory) only when something reads it:
		// the fd keeps a copy of the raw bytes, the event context points at them (see FdInfo);
		// with pathsAtOpen, the fd's is resolved here and it keeps no copy.
		ByteBuffer b = null;
		int off = 0;
		int n = 0;
		String dir;
		if (has(src, ni)) {
			b = src.buffer();
			off = src.paramOffset(ni);
			n = RawMemory.strlen(b, off, src.paramLength(ni));
			boolean absolute = n > 0 && src.paramFirstByte(ni) == '/';
			dir = byHandle ? "" : hasDirfd ? dirOf(t, absolute, dirfd) : cwd(t);
		} else {
			dir = byHandle ? "" : hasDirfd ? dirOf(t, false, dirfd) : cwd(t);
			p.openPath = Paths.concatenate(dir, "<NA>");
		}
		if (fd >= 0) {
			FdInfo f = new FdInfo();
			f.type = (flags & FdInfo.PPM_O_DIRECTORY) != 0 ? FdType.DIRECTORY : FdType.FILE_V2;
			f.openFlags = flags;
			f.dev = unsignedParam(ev, type, P_DEV, 0);
			f.ino = unsignedParam(ev, type, P_INO, 0);
			if (b != null && pathsAtOpen) {
				PathCache.Entry e = paths.resolve(dir, b, off, n);
				f.setName(e.full);
				f.setNameRaw(e.name);
			} else if (b != null) {
				byte[] raw = new byte[n];
				RawMemory.copy(b, off, raw, n);
				f.setPendingPath(dir, raw, paths);
			} else {
				f.setName(p.openPath);
				f.setNameRaw("<NA>");
			}
			addFd(t, fd, f, p);
			p.openFd = f;
		} else if (b != null) {
			p.openBuffer = b;
			p.openOffset = off;
			p.openLength = n;
			p.openDir = dir;
		}
	}

	/** libsinsp's parse_dirfd: the directory a relative path is resolved against. */
	private String dirOf(ThreadInfo t, boolean absolute, long dirfd) {
		if (absolute) {
			return "";
		}
		if (dirfd == AT_FDCWD) {
			return cwd(t);
		}
		FdInfo d = fdTable(t).get(dirfd);
		if (d == null) {
			return "<UNKNOWN>";
		}
		// Debian's libsinsp always appends the separator, even to "/" (so "/" + "bin" is "//bin").
		return d.dirPrefix();
	}

	private String dirOf(ThreadInfo t, String name, long dirfd) {
		return dirOf(t, name.startsWith("/"), dirfd);
	}

	private void parseChdir(int type, Event ev, ParsedEvent p) {
		if (p.thread == null || res(ev) < 0) {
			return;
		}
		String path = stringParam(ev, type, P_PATH);
		if (path != null) {
			updateCwd(p.thread, path);
		}
	}

	private void parseFchdir(Event ev, ParsedEvent p) {
		if (p.thread == null || p.fd == null || res(ev) < 0) {
			return;
		}
		updateCwd(p.thread, p.fd.name());
	}

	private void updateCwd(ThreadInfo t, String path) {
		ThreadInfo main = mainThread(t);
		if (main == null) {
			main = t;
		}
		main.cwd = withSlash(Paths.concatenate(main.cwd, path));
	}

	/**
	 * A working directory as the thread table keeps it: ending in '/', and one String instance per
	 * path (cwds are set rarely, by the process list, chdir and clone), so that the open paths
	 * resolved against it find their PathCache entries by identity, not by comparing the text.
	 */
	private static String withSlash(String s) {
		return (s.endsWith("/") ? s : s + "/").intern();
	}

	private void parseChroot(int type, Event ev, ParsedEvent p) {
		if (p.thread == null || res(ev) != 0) {
			return;
		}
		String path = stringParam(ev, type, P_PATH);
		if (path != null) {
			p.thread.root = Paths.concatenate(cwd(p.thread), path);
		}
	}

	// ---------------------------------------------------------------- processes

	private boolean addThread(ThreadInfo t) {
		ThreadInfo old = threads.get(t.tid);
		if (old != null) {
			removeThread(t.tid);
		} else if (threads.size() >= settings.maxThreads()) {
			// A full table is swept for dead threads at most once per second of event time, so
			// that a flood of new threads does not turn every clone into a scan of the table.
			if (currentTs - lastFullSweepTs >= 1_000_000_000L || currentTs < lastFullSweepTs) {
				lastFullSweepTs = currentTs;
				purge(Long.MIN_VALUE);
			}
			if (threads.size() >= settings.maxThreads()) {
				threadDrops++;
				return false;
			}
		}
		threads.put(t.tid, t);
		lastThread = null;
		threadsAdded++;
		if (t.tid != t.pid) {
			ThreadInfo main = threads.get(t.pid);
			if (main != null) {
				main.nchilds++;
			}
		}
		return true;
	}

	/**
	 * A thread that acts before any event introduced it. The clone family's and execve's exits
	 * describe the process themselves (a clone child's own exit always comes first for it), and a
	 * procexit's thread is gone: those get a placeholder that their parser fills or drops. Any
	 * other event, live, means the thread's clone or exec was lost (a full ring) or predates the
	 * process list: the thread lookup reads it from /proc, as libsinsp does, at most
	 * {@link #LOOKUPS_PER_SECOND} times per second of event time so that a burst of unknown
	 * threads (a ring overflowing under a fork storm) cannot stall the capture thread on /proc.
	 */
	private ThreadInfo unknownThread(long tid, int h, long ts) {
		if (threadLookup != null && h != H_CLONE && h != H_EXECVE && h != H_PROCEXIT) {
			if (ts - lookupWindowTs >= 1_000_000_000L || ts < lookupWindowTs) {
				lookupWindowTs = ts;
				lookupsInWindow = 0;
			}
			if (lookupsInWindow < LOOKUPS_PER_SECOND) {
				lookupsInWindow++;
				if (threadLookup.lookup(tid, knownProcess, this)) {
					ThreadInfo t = threads.get(tid);
					if (t != null) {
						threadLookups++;
						lastThread = t;
						return t;
					}
				}
			}
			threadLookupMisses++;
		}
		return placeholder(tid);
	}

	/** Asks {@code lookup} about threads that act before any event introduced them (live capture). */
	public void setThreadLookup(ThreadLookup lookup) {
		this.threadLookup = lookup;
	}

	/** Unknown threads found by the thread lookup. */
	public long threadLookups() {
		return threadLookups;
	}

	/** Unknown threads the thread lookup could not find (gone) or was not asked about (over its rate). */
	public long threadLookupMisses() {
		return threadLookupMisses;
	}

	/**
	 * An entry for a thread that acts before the engine saw it created (it predates the capture's
	 * process list, or its clone was lost), as libsinsp makes one when it cannot ask /proc: only
	 * the tid is known; it is replaced when its clone or exec event tells more.
	 */
	private ThreadInfo placeholder(long tid) {
		ThreadInfo t = new ThreadInfo();
		t.tid = tid;
		t.pid = tid;
		t.ptid = -1;
		t.comm = "<NA>";
		t.exe = "<NA>";
		t.cwd = "";
		t.fdlimit = -1;
		return addThread(t) ? t : null;
	}

	private void parseClone(int type, Event ev, ParsedEvent p) {
		long child = res(ev);
		if (child < 0) {
			return;
		}
		if (child == 0) {
			cloneInChild(type, ev, p);
		} else {
			cloneInCaller(type, ev, p, child);
		}
	}

	private void cloneInCaller(int type, Event ev, ParsedEvent p, long childTid) {
		ThreadInfo caller = p.thread;
		if (caller == null) {
			return;
		}
		boolean validCaller = !caller.isInvalid();
		if (!validCaller) {
			// A caller the engine never saw created: the event says who it is.
			caller.pid = longParam(ev, type, P_PID, caller.tid);
			caller.ptid = longParam(ev, type, P_PTID, -1);
			if (has(ev, idx(type, P_VPID))) {
				caller.vtid = longParam(ev, type, P_VTID, caller.tid);
				caller.vpid = longParam(ev, type, P_VPID, -1);
			} else {
				caller.vtid = caller.tid;
				caller.vpid = -1;
			}
		}
		int flags = (int) unsignedParam(ev, type, P_FLAGS, 0);
		// A child in another pid namespace is created from its own clone exit (only it knows its
		// tids as the host sees them); so is a vfork child, whose exit may come before the caller's.
		if ((flags & (ThreadInfo.CL_CHILD_IN_PIDNS | ThreadInfo.CL_CLONE_NEWPID | ThreadInfo.CL_CLONE_PARENT)) != 0
				|| caller.tid != caller.vtid && caller.vtid >= 0) {
			return;
		}
		if ((flags & ThreadInfo.CL_CLONE_VFORK) != 0 || table.event(type).name().equals("vfork")) {
			return;
		}
		ThreadInfo existing = threads.get(childTid);
		if (existing != null && (existing.flags & ThreadInfo.CL_CLONE_INVERTED) != 0) {
			return;
		}
		ThreadInfo c = new ThreadInfo();
		c.tid = childTid;
		c.flags = flags;
		if ((flags & ThreadInfo.CL_CLONE_THREAD) == 0) {
			if (validCaller) {
				copyFds(caller, c);
				c.cwd = cwd(caller);
				c.setEnv(caller.env);
			} else {
				c.cwd = "";
			}
			c.pid = childTid;
			c.ptid = caller.tid;
		} else {
			c.pid = caller.pid;
			c.ptid = caller.ptid;
			c.flags |= ThreadInfo.CL_CLONE_FILES;
			c.lastExecTs = caller.lastExecTs;
		}
		// Outside pid namespaces the virtual ids are the real ones; old layouts without them leave
		// them unknown, as libsinsp does.
		boolean virtualIds = has(ev, idx(type, P_VPID));
		c.vtid = virtualIds ? c.tid : -1;
		c.vpid = virtualIds ? c.pid : -1;
		fillChildFromEvent(c, type, ev);
		if (validCaller) {
			c.inheritFrom(caller);
		} else {
			// The other way round: the child's program is the caller's.
			caller.exe = c.exe;
			caller.comm = c.comm;
			caller.setArgs(c.args);
		}
		c.pidnsInitStartTs = machine != null ? machine.bootTimeNanos() : 0;
		addThread(c);
	}

	private void cloneInChild(int type, Event ev, ParsedEvent p) {
		ThreadInfo existing = p.thread;
		long tid = ev.tid();
		if (existing != null && existing.cloneTs != 0) {
			if (ev.ts() - existing.cloneTs < CLONE_STALE_TIME_NS) {
				return;
			}
			removeThread(tid);
			p.thread = null;
		}
		ThreadInfo c = new ThreadInfo();
		c.tid = tid;
		c.pid = longParam(ev, type, P_PID, tid);
		c.ptid = longParam(ev, type, P_PTID, -1);
		if (has(ev, idx(type, P_VPID))) {
			c.vtid = longParam(ev, type, P_VTID, tid);
			c.vpid = longParam(ev, type, P_VPID, -1);
		} else {
			c.vtid = -1;
			c.vpid = -1;
		}
		c.flags = (int) unsignedParam(ev, type, P_FLAGS, 0) | ThreadInfo.CL_CLONE_INVERTED;
		boolean leader = (c.flags & ThreadInfo.CL_CLONE_THREAD) == 0;
		if (!leader) {
			c.flags |= ThreadInfo.CL_CLONE_FILES;
		}
		ThreadInfo lookup = threads.get(leader ? c.ptid : c.pid);
		fillChildFromEvent(c, type, ev);
		if (lookup != null) {
			c.inheritFrom(lookup);
			if (leader) {
				copyFds(lookup, c);
				c.cwd = cwd(lookup);
				c.setEnv(lookup.env);
			} else {
				c.lastExecTs = lookup.lastExecTs;
			}
		} else if (leader) {
			c.cwd = withSlash(nonNull(stringParam(ev, type, P_CWD), "/"));
		}
		int ns = idx(type, P_VPID) >= 0 ? idx(type, P_VPID) + 1 : -1;
		boolean inContainer = (c.flags & (ThreadInfo.CL_CHILD_IN_PIDNS | ThreadInfo.CL_CLONE_NEWPID)) != 0
				|| c.tid != c.vtid;
		long boot = machine != null ? machine.bootTimeNanos() : 0;
		if (inContainer) {
			if (has(ev, ns)) {
				c.pidnsInitStartTs = ev.paramUnsigned(ns) + boot;
			}
		} else {
			c.pidnsInitStartTs = boot;
		}
		if (addThread(c)) {
			p.thread = c;
		}
	}

	/** What both sides of a clone read from the clone exit event about the child. */
	private void fillChildFromEvent(ThreadInfo c, int type, Event ev) {
		c.exe = nonNull(stringParam(ev, type, P_EXE), "");
		c.setArgs(listParam(ev, idx(type, P_ARGS)));
		String comm = stringParam(ev, type, P_COMM);
		c.comm = comm != null ? comm : c.exe;
		c.fdlimit = longParam(ev, type, P_FDLIMIT, 0);
		if (has(ev, idx(type, P_VM_SWAP))) {
			c.pfmajor = unsignedParam(ev, type, P_PGFT_MAJ, 0);
			c.pfminor = unsignedParam(ev, type, P_PGFT_MIN, 0);
			c.vmsizeKb = unsignedParam(ev, type, P_VM_SIZE, 0);
			c.vmrssKb = unsignedParam(ev, type, P_VM_RSS, 0);
			c.vmswapKb = unsignedParam(ev, type, P_VM_SWAP, 0);
		}
		c.uid = unsignedParam(ev, type, P_UID, 0xffffffffL);
		c.gid = unsignedParam(ev, type, P_GID, 0xffffffffL);
		if (has(ev, idx(type, P_CGROUPS))) {
			setCgroups(c, ev, idx(type, P_CGROUPS));
		}
		c.cloneTs = ev.ts();
		c.lastAccessTs = ev.ts();
	}

	/** Strings and lists decoded from parameters, by their bytes. */
	private final ParamStrings strings = new ParamStrings();

	// The last cgroups parameter seen (as ParamStrings' shared array) and what it gave: processes
	// mostly share their cgroups, so most clones and execs reuse the parsed entries and container
	// id (the arrays are never modified in place, only replaced).
	private String[] lastCgroupsSource;
	private String[] lastCgroups = new String[0];
	private String lastContainerId = "";

	private void setCgroups(ThreadInfo t, Event ev, int i) {
		String[] source = strings.list(ev, i);
		if (source != lastCgroupsSource) {
			t.setCgroups(source);
			lastCgroupsSource = source;
			lastCgroups = t.cgroups;
			lastContainerId = ContainerIds.fromCgroups(t.cgroups);
		}
		t.cgroups = lastCgroups;
		t.containerId = lastContainerId;
	}

	private void copyFds(ThreadInfo from, ThreadInfo to) {
		LongObjectMap<FdInfo> src = fdTable(from);
		for (int i = 0; i < src.capacity(); i++) {
			FdInfo f = src.valueAt(i);
			if (f != null) {
				FdInfo copy = new FdInfo().copyFrom(f);
				copy.flags |= FdInfo.CLONED;
				to.fds.put(src.keyAt(i), copy);
			}
		}
	}

	private void parseExecve(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		if (res(ev) < 0 || t == null) {
			return;
		}
		t.dead = false;
		t.exe = nonNull(stringParam(ev, type, P_EXE), "");
		t.lastExecTs = ev.ts();
		String comm = stringParam(ev, type, P_COMM);
		t.comm = comm != null ? comm : t.exe;
		t.setArgs(listParam(ev, idx(type, P_ARGS)));
		long pid = longParam(ev, type, P_PID, t.pid);
		t.pid = pid;
		if (t.isInvalid()) {
			// A made-up entry: at least the parent is known now.
			t.ptid = longParam(ev, type, P_PTID, -1);
		}
		t.fdlimit = longParam(ev, type, P_FDLIMIT, t.fdlimit);
		if (has(ev, idx(type, P_VM_SWAP))) {
			t.pfmajor = unsignedParam(ev, type, P_PGFT_MAJ, 0);
			t.pfminor = unsignedParam(ev, type, P_PGFT_MIN, 0);
			t.vmsizeKb = unsignedParam(ev, type, P_VM_SIZE, 0);
			t.vmrssKb = unsignedParam(ev, type, P_VM_RSS, 0);
			t.vmswapKb = unsignedParam(ev, type, P_VM_SWAP, 0);
		}
		if (has(ev, idx(type, P_ENV))) {
			t.setEnv(listParam(ev, idx(type, P_ENV)));
		}
		// The cwd parameter is not used: libsinsp keeps the cwd it tracked, even none (Debian's
		// sysdig shows an empty cwd for a thread it never saw created, whatever execve says).
		if (has(ev, idx(type, P_CGROUPS))) {
			setCgroups(t, ev, idx(type, P_CGROUPS));
		}
		if (has(ev, idx(type, P_TTY))) {
			t.tty = longParam(ev, type, P_TTY, 0);
		}
		int loginIdx = idx(type, P_LOGINUID);
		// Newer drivers append parameters past the ones the table names; their positions are
		// fixed by the current layout (19 flags, 20-22 capabilities, 23-25 exe inode, 26 uid,
		// 27 trusted exepath, 28 pgid, 29 gid), counted from loginuid at 18.
		int base = loginIdx == 18 ? 0 : Integer.MIN_VALUE / 2;
		if (has(ev, base + 27)) {
			t.exepath = strings.string(ev, base + 27);
		} else {
			t.exepath = exepathFromEnter(t, p.enter());
		}
		int vpgidIdx = idx(type, P_VPGID) >= 0 ? idx(type, P_VPGID) : idx(type, P_PGID);
		if (has(ev, vpgidIdx)) {
			t.vpgid = ev.paramLong(vpgidIdx);
		}
		if (has(ev, loginIdx)) {
			t.loginuid = ev.paramUnsigned(loginIdx);
		}
		int flagsIdx = idx(type, P_FLAGS);
		if (has(ev, flagsIdx)) {
			long f = ev.paramUnsigned(flagsIdx);
			t.exeWritable = (f & EXE_WRITABLE) != 0;
			t.exeUpperLayer = (f & EXE_UPPER_LAYER) != 0;
			t.exeFromMemfd = (f & EXE_FROM_MEMFD) != 0;
		}
		if (has(ev, base + 22)) {
			t.capInheritable = ev.paramUnsigned(base + 20);
			t.capPermitted = ev.paramUnsigned(base + 21);
			t.capEffective = ev.paramUnsigned(base + 22);
		}
		if (has(ev, base + 25)) {
			t.exeIno = ev.paramUnsigned(base + 23);
			t.exeInoCtime = ev.paramUnsigned(base + 24);
			t.exeInoMtime = ev.paramUnsigned(base + 25);
		}
		if (has(ev, base + 26)) {
			t.uid = ev.paramUnsigned(base + 26);
		}
		t.pgid = has(ev, base + 28) ? ev.paramLong(base + 28) : -1;
		if (has(ev, base + 29)) {
			t.gid = ev.paramUnsigned(base + 29);
		}
		int keep = t.flags & (ThreadInfo.CL_PIPE_SRC | ThreadInfo.CL_PIPE_DST | ThreadInfo.CL_IS_MAIN_THREAD
				| ThreadInfo.CL_CLONE_INVERTED);
		t.flags = ThreadInfo.CL_ACTIVE | keep | ThreadInfo.CL_NAME_CHANGED;
		closeOnExec(t);
		removeOtherThreads(t);
	}

	/** The executable path as libsinsp rebuilds it for old events: the enter event's path, resolved. */
	private String exepathFromEnter(ThreadInfo t, Event enter) {
		if (enter == null) {
			return t.exepath;
		}
		int et = enter.type();
		String filename = stringParam(enter, et, P_FILENAME);
		if (filename != null) {
			return filename.equals("<NA>") ? "<NA>" : Paths.concatenate(cwd(t), filename);
		}
		String pathname = stringParam(enter, et, P_PATHNAME);
		if (idx(et, P_DIRFD) >= 0) {
			long dirfd = longParam(enter, et, P_DIRFD, AT_FDCWD);
			long flags = unsignedParam(enter, et, P_FLAGS, 0);
			boolean emptyPath = (flags & 1) != 0;
			String name = pathname == null ? "<NA>" : pathname;
			String dir = dirOf(t, name, dirfd);
			if (!emptyPath && name.equals("<NA>") || dir.equals("<UNKNOWN>")) {
				return "<NA>";
			}
			return emptyPath ? Paths.concatenate("", dir) : Paths.concatenate(dir, name);
		}
		return t.exepath;
	}

	/** The kernel closes O_CLOEXEC fds on a successful exec. */
	private void closeOnExec(ThreadInfo t) {
		LongObjectMap<FdInfo> fds = fdTable(t);
		boolean any = false;
		for (int i = 0; i < fds.capacity() && !any; i++) {
			FdInfo f = fds.valueAt(i);
			any = f != null && (f.openFlags & FdInfo.PPM_O_CLOEXEC) != 0;
		}
		if (!any) {
			return;
		}
		List<Long> doomed = new ArrayList<>();
		for (int i = 0; i < fds.capacity(); i++) {
			FdInfo f = fds.valueAt(i);
			if (f != null && (f.openFlags & FdInfo.PPM_O_CLOEXEC) != 0) {
				doomed.add(fds.keyAt(i));
			}
		}
		for (long fd : doomed) {
			fds.remove(fd);
		}
	}

	/** After an exec only the exec'ing thread is left in its process. */
	private void removeOtherThreads(ThreadInfo t) {
		ThreadInfo main = mainThread(t);
		if (main == null || main.nchilds == 0) {
			return;
		}
		scratch.clear();
		for (int i = 0; i < threads.capacity(); i++) {
			ThreadInfo o = threads.valueAt(i);
			if (o != null && o.pid == t.pid && o != t && o.tid != o.pid) {
				scratch.add(o);
			}
		}
		for (ThreadInfo o : scratch) {
			removeThread(o.tid);
		}
		scratch.clear();
	}

	private void parseProcexit(Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		if (t == null) {
			return;
		}
		t.dead = true;
		t.flags |= ThreadInfo.CL_CLOSED;
		// Newer drivers say who inherits the children (the reaper); older ones leave it to us.
		t.reaperTid = longParam(ev, ev.type(), P_REAPER, -1);
		tidToRemove = t.tid;
	}

	/**
	 * Removes a thread. A main thread whose other threads still run stays (dead) and goes with the
	 * last of them, since they share its fds and cwd. The children of the thread are handed to
	 * another live thread of its process, as the kernel does; with none, they keep their ptid.
	 */
	private void removeThread(long tid) {
		ThreadInfo t = threads.get(tid);
		if (t == null) {
			return;
		}
		if (t.tid == t.pid && t.nchilds > 0 && t.dead) {
			return;
		}
		threads.remove(tid);
		lastThread = null;
		threadsRemoved++;
		if (t.tid == t.pid) {
			fdsPurged += t.fds.size();
			if (t.reaperTid > 0) {
				reparentChildren(t, null);
			}
		} else {
			ThreadInfo main = threads.get(t.pid);
			if (main != null) {
				if (main.nchilds > 0) {
					main.nchilds--;
				}
				reparentChildren(t, main);
				if (main.dead && main.nchilds == 0) {
					removeThread(main.tid);
				}
			}
		}
	}

	/**
	 * Hands the children of a departing thread to their new parent: the reaper the procexit event
	 * named, else another live thread of the same process (as the kernel does); with neither they
	 * keep their ptid, and their parent fields go empty (as with Debian's sysdig).
	 */
	private void reparentChildren(ThreadInfo gone, ThreadInfo main) {
		long heir = gone.reaperTid > 0 ? gone.reaperTid : main != null && !main.dead && main != gone ? main.tid : -1;
		if (heir < 0) {
			return;
		}
		for (int i = 0; i < threads.capacity(); i++) {
			ThreadInfo o = threads.valueAt(i);
			if (o != null && o.ptid == gone.tid && o.pid != gone.pid) {
				o.ptid = heir;
			}
		}
	}

	/**
	 * Drops dead main threads whose threads are all gone and threads silent for longer than the
	 * timeout (their exit was lost). {@code now} is the event time; Long.MIN_VALUE purges only the
	 * dead (the table is full).
	 */
	private void purge(long now) {
		scratch.clear();
		for (int i = 0; i < threads.capacity(); i++) {
			ThreadInfo t = threads.valueAt(i);
			if (t == null) {
				continue;
			}
			boolean stale = now != Long.MIN_VALUE && t.lastAccessTs != 0
					&& now - t.lastAccessTs > settings.threadTimeoutNs();
			if (t.dead && t.nchilds == 0 || stale) {
				scratch.add(t);
			}
		}
		for (ThreadInfo t : scratch) {
			if (threads.get(t.tid) == t) {
				t.nchilds = 0;
				t.dead = true;
				removeThread(t.tid);
				threadsPurged++;
			}
		}
		scratch.clear();
	}

	private void parseSetId(int type, Event ev, ParsedEvent p, boolean user, boolean res3) {
		ThreadInfo t = p.thread;
		if (t == null || res(ev) != 0) {
			return;
		}
		long id = -1;
		// Newer layouts carry the id in the exit event; older ones only in the enter event.
		int eIdx = user ? (res3 ? P_EUID : P_UID) : (res3 ? P_EGID : P_GID);
		if (has(ev, idx(type, eIdx))) {
			id = ev.paramUnsigned(idx(type, eIdx));
		} else {
			Event en = p.enter();
			if (en != null && has(en, idx(en.type(), eIdx))) {
				id = en.paramUnsigned(idx(en.type(), eIdx));
			}
		}
		if (id < 0 || id == 0xffffffffL) {
			return;
		}
		if (user) {
			t.uid = id;
		} else {
			t.gid = id;
		}
	}

	private void parseSetsid(Event ev, ParsedEvent p) {
		long r = res(ev);
		if (p.thread != null && r >= 0) {
			p.thread.sid = r;
		}
	}

	private void parseCapset(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		if (t == null || res(ev) < 0 || !has(ev, idx(type, P_CAP_EFF))) {
			return;
		}
		t.capInheritable = unsignedParam(ev, type, P_CAP_INH, 0);
		t.capPermitted = unsignedParam(ev, type, P_CAP_PERM, 0);
		t.capEffective = unsignedParam(ev, type, P_CAP_EFF, 0);
	}

	private void parseUnshare(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		if (t == null || res(ev) < 0) {
			return;
		}
		long flags = unsignedParam(ev, type, P_FLAGS, 0);
		if (flags == 0) {
			flags = enterUnsigned(p, P_FLAGS, 0);
		}
		if ((flags & ThreadInfo.CL_CLONE_NEWUSER) != 0) {
			t.capInheritable = CAP_ALL;
			t.capPermitted = CAP_ALL;
			t.capEffective = CAP_ALL;
		}
	}

	private void parseRlimit(int h, int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		if (t == null || res(ev) < 0) {
			return;
		}
		Event enter = p.enter();
		long resource = longParam(ev, type, P_RESOURCE, -1);
		if (resource < 0 && enter != null) {
			resource = longParam(enter, enter.type(), P_RESOURCE, -1);
		}
		if (resource != RLIMIT_NOFILE) {
			return;
		}
		long cur = h == H_PRLIMIT ? longParam(ev, type, P_NEWCUR, -1) : longParam(ev, type, P_CUR, -1);
		if (cur == -1) {
			return;
		}
		ThreadInfo target = t;
		if (h == H_PRLIMIT) {
			long tid = longParam(ev, type, P_PID, -1);
			if (tid < 0 && enter != null) {
				tid = longParam(enter, enter.type(), P_PID, 0);
			}
			if (tid > 0) {
				target = threads.get(tid);
			}
		}
		if (target != null) {
			ThreadInfo main = mainThread(target);
			if (main != null) {
				main.fdlimit = cur;
			}
		}
	}

	private void parseVm(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		if (t == null) {
			return;
		}
		if (has(ev, idx(type, P_VM_SIZE))) {
			t.vmsizeKb = unsignedParam(ev, type, P_VM_SIZE, 0);
		}
		if (has(ev, idx(type, P_VM_SWAP))) {
			t.vmrssKb = unsignedParam(ev, type, P_VM_RSS, 0);
			t.vmswapKb = unsignedParam(ev, type, P_VM_SWAP, 0);
		}
	}

	private void parseSwitch(Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		int type = ev.type();
		if (t == null || !has(ev, idx(type, P_VM_SWAP))) {
			return;
		}
		t.pfmajor = unsignedParam(ev, type, P_PGFT_MAJ, 0);
		t.pfminor = unsignedParam(ev, type, P_PGFT_MIN, 0);
		ThreadInfo main = mainThread(t);
		if (main != null) {
			main.vmsizeKb = unsignedParam(ev, type, P_VM_SIZE, 0);
			main.vmrssKb = unsignedParam(ev, type, P_VM_RSS, 0);
			main.vmswapKb = unsignedParam(ev, type, P_VM_SWAP, 0);
		}
	}

	private void parseContainer(int type, Event ev) {
		ContainerInfo ci;
		int json = table.event(type).paramIndex("json");
		if (json >= 0) {
			if (!has(ev, json)) {
				return;
			}
			ci = ContainerInfo.fromJson(ev.paramString(json));
		} else {
			ci = new ContainerInfo();
			ci.id = nonNull(stringParam(ev, type, P_ID), "");
			ci.type = ContainerInfo.typeName(unsignedParam(ev, type, P_TYPE, -1));
			ci.name = stringParam(ev, type, P_NAME);
			ci.image = stringParam(ev, type, P_IMAGE);
		}
		if (ci != null && !ci.id.isEmpty()) {
			containers.put(ci.id, ci);
		}
	}

	// ---------------------------------------------------------------- fds

	private void parseClose(Event ev, ParsedEvent p) {
		if (res(ev) >= 0 && p.fd != null && p.thread != null) {
			fdRemovalThread = p.thread;
			fdToRemove = p.thread.lastEventFd;
		}
	}

	private void parseDup(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		long r = res(ev);
		if (t == null || r < 0) {
			return;
		}
		if (r == 0) {
			t.flags |= ThreadInfo.CL_PIPE_DST;
		} else if (r == 1) {
			t.flags |= ThreadInfo.CL_PIPE_SRC;
		}
		t.lastEventFd = r;
		if (p.fd == null) {
			return;
		}
		FdInfo copy = new FdInfo().copyFrom(p.fd);
		// The duplicate never inherits close-on-exec; dup3 sets it from its flags.
		copy.openFlags &= ~FdInfo.PPM_O_CLOEXEC;
		if (table.event(type).name().equals("dup3")) {
			copy.openFlags |= unsignedParam(ev, type, P_FLAGS, 0) != 0 ? FdInfo.PPM_O_CLOEXEC : 0;
		}
		addFd(t, r, copy, p);
	}

	private void parseFcntl(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		if (t == null) {
			return;
		}
		long cmd = longParam(ev, type, P_CMD, -1);
		if (cmd < 0) {
			Event en = p.enter();
			if (en != null) {
				cmd = longParam(en, en.type(), P_CMD, -1);
			}
		}
		if (cmd != F_DUPFD && cmd != F_DUPFD_CLOEXEC) {
			return;
		}
		long r = res(ev);
		if (r < 0 || p.fd == null) {
			return;
		}
		FdInfo copy = new FdInfo().copyFrom(p.fd);
		copy.openFlags &= ~FdInfo.PPM_O_CLOEXEC;
		if (cmd == F_DUPFD_CLOEXEC) {
			copy.openFlags |= FdInfo.PPM_O_CLOEXEC;
		}
		addFd(t, r, copy, p);
	}

	private void parsePipe(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		if (t == null || res(ev) < 0) {
			return;
		}
		long fd1 = longParam(ev, type, P_FD1, -1);
		long fd2 = longParam(ev, type, P_FD2, -1);
		long ino = unsignedParam(ev, type, P_INO, 0);
		long flags = unsignedParam(ev, type, P_FLAGS, 0);
		if (flags == 0) {
			flags = enterUnsigned(p, P_FLAGS, 0);
		}
		// The second end is added last: it is the fd the event shows (libsinsp's order).
		if (fd1 >= 0) {
			addFd(t, fd1, newFd(FdType.FIFO, ino, flags), p);
		}
		if (fd2 >= 0) {
			addFd(t, fd2, newFd(FdType.FIFO, ino, flags), p);
		}
	}

	private static FdInfo newFd(FdType type, long ino, long openFlags) {
		FdInfo f = new FdInfo();
		f.type = type;
		f.ino = ino;
		f.openFlags = openFlags;
		return f;
	}

	private void parseSingleFd(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		if (t == null) {
			return;
		}
		long fd;
		int dyn = idx(type, P_RES_OR_FD);
		if (dyn >= 0) {
			// bpf: a DYN parameter whose leading byte says whether it is an fd (0) or an errno.
			if (!has(ev, dyn) || ev.paramLength(dyn) < 9 || ev.buffer().get(ev.paramOffset(dyn)) != 0) {
				return;
			}
			fd = ev.buffer().getLong(ev.paramOffset(dyn) + 1);
		} else {
			fd = res(ev);
		}
		if (fd < 0) {
			return;
		}
		long flags = unsignedParam(ev, type, P_FLAGS, 0);
		if (flags == 0) {
			flags = enterUnsigned(p, P_FLAGS, 0);
		}
		addFd(t, fd, newFd(singleFdType[type], 0, flags), p);
	}

	private void parseMemfd(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		long fd = res(ev);
		if (t == null || fd < 0) {
			return;
		}
		FdInfo f = newFd(FdType.MEMFD, 0, unsignedParam(ev, type, P_FLAGS, 0));
		f.setName(nonNull(stringParam(ev, type, P_NAME), ""));
		addFd(t, fd, f, p);
	}

	private void parsePidfdOpen(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		long fd = res(ev);
		if (t == null || fd < 0) {
			return;
		}
		FdInfo f = newFd(FdType.PIDFD, 0, unsignedParam(ev, type, P_FLAGS, 0));
		long pid = longParam(ev, type, P_PID, -1);
		f.setName("/proc/" + pid);
		f.ino = pid;
		addFd(t, fd, f, p);
	}

	private void parsePidfdGetfd(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		long fd = res(ev);
		if (t == null || fd < 0) {
			return;
		}
		int pidfdIdx = ev.paramCount() > 1 ? 1 : -1;
		int targetIdx = ev.paramCount() > 2 ? 2 : -1;
		if (!has(ev, pidfdIdx) || !has(ev, targetIdx)) {
			return;
		}
		FdInfo pidfd = fdTable(t).get(ev.paramLong(pidfdIdx));
		if (pidfd == null || pidfd.type != FdType.PIDFD) {
			return;
		}
		ThreadInfo owner = threads.get(pidfd.ino);
		FdInfo target = owner == null ? null : fdTable(owner).get(ev.paramLong(targetIdx));
		if (target != null) {
			fdTable(t).put(fd, new FdInfo().copyFrom(target)).fd = fd;
		}
	}

	// ---------------------------------------------------------------- sockets

	private static final int SOCK_STREAM = 1, SOCK_DGRAM = 2, SOCK_RAW = 3;
	private static final int IPPROTO_IP = 0, IPPROTO_ICMP = 1, IPPROTO_TCP = 6, IPPROTO_UDP = 17, IPPROTO_RAW = 255;
	private static final int PPM_AF_NETLINK = 16;

	private void parseSocket(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		long fd = res(ev);
		if (t == null || fd < 0) {
			return;
		}
		Event src = has(ev, idx(type, P_DOMAIN)) ? ev : p.enter();
		long domain = 0;
		long stype = 0;
		long proto = 0;
		if (src != null) {
			int st = src.type();
			domain = unsignedParam(src, st, P_DOMAIN, 0);
			stype = unsignedParam(src, st, P_TYPE, 0);
			proto = unsignedParam(src, st, P_PROTO, 0);
		}
		FdInfo f = new FdInfo();
		f.type = FdType.UNKNOWN;
		if (domain == SocketFormat.AF_UNIX) {
			f.type = FdType.UNIX_SOCK;
		} else if (domain == SocketFormat.AF_INET || domain == SocketFormat.AF_INET6) {
			f.type = domain == SocketFormat.AF_INET ? FdType.IPV4_SOCK : FdType.IPV6_SOCK;
			if (f.type == FdType.IPV6_SOCK) {
				f.sip6 = new byte[16];
				f.dip6 = new byte[16];
			}
			f.l4proto = l4proto(stype, proto);
		} else if (domain == PPM_AF_NETLINK) {
			f.type = FdType.NETLINK;
		}
		if ((stype & SOCK_CLOEXEC) != 0) {
			f.openFlags |= FdInfo.PPM_O_CLOEXEC;
		}
		addFd(t, fd, f, p);
	}

	private static int l4proto(long type, long proto) {
		if (proto == IPPROTO_TCP) {
			return type == SOCK_RAW ? FdInfo.L4_RAW : FdInfo.L4_TCP;
		}
		if (proto == IPPROTO_UDP) {
			return type == SOCK_RAW ? FdInfo.L4_RAW : FdInfo.L4_UDP;
		}
		if (proto == IPPROTO_IP) {
			if ((type & 0xff) == SOCK_STREAM) {
				return FdInfo.L4_TCP;
			}
			if ((type & 0xff) == SOCK_DGRAM) {
				return FdInfo.L4_UDP;
			}
			return FdInfo.L4_UNKNOWN;
		}
		if (proto == IPPROTO_ICMP) {
			return type == SOCK_RAW ? FdInfo.L4_RAW : FdInfo.L4_ICMP;
		}
		return proto == IPPROTO_RAW ? FdInfo.L4_RAW : FdInfo.L4_UNKNOWN;
	}

	private void parseSocketpair(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		if (t == null || res(ev) < 0) {
			return;
		}
		long fd1 = longParam(ev, type, P_FD1, -1);
		long fd2 = longParam(ev, type, P_FD2, -1);
		if (fd1 == fd2) {
			p.fd = null;
			return;
		}
		long source = unsignedParam(ev, type, P_SOURCE, 0);
		long peer = unsignedParam(ev, type, P_PEER, 0);
		FdInfo b = newFd(FdType.UNIX_SOCK, 0, 0);
		b.unixSource = source;
		b.unixDest = peer;
		FdInfo a = new FdInfo().copyFrom(b);
		addFd(t, fd2, b, p);
		addFd(t, fd1, a, p);
	}

	private void parseBind(int type, Event ev, ParsedEvent p) {
		FdInfo f = p.fd;
		if (f == null || res(ev) < 0) {
			return;
		}
		int ai = idx(type, P_ADDR);
		if (!has(ev, ai)) {
			return;
		}
		ByteBuffer b = ev.buffer();
		int off = ev.paramOffset(ai);
		int len = ev.paramLength(ai);
		int fam = b.get(off) & 255;
		if (fam == SocketFormat.AF_INET && len >= 7) {
			int port = SocketFormat.readPort(b, off + 5);
			if (port > 0) {
				f.type = FdType.IPV4_SERVSOCK;
				f.sip = SocketFormat.readIpv4(b, off + 1);
				f.sport = port;
				f.flags |= FdInfo.ROLE_SERVER;
			}
		} else if (fam == SocketFormat.AF_INET6 && len >= 19) {
			int port = SocketFormat.readPort(b, off + 17);
			if (port > 0) {
				if (SocketFormat.carriesIpv4(b, off + 1)) {
					f.type = FdType.IPV4_SERVSOCK;
					f.sip = SocketFormat.readIpv4(b, off + 13);
				} else {
					f.type = FdType.IPV6_SERVSOCK;
					f.sip6 = SocketFormat.read16(b, off + 1, f.sip6);
				}
				f.sport = port;
				f.flags |= FdInfo.ROLE_SERVER;
			}
		}
		f.setName(SocketFormat.sockaddr(b, off, len));
	}

	private void parseConnect(int type, Event ev, ParsedEvent p) {
		FdInfo f = p.fd;
		if (p.thread == null || f == null) {
			return;
		}
		long r = res(ev);
		if (r < 0 && r != -EINPROGRESS) {
			return;
		}
		f.flags |= FdInfo.SOCKET_CONNECTED;
		int ti = idx(type, P_TUPLE);
		Event enter = p.enter();
		int enterAddr = enter == null ? -1 : idx(enter.type(), P_ADDR);
		ByteBuffer b = ev.buffer();
		if (!has(ev, ti)) {
			if (enter == null || !has(enter, enterAddr)) {
				return;
			}
			fillFromAddr(f, enter.buffer(), enter.paramOffset(enterAddr), enter.paramLength(enterAddr));
		} else {
			fillFromTuple(f, b, ev.paramOffset(ti), ev.paramLength(ti), true);
		}
		if ((f.flags & (FdInfo.ROLE_CLIENT | FdInfo.ROLE_SERVER)) == 0) {
			f.flags |= FdInfo.ROLE_CLIENT;
		}
	}

	/** Sets a client socket's destination from a connect address (when the exit carries no tuple). */
	private static void fillFromAddr(FdInfo f, ByteBuffer b, int off, int len) {
		int fam = b.get(off) & 255;
		if (fam == SocketFormat.AF_INET && len >= 7) {
			f.type = FdType.IPV4_SOCK;
			f.dip = SocketFormat.readIpv4(b, off + 1);
			f.dport = SocketFormat.readPort(b, off + 5);
		} else if (fam == SocketFormat.AF_INET6 && len >= 19) {
			if (SocketFormat.carriesIpv4(b, off + 1)) {
				f.type = FdType.IPV4_SOCK;
				f.dip = SocketFormat.readIpv4(b, off + 13);
			} else {
				f.type = FdType.IPV6_SOCK;
				f.dip6 = SocketFormat.read16(b, off + 1, f.dip6);
				if (f.sip6 == null) {
					f.sip6 = new byte[16];
				}
			}
			f.dport = SocketFormat.readPort(b, off + 17);
		} else {
			f.setName(SocketFormat.sockaddr(b, off, len));
		}
	}

	/**
	 * Sets a socket's addresses from a tuple parameter and renames it. Returns false when the
	 * tuple was empty or of an unknown family.
	 */
	private static boolean fillFromTuple(FdInfo f, ByteBuffer b, int off, int len, boolean client) {
		if (len <= 0) {
			return false;
		}
		int fam = b.get(off) & 255;
		if (fam == SocketFormat.AF_INET && len >= 13) {
			if (f.type == FdType.IPV4_SERVSOCK) {
				f.type = FdType.IPV4_SOCK;
			}
			f.type = FdType.IPV4_SOCK;
			f.sip = SocketFormat.readIpv4(b, off + 1);
			f.sport = SocketFormat.readPort(b, off + 5);
			f.dip = SocketFormat.readIpv4(b, off + 7);
			f.dport = SocketFormat.readPort(b, off + 11);
		} else if (fam == SocketFormat.AF_INET6 && len >= 37) {
			if (SocketFormat.carriesIpv4(b, off + 1) && SocketFormat.carriesIpv4(b, off + 19)) {
				f.type = FdType.IPV4_SOCK;
				f.sip = SocketFormat.readIpv4(b, off + 13);
				f.dip = SocketFormat.readIpv4(b, off + 31);
			} else {
				f.type = FdType.IPV6_SOCK;
				f.sip6 = SocketFormat.read16(b, off + 1, f.sip6);
				f.dip6 = SocketFormat.read16(b, off + 19, f.dip6);
			}
			f.sport = SocketFormat.readPort(b, off + 17);
			f.dport = SocketFormat.readPort(b, off + 35);
		} else if (fam == SocketFormat.AF_UNIX && len >= 17) {
			f.type = FdType.UNIX_SOCK;
			f.unixSource = b.getLong(off + 1);
			f.unixDest = b.getLong(off + 9);
			String path = SocketFormat.readCString(b, off + 17, off + len);
			f.setName(client ? SocketFormat.unixName(f.unixSource, f.unixDest, path) : path);
			return true;
		} else {
			return false;
		}
		f.setName(SocketFormat.tupleName(f));
		return true;
	}

	private void parseAccept(int type, Event ev, ParsedEvent p) {
		ThreadInfo t = p.thread;
		long fd = res(ev);
		if (t == null || fd < 0) {
			return;
		}
		t.lastEventFd = fd;
		int ti = idx(type, P_TUPLE);
		if (!has(ev, ti)) {
			return;
		}
		ByteBuffer b = ev.buffer();
		int off = ev.paramOffset(ti);
		int len = ev.paramLength(ti);
		int fam = b.get(off) & 255;
		FdInfo f = new FdInfo();
		if (fam == SocketFormat.AF_INET || fam == SocketFormat.AF_INET6) {
			if (!fillFromTuple(f, b, off, len, true)) {
				return;
			}
			f.l4proto = FdInfo.L4_TCP;
		} else if (fam == SocketFormat.AF_UNIX && len >= 17) {
			f.type = FdType.UNIX_SOCK;
			f.unixSource = b.getLong(off + 1);
			f.unixDest = b.getLong(off + 9);
		} else {
			return;
		}
		f.setName(SocketFormat.socktuple(b, off, len));
		f.flags = FdInfo.ROLE_SERVER | FdInfo.SOCKET_CONNECTED;
		long flags = unsignedParam(ev, type, P_FLAGS, 0);
		if (flags == 0) {
			flags = enterUnsigned(p, P_FLAGS, 0);
		}
		if ((flags & SOCK_CLOEXEC) != 0) {
			f.openFlags |= FdInfo.PPM_O_CLOEXEC;
		}
		addFd(t, fd, f, p);
	}

	/**
	 * send/recv with an address (UDP): fills in the fd's tuple when it has none yet or is not TCP,
	 * then orients it: a receiving client and a sending server see the tuple reversed.
	 */
	private void parseTupleIo(boolean incoming, int type, Event ev, ParsedEvent p) {
		FdInfo f = p.fd;
		if (f == null || p.thread == null || res(ev) < 0) {
			return;
		}
		if (f.type == FdType.IPV4_SOCK || f.type == FdType.IPV6_SOCK) {
			f.flags |= FdInfo.SOCKET_CONNECTED;
		}
		if (!f.name().isEmpty() && f.l4proto == FdInfo.L4_TCP && f.isIpSocket()) {
			return;
		}
		Event src = ev;
		int ti = idx(type, P_TUPLE);
		if (!has(ev, ti) && p.enter() != null) {
			src = p.enter();
			ti = idx(src.type(), P_TUPLE);
		}
		if (!has(src, ti)) {
			return;
		}
		ByteBuffer b = src.buffer();
		int off = src.paramOffset(ti);
		int len = src.paramLength(ti);
		FdType before = f.type;
		int fam = b.get(off) & 255;
		if (fam == SocketFormat.AF_UNIX) {
			if (len >= 17) {
				f.type = FdType.UNIX_SOCK;
				f.unixSource = b.getLong(off + 1);
				f.unixDest = b.getLong(off + 9);
				f.setName(SocketFormat.readCString(b, off + 17, off + len));
			}
			return;
		}
		int l4 = f.l4proto;
		if (!fillFromTuple(f, b, off, len, true)) {
			return;
		}
		f.l4proto = l4 == FdInfo.L4_UNKNOWN ? FdInfo.L4_UDP : l4;
		if (before == FdType.IPV4_SERVSOCK || before == FdType.IPV6_SERVSOCK) {
			f.flags |= FdInfo.ROLE_SERVER;
		}
		if ((f.flags & (FdInfo.ROLE_CLIENT | FdInfo.ROLE_SERVER)) == 0) {
			f.flags |= boundToPort(p.thread, f.sport) ? FdInfo.ROLE_SERVER
					: incoming ? FdInfo.ROLE_SERVER : FdInfo.ROLE_CLIENT;
		}
		if (incoming ? f.isRoleClient() : f.isRoleServer()) {
			swap(f);
			f.setName(SocketFormat.tupleName(f));
		}
	}

	private boolean boundToPort(ThreadInfo t, int port) {
		LongObjectMap<FdInfo> fds = fdTable(t);
		for (int i = 0; i < fds.capacity(); i++) {
			FdInfo o = fds.valueAt(i);
			if (o != null && o.isServerSocket() && o.sport == port) {
				return true;
			}
		}
		return false;
	}

	private static void swap(FdInfo f) {
		int ip = f.sip;
		f.sip = f.dip;
		f.dip = ip;
		byte[] ip6 = f.sip6;
		f.sip6 = f.dip6;
		f.dip6 = ip6;
		int port = f.sport;
		f.sport = f.dport;
		f.dport = port;
	}

	// ---------------------------------------------------------------- helpers

	private static String nonNull(String s, String dflt) {
		return s == null ? dflt : s;
	}

	private static int ipv4Of(byte[] a) {
		if (a == null || a.length < 4) {
			return 0;
		}
		return ((a[0] & 255) << 24) | ((a[1] & 255) << 16) | ((a[2] & 255) << 8) | (a[3] & 255);
	}

	private static byte[] ipv6Of(byte[] a) {
		byte[] out = new byte[16];
		if (a != null) {
			System.arraycopy(a, 0, out, 0, Math.min(16, a.length));
		}
		return out;
	}
}

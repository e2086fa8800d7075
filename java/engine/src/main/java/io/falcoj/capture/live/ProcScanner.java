package io.falcoj.capture.live;

import io.falcoj.capture.CaptureListener;
import io.falcoj.capture.FdEntry;
import io.falcoj.capture.FdType;
import io.falcoj.capture.GroupEntry;
import io.falcoj.capture.MachineInfo;
import io.falcoj.capture.ProcessEntry;
import io.falcoj.capture.UserEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Seeds the state engine from the running system before live events flow, in the order a capture
 * file's state blocks come: machine, users and groups (the host's passwd and group files), then
 * every thread of every process (/proc/PID/task/TID) with the process's fds after its main thread
 * (files, directories, pipes, sockets resolved through /proc/net, anonymous inodes). Processes
 * that vanish during the scan are skipped. Runs once, on the capture thread, at start.
 */
public final class ProcScanner {
	private final Path proc;
	private final Path etc;
	private final Map<Long, FdEntry> sockets = new HashMap<>();
	private int processes;
	private int fds;
	private long bootNanos;
	private long excluded = -1;

	public ProcScanner() {
		this(Path.of("/proc"), Path.of("/etc"));
	}

	/** For tests: another proc and etc root. */
	public ProcScanner(Path proc, Path etc) {
		this.proc = proc;
		this.etc = etc;
	}

	/** Leaves this process out (the capturing daemon, whose events the driver excludes too). */
	public ProcScanner excluding(long pid) {
		this.excluded = pid;
		return this;
	}

	public void scan(CaptureListener listener) {
		listener.onMachine(machine());
		users(listener);
		groups(listener);
		loadSockets();
		unifiedControllers();
		List<Long> pids = new ArrayList<>();
		try (DirectoryStream<Path> dir = Files.newDirectoryStream(proc)) {
			for (Path p : dir) {
				String name = p.getFileName().toString();
				if (isNumber(name) && Long.parseLong(name) != excluded) {
					pids.add(Long.parseLong(name));
				}
			}
		} catch (IOException e) {
			throw new DriverUnavailableException("cannot list " + proc + ": " + e.getMessage(), e);
		}
		// Reading /proc is most of the time (thousands of small files): processes are read in
		// parallel, then reported in order on the caller's thread, which alone sees the listener.
		// The rings fill while this runs, so it must be quick.
		List<Scanned> scanned = pids.parallelStream().map(this::read).toList();
		for (Scanned one : scanned) {
			if (one == null) {
				continue;
			}
			listener.onProcess(one.main);
			processes++;
			for (FdEntry fd : one.fds) {
				listener.onFd(one.main.pid, fd);
				fds++;
			}
			for (ProcessEntry t : one.threads) {
				listener.onProcess(t);
				processes++;
			}
		}
	}

	/**
	 * One thread read now, for a thread the events never introduced (see
	 * {@code io.falcoj.state.ThreadLookup}): its process's main thread and fds first unless
	 * {@code knownProcess} accepts the process id, then the thread itself when it is not the main
	 * one. Returns false, reporting nothing, when the thread is gone or belongs to the excluded
	 * process. Socket fds are not resolved through /proc/net here (that reads every socket of the
	 * machine): they are reported with an unknown type.
	 */
	public boolean lookup(long tid, LongPredicate knownProcess, CaptureListener into) {
		if (tid <= 0) {
			return false;
		}
		Path dir = proc.resolve(Long.toString(tid));
		long pid = -1;
		for (String line : lines(dir.resolve("status"))) {
			if (line.startsWith("Tgid:")) {
				String v = line.substring(5).trim();
				pid = isNumber(v) ? Long.parseLong(v) : -1;
				break;
			}
		}
		if (pid <= 0 || pid == excluded) {
			return false;
		}
		if (bootNanos == 0) {
			bootNanos = readBootNanos();
		}
		Path mainDir = proc.resolve(Long.toString(pid));
		ProcessEntry main = null;
		if (!knownProcess.test(pid)) {
			main = thread(mainDir, pid, pid, null);
			if (main == null) {
				return false;
			}
		}
		ProcessEntry self = null;
		if (tid != pid) {
			self = thread(mainDir.resolve("task").resolve(Long.toString(tid)), tid, pid, main);
			if (self == null) {
				return false;
			}
		}
		if (main != null) {
			into.onProcess(main);
			for (FdEntry fd : readFds(mainDir)) {
				into.onFd(pid, fd);
			}
		}
		if (self != null) {
			into.onProcess(self);
		}
		return true;
	}

	/** One process as read: its main thread, its fds, its other threads. */
	private record Scanned(ProcessEntry main, List<FdEntry> fds, List<ProcessEntry> threads) {
	}

	/** Threads reported by the last scan. */
	public int processCount() {
		return processes;
	}

	/** Fds reported by the last scan. */
	public int fdCount() {
		return fds;
	}

	/** The boot time (btime of /proc/stat) in ns since the epoch, 0 when absent. */
	private long readBootNanos() {
		for (String line : lines(proc.resolve("stat"))) {
			if (line.startsWith("btime ")) {
				return Long.parseLong(line.substring(6).trim()) * 1_000_000_000L;
			}
		}
		return 0;
	}

	private MachineInfo machine() {
		long mem = 0;
		for (String line : lines(proc.resolve("meminfo"))) {
			if (line.startsWith("MemTotal:")) {
				mem = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
			}
		}
		long boot = readBootNanos();
		bootNanos = boot;
		String host = read(proc.resolve("sys/kernel/hostname")).trim();
		long maxPid = 0;
		String pidMax = read(proc.resolve("sys/kernel/pid_max")).trim();
		if (isNumber(pidMax)) {
			maxPid = Long.parseLong(pidMax);
		}
		return new MachineInfo(Runtime.getRuntime().availableProcessors(), mem, maxPid, host, boot, 0);
	}

	private void users(CaptureListener listener) {
		for (String line : lines(etc.resolve("passwd"))) {
			String[] f = line.split(":", -1);
			if (f.length >= 7 && isNumber(f[2]) && isNumber(f[3])) {
				listener.onUser(new UserEntry(Long.parseLong(f[2]), Long.parseLong(f[3]), f[0], f[5], f[6], ""));
			}
		}
	}

	private void groups(CaptureListener listener) {
		for (String line : lines(etc.resolve("group"))) {
			String[] f = line.split(":", -1);
			if (f.length >= 3 && isNumber(f[2])) {
				listener.onGroup(new GroupEntry(Long.parseLong(f[2]), f[0], ""));
			}
		}
	}

	private Scanned read(long pid) {
		Path dir = proc.resolve(Long.toString(pid));
		ProcessEntry main = thread(dir, pid, pid, null);
		if (main == null) {
			return null;
		}
		List<FdEntry> fdList = readFds(dir);
		List<ProcessEntry> threads = new ArrayList<>();
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(dir.resolve("task"))) {
			for (Path t : tasks) {
				String name = t.getFileName().toString();
				if (isNumber(name) && Long.parseLong(name) != pid) {
					ProcessEntry e = thread(t, Long.parseLong(name), pid, main);
					if (e != null) {
						threads.add(e);
					}
				}
			}
		} catch (IOException e) {
			// the process ended during the scan
		}
		return new Scanned(main, fdList, threads);
	}

	/**
	 * One thread; null when it ended before we could read it. A thread other than the main one
	 * takes what the whole process shares (arguments, environment, executable, directories,
	 * limits, login uid) from {@code main} rather than reading it again.
	 */
	ProcessEntry thread(Path dir, long tid, long pid, ProcessEntry main) {
		String stat = read(dir.resolve("stat"));
		int close = stat.lastIndexOf(')');
		if (close < 0) {
			return null;
		}
		String[] f = stat.substring(close + 2).split(" ");
		ProcessEntry e = new ProcessEntry();
		e.tid = tid;
		e.pid = pid;
		e.ptid = parse(f, 1);
		e.pgid = parse(f, 2);
		e.vpgid = e.pgid;
		e.sid = parse(f, 3);
		e.tty = parse(f, 4);
		e.pfminor = parse(f, 7);
		e.pfmajor = parse(f, 9);
		long start = parse(f, 19);
		e.comm = read(dir.resolve("comm")).strip();
		if (main != null) {
			e.exe = main.exe;
			e.args = main.args;
			e.env = main.env;
			e.exepath = main.exepath;
			e.cwd = main.cwd;
			e.root = main.root;
			e.exeFromMemfd = main.exeFromMemfd;
		} else {
			List<String> argv = nulSeparated(readBytes(dir.resolve("cmdline")));
			e.exe = argv.isEmpty() ? e.comm : argv.get(0);
			e.args = argv.size() > 1 ? List.copyOf(argv.subList(1, argv.size())) : List.of();
			e.env = List.copyOf(nulSeparated(readBytes(dir.resolve("environ"))));
			e.exepath = link(dir.resolve("exe"));
			e.cwd = link(dir.resolve("cwd"));
			e.root = link(dir.resolve("root"));
			if (e.exepath.endsWith(" (deleted)")) {
				e.exepath = e.exepath.substring(0, e.exepath.length() - 10);
			}
			e.exeFromMemfd = e.exepath.startsWith("/memfd:");
		}
		for (String line : lines(dir.resolve("status"))) {
			int colon = line.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String key = line.substring(0, colon);
			String[] v = line.substring(colon + 1).trim().split("\\s+");
			switch (key) {
			case "Uid" -> e.uid = Long.parseLong(v[1]);
			case "Gid" -> e.gid = Long.parseLong(v[1]);
			case "NSpid" -> e.vtid = Long.parseLong(v[v.length - 1]);
			case "NStgid" -> e.vpid = Long.parseLong(v[v.length - 1]);
			case "VmSize" -> e.vmsizeKb = Long.parseLong(v[0]);
			case "VmRSS" -> e.vmrssKb = Long.parseLong(v[0]);
			case "VmSwap" -> e.vmswapKb = Long.parseLong(v[0]);
			case "CapInh" -> e.capInheritable = Long.parseUnsignedLong(v[0], 16);
			case "CapPrm" -> e.capPermitted = Long.parseUnsignedLong(v[0], 16);
			case "CapEff" -> e.capEffective = Long.parseUnsignedLong(v[0], 16);
			default -> {
			}
			}
		}
		if (main != null) {
			e.loginuid = main.loginuid;
			e.fdlimit = main.fdlimit;
		} else {
			String login = read(dir.resolve("loginuid")).trim();
			e.loginuid = isNumber(login) ? (int) Long.parseLong(login) : -1;
			e.fdlimit = fdLimit(dir);
		}
		e.cgroups = cgroups(dir);
		// start time is in clock ticks since boot (USER_HZ, 100 on every Linux ABI we run on)
		e.cloneTs = start < 0 ? 0 : bootNanos + start * 10_000_000L;
		return e;
	}

	private static long fdLimit(Path dir) {
		for (String line : lines(dir.resolve("limits"))) {
			if (line.startsWith("Max open files")) {
				String[] v = line.substring(14).trim().split("\\s+");
				return isNumber(v[0]) ? Long.parseLong(v[0]) : -1;
			}
		}
		return 0;
	}

	/** "subsystem=path" entries: one per v1 controller, and the v2 path under "cgroup2" names. */
	private List<String> cgroups(Path dir) {
		List<String> out = new ArrayList<>();
		for (String line : lines(dir.resolve("cgroup"))) {
			String[] f = line.split(":", 3);
			if (f.length < 3) {
				continue;
			}
			if (f[1].isEmpty()) {
				for (String c : unifiedControllers()) {
					out.add(c + "=" + f[2]);
				}
			} else {
				for (String c : f[1].split(",")) {
					out.add(c + "=" + f[2]);
				}
			}
		}
		return out;
	}

	private volatile List<String> unified;

	private List<String> unifiedControllers() {
		if (unified == null) {
			String c = read(Path.of("/sys/fs/cgroup/cgroup.controllers")).trim();
			unified = c.isEmpty() ? List.of() : List.of(c.split("\\s+"));
		}
		return unified;
	}

	private List<FdEntry> readFds(Path dir) {
		List<FdEntry> out = new ArrayList<>();
		try (DirectoryStream<Path> fdDir = Files.newDirectoryStream(dir.resolve("fd"))) {
			for (Path p : fdDir) {
				String num = p.getFileName().toString();
				if (!isNumber(num)) {
					continue;
				}
				FdEntry fd = fd(dir, p, Long.parseLong(num));
				if (fd != null) {
					out.add(fd);
				}
			}
		} catch (IOException | SecurityException e) {
			// gone, or not ours to read
		}
		return out;
	}

	private FdEntry fd(Path dir, Path link, long num) {
		String target = link(link);
		if (target.isEmpty()) {
			return null;
		}
		FdEntry fd = new FdEntry();
		fd.fd = num;
		fd.name = target;
		for (String line : lines(dir.resolve("fdinfo").resolve(Long.toString(num)))) {
			if (line.startsWith("flags:")) {
				fd.openFlags = openFlags(Integer.parseInt(line.substring(6).trim(), 8));
			} else if (line.startsWith("mnt_id:")) {
				fd.mountId = Long.parseLong(line.substring(7).trim());
			} else if (line.startsWith("ino:")) {
				fd.ino = Long.parseLong(line.substring(4).trim());
			}
		}
		if (target.startsWith("socket:[")) {
			long ino = Long.parseLong(target.substring(8, target.length() - 1));
			FdEntry s = sockets.get(ino);
			if (s == null) {
				fd.type = FdType.UNKNOWN;
				return fd;
			}
			fd.type = s.type;
			fd.ino = ino;
			fd.sourceIp = s.sourceIp;
			fd.destIp = s.destIp;
			fd.sourcePort = s.sourcePort;
			fd.destPort = s.destPort;
			fd.l4proto = s.l4proto;
			fd.unixSource = s.unixSource;
			fd.unixDest = s.unixDest;
			fd.name = s.name;
		} else if (target.startsWith("pipe:[")) {
			fd.type = FdType.FIFO;
		} else if (target.startsWith("anon_inode:")) {
			fd.type = anonType(target.substring(11));
		} else if (target.startsWith("/memfd:")) {
			fd.type = FdType.MEMFD;
		} else if (target.startsWith("/")) {
			if (target.endsWith(" (deleted)")) {
				fd.name = target.substring(0, target.length() - 10);
			}
			fd.type = Files.isDirectory(link) ? FdType.DIRECTORY : FdType.FILE;
		} else {
			fd.type = FdType.UNSUPPORTED;
		}
		return fd;
	}

	private static FdType anonType(String what) {
		return switch (what) {
		case "[eventfd]" -> FdType.EVENT;
		case "[signalfd]" -> FdType.SIGNALFD;
		case "[eventpoll]" -> FdType.EVENTPOLL;
		case "inotify" -> FdType.INOTIFY;
		case "[timerfd]" -> FdType.TIMERFD;
		case "[userfaultfd]" -> FdType.USERFAULTFD;
		case "[io_uring]" -> FdType.IOURING;
		case "[pidfd]" -> FdType.PIDFD;
		default -> what.startsWith("bpf") ? FdType.BPF : FdType.UNSUPPORTED;
		};
	}

	/** Kernel O_* bits to the event table's file_flags (PPM_O_*), as the drivers report them. */
	static int openFlags(int f) {
		int r = switch (f & 3) {
		case 0 -> 1;
		case 1 -> 2;
		case 2 -> 3;
		default -> 0;
		};
		if ((f & 0100) != 0) r |= 4;
		if ((f & 02000) != 0) r |= 8;
		if ((f & 010000) != 0) r |= 16;
		if ((f & 0200) != 0) r |= 32;
		if ((f & 04000) != 0) r |= 64;
		if ((f & 04000000) != 0) r |= 128;
		if ((f & 01000) != 0) r |= 256;
		if ((f & 040000) != 0) r |= 512;
		if ((f & 0200000) != 0) r |= 1024;
		if ((f & 0100000) != 0) r |= 2048;
		if ((f & 02000000) != 0) r |= 4096;
		if ((f & 020000000) != 0) r |= 8192;
		return r;
	}

	private static long hex(String s) {
		try {
			return Long.parseUnsignedLong(s, 16);
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** Sockets of all network namespaces visible through this /proc, by inode. */
	private void loadSockets() {
		sockets.clear();
		inet("tcp", false, 2);
		inet("udp", false, 3);
		inet("raw", false, 5);
		inet("tcp6", true, 2);
		inet("udp6", true, 3);
		inet("raw6", true, 5);
		for (String line : lines(proc.resolve("net/unix"))) {
			String[] f = line.trim().split("\\s+");
			if (f.length < 7 || !isNumber(f[6])) {
				continue;
			}
			FdEntry s = new FdEntry();
			s.type = FdType.UNIX_SOCK;
			// the kernel's address of the socket; printed as "(____ptrval____)" while the kernel's
			// random pointer hashing is not ready yet (early boot): then unknown
			s.unixSource = hex(f[0].replace(":", ""));
			s.name = f.length > 7 ? f[7] : "";
			sockets.put(Long.parseLong(f[6]), s);
		}
		for (String line : lines(proc.resolve("net/netlink"))) {
			String[] f = line.trim().split("\\s+");
			if (f.length >= 10 && isNumber(f[9])) {
				FdEntry s = new FdEntry();
				s.type = FdType.NETLINK;
				sockets.put(Long.parseLong(f[9]), s);
			}
		}
	}

	private void inet(String file, boolean v6, int l4) {
		boolean first = true;
		for (String line : lines(proc.resolve("net").resolve(file))) {
			if (first) {
				first = false;
				continue;
			}
			String[] f = line.trim().split("\\s+");
			if (f.length < 10 || !isNumber(f[9])) {
				continue;
			}
			FdEntry s = new FdEntry();
			String[] local = f[1].split(":");
			String[] remote = f[2].split(":");
			s.sourceIp = address(local[0]);
			s.sourcePort = Integer.parseInt(local[1], 16);
			s.destIp = address(remote[0]);
			s.destPort = Integer.parseInt(remote[1], 16);
			s.l4proto = l4;
			boolean listening = l4 == 2 && f[3].equals("0A");
			if (listening) {
				s.type = v6 ? FdType.IPV6_SERVSOCK : FdType.IPV4_SERVSOCK;
			} else {
				s.type = v6 ? FdType.IPV6_SOCK : FdType.IPV4_SOCK;
			}
			sockets.put(Long.parseLong(f[9]), s);
		}
	}

	/** /proc/net prints each 32-bit word of an address as a host-order (little endian) hex number. */
	static byte[] address(String hex) {
		byte[] out = new byte[hex.length() / 2];
		for (int w = 0; w < out.length; w += 4) {
			for (int b = 0; b < 4; b++) {
				int at = 2 * (w + 3 - b);
				out[w + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
			}
		}
		return out;
	}

	private static long parse(String[] f, int i) {
		return i < f.length && isNumber(f[i]) ? Long.parseLong(f[i]) : -1;
	}

	private static boolean isNumber(String s) {
		if (s.isEmpty() || s.length() > 18) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) < '0' || s.charAt(i) > '9') {
				return false;
			}
		}
		return true;
	}

	private static List<String> nulSeparated(byte[] b) {
		List<String> out = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < b.length; i++) {
			if (b[i] == 0) {
				out.add(new String(b, start, i - start, StandardCharsets.UTF_8));
				start = i + 1;
			}
		}
		if (start < b.length) {
			out.add(new String(b, start, b.length - start, StandardCharsets.UTF_8));
		}
		return out;
	}

	private static String link(Path p) {
		try {
			return Files.readSymbolicLink(p).toString();
		} catch (IOException | SecurityException | UnsupportedOperationException e) {
			return "";
		}
	}

	private static byte[] readBytes(Path p) {
		try {
			return Files.readAllBytes(p);
		} catch (IOException | SecurityException e) {
			return new byte[0];
		}
	}

	private static String read(Path p) {
		return new String(readBytes(p), StandardCharsets.UTF_8);
	}

	private static List<String> lines(Path p) {
		return read(p).lines().toList();
	}
}

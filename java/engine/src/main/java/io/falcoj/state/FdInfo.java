package io.falcoj.state;

import io.falcoj.capture.FdType;

/**
 * What the engine knows about one open file descriptor (libsinsp's fdinfo). Owned and mutated by
 * the state engine; fields read it. Socket addresses are kept as primitives: an IPv4 address is an
 * int holding the four bytes in network order (a.b.c.d is {@code a<<24|b<<16|c<<8|d}); IPv6
 * addresses are 16-byte arrays, allocated only for IPv6 sockets.
 */
public final class FdInfo {
	/** libscap's scap_l4_proto numbers. */
	public static final int L4_UNKNOWN = 0;
	public static final int L4_NA = 1;
	public static final int L4_TCP = 2;
	public static final int L4_UDP = 3;
	public static final int L4_ICMP = 4;
	public static final int L4_RAW = 5;

	public static final int ROLE_CLIENT = 1;
	public static final int ROLE_SERVER = 1 << 1;
	public static final int SOCKET_CONNECTED = 1 << 2;
	/** Copied from the parent by clone/fork. */
	public static final int CLONED = 1 << 3;
	/** Came from the capture's fd list (or /proc), not from an event. */
	public static final int FROM_PROC = 1 << 4;

	/** The O_CLOEXEC bit of libscap's open flags (PPM_O_CLOEXEC). */
	public static final long PPM_O_CLOEXEC = 1 << 12;
	public static final long PPM_O_DIRECTORY = 1 << 10;

	public long fd = -1;
	public FdType type = FdType.UNKNOWN;
	/**
	 * The name sysdig shows for the fd (a path, a socket tuple, "pipe:[123]"...), or null while an
	 * open's path waits to be resolved (see {@link #name()}).
	 */
	private String name = "";
	/** The path as the syscall passed it, before resolution against cwd or dirfd; null while pending. */
	private String nameRaw = "";
	/*
	 * An open's path is kept as the syscall's raw bytes and the directory they are relative to, and
	 * decoded and joined only when something reads the name: most replays read few of them (a
	 * filter on proc.name reads none), and resolving every open cost about a twentieth of a
	 * replay. The raw bytes stay after a rename, for nameRaw.
	 */
	private byte[] pendingRaw;
	private String pendingDir;
	private PathCache pendingCache;
	/** Counts explicit renames (setName); resolving a pending name is not one. */
	private int nameVersion;
	/** The name and its version when the current event looked the fd up (libsinsp's m_oldname, for fd.name_changed). */
	private String oldName = "";
	private int oldVersion;
	/** dirPrefix() and the name it was made from. */
	private String prefix;
	private String prefixOf;
	public long openFlags;
	public long ino;
	public long dev;
	public long mountId;
	public int flags;

	public int l4proto = L4_UNKNOWN;
	public int sip;
	public int dip;
	public int sport;
	public int dport;
	public byte[] sip6;
	public byte[] dip6;
	public long unixSource;
	public long unixDest;

	/** The name sysdig shows for the fd: a path, a socket tuple, "pipe:[123]"... (resolves a pending open path). */
	public String name() {
		String n = name;
		if (n == null) {
			n = resolve(true);
		}
		return n;
	}

	/** The path as the syscall passed it, before resolution against cwd or dirfd ("" for fds that are not opened files). */
	public String nameRaw() {
		String n = nameRaw;
		if (n == null) {
			n = resolve(false);
		}
		return n;
	}

	/** Renames the fd ({@code null} counts as "": null stands for a pending path here). */
	public void setName(String name) {
		this.name = name == null ? "" : name;
		nameVersion++;
	}

	public void setNameRaw(String nameRaw) {
		this.nameRaw = nameRaw == null ? "" : nameRaw;
	}

	/**
	 * Names this fd after the {@code raw} path bytes (a copy the fd keeps) relative to {@code dir},
	 * resolved at the first read of {@link #name()} or {@link #nameRaw()}, through {@code cache}.
	 */
	void setPendingPath(String dir, byte[] raw, PathCache cache) {
		pendingDir = dir;
		pendingRaw = raw;
		pendingCache = cache;
		name = null;
		nameRaw = null;
		nameVersion++;
	}

	private String resolve(boolean full) {
		PathCache.Entry e = pendingCache.resolve(pendingDir, pendingRaw);
		if (nameRaw == null) {
			nameRaw = e.name;
		}
		if (name == null) {
			name = e.full;
		}
		return full ? name : nameRaw;
	}

	/**
	 * The name followed by '/', as a path relative to this directory fd is joined to it (openat):
	 * kept while the name stays the same, so that opens in one directory share the string (and
	 * the path cache finds it by identity).
	 */
	String dirPrefix() {
		String n = name();
		if (prefixOf != n) {
			prefix = n + "/";
			prefixOf = n;
		}
		return prefix;
	}

	/** Remembers the name as the current event found it (see {@link #nameChanged()}); resolves nothing. */
	void rememberName() {
		oldName = name;
		oldVersion = nameVersion;
	}

	/** Whether the name differs from the one {@link #rememberName()} kept (fd.name_changed). */
	public boolean nameChanged() {
		if (nameVersion == oldVersion) {
			// No rename since: the same name, resolved or not.
			return false;
		}
		String old = oldName;
		if (old == null) {
			// It was a pending open path then; its bytes and directory are still here.
			old = pendingCache.resolve(pendingDir, pendingRaw).full;
		}
		return !name().equals(old);
	}

	public boolean isSocket() {
		return isIpSocket() || type == FdType.UNIX_SOCK;
	}

	public boolean isIpSocket() {
		return type == FdType.IPV4_SOCK || type == FdType.IPV6_SOCK || type == FdType.IPV4_SERVSOCK
				|| type == FdType.IPV6_SERVSOCK;
	}

	public boolean isIpv6() {
		return type == FdType.IPV6_SOCK || type == FdType.IPV6_SERVSOCK;
	}

	public boolean isServerSocket() {
		return type == FdType.IPV4_SERVSOCK || type == FdType.IPV6_SERVSOCK;
	}

	public boolean isRoleServer() {
		return (flags & ROLE_SERVER) != 0;
	}

	public boolean isRoleClient() {
		return (flags & ROLE_CLIENT) != 0;
	}

	/** The L4 protocol as fd.l4proto sees it: unknown until the socket has a role (libsinsp's get_l4proto). */
	public int effectiveL4proto() {
		if (type == FdType.IPV4_SOCK || type == FdType.IPV6_SOCK) {
			if (l4proto == L4_RAW) {
				return L4_RAW;
			}
			return (flags & (ROLE_CLIENT | ROLE_SERVER)) == 0 ? L4_NA : l4proto;
		}
		if (type == FdType.IPV4_SERVSOCK || type == FdType.IPV6_SERVSOCK) {
			return l4proto;
		}
		return L4_NA;
	}

	public boolean isFileLike() {
		return type == FdType.FILE || type == FdType.FILE_V2 || type == FdType.DIRECTORY;
	}

	/** Makes this a copy of {@code o} (dup, fcntl(F_DUPFD), fork). */
	public FdInfo copyFrom(FdInfo o) {
		fd = o.fd;
		type = o.type;
		name = o.name;
		nameRaw = o.nameRaw;
		// The raw bytes are never written after they are set: the copy shares them.
		pendingRaw = o.pendingRaw;
		pendingDir = o.pendingDir;
		pendingCache = o.pendingCache;
		nameVersion = o.nameVersion;
		oldName = o.oldName;
		oldVersion = o.oldVersion;
		openFlags = o.openFlags;
		ino = o.ino;
		dev = o.dev;
		mountId = o.mountId;
		flags = o.flags;
		l4proto = o.l4proto;
		sip = o.sip;
		dip = o.dip;
		sport = o.sport;
		dport = o.dport;
		sip6 = o.sip6 == null ? null : o.sip6.clone();
		dip6 = o.dip6 == null ? null : o.dip6.clone();
		unixSource = o.unixSource;
		unixDest = o.unixDest;
		return this;
	}

	/** The name fd.type shows for this kind of fd, as libsinsp spells it. */
	public static String typeName(FdType t) {
		switch (t) {
		case FILE: case FILE_V2:
			return "file";
		case DIRECTORY:
			return "directory";
		case IPV4_SOCK: case IPV4_SERVSOCK:
			return "ipv4";
		case IPV6_SOCK: case IPV6_SERVSOCK:
			return "ipv6";
		case UNIX_SOCK:
			return "unix";
		case FIFO:
			return "pipe";
		case EVENT:
			return "event";
		case SIGNALFD:
			return "signalfd";
		case EVENTPOLL:
			return "eventpoll";
		case INOTIFY:
			return "inotify";
		case TIMERFD:
			return "timerfd";
		case NETLINK:
			return "netlink";
		case BPF:
			return "bpf";
		case USERFAULTFD:
			return "userfaultfd";
		case IOURING:
			return "io_uring";
		case MEMFD:
			return "memfd";
		case PIDFD:
			return "pidfd";
		default:
			return "<NA>";
		}
	}

	@Override
	public String toString() {
		return fd + ":" + type + ":" + name();
	}
}

package io.falcoj.field.syscall;

import io.falcoj.capture.FdType;
import io.falcoj.event.EventFlags;
import io.falcoj.event.EventInfo;
import io.falcoj.field.FieldType;
import io.falcoj.state.FdInfo;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.SocketFormat;
import io.falcoj.state.StateEngine;

/**
 * The {@code fd.*} fields, as libsinsp extracts them: only events that create, use or destroy an
 * fd have them; fd.num is the thread's last event fd even when the engine does not know that fd;
 * a creating exit event whose call failed still names what it tried to open (fd.name from the
 * event's own arguments).
 */
public final class FdFields extends StateFamily {
	private static final int FD_FLAGS = EventFlags.CREATES_FD | EventFlags.USES_FD | EventFlags.DESTROYS_FD;

	public FdFields(StateEngine engine) {
		super(engine);
		fdEvent = fdEvents();
		num("fd.num", FieldType.INT64, "the unique number identifying the file descriptor.",
				e -> applies(e) ? e.fdNum : NA);
		str("fd.type", "type of FD. Can be 'file', 'directory', 'ipv4', 'ipv6', 'unix', 'pipe', 'event', 'signalfd', "
				+ "'eventpoll', 'inotify' or 'signalfd'.", e -> {
					FdInfo f = fd(e);
					return f == null ? null : FdInfo.typeName(f.type);
				});
		str("fd.typechar", "type of FD as a single character. Can be 'f' for file, 4 for IPv4 socket, 6 for IPv6 "
				+ "socket, 'u' for unix socket, p for pipe, 'e' for eventfd, 's' for signalfd, 'l' for eventpoll, "
				+ "'i' for inotify, 'o' for unknown.", this::typechar);
		str("fd.name", "FD full name. If the fd is a file, this field contains the full path. If the FD is a socket, "
				+ "this field contain the connection tuple.", this::name, engine::neverHasFd);
		str("fd.directory", "If the fd is a file, the directory that contains it.", this::directory, engine::neverHasFd);
		str("fd.filename", "If the fd is a file, the filename without the path.", e -> {
			FdInfo f = fd(e);
			if (f == null || !(f.type == FdType.FILE || f.type == FdType.FILE_V2)) {
				return null;
			}
			String n = f.name();
			if (n == lastFilenameOf) {
				return lastFilename;
			}
			int pos = n.lastIndexOf('/');
			String out = pos < 0 ? "/" : pos < n.length() - 1 ? n.substring(pos + 1) : n;
			lastFilenameOf = n;
			lastFilename = out;
			return out;
		}, engine::neverHasFd);
		anyOf("fd.ip", FieldType.IPADDR, "(FILTER ONLY) matches the ip address "
				+ "(client or server) of the fd.", (i, a) -> new ListField(i, a, e -> {
					FdInfo f = fd(e);
					if (f == null) {
						return null;
					}
					if (f.type == FdType.IPV4_SOCK) {
						return java.util.List.of(v4(f.sip), v4(f.dip));
					}
					if (f.type == FdType.IPV6_SOCK) {
						return java.util.List.of(f.sip6, f.dip6);
					}
					if (f.type == FdType.IPV4_SERVSOCK) {
						return java.util.List.of(v4(f.sip));
					}
					if (f.type == FdType.IPV6_SERVSOCK) {
						return java.util.List.of(f.sip6);
					}
					return null;
				}));
		ip("fd.cip", "client IP address.", e -> {
			FdInfo f = roleFd(e);
			if (f == null) {
				return null;
			}
			return f.type == FdType.IPV4_SOCK ? v4(f.sip) : f.type == FdType.IPV6_SOCK ? f.sip6 : null;
		});
		ip("fd.sip", "server IP address.", e -> {
			FdInfo f = roleFd(e);
			if (f == null) {
				return null;
			}
			switch (f.type) {
			case IPV4_SOCK:
				return v4(f.dip);
			case IPV4_SERVSOCK:
				return v4(f.sip);
			case IPV6_SOCK:
				return f.dip6;
			case IPV6_SERVSOCK:
				return f.sip6;
			default:
				return null;
			}
		});
		ip("fd.lip", "local IP address.", e -> localRemote(e, true));
		ip("fd.rip", "remote IP address.", e -> localRemote(e, false));
		anyOf("fd.port", FieldType.PORT, "(FILTER ONLY) matches the port "
				+ "(either client or server) of the fd.", (i, a) -> new ListField(i, a, e -> {
					FdInfo f = fd(e);
					if (f == null || !f.isIpSocket()) {
						return null;
					}
					if (f.isServerSocket()) {
						return java.util.List.of((long) f.sport);
					}
					return java.util.List.of((long) f.sport, (long) f.dport);
				}));
		num("fd.cport", FieldType.PORT, "for TCP/UDP FDs, the client port.", e -> {
			FdInfo f = roleFd(e);
			if (f == null) {
				return NA;
			}
			if (f.type == FdType.IPV4_SOCK || f.type == FdType.IPV6_SOCK) {
				return f.sport;
			}
			// libsinsp falls through to the protocol case here and yields an empty string read as 0.
			return 0;
		});
		num("fd.sport", FieldType.PORT, "for TCP/UDP FDs, server port.", e -> {
			FdInfo f = fd(e);
			if (f == null) {
				return NA;
			}
			if (f.type == FdType.IPV4_SOCK || f.type == FdType.IPV6_SOCK) {
				return roleNone(f) ? NA : f.dport;
			}
			return f.isServerSocket() ? f.sport : NA;
		});
		num("fd.lport", FieldType.PORT, "for TCP/UDP FDs, the local port.", e -> localRemotePort(e, true));
		num("fd.rport", FieldType.PORT, "for TCP/UDP FDs, the remote port.", e -> localRemotePort(e, false));
		str("fd.l4proto", "the IP protocol of a socket. Can be 'tcp', 'udp', 'icmp' or 'raw'.", e -> {
			FdInfo f = fd(e);
			if (f == null) {
				return null;
			}
			switch (f.effectiveL4proto()) {
			case FdInfo.L4_TCP:
				return "tcp";
			case FdInfo.L4_UDP:
				return "udp";
			case FdInfo.L4_ICMP:
				return "icmp";
			case FdInfo.L4_RAW:
				return "raw";
			default:
				return "<NA>";
			}
		});
		str("fd.sockfamily", "the socket family for socket events. Can be 'ip' or 'unix'.", e -> {
			FdInfo f = fd(e);
			if (f == null) {
				return null;
			}
			return f.isIpSocket() ? "ip" : f.type == FdType.UNIX_SOCK ? "unix" : null;
		});
		bool("fd.is_server", "'true' if the process owning this FD is the server endpoint in the connection.", e -> {
			FdInfo f = fd(e);
			if (f == null) {
				return -1;
			}
			if (f.isServerSocket()) {
				return 1;
			}
			if (f.type == FdType.IPV4_SOCK) {
				return engine.isLocalIpv4(f.dip) ? 1 : 0;
			}
			if (f.type == FdType.IPV6_SOCK) {
				return engine.isLocalIpv6(f.dip6) ? 1 : 0;
			}
			return 0;
		});
		str("fd.uid", "a unique identifier for the FD, created by chaining the FD number and the thread ID.",
				e -> applies(e) ? Long.toString(e.thread.tid) + e.fdNum : null);
		str("fd.containername", "chaining of the container ID and the FD name. Useful when trying to identify which "
				+ "container an FD belongs to.", e -> {
					String n = name(e);
					return n == null ? null : e.thread.containerId + ":" + n;
				});
		str("fd.containerdirectory", "chaining of the container ID and the directory name. Useful when trying to "
				+ "identify which container a directory belongs to.", e -> {
					String d = directory(e);
					return d == null ? null : e.thread.containerId + ":" + d;
				});
		anyOf("fd.proto", FieldType.PORT, "(FILTER ONLY) matches the protocol "
				+ "(either client or server) of the fd.", (i, a) -> new ListField(i, a, e -> null));
		str("fd.cproto", "for TCP/UDP FDs, the client protocol.", e -> {
			FdInfo f = roleFd(e);
			if (f == null) {
				return null;
			}
			return f.type == FdType.IPV4_SOCK || f.type == FdType.IPV6_SOCK ? Integer.toString(f.sport) : "";
		});
		str("fd.sproto", "for TCP/UDP FDs, server protocol.", e -> {
			FdInfo f = fd(e);
			if (f == null) {
				return null;
			}
			if (f.type == FdType.IPV4_SOCK || f.type == FdType.IPV6_SOCK) {
				return roleNone(f) ? null : Integer.toString(f.dport);
			}
			return f.isServerSocket() ? "" : null;
		});
		str("fd.lproto", "for TCP/UDP FDs, the local protocol.", e -> {
			long p = localRemotePort(e, true);
			return p == NA ? null : Long.toString(p);
		});
		str("fd.rproto", "for TCP/UDP FDs, the remote protocol.", e -> {
			long p = localRemotePort(e, false);
			return p == NA ? null : Long.toString(p);
		});
		for (String n : new String[] {"fd.net", "fd.cnet", "fd.snet", "fd.lnet", "fd.rnet"}) {
			anyOf(n, FieldType.IPNET, "(FILTER ONLY) matches the IP network of "
					+ "the fd (" + n + ").", (i, a) -> new ListField(i, a, e -> netAddresses(e, i.name())));
		}
		bool("fd.connected", "for TCP/UDP FDs, 'true' if the socket is connected.", e -> {
			FdInfo f = fd(e);
			return f == null ? -1 : (f.flags & FdInfo.SOCKET_CONNECTED) != 0 ? 1 : 0;
		});
		bool("fd.name_changed", "True when an event changes the name of an fd used by this event. This can occur in "
				+ "some cases such as udp connections where the connection tuple changes.",
				e -> fd(e) == null ? -1 : e.fdNameChanged() ? 1 : 0);
		for (String n : new String[] {"fd.cip.name", "fd.sip.name", "fd.lip.name", "fd.rip.name"}) {
			str(n, "Domain name associated with the " + n.substring(3, 4) + " IP address.", e -> null);
		}
		add("fd.dev", FieldType.INT64, io.falcoj.field.FieldInfo.Argument.NONE, "device number (major/minor) "
				+ "containing the referenced file", (i, a) -> new NumField(i, a, e -> {
					FdInfo f = fd(e);
					return f == null ? NA : f.dev & 0xffffffffL;
				}, true));
		num("fd.dev.major", FieldType.INT64, "major device number containing the referenced file", e -> {
			FdInfo f = fd(e);
			return f == null ? NA : (f.dev & 0xfff00) >>> 8;
		});
		num("fd.dev.minor", FieldType.INT64, "minor device number containing the referenced file", e -> {
			FdInfo f = fd(e);
			return f == null ? NA : (f.dev & 0xff) | ((f.dev >>> 12) & 0xfff00);
		});
		str("fd.nameraw", "FD name without any resolution: the path as the syscall passed it.", e -> {
			FdInfo f = fd(e);
			if (f == null) {
				return null;
			}
			return f.nameRaw().isEmpty() ? f.name() : f.nameRaw();
		});
		addList("fd.types", FieldType.STRING, io.falcoj.field.FieldInfo.Argument.OPTIONAL, "the types of the fds the "
				+ "process has open (distinct); with an fd number (fd.types[0]), the type of that fd as a one-item "
				+ "list.", (i, a) -> {
					long only = a == null || a.isBlank() ? -1 : intArgument(i, a);
					return new ListField(i, a, e -> fdTypes(e, only));
				});
		num("fd.ino", FieldType.INT64, "inode number of the referenced file", e -> {
			FdInfo f = fd(e);
			return f == null ? NA : f.ino;
		});
	}

	/**
	 * Events the current event table marks as using an fd that Debian's sysdig 0.29 (the reference
	 * these fields are checked against) does not: for them the fd fields stay empty, as there.
	 */
	private static final java.util.Set<String> NOT_FD_EVENTS_IN_029 = java.util.Set.of("mmap", "mmap2", "sendmmsg",
			"recvmmsg", "symlinkat", "unlinkat", "mkdirat", "fchmodat", "fchmod");

	private final boolean[] fdEvent;

	/** libsinsp's extract_fd: the event must create, use or destroy an fd, and have a thread. */
	private boolean applies(ParsedEvent e) {
		int type = e.event.type();
		return e.thread != null && type < fdEvent.length && fdEvent[type];
	}

	private static boolean[] fdEvents() {
		io.falcoj.event.EventTable table = io.falcoj.event.EventTable.get();
		boolean[] out = new boolean[table.size()];
		for (int code = 0; code < out.length; code++) {
			EventInfo info = table.event(code);
			if (info == null) {
				continue;
			}
			out[code] = (info.flags() & FD_FLAGS) != 0 && !NOT_FD_EVENTS_IN_029.contains(info.name());
			if (info.name().equals("fstat64")) {
				out[code] = true;
			}
		}
		return out;
	}

	private FdInfo fd(ParsedEvent e) {
		if (!applies(e)) {
			return null;
		}
		if (e.fd != null) {
			return e.fd;
		}
		return e.fdNum == -1 ? null : engine.fdTable(e.thread).get(e.fdNum);
	}

	private java.util.List<String> fdTypes(ParsedEvent e, long only) {
		if (e.thread == null) {
			return null;
		}
		io.falcoj.state.LongObjectMap<FdInfo> fds = engine.fdTable(e.thread);
		if (only >= 0) {
			FdInfo f = fds.get(only);
			return f == null ? java.util.List.of() : java.util.List.of(FdInfo.typeName(f.type));
		}
		java.util.Set<String> types = new java.util.TreeSet<>();
		for (int slot = 0; slot < fds.capacity(); slot++) {
			FdInfo f = fds.valueAt(slot);
			if (f != null) {
				types.add(FdInfo.typeName(f.type));
			}
		}
		return java.util.List.copyOf(types);
	}

	private static boolean roleNone(FdInfo f) {
		return (f.flags & (FdInfo.ROLE_CLIENT | FdInfo.ROLE_SERVER)) == 0;
	}

	private FdInfo roleFd(ParsedEvent e) {
		FdInfo f = fd(e);
		return f == null || roleNone(f) ? null : f;
	}

	private static byte[] v4(int ip) {
		return new byte[] {(byte) (ip >>> 24), (byte) (ip >>> 16), (byte) (ip >>> 8), (byte) ip};
	}

	private boolean sourceIsLocal(FdInfo f) {
		return f.type == FdType.IPV4_SOCK ? engine.isLocalIpv4(f.sip) : engine.isLocalIpv6(f.sip6);
	}

	private byte[] localRemote(ParsedEvent e, boolean local) {
		FdInfo f = fd(e);
		if (f == null || !(f.type == FdType.IPV4_SOCK || f.type == FdType.IPV6_SOCK) || roleNone(f)) {
			return null;
		}
		boolean src = sourceIsLocal(f) == local;
		if (f.type == FdType.IPV4_SOCK) {
			return v4(src ? f.sip : f.dip);
		}
		return src ? f.sip6 : f.dip6;
	}

	private long localRemotePort(ParsedEvent e, boolean local) {
		FdInfo f = fd(e);
		if (f == null || !(f.type == FdType.IPV4_SOCK || f.type == FdType.IPV6_SOCK) || roleNone(f)) {
			return NA;
		}
		return sourceIsLocal(f) == local ? f.sport : f.dport;
	}

	private java.util.List<Object> netAddresses(ParsedEvent e, String which) {
		FdInfo f = fd(e);
		if (f == null || !f.isIpSocket()) {
			return null;
		}
		java.util.List<Object> out = new java.util.ArrayList<>(2);
		boolean v6 = f.isIpv6();
		Object s = v6 ? f.sip6 : v4(f.sip);
		Object d = v6 ? f.dip6 : v4(f.dip);
		if (f.isServerSocket()) {
			if (which.equals("fd.net") || which.equals("fd.snet")) {
				out.add(s);
			}
			return out;
		}
		boolean srcLocal = sourceIsLocal(f);
		switch (which) {
		case "fd.net" -> {
			out.add(s);
			out.add(d);
		}
		case "fd.cnet" -> out.add(s);
		case "fd.snet" -> out.add(d);
		case "fd.lnet" -> out.add(srcLocal ? s : d);
		default -> out.add(srcLocal ? d : s);
		}
		return out;
	}

	/** The name of the fd; for creating exit events without an fd, what the event names. */
	private String name(ParsedEvent e) {
		if (!applies(e)) {
			return null;
		}
		FdInfo f = fd(e);
		if (f != null && !(isConnectExit(e) && e.event.paramLong(0) < 0)) {
			return f.name();
		}
		return nameFromCreator(e);
	}

	private static boolean isConnectExit(ParsedEvent e) {
		int code = e.event.type();
		return code < CONNECT_EXIT.length && CONNECT_EXIT[code] && e.event.paramCount() > 0;
	}

	/** Per event code: a connect exit (fd.name asks per event, so not by comparing names). */
	private static final boolean[] CONNECT_EXIT = connectExits();

	private static boolean[] connectExits() {
		io.falcoj.event.EventTable table = io.falcoj.event.EventTable.get();
		boolean[] out = new boolean[table.size()];
		for (int code = 0; code < out.length; code++) {
			EventInfo info = table.event(code);
			out[code] = info != null && info.name().equals("connect") && info.direction() == io.falcoj.event.Direction.EXIT;
		}
		return out;
	}

	/** libsinsp's extract_fdname_from_creator. */
	private static String nameFromCreator(ParsedEvent e) {
		EventInfo info = e.event.info();
		if (info.direction() == io.falcoj.event.Direction.ENTER) {
			return null;
		}
		switch (info.name()) {
		case "open": case "creat": case "openat": case "openat2":
			return e.openPath();
		case "accept": case "accept4": case "connect": {
			int i = info.paramIndex("tuple");
			if (i < 0 || i >= e.event.paramCount()) {
				return "";
			}
			String s = SocketFormat.socktuple(e.event.buffer(), e.event.paramOffset(i), e.event.paramLength(i));
			return s == null ? "" : s;
		}
		default:
			return "";
		}
	}

	private String directory(ParsedEvent e) {
		if (!applies(e)) {
			return null;
		}
		FdInfo f = fd(e);
		String n;
		boolean file;
		if (f == null) {
			n = nameFromCreator(e);
			if (n == null) {
				return null;
			}
			file = true;
		} else {
			if (!f.isFileLike()) {
				return null;
			}
			n = f.name();
			file = f.type != FdType.DIRECTORY;
		}
		if (!file) {
			return n;
		}
		if (n == lastDirectoryOf) {
			return lastDirectory;
		}
		int pos = n.lastIndexOf('/');
		String out = pos <= 0 ? "/" : pos < n.length() - 1 ? n.substring(0, pos) : n;
		lastDirectoryOf = n;
		lastDirectory = out;
		return out;
	}

	// fd.directory and fd.filename of the last name they were cut from: many rules test them on
	// the same event, and the same String back lets the checks reuse their last answer too.
	private String lastDirectoryOf;
	private String lastDirectory;
	private String lastFilenameOf;
	private String lastFilename;

	/** Each fd type's letter as a String, made once: rules test fd.typechar on every open. */
	private static final String[] LETTERS = new String[FdType.values().length];

	static {
		for (FdType t : FdType.values()) {
			LETTERS[t.ordinal()] = String.valueOf(t.letter);
		}
	}

	private String typechar(ParsedEvent e) {
		if (!applies(e)) {
			return null;
		}
		FdInfo f = fd(e);
		if (f != null) {
			return LETTERS[f.type.ordinal()];
		}
		switch (e.event.info().name()) {
		case "open": case "openat": case "openat2": case "creat":
			return "f";
		case "socket": case "accept": case "accept4":
			return "4";
		case "pipe": case "pipe2":
			return "p";
		case "eventfd": case "eventfd2":
			return "e";
		case "signalfd": case "signalfd4":
			return "s";
		case "timerfd_create":
			return "t";
		case "inotify_init": case "inotify_init1":
			return "i";
		default:
			return "o";
		}
	}

	interface ListGetter {
		java.util.List<?> get(ParsedEvent e);
	}

	/** A filter-only field whose value is the list of candidates a comparison matches against any of. */
	static final class ListField extends io.falcoj.field.Field<ParsedEvent> {
		private final ListGetter g;

		ListField(io.falcoj.field.FieldInfo info, String arg, ListGetter g) {
			super(info, arg);
			this.g = g;
		}

		@Override
		public Object value(ParsedEvent e) {
			return g.get(e);
		}

		@Override
		public String render(ParsedEvent e) {
			return renderList(g.get(e));
		}
	}
}

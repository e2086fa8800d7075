package io.falcoj.field.syscall;

import io.falcoj.capture.FdType;
import io.falcoj.event.EventFlags;
import io.falcoj.event.EventInfo;
import io.falcoj.field.Field;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldType;
import io.falcoj.field.UnknownFieldException;
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

	private static final int NUM = 0, TYPE = 1, TYPECHAR = 2, NAME = 3, DIRECTORY = 4, FILENAME = 5, IP = 6, CIP = 7,
			SIP = 8, LIP = 9, RIP = 10, PORT = 11, CPORT = 12, SPORT = 13, LPORT = 14, RPORT = 15, L4PROTO = 16,
			SOCKFAMILY = 17, IS_SERVER = 18, UID = 19, CONTAINERNAME = 20, CONTAINERDIRECTORY = 21, PROTO = 22,
			CPROTO = 23, SPROTO = 24, LPROTO = 25, RPROTO = 26, NET = 27, CNET = 28, SNET = 29, LNET = 30,
			RNET = 31, CONNECTED = 32, NAME_CHANGED = 33, IP_NAME = 34, DEV = 35, DEV_MAJOR = 36, DEV_MINOR = 37,
			NAMERAW = 38, TYPES = 39, INO = 40;

	public FdFields(StateEngine engine) {
		super(engine);
		fdEvent = fdEvents();
		num(NUM, "fd.num", FieldType.INT64, "the unique number identifying the file descriptor.");
		str(TYPE, "fd.type", "type of FD. Can be 'file', 'directory', 'ipv4', 'ipv6', 'unix', 'pipe', 'event', "
				+ "'signalfd', 'eventpoll', 'inotify' or 'signalfd'.");
		str(TYPECHAR, "fd.typechar", "type of FD as a single character. Can be 'f' for file, 4 for IPv4 socket, 6 for "
				+ "IPv6 socket, 'u' for unix socket, p for pipe, 'e' for eventfd, 's' for signalfd, 'l' for eventpoll, "
				+ "'i' for inotify, 'o' for unknown.");
		strOfFd(NAME, "fd.name", "FD full name. If the fd is a file, this field contains the full path. If the FD is a "
				+ "socket, this field contain the connection tuple.");
		strOfFd(DIRECTORY, "fd.directory", "If the fd is a file, the directory that contains it.");
		strOfFd(FILENAME, "fd.filename", "If the fd is a file, the filename without the path.");
		anyOf(IP, "fd.ip", FieldType.IPADDR, "(FILTER ONLY) matches the ip address (client or server) of the fd.");
		ip(CIP, "fd.cip", "client IP address.");
		ip(SIP, "fd.sip", "server IP address.");
		ip(LIP, "fd.lip", "local IP address.");
		ip(RIP, "fd.rip", "remote IP address.");
		anyOf(PORT, "fd.port", FieldType.PORT, "(FILTER ONLY) matches the port (either client or server) of the fd.");
		num(CPORT, "fd.cport", FieldType.PORT, "for TCP/UDP FDs, the client port.");
		num(SPORT, "fd.sport", FieldType.PORT, "for TCP/UDP FDs, server port.");
		num(LPORT, "fd.lport", FieldType.PORT, "for TCP/UDP FDs, the local port.");
		num(RPORT, "fd.rport", FieldType.PORT, "for TCP/UDP FDs, the remote port.");
		str(L4PROTO, "fd.l4proto", "the IP protocol of a socket. Can be 'tcp', 'udp', 'icmp' or 'raw'.");
		str(SOCKFAMILY, "fd.sockfamily", "the socket family for socket events. Can be 'ip' or 'unix'.");
		bool(IS_SERVER, "fd.is_server", "'true' if the process owning this FD is the server endpoint in the "
				+ "connection.");
		str(UID, "fd.uid", "a unique identifier for the FD, created by chaining the FD number and the thread ID.");
		str(CONTAINERNAME, "fd.containername", "chaining of the container ID and the FD name. Useful when trying to "
				+ "identify which container an FD belongs to.");
		str(CONTAINERDIRECTORY, "fd.containerdirectory", "chaining of the container ID and the directory name. "
				+ "Useful when trying to identify which container a directory belongs to.");
		anyOf(PROTO, "fd.proto", FieldType.PORT, "(FILTER ONLY) matches the protocol (either client or server) of "
				+ "the fd.");
		str(CPROTO, "fd.cproto", "for TCP/UDP FDs, the client protocol.");
		str(SPROTO, "fd.sproto", "for TCP/UDP FDs, server protocol.");
		str(LPROTO, "fd.lproto", "for TCP/UDP FDs, the local protocol.");
		str(RPROTO, "fd.rproto", "for TCP/UDP FDs, the remote protocol.");
		anyOf(NET, "fd.net", FieldType.IPNET, "(FILTER ONLY) matches the IP network of the fd (fd.net).");
		anyOf(CNET, "fd.cnet", FieldType.IPNET, "(FILTER ONLY) matches the IP network of the fd (fd.cnet).");
		anyOf(SNET, "fd.snet", FieldType.IPNET, "(FILTER ONLY) matches the IP network of the fd (fd.snet).");
		anyOf(LNET, "fd.lnet", FieldType.IPNET, "(FILTER ONLY) matches the IP network of the fd (fd.lnet).");
		anyOf(RNET, "fd.rnet", FieldType.IPNET, "(FILTER ONLY) matches the IP network of the fd (fd.rnet).");
		bool(CONNECTED, "fd.connected", "for TCP/UDP FDs, 'true' if the socket is connected.");
		bool(NAME_CHANGED, "fd.name_changed", "True when an event changes the name of an fd used by this event. This "
				+ "can occur in some cases such as udp connections where the connection tuple changes.");
		str(IP_NAME, "fd.cip.name", "Domain name associated with the c IP address.");
		str(IP_NAME, "fd.sip.name", "Domain name associated with the s IP address.");
		str(IP_NAME, "fd.lip.name", "Domain name associated with the l IP address.");
		str(IP_NAME, "fd.rip.name", "Domain name associated with the r IP address.");
		hex(DEV, "fd.dev", FieldType.INT64, "device number (major/minor) containing the referenced file");
		num(DEV_MAJOR, "fd.dev.major", FieldType.INT64, "major device number containing the referenced file");
		num(DEV_MINOR, "fd.dev.minor", FieldType.INT64, "minor device number containing the referenced file");
		str(NAMERAW, "fd.nameraw", "FD name without any resolution: the path as the syscall passed it.");
		otherList(TYPES, "fd.types", FieldType.STRING, FieldInfo.Argument.OPTIONAL, "the types of the fds the process "
				+ "has open (distinct); with an fd number (fd.types[0]), the type of that fd as a one-item list.");
		num(INO, "fd.ino", FieldType.INT64, "inode number of the referenced file");
		FdKind kind = new FdKind();
		cutFrom = java.util.List.of(bind("fd.name"), kind);
		kindOnly = java.util.List.of(kind);
	}

	/** What fd.directory and fd.filename are functions of: fd.name and {@link FdKind}. */
	private final java.util.List<Field<ParsedEvent>> cutFrom;
	/** What fd.typechar is a function of (with the event code): {@link FdKind}. */
	private final java.util.List<Field<ParsedEvent>> kindOnly;

	@Override
	java.util.List<Field<ParsedEvent>> decidedBy(int id, int code) {
		if (code < 0) {
			return null;
		}
		if (id == TYPECHAR) {
			return kindOnly;
		}
		if (id != DIRECTORY && id != FILENAME) {
			return null;
		}
		// a failed connect's fd.name is the event's tuple, while the cuts read the fd's own name
		return code < CONNECT_EXIT.length && CONNECT_EXIT[code] ? null : cutFrom;
	}

	/**
	 * Which of fd.directory's, fd.filename's and fd.typechar's cases an event is in: no value when
	 * the event has no fd fields ({@link #applies}), "" when it names no fd of the table, else the
	 * fd's type ({@link FdType#name()}, the same String each time). With fd.name and the event
	 * code, this decides those three fields (see the getters), so a rule mask keys on fd.name and
	 * this instead of reading them at every open. Internal: not in the catalog.
	 */
	private final class FdKind extends Field<ParsedEvent> {
		FdKind() {
			super(new FieldInfo("fd.kind", FieldType.STRING, false, FieldInfo.Argument.NONE,
					"internal: which case of the fd-derived fields the event is in"), null);
		}

		@Override
		public Object value(ParsedEvent e) {
			if (!applies(e)) {
				return null;
			}
			FdInfo f = fd(e);
			return f == null ? "" : f.type.name();
		}
	}

	@Override
	String strValue(int id, ParsedEvent e) {
		switch (id) {
		case TYPE: {
			FdInfo f = fd(e);
			return f == null ? null : FdInfo.typeName(f.type);
		}
		case TYPECHAR:
			return typechar(e);
		case NAME:
			return name(e);
		case DIRECTORY:
			return directory(e);
		case FILENAME:
			return filename(e);
		case L4PROTO: {
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
		}
		case SOCKFAMILY: {
			FdInfo f = fd(e);
			if (f == null) {
				return null;
			}
			return f.isIpSocket() ? "ip" : f.type == FdType.UNIX_SOCK ? "unix" : null;
		}
		case UID:
			return applies(e) ? Long.toString(e.thread.tid) + e.fdNum : null;
		case CONTAINERNAME: {
			String n = name(e);
			return n == null ? null : e.thread.containerId + ":" + n;
		}
		case CONTAINERDIRECTORY: {
			String d = directory(e);
			return d == null ? null : e.thread.containerId + ":" + d;
		}
		case CPROTO: {
			FdInfo f = roleFd(e);
			if (f == null) {
				return null;
			}
			return f.type == FdType.IPV4_SOCK || f.type == FdType.IPV6_SOCK ? Integer.toString(f.sport) : "";
		}
		case SPROTO: {
			FdInfo f = fd(e);
			if (f == null) {
				return null;
			}
			if (f.type == FdType.IPV4_SOCK || f.type == FdType.IPV6_SOCK) {
				return roleNone(f) ? null : Integer.toString(f.dport);
			}
			return f.isServerSocket() ? "" : null;
		}
		case LPROTO:
		case RPROTO: {
			long p = localRemotePort(e, id == LPROTO);
			return p == NA ? null : Long.toString(p);
		}
		case IP_NAME:
			return null;
		case NAMERAW: {
			FdInfo f = fd(e);
			if (f == null) {
				return null;
			}
			return f.nameRaw().isEmpty() ? f.name() : f.nameRaw();
		}
		default:
			return super.strValue(id, e);
		}
	}

	@Override
	long numValue(int id, ParsedEvent e) {
		switch (id) {
		case NUM:
			return applies(e) ? e.fdNum : NA;
		case CPORT: {
			FdInfo f = roleFd(e);
			if (f == null) {
				return NA;
			}
			if (f.type == FdType.IPV4_SOCK || f.type == FdType.IPV6_SOCK) {
				return f.sport;
			}
			// libsinsp falls through to the protocol case here and yields an empty string read as 0.
			return 0;
		}
		case SPORT: {
			FdInfo f = fd(e);
			if (f == null) {
				return NA;
			}
			if (f.type == FdType.IPV4_SOCK || f.type == FdType.IPV6_SOCK) {
				return roleNone(f) ? NA : f.dport;
			}
			return f.isServerSocket() ? f.sport : NA;
		}
		case LPORT:
		case RPORT:
			return localRemotePort(e, id == LPORT);
		case DEV: {
			FdInfo f = fd(e);
			return f == null ? NA : f.dev & 0xffffffffL;
		}
		case DEV_MAJOR: {
			FdInfo f = fd(e);
			return f == null ? NA : (f.dev & 0xfff00) >>> 8;
		}
		case DEV_MINOR: {
			FdInfo f = fd(e);
			return f == null ? NA : (f.dev & 0xff) | ((f.dev >>> 12) & 0xfff00);
		}
		case INO: {
			FdInfo f = fd(e);
			return f == null ? NA : f.ino;
		}
		default:
			return super.numValue(id, e);
		}
	}

	@Override
	int boolValue(int id, ParsedEvent e) {
		switch (id) {
		case IS_SERVER: {
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
		}
		case CONNECTED: {
			FdInfo f = fd(e);
			return f == null ? -1 : (f.flags & FdInfo.SOCKET_CONNECTED) != 0 ? 1 : 0;
		}
		case NAME_CHANGED:
			return fd(e) == null ? -1 : e.fdNameChanged() ? 1 : 0;
		default:
			return super.boolValue(id, e);
		}
	}

	@Override
	byte[] ipValue(int id, ParsedEvent e) {
		switch (id) {
		case CIP: {
			FdInfo f = roleFd(e);
			if (f == null) {
				return null;
			}
			return f.type == FdType.IPV4_SOCK ? v4(f.sip) : f.type == FdType.IPV6_SOCK ? f.sip6 : null;
		}
		case SIP: {
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
		}
		case LIP:
		case RIP:
			return localRemote(e, id == LIP);
		default:
			return super.ipValue(id, e);
		}
	}

	@Override
	java.util.List<?> listValue(int id, ParsedEvent e) {
		switch (id) {
		case IP: {
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
		}
		case PORT: {
			FdInfo f = fd(e);
			if (f == null || !f.isIpSocket()) {
				return null;
			}
			if (f.isServerSocket()) {
				return java.util.List.of((long) f.sport);
			}
			return java.util.List.of((long) f.sport, (long) f.dport);
		}
		case PROTO:
			return null;
		case NET: case CNET: case SNET: case LNET: case RNET:
			return netAddresses(e, id);
		default:
			return super.listValue(id, e);
		}
	}

	/** fd.types[N]: the fd numbered N only. */
	@Override
	Field<ParsedEvent> bindOther(int id, FieldInfo info, String argument) throws UnknownFieldException {
		if (id != TYPES) {
			return super.bindOther(id, info, argument);
		}
		long only = argument == null || argument.isBlank() ? -1 : intArgument(info, argument);
		return new Field<>(info, argument) {
			@Override
			public Object value(ParsedEvent e) {
				return fdTypes(e, only);
			}

			@Override
			public String render(ParsedEvent e) {
				return renderList(fdTypes(e, only));
			}
		};
	}

	private String filename(ParsedEvent e) {
		FdInfo f = fd(e);
		if (f == null || !(f.type == FdType.FILE || f.type == FdType.FILE_V2)) {
			return null;
		}
		String n = f.name();
		int slot = cutSlot(n);
		if (filenameOf[slot] == n) {
			return filename[slot];
		}
		int pos = n.lastIndexOf('/');
		String out = pos < 0 ? "/" : pos < n.length() - 1 ? n.substring(pos + 1) : n;
		filenameOf[slot] = n;
		filename[slot] = out;
		return out;
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

	private java.util.List<Object> netAddresses(ParsedEvent e, int which) {
		FdInfo f = fd(e);
		if (f == null || !f.isIpSocket()) {
			return null;
		}
		java.util.List<Object> out = new java.util.ArrayList<>(2);
		boolean v6 = f.isIpv6();
		Object s = v6 ? f.sip6 : v4(f.sip);
		Object d = v6 ? f.dip6 : v4(f.dip);
		if (f.isServerSocket()) {
			if (which == NET || which == SNET) {
				out.add(s);
			}
			return out;
		}
		boolean srcLocal = sourceIsLocal(f);
		switch (which) {
		case NET:
			out.add(s);
			out.add(d);
			break;
		case CNET:
			out.add(s);
			break;
		case SNET:
			out.add(d);
			break;
		case LNET:
			out.add(srcLocal ? s : d);
			break;
		default:
			out.add(srcLocal ? d : s);
			break;
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
		int slot = cutSlot(n);
		if (directoryOf[slot] == n) {
			return directory[slot];
		}
		int pos = n.lastIndexOf('/');
		String out = pos <= 0 ? "/" : pos < n.length() - 1 ? n.substring(0, pos) : n;
		directoryOf[slot] = n;
		directory[slot] = out;
		return out;
	}

	// fd.directory and fd.filename of the names they were cut from, by the name's String instance
	// (the state engine hands back the same one for a path it resolved before): many rules test
	// them on each open, and the same String back for the same name spares cutting a new one
	// (and hashing it for a list check) at every open of that file. Direct-mapped, small.
	private static final int CUTS = 8192;
	private final String[] directoryOf = new String[CUTS];
	private final String[] directory = new String[CUTS];
	private final String[] filenameOf = new String[CUTS];
	private final String[] filename = new String[CUTS];

	private static int cutSlot(String name) {
		int h = name.hashCode();
		return (h ^ (h >>> 15)) & (CUTS - 1);
	}

	/** Each fd type's letter as a String, made once: rules test fd.typechar on every open. */
	private static final String[] LETTERS = new String[FdType.values().length];

	static {
		for (FdType t : FdType.values()) {
			// interned: the same instances as the literals typechar returns for fds it does not know
			LETTERS[t.ordinal()] = String.valueOf(t.letter).intern();
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
		// applies() checked the code is in range
		return UNKNOWN_FD_LETTER[e.event.type()];
	}

	/**
	 * Per event code, fd.typechar when the engine does not know the fd (a failed open, say): by
	 * the call that makes it, looked up once instead of switching on the event's name each time.
	 */
	private static final String[] UNKNOWN_FD_LETTER = unknownFdLetters();

	private static String[] unknownFdLetters() {
		io.falcoj.event.EventTable table = io.falcoj.event.EventTable.get();
		String[] out = new String[table.size()];
		for (int code = 0; code < out.length; code++) {
			EventInfo info = table.event(code);
			out[code] = info == null ? "o" : unknownFdLetter(info.name());
		}
		return out;
	}

	private static String unknownFdLetter(String call) {
		switch (call) {
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
}

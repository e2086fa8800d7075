package io.falcoj.field.syscall;

import io.falcoj.capture.FdType;
import io.falcoj.event.Direction;
import io.falcoj.event.Event;
import io.falcoj.event.EventCategory;
import io.falcoj.event.EventFlags;
import io.falcoj.event.EventInfo;
import io.falcoj.event.EventTable;
import io.falcoj.event.ParamInfo;
import io.falcoj.event.ParamType;
import io.falcoj.field.Field;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldInfo.Argument;
import io.falcoj.field.FieldType;
import io.falcoj.field.UnknownFieldException;
import io.falcoj.state.FdInfo;
import io.falcoj.state.ParsedEvent;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code evt.*} fields (and {@code syscall.type}), with sysdig's names, arguments, types and
 * rendering. Numeric and boolean fields answer {@link Field#longValue} without boxing, and string
 * fields that name a table entry (evt.type, evt.dir, evt.category) return the table's own strings,
 * so conditions over them allocate nothing per event. Fields that print parameters (evt.args,
 * evt.arg, evt.info, evt.buffer) go through one shared {@link ParamRenderer}.
 */
public final class EvtFields implements FieldFamily {
	private static final long NS = 1_000_000_000L;
	private static final int IO_BASE = 32;
	private static final int PPM_O_RDONLY = 1;
	private static final int PPM_O_WRONLY = 2;
	private static final int PPM_O_CREAT = 4;
	private static final int PPM_S_IXALL = 0111;
	private static final long AT_FDCWD = -100;

	private enum Id {
		NUM, TIME, TIME_S, TIME_ISO8601, DATETIME, DATETIME_S, RAWTIME, RAWTIME_S, RAWTIME_NS, RELTIME, RELTIME_S,
		RELTIME_NS, PLUGINNAME, PLUGININFO, LATENCY, LATENCY_S, LATENCY_NS, LATENCY_HUMAN, DELTATIME, DELTATIME_S,
		DELTATIME_NS, DIR, TYPE, TYPE_IS, SYSCALL_TYPE, CATEGORY, CPU, ARGS, ARG, RAWARG, INFO, BUFFER, BUFLEN, RES,
		RAWRES, FAILED, IS_IO, IS_IO_READ, IS_IO_WRITE, IO_DIR, IS_WAIT, WAIT_LATENCY, IS_SYSLOG, COUNT, COUNT_ERROR,
		COUNT_ERROR_FILE, COUNT_ERROR_NET, COUNT_ERROR_MEMORY, COUNT_ERROR_OTHER, COUNT_EXIT, ABSPATH, IS_OPEN_READ,
		IS_OPEN_WRITE, IS_OPEN_EXEC
	}

	private static final String[] DIR_SYMBOLS = {">", "<"};

	private final EventState state;
	private final ParamRenderer renderer;
	private final List<FieldInfo> fields = new ArrayList<>();
	private final Id[] ids;
	private final EventTable table = EventTable.get();
	private final boolean[] openFamily;
	/** Per event code: the index of its "flags" and "mode" parameters, or -1 (the evt.is_open_* fields run on every open). */
	private final int[] flagsParam;
	private final int[] modeParam;
	private final boolean[] failureFile;
	private final boolean[] failureNet;
	private final int[] abspathKind;
	private final boolean[] cloneExit;
	public EvtFields(EventState state) {
		this.state = state;
		this.renderer = new ParamRenderer(state);
		add("evt.num", FieldType.UINT64, "event number.");
		add("evt.time", FieldType.STRING, "event timestamp as a time string that includes the nanosecond part.");
		add("evt.time.s", FieldType.STRING, "event timestamp as a time string with no nanoseconds.");
		add("evt.time.iso8601", FieldType.STRING,
				"event timestamp in ISO 8601 format, including nanoseconds and time zone offset (in UTC).");
		add("evt.datetime", FieldType.STRING, "event timestamp as a time string that includes the date.");
		add("evt.datetime.s", FieldType.STRING, "event timestamp as a datetime string with no nanoseconds.");
		add("evt.rawtime", FieldType.ABSTIME, "absolute event timestamp, i.e. nanoseconds from epoch.");
		add("evt.rawtime.s", FieldType.ABSTIME, "integer part of the event timestamp (e.g. seconds since epoch).");
		add("evt.rawtime.ns", FieldType.ABSTIME, "fractional part of the absolute event timestamp.");
		add("evt.reltime", FieldType.RELTIME, "number of nanoseconds from the beginning of the capture.");
		add("evt.reltime.s", FieldType.RELTIME, "number of seconds from the beginning of the capture.");
		add("evt.reltime.ns", FieldType.RELTIME, "fractional part (in ns) of the time from the beginning of the capture.");
		add("evt.pluginname", FieldType.STRING, "if the event comes from a plugin, the name of the plugin that generated it. "
				+ "The plugin must be currently loaded.");
		add("evt.plugininfo", FieldType.STRING, "if the event comes from a plugin, a summary of the event as formatted by "
				+ "the plugin. The plugin must be currently loaded.");
		add("evt.latency", FieldType.RELTIME,
				"delta between an exit event and the correspondent enter event, in nanoseconds.");
		add("evt.latency.s", FieldType.RELTIME, "integer part of the event latency delta.");
		add("evt.latency.ns", FieldType.RELTIME, "fractional part of the event latency delta.");
		add("evt.latency.human", FieldType.STRING,
				"delta between an exit event and the correspondent enter event, as a human readable string (e.g. 10.3ms).");
		add("evt.deltatime", FieldType.RELTIME, "delta between this event and the previous event, in nanoseconds.");
		add("evt.deltatime.s", FieldType.RELTIME, "integer part of the delta between this event and the previous event.");
		add("evt.deltatime.ns", FieldType.RELTIME,
				"fractional part of the delta between this event and the previous event.");
		add("evt.dir", FieldType.STRING, "event direction can be either '>' for enter events or '<' for exit events.");
		add("evt.type", FieldType.STRING, "The name of the event (e.g. 'open').");
		add("evt.type.is", FieldType.UINT64, Argument.REQUIRED, "allows one to specify an event type, and returns 1 for "
				+ "events that are of that type. For example, evt.type.is.open returns 1 for open events, 0 for any other event.");
		add("syscall.type", FieldType.STRING, "For system call events, the name of the system call (e.g. 'open'). Unset "
				+ "for other events (e.g. switch or internal events). Use this field instead of evt.type if you need to make "
				+ "sure that the filtered/printed value is actually a system call.");
		add("evt.category", FieldType.STRING, "The event category. Example values are 'file' (for file operations like "
				+ "open and close), 'net' (for network operations like socket and bind), memory (for things like brk or "
				+ "mmap), and so on.");
		add("evt.cpu", FieldType.INT64, "number of the CPU where this event happened.");
		add("evt.args", FieldType.STRING, "all the event arguments, aggregated into a single string.");
		add("evt.arg", FieldType.STRING, Argument.REQUIRED, "one of the event arguments specified by name or by number. "
				+ "Some events (e.g. return codes or FDs) will be converted into a text representation when possible. "
				+ "E.g. 'evt.arg.fd' or 'evt.arg[0]'.");
		add("evt.rawarg", FieldType.STRING, Argument.REQUIRED,
				"one of the event arguments specified by name. E.g. 'evt.rawarg.fd'.");
		add("evt.info", FieldType.STRING, "for most events, this field returns the same value as evt.args. However, for "
				+ "some events (like writes to /dev/log) it provides higher level information coming from decoding the arguments.");
		add("evt.buffer", FieldType.BYTES, "the binary data buffer for events that have one, like read(), recvfrom(), "
				+ "etc. Use this field in filters with 'contains' to search into I/O data buffers.");
		add("evt.buflen", FieldType.UINT64,
				"the length of the binary data buffer for events that have one, like read(), recvfrom(), etc.");
		add("evt.res", FieldType.STRING, "event return value, as a string. If the event failed, the result is an error "
				+ "code string (e.g. 'ENOENT'), otherwise the result is the string 'SUCCESS'.");
		add("evt.rawres", FieldType.INT64, "event return value, as a number (e.g. -2). Useful for range comparisons.");
		add("evt.failed", FieldType.BOOL, "'true' for events that returned an error status.");
		add("evt.is_io", FieldType.BOOL, "'true' for events that read or write to FDs, like read(), send, recvfrom(), etc.");
		add("evt.is_io_read", FieldType.BOOL, "'true' for events that read from FDs, like read(), recv(), recvfrom(), etc.");
		add("evt.is_io_write", FieldType.BOOL, "'true' for events that write to FDs, like write(), send(), etc.");
		add("evt.io_dir", FieldType.STRING,
				"'r' for events that read from FDs, like read(); 'w' for events that write to FDs, like write().");
		add("evt.is_wait", FieldType.BOOL, "'true' for events that make the thread wait, e.g. sleep(), select(), poll().");
		add("evt.wait_latency", FieldType.RELTIME, "for events that make the thread wait (e.g. sleep(), select(), "
				+ "poll()), this is the time spent waiting for the event to return, in nanoseconds.");
		add("evt.is_syslog", FieldType.BOOL, "'true' for events that are writes to /dev/log.");
		add("evt.count", FieldType.UINT64,
				"This filter field always returns 1 and can be used to count events from inside chisels.");
		add("evt.count.error", FieldType.UINT64, "This filter field returns 1 for events that returned with an error, "
				+ "and can be used to count event failures from inside chisels.");
		add("evt.count.error.file", FieldType.UINT64, "This filter field returns 1 for events that returned with an "
				+ "error and are related to file I/O, and can be used to count event failures from inside chisels.");
		add("evt.count.error.net", FieldType.UINT64, "This filter field returns 1 for events that returned with an "
				+ "error and are related to network I/O, and can be used to count event failures from inside chisels.");
		add("evt.count.error.memory", FieldType.UINT64, "This filter field returns 1 for events that returned with an "
				+ "error and are related to memory allocation, and can be used to count event failures from inside chisels.");
		add("evt.count.error.other", FieldType.UINT64, "This filter field returns 1 for events that returned with an "
				+ "error and are related to none of the previous categories, and can be used to count event failures from "
				+ "inside chisels.");
		add("evt.count.exit", FieldType.UINT64, "This filter field returns 1 for exit events, and can be used to count "
				+ "single events from inside chisels.");
		add("evt.abspath", FieldType.STRING, Argument.OPTIONAL, "Absolute path calculated from dirfd and name during "
				+ "syscalls like renameat and symlinkat. Use 'evt.abspath.src' or 'evt.abspath.dst' for syscalls that "
				+ "support multiple paths.");
		add("evt.is_open_read", FieldType.BOOL,
				"'true' for open/openat/openat2 events where the path was opened for reading");
		add("evt.is_open_write", FieldType.BOOL,
				"'true' for open/openat/openat2 events where the path was opened for writing");
		add("evt.is_open_exec", FieldType.BOOL,
				"'true' for open/openat/openat2 or creat events where a file is created with execute permissions");
		ids = Id.values();

		int n = table.size();
		openFamily = new boolean[n];
		flagsParam = new int[n];
		modeParam = new int[n];
		java.util.Arrays.fill(flagsParam, -1);
		java.util.Arrays.fill(modeParam, -1);
		failureFile = new boolean[n];
		failureNet = new boolean[n];
		abspathKind = new int[n];
		cloneExit = new boolean[n];
		for (int code = 0; code < n; code++) {
			EventInfo e = table.event(code);
			if (e == null) {
				continue;
			}
			boolean exit = e.direction() == Direction.EXIT;
			boolean old = e.hasFlag(EventFlags.OLD_VERSION);
			flagsParam[code] = e.paramIndex("flags");
			modeParam[code] = e.paramIndex("mode");
			String name = e.name();
			boolean open = (name.equals("open") && exit) || (name.equals("openat") && (old ? !exit : exit))
					|| (name.equals("openat2") && exit);
			openFamily[code] = open;
			failureFile[code] = open || (name.equals("creat") && exit);
			failureNet[code] = exit && (name.equals("accept") || name.equals("accept4") || name.equals("connect"));
			abspathKind[code] = abspathKindOf(name, exit, old);
			cloneExit[code] = exit && (name.equals("clone") || name.equals("fork") || name.equals("vfork")
					|| name.equals("clone3"));
		}
	}

	/** Which dirfd/path pair evt.abspath reads for this event (libsinsp's list): 0 none, else a kind below. */
	private static int abspathKindOf(String name, boolean exit, boolean old) {
		switch (name) {
		case "renameat":
			return exit ? 1 : 0;
		case "symlinkat":
			return exit ? 2 : 0;
		case "openat":
			return (old ? !exit : exit) ? 3 : 0;
		case "linkat":
			return (old ? !exit : exit) ? 4 : 0;
		case "unlinkat":
			return (old ? !exit : exit) ? 5 : 0;
		case "mkdirat":
			return exit ? 6 : 0;
		default:
			return 0;
		}
	}

	/** The renderer the parameter fields use; set its buffer format for -A, -j... */
	public ParamRenderer renderer() {
		return renderer;
	}

	public EvtFields zone(ZoneId zone) {
		renderer.zone(zone);
		return this;
	}

	private void add(String name, FieldType type, String description) {
		add(name, type, Argument.NONE, description);
	}

	private void add(String name, FieldType type, Argument arg, String description) {
		fields.add(new FieldInfo(name, type, false, arg, description));
	}

	@Override
	public List<FieldInfo> fields() {
		return List.copyOf(fields);
	}

	@Override
	public Field<ParsedEvent> bind(FieldInfo info, String argument) throws UnknownFieldException {
		int index = fields.indexOf(info);
		if (index < 0) {
			throw new UnknownFieldException("not an evt field: " + info.name());
		}
		Id id = ids[index];
		switch (id) {
		case LATENCY, LATENCY_S, LATENCY_NS, LATENCY_HUMAN, WAIT_LATENCY -> state.latencyNeeded();
		default -> {
		}
		}
		switch (id) {
		case TYPE_IS -> {
			return new TypeIs(info, argument);
		}
		case ARG -> {
			return argument(info, argument, false);
		}
		case RAWARG -> {
			return argument(info, argument, true);
		}
		case ABSPATH -> {
			if (argument != null && !argument.equals("src") && !argument.equals("dst")) {
				throw new UnknownFieldException("evt.abspath takes .src or .dst, not " + argument);
			}
			return new EvtField(info, argument, id, "dst".equals(argument) ? 2 : "src".equals(argument) ? 1 : 0);
		}
		case DELTATIME, DELTATIME_S, DELTATIME_NS -> {
			return new DeltaTime(info, id);
		}
		default -> {
			return new EvtField(info, argument, id, 0);
		}
		}
	}

	private Field<ParsedEvent> argument(FieldInfo info, String argument, boolean raw) throws UnknownFieldException {
		if (argument == null || argument.isEmpty()) {
			throw new UnknownFieldException(info.name() + " needs an argument name or number");
		}
		boolean numeric = allDigits(argument);
		if (numeric && !raw) {
			return new ArgField(info, argument, Integer.parseInt(argument), null, null);
		}
		ParamInfo param = longestMatchingParam(argument);
		if (param == null) {
			throw new UnknownFieldException("unknown event argument " + argument);
		}
		if (!param.name().equals(argument)) {
			throw new UnknownFieldException("unknown event argument " + argument);
		}
		FieldInfo typed = raw ? new FieldInfo(info.name(), rawType(param.type()), false, info.argument(),
				info.description()) : info;
		return new ArgField(typed, argument, -1, param.name(), raw ? param : null);
	}

	/** True when every char is a digit (true for ""). A loop, not a stream and method reference linked at bind. */
	private static boolean allDigits(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (!Character.isDigit(s.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** The parameter, of any event, whose name is the longest prefix of {@code name} (libsinsp's lookup). */
	private ParamInfo longestMatchingParam(String name) {
		// The caller keeps only an exact match, which is then the longest prefix there is, and
		// the first such of the scan: the first parameter of that name in code order. A map made
		// once; the scan of every event's parameters per evt.arg field was a few ms of start-up.
		if (paramsByName == null) {
			Map<String, ParamInfo> m = new HashMap<>();
			for (int code = 0; code < table.size(); code++) {
				EventInfo e = table.event(code);
				if (e != null) {
					for (ParamInfo p : e.params()) {
						m.putIfAbsent(p.name(), p);
					}
				}
			}
			paramsByName = m;
		}
		return paramsByName.get(name);
	}

	private Map<String, ParamInfo> paramsByName;

	private static FieldType rawType(ParamType t) {
		switch (t) {
		case INT8: case INT16: case INT32: case INT64: case ERRNO: case FD: case PID:
			return FieldType.INT64;
		case UINT8: case UINT16: case UINT32: case UINT64: case FLAGS8: case FLAGS16: case FLAGS32: case UID: case GID:
		case MODE: case ENUMFLAGS8: case ENUMFLAGS16: case ENUMFLAGS32: case SIGTYPE: case SIGSET: case SYSCALLID:
		case L4PROTO: case SOCKFAMILY:
			return FieldType.UINT64;
		case RELTIME:
			return FieldType.RELTIME;
		case ABSTIME:
			return FieldType.ABSTIME;
		case PORT:
			return FieldType.PORT;
		case BOOL:
			return FieldType.BOOL;
		case DOUBLE:
			return FieldType.DOUBLE;
		case CHARBUF: case FSPATH: case FSRELPATH:
			return FieldType.STRING;
		default:
			return FieldType.BYTES;
		}
	}

	// ---- shared helpers over the current event ----

	/** The index of the parameter named {@code name} in this event, or -1. */
	/** As {@link #paramIndex(Event, String)}, from a per-code index table made once. */
	private static int param(Event e, int[] byCode) {
		int i = byCode[e.type()];
		return i < e.paramCount() ? i : -1;
	}

	static int paramIndex(Event e, String name) {
		EventInfo info = e.info();
		if (info == null) {
			return -1;
		}
		List<ParamInfo> params = info.params();
		int n = Math.min(e.paramCount(), params.size());
		for (int i = 0; i < n; i++) {
			// names come from the table and are compared by content once per param: short strings, no allocation
			if (params.get(i).name().equals(name)) {
				return i;
			}
		}
		return -1;
	}

	/** The result parameter: "res", or "fd" for exit events that create an fd; -1 when none. */
	/**
	 * The event's result parameter: "res", else the "fd" of an exit that creates one; -1 when
	 * the event does not carry it. The table's indexes are found once per code ({@link #RESULT_PARAMS}).
	 */
	private static int resultIndex(Event e) {
		int code = e.type();
		if (code < 0 || code >= RESULT_PARAMS.length) {
			return -1;
		}
		int i = RESULT_PARAMS[code] & 0xffff;
		if (i != 0xffff && i < e.paramCount()) {
			return i;
		}
		int f = RESULT_PARAMS[code] >>> 16;
		return f != 0xffff && f < e.paramCount() ? f : -1;
	}

	/** Per event code: the index of "res" (low 16 bits) and of a created "fd" (high 16 bits), 0xffff for none. */
	private static final int[] RESULT_PARAMS = resultParams();

	private static int[] resultParams() {
		EventTable t = EventTable.get();
		int[] out = new int[t.size()];
		for (int code = 0; code < out.length; code++) {
			EventInfo info = t.event(code);
			int res = info == null ? -1 : info.paramIndex("res");
			int fd = info != null && info.hasFlag(EventFlags.CREATES_FD) && info.direction() == Direction.EXIT ? info.paramIndex("fd") : -1;
			out[code] = (res < 0 ? 0xffff : res) | (fd < 0 ? 0xffff : fd) << 16;
		}
		return out;
	}

	private static boolean isInternal(Event e) {
		return e.info() == null || e.info().category() == EventCategory.INTERNAL;
	}

	private static int flags(Event e) {
		return e.info() == null ? 0 : e.info().flags();
	}

	private String typeName(Event e) {
		EventInfo info = e.info();
		if (info == null) {
			return null;
		}
		if (info.code() <= 1 && e.paramCount() > 0) {
			String name = table.syscallName((int) e.paramUnsigned(0));
			return name == null ? "" : name;
		}
		return info.name();
	}

	/** evt.category's text for each table category, made once (conditions on it then allocate nothing). */
	private static final String[] CATEGORY_LABELS = new String[EventCategory.values().length];

	static {
		for (EventCategory c : EventCategory.values()) {
			CATEGORY_LABELS[c.ordinal()] = switch (c) {
			case IPC -> "IPC";
			case INTERNAL, PLUGIN -> "unknown";
			default -> c.label();
			};
		}
	}

	/**
	 * evt.category of generic events, by ppm_sc code (libscap's syscall table). In a holder class:
	 * read at the first evt.category of a generic event, not at every start of every tool (reading
	 * the table was about 5 ms of falco-inspect's start).
	 */
	private static final class SyscallCategories {
		static final String[] TABLE = loadSyscallCategories();
	}

	private static String[] loadSyscallCategories() {
		java.util.Map<Integer, String> m = new java.util.HashMap<>();
		try (java.io.InputStream in = EvtFields.class.getResourceAsStream("syscall-categories.table")) {
			if (in == null) {
				throw new IllegalStateException("syscall-categories.table is missing from the classpath");
			}
			java.io.BufferedReader r = new java.io.BufferedReader(new java.io.InputStreamReader(in,
					java.nio.charset.StandardCharsets.US_ASCII));
			String line;
			while ((line = r.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				// The first two blank-separated words; no regex split (a Pattern per line, at every start).
				String t = line.strip();
				int gap = 0;
				while (gap < t.length() && !Character.isWhitespace(t.charAt(gap))) {
					gap++;
				}
				String rest = t.substring(gap).strip();
				int end = 0;
				while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
					end++;
				}
				m.put(Integer.parseInt(t.substring(0, gap)), rest.substring(0, end).intern());
			}
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		int max = -1;
		for (int k : m.keySet()) {
			max = Math.max(max, k);
		}
		String[] out = new String[max + 1];
		for (java.util.Map.Entry<Integer, String> e : m.entrySet()) {
			out[e.getKey()] = e.getValue();
		}
		return out;
	}

	/** evt.category: the table's category; for I/O events, what the fd is (file, net, ipc), as libsinsp refines it. */
	private static String category(ParsedEvent pe) {
		EventInfo info = pe.event.info();
		if (info == null) {
			return "unknown";
		}
		if (info.code() <= 1 && pe.event.paramCount() > 0) {
			int id = (int) pe.event.paramUnsigned(0);
			String[] categories = SyscallCategories.TABLE;
			String c = id < categories.length ? categories[id] : null;
			return c == null ? "unknown" : c;
		}
		EventCategory c = info.category();
		if ((c.code & IO_BASE) != 0) {
			FdInfo fd = pe.fd;
			if (fd == null) {
				return "unknown";
			}
			switch (fd.type) {
			case FILE, FILE_V2, DIRECTORY:
				return "file";
			case IPV4_SOCK, IPV6_SOCK, IPV4_SERVSOCK, IPV6_SERVSOCK:
				return "net";
			case FIFO, UNIX_SOCK, EVENT, SIGNALFD, INOTIFY, USERFAULTFD:
				return "ipc";
			default:
				return "unknown";
			}
		}
		return CATEGORY_LABELS[c.ordinal()];
	}

	/**
	 * A clone/fork exit in a child that this very event created (the child ran before its parent's
	 * exit, as with vfork): libsinsp makes the thread while it parses the event, and the event
	 * itself carries none, which shows in the fields that read it.
	 */
	private boolean inNewChild(ParsedEvent pe) {
		Event e = pe.event;
		if (!cloneExit[e.type()] || pe.thread.cloneTs != e.ts()) {
			return false;
		}
		int r = paramIndex(e, "res");
		return r >= 0 && e.paramLong(r) == 0;
	}

	private long latency(ParsedEvent pe) {
		return pe.thread == null ? 0 : state.latency(pe);
	}

	private static boolean failed(Event e, int resIndex) {
		return resIndex >= 0 && e.paramLong(resIndex) < 0;
	}

	private boolean errorCount(ParsedEvent pe, int kind) {
		Event e = pe.event;
		int r = paramIndex(e, "res");
		if (r < 0) {
			EventInfo info = e.info();
			if (info == null || !info.hasFlag(EventFlags.CREATES_FD) || info.direction() != Direction.EXIT) {
				return false;
			}
			r = paramIndex(e, "fd");
		}
		if (!failed(e, r)) {
			return false;
		}
		FdInfo fd = pe.fd;
		boolean fileFd = fd != null && (fd.type == FdType.FILE || fd.type == FdType.FILE_V2 || fd.type == FdType.DIRECTORY);
		boolean netFd = fd != null && (fd.type == FdType.IPV4_SOCK || fd.type == FdType.IPV6_SOCK
				|| fd.type == FdType.IPV4_SERVSOCK || fd.type == FdType.IPV6_SERVSOCK || fd.type == FdType.UNIX_SOCK);
		int code = e.type();
		boolean memory = e.info().category() == EventCategory.MEMORY;
		switch (kind) {
		case 1:
			return fd != null ? fileFd : failureFile[code];
		case 2:
			return fd != null ? netFd : failureNet[code];
		case 3:
			return memory;
		case 4:
			return fd != null ? !(fileFd || netFd) : !(failureFile[code] || failureNet[code] || memory);
		default:
			return true;
		}
	}

	private boolean isOpen(ParsedEvent pe, int bit) {
		Event e = pe.event;
		if (!openFamily[e.type()]) {
			return false;
		}
		int f = param(e, flagsParam);
		return f >= 0 && (e.paramUnsigned(f) & bit) != 0;
	}

	private boolean isOpenExec(ParsedEvent pe) {
		Event e = pe.event;
		int code = e.type();
		boolean creat = failureFile[code] && !openFamily[code];
		if (!failureFile[code]) {
			return false;
		}
		int f = param(e, flagsParam);
		int m = param(e, modeParam);
		boolean creates = creat || (f >= 0 && (e.paramUnsigned(f) & PPM_O_CREAT) != 0);
		return creates && m >= 0 && (e.paramUnsigned(m) & PPM_S_IXALL) != 0;
	}

	private String abspath(ParsedEvent pe, int which) {
		Event e = pe.event;
		if (pe.thread == null) {
			return null;
		}
		String dirArg;
		String pathArg;
		switch (abspathKind[e.type()]) {
		case 1 -> {
			dirArg = which == 2 ? "newdirfd" : "olddirfd";
			pathArg = which == 2 ? "newpath" : "oldpath";
		}
		case 2 -> {
			dirArg = "linkdirfd";
			pathArg = "linkpath";
		}
		case 3, 5 -> {
			dirArg = "dirfd";
			pathArg = "name";
		}
		case 4 -> {
			dirArg = which == 2 ? "newdir" : "olddir";
			pathArg = which == 2 ? "newpath" : "oldpath";
		}
		case 6 -> {
			dirArg = "dirfd";
			pathArg = "path";
		}
		default -> {
			return null;
		}
		}
		int d = paramIndex(e, dirArg);
		int p = paramIndex(e, pathArg);
		if (d < 0 || p < 0) {
			return null;
		}
		long dirfd = e.paramLong(d);
		ByteBuffer buf = e.buffer();
		int at = e.paramOffset(p);
		int end = at;
		while (end < at + e.paramLength(p) && buf.get(end) != 0) {
			end++;
		}
		String dir;
		if (end > at && buf.get(at) == '/') {
			dir = "";
		} else if (dirfd == AT_FDCWD) {
			dir = state.cwd(pe.thread);
		} else {
			FdInfo fd = state.fd(pe.thread, dirfd);
			dir = fd == null ? "<UNKNOWN>/" : fd.name() + "/";
		}
		StringBuilder sb = new StringBuilder(dir.length() + end - at);
		sb.append(dir);
		ParamRenderer.appendNormalizedPath(sb, dir.length(), buf, at, end);
		return sb.toString();
	}

	private String time(long ts, Id id) {
		ZonedDateTime t = ZonedDateTime.ofInstant(Instant.ofEpochSecond(Long.divideUnsigned(ts, NS)), renderer.zone());
		long ns = Long.remainderUnsigned(ts, NS);
		StringBuilder sb = new StringBuilder(40);
		switch (id) {
		case TIME, TIME_S -> ParamRenderer.appendTime(sb, t);
		case DATETIME, DATETIME_S -> {
			ParamRenderer.appendDate(sb, t);
			sb.append(' ');
			ParamRenderer.appendTime(sb, t);
		}
		default -> {
			ParamRenderer.appendDate(sb, t);
			sb.append('T');
			ParamRenderer.appendTime(sb, t);
		}
		}
		if (id == Id.TIME || id == Id.DATETIME || id == Id.TIME_ISO8601) {
			sb.append('.');
			CFormat.appendPadded(sb, ns, 9);
		}
		if (id == Id.TIME_ISO8601) {
			int offset = t.getOffset().getTotalSeconds() / 60;
			sb.append(offset < 0 ? '-' : '+');
			CFormat.appendPadded(sb, Math.abs(offset) / 60, 2);
			CFormat.appendPadded(sb, Math.abs(offset) % 60, 2);
		}
		return sb.toString();
	}

	/** A latency in libsinsp's "human" form: 653ns, 3.95us, 120us, 1.20ms, 15ms, 2.05s, 3:07, 01:02:03 (truncated, not rounded). */
	static String human(long ns) {
		StringBuilder sb = new StringBuilder(12);
		long v = ns;
		if (Long.compareUnsigned(v, 3600 * NS) >= 0) {
			CFormat.appendPadded(sb, v / (3600 * NS), 2);
			sb.append(':');
			CFormat.appendPadded(sb, (v / (60 * NS)) % 60, 2);
			sb.append(':');
			CFormat.appendPadded(sb, (v / NS) % 60, 2);
		} else if (v >= 60 * NS) {
			sb.append(v / (60 * NS)).append(':').append((v / NS) % 60);
		} else if (v >= NS) {
			sb.append(v / NS).append('.');
			CFormat.appendPadded(sb, (v % NS) / 10_000_000, 2);
			sb.append('s');
		} else if (v >= NS / 100) {
			sb.append(v / 1_000_000).append("ms");
		} else if (v >= NS / 1000) {
			sb.append(v / 1_000_000).append('.');
			CFormat.appendPadded(sb, (v % 1_000_000) / 10_000, 2);
			sb.append("ms");
		} else if (v >= NS / 100_000) {
			sb.append(v / 1000).append("us");
		} else if (v >= NS / 1_000_000) {
			sb.append(v / 1000).append('.');
			CFormat.appendPadded(sb, (v % 1000) / 10, 2);
			sb.append("us");
		} else {
			sb.append(v).append("ns");
		}
		return sb.toString();
	}

	// ---- the field classes ----

	/** Fields that print differently in sysdig's JSON than their value (the time strings print the raw ts there). */
	public interface JsonValued {
		Object jsonValue(ParsedEvent pe);
	}

	private final class EvtField extends Field<ParsedEvent> implements JsonValued {
		private final Id id;
		private final int which;
		private String lastHuman = "";

		/** Numeric and boolean fields (read through {@link #number}); decided once, asked per event. */
		private final boolean numeric;
		private final boolean bool;

		EvtField(FieldInfo info, String argument, Id id, int which) {
			super(info, argument);
			this.id = id;
			this.which = which;
			FieldType t = info.type();
			this.numeric = t.isNumeric() || t == FieldType.BOOL || id == Id.CPU;
			this.bool = t == FieldType.BOOL;
		}

		private static final long ABSENT = Long.MIN_VALUE;

		/** Numeric and boolean fields: the value, or {@link #ABSENT}. */
		private long number(ParsedEvent pe) {
			Event e = pe.event;
			switch (id) {
			case NUM:
				return pe.num;
			case RAWTIME:
				return e.ts();
			case RAWTIME_S:
				return Long.divideUnsigned(e.ts(), NS);
			case RAWTIME_NS:
				return Long.remainderUnsigned(e.ts(), NS);
			case RELTIME:
				return e.ts() - state.firstEventTs();
			case RELTIME_S:
				return Long.divideUnsigned(e.ts() - state.firstEventTs(), NS);
			case RELTIME_NS:
				return Long.remainderUnsigned(e.ts() - state.firstEventTs(), NS);
			case LATENCY:
				return isInternal(e) && pe.thread != null ? ABSENT : latency(pe);
			case LATENCY_S:
				return isInternal(e) && pe.thread != null ? ABSENT : Long.divideUnsigned(latency(pe), NS);
			case LATENCY_NS:
				return isInternal(e) && pe.thread != null ? ABSENT : Long.remainderUnsigned(latency(pe), NS);
			case CPU:
				return pe.cpu;
			case BUFLEN: {
				if (pe.fd == null || e.info() == null || (e.info().category().code & IO_BASE) == 0
						|| e.info().direction() != Direction.EXIT || e.paramCount() == 0) {
					return ABSENT;
				}
				long r = e.paramLong(0);
				return r >= 0 ? r : ABSENT;
			}
			case RAWRES: {
				int r = resultIndex(e);
				return r < 0 ? ABSENT : e.paramLong(r);
			}
			case FAILED:
				return failed(e, resultIndex(e)) ? 1 : 0;
			case IS_IO:
				return (flags(e) & (EventFlags.READS_FROM_FD | EventFlags.WRITES_TO_FD)) != 0 ? 1 : 0;
			case IS_IO_READ:
				return (flags(e) & EventFlags.READS_FROM_FD) != 0 ? 1 : 0;
			case IS_IO_WRITE:
				return (flags(e) & EventFlags.WRITES_TO_FD) != 0 ? 1 : 0;
			case IS_WAIT:
				return (flags(e) & EventFlags.WAITS) != 0 ? 1 : 0;
			case WAIT_LATENCY:
				return (flags(e) & EventFlags.WAITS) != 0 && e.info().direction() == Direction.EXIT ? latency(pe) : ABSENT;
			case IS_SYSLOG:
				return (flags(e) & EventFlags.WRITES_TO_FD) != 0 && pe.fd != null && pe.fd.name().contains("/dev/log") ? 1 : 0;
			case COUNT:
				return 1;
			case COUNT_ERROR:
				return errorCount(pe, 0) ? 1 : ABSENT;
			case COUNT_ERROR_FILE:
				return errorCount(pe, 1) ? 1 : ABSENT;
			case COUNT_ERROR_NET:
				return errorCount(pe, 2) ? 1 : ABSENT;
			case COUNT_ERROR_MEMORY:
				return errorCount(pe, 3) ? 1 : ABSENT;
			case COUNT_ERROR_OTHER:
				return errorCount(pe, 4) ? 1 : ABSENT;
			case COUNT_EXIT:
				return e.info() != null && e.info().direction() == Direction.EXIT ? 1 : ABSENT;
			case IS_OPEN_READ:
				return isOpen(pe, PPM_O_RDONLY) ? 1 : 0;
			case IS_OPEN_WRITE:
				return isOpen(pe, PPM_O_WRONLY) ? 1 : 0;
			case IS_OPEN_EXEC:
				return isOpenExec(pe) ? 1 : 0;
			default:
				return ABSENT;
			}
		}

		private String string(ParsedEvent pe) {
			Event e = pe.event;
			switch (id) {
			case TIME, TIME_S, TIME_ISO8601, DATETIME, DATETIME_S:
				return time(e.ts(), id);
			case LATENCY_HUMAN:
				if (pe.thread == null || inNewChild(pe)) {
					// libsinsp leaves the field's text as the last event left it
					return lastHuman;
				}
				if (isInternal(e)) {
					return null;
				}
				lastHuman = human(latency(pe));
				return lastHuman;
			case DIR:
				return e.info() == null ? null : DIR_SYMBOLS[e.info().direction().ordinal()];
			case TYPE:
				return typeName(e);
			case SYSCALL_TYPE: {
				EventInfo info = e.info();
				if (info == null || info.category() == EventCategory.INTERNAL || info.hasFlag(EventFlags.SKIPPARSERESET)
						|| info.name().equals("switch")) {
					return null;
				}
				return typeName(e);
			}
			case CATEGORY:
				return category(pe);
			case ARGS, INFO: {
				if (e.info() == null) {
					return null;
				}
				if (e.info().code() <= 1) {
					return "";
				}
				StringBuilder sb = new StringBuilder(128);
				renderer.appendArgs(pe, sb);
				return sb.toString();
			}
			case BUFFER: {
				int d = paramIndex(e, "data");
				if (d < 0) {
					return null;
				}
				renderer.render(pe, d);
				return renderer.raw().toString();
			}
			case RES: {
				int r = resultIndex(e);
				if (r < 0) {
					return null;
				}
				long v = e.paramLong(r);
				if (v >= 0) {
					return "SUCCESS";
				}
				return failedResult(pe, r, v);
			}
			case IO_DIR: {
				int f = flags(e);
				return (f & EventFlags.WRITES_TO_FD) != 0 ? "write" : (f & EventFlags.READS_FROM_FD) != 0 ? "read" : null;
			}
			case ABSPATH:
				return abspath(pe, which);
			default:
				return null;
			}
		}

		private boolean isNumeric() {
			return numeric;
		}

		@Override
		public Object value(ParsedEvent pe) {
			if (id == Id.BUFFER) {
				int d = paramIndex(pe.event, "data");
				return d < 0 ? null : pe.event.paramBytes(d);
			}
			if (isNumeric()) {
				long v = number(pe);
				if (v == ABSENT) {
					return null;
				}
				return bool ? Boolean.valueOf(v != 0) : Long.valueOf(v);
			}
			return string(pe);
		}

		@Override
		public long longValue(ParsedEvent pe, long absent) {
			if (!isNumeric()) {
				return super.longValue(pe, absent);
			}
			long v = number(pe);
			return v == ABSENT ? absent : v;
		}

		/** The fields whose value the event table decides, read the same way {@link #number}/{@link #string} do. */
		@Override
		public Object valueForCode(int code) {
			EventInfo info = table.event(code);
			if (info == null) {
				return VARIES;
			}
			switch (id) {
			case DIR:
				return DIR_SYMBOLS[info.direction().ordinal()];
			case TYPE:
				// the generic events name their syscall in a parameter
				return info.code() <= 1 ? VARIES : info.name();
			case IS_OPEN_READ, IS_OPEN_WRITE:
				return openFamily[code] && flagsParam[code] >= 0 ? VARIES : Boolean.FALSE;
			case IS_OPEN_EXEC:
				return failureFile[code] ? VARIES : Boolean.FALSE;
			case IS_IO:
				return (info.flags() & (EventFlags.READS_FROM_FD | EventFlags.WRITES_TO_FD)) != 0;
			case IS_IO_READ:
				return (info.flags() & EventFlags.READS_FROM_FD) != 0;
			case IS_IO_WRITE:
				return (info.flags() & EventFlags.WRITES_TO_FD) != 0;
			case IS_WAIT:
				return (info.flags() & EventFlags.WAITS) != 0;
			case RES, RAWRES:
				// resultIndex finds neither parameter in any event of this code
				return info.paramIndex("res") < 0
						&& !(info.hasFlag(EventFlags.CREATES_FD) && info.direction() == Direction.EXIT && info.paramIndex("fd") >= 0)
						? null : VARIES;
			default:
				return VARIES;
			}
		}

		@Override
		public String render(ParsedEvent pe) {
			if (isNumeric()) {
				long v = number(pe);
				if (v == ABSENT) {
					return "<NA>";
				}
				if (info().type() == FieldType.BOOL) {
					return v != 0 ? "true" : "false";
				}
				if (id == Id.RAWTIME_NS || id == Id.RELTIME || id == Id.RELTIME_NS || id == Id.LATENCY_NS) {
					StringBuilder sb = new StringBuilder(9);
					CFormat.appendPadded(sb, v, 9);
					return sb.toString();
				}
				return id == Id.NUM || id == Id.CPU || id == Id.RAWRES ? Long.toString(v) : Long.toUnsignedString(v);
			}
			String s = string(pe);
			return s == null ? "<NA>" : s;
		}

		@Override
		public Object jsonValue(ParsedEvent pe) {
			switch (id) {
			case TIME, TIME_S, TIME_ISO8601, DATETIME, DATETIME_S:
				return pe.event.ts();
			case BUFFER:
				return string(pe);
			default:
				return value(pe);
			}
		}
	}

	/** evt.deltatime*: each bound field remembers the previous event it saw, as libsinsp's does. */
	private final class DeltaTime extends Field<ParsedEvent> {
		private final Id id;
		private long previous;

		DeltaTime(FieldInfo info, Id id) {
			super(info, null);
			this.id = id;
		}

		@Override
		public long longValue(ParsedEvent pe, long absent) {
			long ts = pe.event.ts();
			long delta = previous == 0 ? 0 : ts - previous;
			previous = ts;
			return switch (id) {
			case DELTATIME_S -> Long.divideUnsigned(delta, NS);
			case DELTATIME_NS -> Long.remainderUnsigned(delta, NS);
			default -> delta;
			};
		}

		@Override
		public Object value(ParsedEvent pe) {
			return longValue(pe, 0);
		}

		@Override
		public String render(ParsedEvent pe) {
			long v = longValue(pe, 0);
			if (id == Id.DELTATIME_NS) {
				StringBuilder sb = new StringBuilder(9);
				CFormat.appendPadded(sb, v, 9);
				return sb.toString();
			}
			return Long.toUnsignedString(v);
		}
	}

	/** evt.type.is.NAME: 1 for events of that type (either direction), else 0. */
	private final class TypeIs extends Field<ParsedEvent> {
		private final boolean[] match;

		TypeIs(FieldInfo info, String argument) throws UnknownFieldException {
			super(info, argument);
			match = new boolean[table.size()];
			if (allDigits(argument) && !argument.isEmpty()) {
				int code = Integer.parseInt(argument);
				if (code < match.length) {
					match[code] = true;
				}
				return;
			}
			List<EventInfo> events = table.byName(argument);
			if (events.isEmpty()) {
				throw new UnknownFieldException("unknown event type " + argument);
			}
			for (EventInfo e : events) {
				match[e.code()] = true;
			}
		}

		@Override
		public long longValue(ParsedEvent pe, long absent) {
			int t = pe.event.type();
			return t < match.length && match[t] ? 1 : 0;
		}

		@Override
		public Object value(ParsedEvent pe) {
			return longValue(pe, 0);
		}

		@Override
		public Object valueForCode(int code) {
			return code >= 0 && code < match.length && match[code] ? 1L : 0L;
		}
	}

	// The evt.arg.* texts of the current event, kept while it is evaluated: several rules test
	// the same rendered parameter (evt.arg.flags contains ...), and its text cannot change until
	// the next event (libsinsp's filters cache extracted values per event the same way). Keyed by
	// the event's number and time; events without a number (0) are not cached.
	private final String[] argText = new String[Event.MAX_PARAMS];
	private final long[] argTextNum = new long[Event.MAX_PARAMS];
	private final long[] argTextTs = new long[Event.MAX_PARAMS];
	private int argTextSettings;

	// The texts of flag and mode parameters by their value: rendering names every set bit (a
	// StringBuilder and a String per event), while the values an open's flags take are few. A
	// direct-mapped table, bounded, filled on misses.
	private static final int FLAGS_TEXT_BITS = 10;
	private static final int FLAGS_TEXTS = 1 << FLAGS_TEXT_BITS;
	private final long[] flagsTextKey = new long[FLAGS_TEXTS];
	private final String[] flagsText = new String[FLAGS_TEXTS];
	private final java.util.HashMap<String, String> flagsTextCanonical = new java.util.HashMap<>();

	/**
	 * For a parameter whose text is a function of its value alone (bit flags, enum flags, modes,
	 * carried at their full width): the event code, the parameter index, the width and the value
	 * packed in a non-zero key; else 0.
	 */
	private static long flagsKey(Event e, int i) {
		ParamInfo declared = e.info().param(i);
		int width;
		switch (declared.type()) {
		case FLAGS8, ENUMFLAGS8 -> width = 1;
		case FLAGS16, ENUMFLAGS16 -> width = 2;
		case FLAGS32, ENUMFLAGS32, MODE -> width = 4;
		default -> {
			return 0;
		}
		}
		if (e.paramLength(i) != width || e.type() >= 1 << 20) {
			return 0;
		}
		long v = e.paramUnsigned(i) & (width == 4 ? 0xffffffffL : (1L << (8 * width)) - 1);
		return ((long) e.type() << 43) | ((long) i << 35) | ((long) width << 32) | v;
	}

	/**
	 * The texts of failed results ({@code ENOENT}...) by negated value, for results that are errno
	 * or fd parameters: such a text depends on the value alone (an fd result of a thread-less event
	 * prints differently, and is rendered each time). Half of the opens in a typical capture fail
	 * (library search paths), and rules test evt.res on every one: the same String comes back
	 * instead of a rendering into a new one.
	 */
	private final String[] errnoResultText = new String[4096];
	private final String[] fdResultText = new String[4096];

	private String failedResult(ParsedEvent pe, int r, long v) {
		ParamInfo p = pe.event.info().param(r);
		String[] texts = null;
		if (p.type() == ParamType.ERRNO && p.format() != io.falcoj.event.PrintFormat.HEX) {
			texts = errnoResultText;
		} else if (p.type() == ParamType.FD && pe.thread != null) {
			texts = fdResultText;
		}
		if (texts == null || v <= -texts.length) {
			renderer.render(pe, r);
			return renderer.argString();
		}
		int slot = (int) -v;
		String text = texts[slot];
		if (text == null) {
			renderer.render(pe, r);
			text = renderer.argString();
			texts[slot] = text;
		}
		return text;
	}

	private String argText(ParsedEvent pe, int i) {
		long ts = pe.event.ts();
		if (argTextSettings != renderer.settings()) {
			argTextSettings = renderer.settings();
			java.util.Arrays.fill(argTextNum, 0);
		}
		if (pe.num != 0 && argTextNum[i] == pe.num && argTextTs[i] == ts && argText[i] != null) {
			return argText[i];
		}
		long key = flagsKey(pe.event, i);
		// a multiplicative hash: flag values differ in scattered high bits, not in the low ones
		int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - FLAGS_TEXT_BITS));
		String text;
		if (key != 0 && flagsTextKey[slot] == key) {
			text = flagsText[slot];
		} else {
			renderer.render(pe, i);
			text = renderer.argString();
			if (key != 0) {
				// one String per text, whichever event code rendered it (an open's enter and exit
				// events carry the same flags): checks then see the very same value again
				String same = flagsTextCanonical.putIfAbsent(text, text);
				if (same != null) {
					text = same;
				} else if (flagsTextCanonical.size() > FLAGS_TEXTS) {
					flagsTextCanonical.clear();
				}
				flagsTextKey[slot] = key;
				flagsText[slot] = text;
			}
		}
		argText[i] = text;
		argTextNum[i] = pe.num;
		argTextTs[i] = ts;
		return text;
	}

	/** evt.arg.NAME, evt.arg[N] (rendered text) and evt.rawarg.NAME (the value as its own type). */
	private final class ArgField extends Field<ParsedEvent> implements JsonValued {
		private final int number;
		private final String name;
		private final ParamInfo rawParam;

		/** For a parameter named by the rule: its index in each event code (-1: none), found once. */
		private final int[] byCode;

		ArgField(FieldInfo info, String argument, int number, String name, ParamInfo rawParam) {
			super(info, argument);
			this.number = number;
			this.name = name;
			this.rawParam = rawParam;
			if (number >= 0) {
				byCode = null;
			} else {
				EventTable t = EventTable.get();
				byCode = new int[t.size()];
				for (int code = 0; code < byCode.length; code++) {
					EventInfo ei = t.event(code);
					byCode[code] = ei == null ? -1 : ei.paramIndex(name);
				}
			}
		}

		private int index(Event e) {
			if (number >= 0) {
				return number < ParamRenderer.renderableCount(e) ? number : -1;
			}
			int code = e.type();
			return code < byCode.length ? param(e, byCode) : -1;
		}

		@Override
		public Object value(ParsedEvent pe) {
			Event e = pe.event;
			int i = index(e);
			if (i < 0) {
				return null;
			}
			if (rawParam == null) {
				return argText(pe, i);
			}
			FieldType t = info().type();
			if (t.isNumeric()) {
				ParamType pt = e.info().param(i).type();
				return pt.isSigned() ? e.paramLong(i) : e.paramUnsigned(i);
			}
			if (t == FieldType.STRING) {
				return e.paramString(i);
			}
			return e.paramBytes(i);
		}

		/** Absent on every event of a code whose table entry lacks the named parameter. */
		@Override
		public Object valueForCode(int code) {
			if (number >= 0) {
				return VARIES;
			}
			return code < 0 || code >= byCode.length || byCode[code] < 0 ? null : VARIES;
		}

		@Override
		public long longValue(ParsedEvent pe, long absent) {
			if (rawParam == null || !info().type().isNumeric()) {
				return super.longValue(pe, absent);
			}
			Event e = pe.event;
			int i = index(e);
			if (i < 0) {
				return absent;
			}
			return e.info().param(i).type().isSigned() ? e.paramLong(i) : e.paramUnsigned(i);
		}

		@Override
		public String render(ParsedEvent pe) {
			Object v = value(pe);
			if (v == null) {
				return "<NA>";
			}
			if (v instanceof byte[] bytes) {
				StringBuilder sb = new StringBuilder(bytes.length);
				for (byte b : bytes) {
					sb.append(ParamRenderer.printable(b & 0xff) ? (char) b : '.');
				}
				return sb.toString();
			}
			return v.toString();
		}

		@Override
		public Object jsonValue(ParsedEvent pe) {
			Object v = value(pe);
			return v instanceof byte[] ? render(pe) : v;
		}
	}
}

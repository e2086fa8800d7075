package io.falcoj.field.syscall;

import io.falcoj.event.Event;
import io.falcoj.event.EventInfo;
import io.falcoj.event.FlagTable;
import io.falcoj.event.ParamInfo;
import io.falcoj.event.ParamType;
import io.falcoj.event.PrintFormat;
import io.falcoj.state.FdInfo;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.ThreadInfo;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Renders event parameters as sysdig shows them: a raw text ({@code 3}, {@code 4097},
 * {@code -2}) and, where libsinsp has one, a resolved text ({@code <f>/etc/passwd},
 * {@code O_RDONLY|O_CLOEXEC}, {@code ENOENT}). evt.args joins them as {@code name=raw(resolved)}.
 *
 * <p>One renderer per output (not thread safe); both texts live in reused builders, valid until the
 * next call. Rendering is for output and string comparisons only: the filter hot path reads
 * parameters as numbers and never comes here.
 */
public final class ParamRenderer {
	/** How byte buffers (read/write data, execve args...) print, after sysdig's -A/-j flags. */
	public enum BufferFormat {
		/** Non-printable bytes as dots, cut to the output length with "..." (sysdig's default text). */
		NORMAL,
		/** Non-printable bytes as dots, never cut (sysdig -j). */
		DOTS,
		/** Printable ASCII and line ends only, after a leading newline (sysdig -A, with or without -j). */
		ASCII,
		/** Hex rows (sysdig -x). */
		HEX,
		/** Hex rows with the ASCII column (sysdig -X). */
		HEXASCII,
		/** Base64 (sysdig -b). */
		BASE64
	}

	/** sysdig's output length for buffers in the default text format. */
	public static final int DEFAULT_MAX_BUFFER_LENGTH = 80;

	private static final long AT_FDCWD = -100;
	private static final int AF_UNIX = 1;
	private static final int AF_INET = 2;
	private static final int AF_INET6 = 10;
	private static final char[] BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();

	private final EventState state;
	private final StringBuilder raw = new StringBuilder(256);
	private final StringBuilder resolved = new StringBuilder(256);
	private final StringBuilder scratch = new StringBuilder(256);
	private BufferFormat bufferFormat = BufferFormat.NORMAL;
	private int settings;
	private int maxBufferLength = DEFAULT_MAX_BUFFER_LENGTH;
	/**
	 * Null until set or first needed, then the system's default: looking the default up loads the
	 * time zone database, a few ms of every start that most runs (no time printed) do not need.
	 */
	private ZoneId zone;

	public ParamRenderer(EventState state) {
		this.state = state;
	}

	public ParamRenderer bufferFormat(BufferFormat format, int maxLength) {
		this.bufferFormat = format;
		this.maxBufferLength = maxLength;
		settings++;
		return this;
	}

	/** Changes whenever a setting that shapes the text changes (for callers that keep rendered texts). */
	int settings() {
		return settings;
	}

	public BufferFormat bufferFormat() {
		return bufferFormat;
	}

	public ParamRenderer zone(ZoneId zone) {
		this.zone = zone;
		settings++;
		return this;
	}

	/** The zone times are printed in (EvtFields' timestamps too). */
	ZoneId zone() {
		ZoneId z = zone;
		if (z == null) {
			z = ZoneId.systemDefault();
			zone = z;
		}
		return z;
	}

	public EventState state() {
		return state;
	}

	/** The raw text of the last rendered parameter. */
	public CharSequence raw() {
		return raw;
	}

	/** The resolved text of the last rendered parameter; empty when it has none. */
	public CharSequence resolved() {
		return resolved;
	}

	/** What evt.arg shows: the resolved text when there is one, else the raw text. */
	public String argString() {
		return resolved.length() > 0 ? resolved.toString() : raw.toString();
	}

	/** How many parameters of this event can be rendered (those the event carries and the table describes). */
	public static int renderableCount(Event e) {
		EventInfo info = e.info();
		return info == null ? 0 : Math.min(e.paramCount(), info.params().size());
	}

	/** Appends evt.args: every parameter as {@code name=raw} or {@code name=raw(resolved)}, each followed by a space. */
	public void appendArgs(ParsedEvent pe, StringBuilder out) {
		Event e = pe.event;
		int n = renderableCount(e);
		List<ParamInfo> params = e.info() == null ? List.of() : e.info().params();
		for (int i = 0; i < n; i++) {
			render(pe, i);
			out.append(params.get(i).name()).append('=').append(raw);
			if (resolved.length() > 0) {
				out.append('(').append(resolved).append(')');
			}
			out.append(' ');
		}
	}

	/** Renders parameter {@code index} of the current event into {@link #raw()} and {@link #resolved()}. */
	public void render(ParsedEvent pe, int index) {
		raw.setLength(0);
		resolved.setLength(0);
		Event e = pe.event;
		ByteBuffer buf = e.buffer();
		int at = e.paramOffset(index);
		int len = e.paramLength(index);
		ParamInfo declared = e.info().param(index);
		if (len == 0) {
			// an empty parameter (a zero-length buffer, a string the driver could not read) prints as nothing
			return;
		}
		ParamType type = declared.type();
		if (type == ParamType.DYN && declared.dynamic() != null) {
			int variant = buf.get(at) & 0xff;
			if (variant < declared.dynamic().length) {
				type = declared.dynamic()[variant].type();
				at++;
				len--;
			}
		}
		PrintFormat fmt = declared.format();
		switch (type) {
		case INT8 -> appendInt(raw, buf.get(at), fmt);
		case INT16 -> appendInt(raw, len >= 2 ? buf.getShort(at) : buf.get(at), fmt);
		case INT32 -> appendInt(raw, readInt(buf, at, len), fmt);
		case INT64, UINT64 -> appendLong(raw, readLong(buf, at, len), fmt);
		case UINT8 -> appendInt(raw, buf.get(at) & 0xff, fmt);
		case UINT16 -> appendInt(raw, len >= 2 ? buf.getShort(at) & 0xffff : buf.get(at) & 0xff, fmt);
		case UINT32 -> appendInt(raw, readInt(buf, at, len), fmt);
		case FD -> renderFd(pe, readLong(buf, at, len));
		case PID -> {
			long pid = readLong(buf, at, len);
			raw.append(pid);
			ThreadInfo t = state.thread(pid);
			if (t != null) {
				resolved.append(t.comm);
			}
		}
		case ERRNO -> {
			long v = readLong(buf, at, len);
			if (fmt == PrintFormat.HEX) {
				// results that are addresses (mmap, brk...): sysdig 0.29.3's table has them as hex UINT64
				appendLong(raw, v, fmt);
				return;
			}
			raw.append(v);
			if (v < 0) {
				String name = SystemNames.errno((int) v);
				if (name != null) {
					resolved.append(name);
				}
			}
		}
		case CHARBUF -> appendCString(raw, buf, at, len, false);
		case FSPATH, FSRELPATH -> renderPath(pe, index, declared, buf, at, len);
		case BYTEBUF -> appendBuffer(raw, buf, at, len);
		case SOCKADDR -> renderSockaddr(buf, at, len);
		case SOCKTUPLE -> renderTuple(buf, at, len);
		case FDLIST -> renderFdList(pe, buf, at, len);
		case SYSCALLID -> {
			int id = (len >= 2 ? buf.getShort(at) : buf.get(at)) & 0xffff;
			String name = io.falcoj.event.EventTable.get().syscallName(id);
			if (id >= io.falcoj.event.EventTable.get().syscallCount()) {
				raw.append("<unknown syscall>");
			} else {
				raw.append(id);
				if (name != null) {
					resolved.append(name);
				}
			}
		}
		case SIGTYPE -> {
			int sig = buf.get(at) & 0xff;
			raw.append(sig);
			String name = SystemNames.signal(sig);
			if (name != null) {
				resolved.append(name);
			}
		}
		case RELTIME -> {
			long v = readLong(buf, at, len);
			if (v == -1) {
				raw.append("none");
			} else {
				raw.append(Long.toUnsignedString(v));
				CFormat.appendG(resolved, unsignedToDouble(v) / 1_000_000_000d);
				resolved.append('s');
			}
		}
		case FLAGS8, FLAGS16, FLAGS32, ENUMFLAGS8, ENUMFLAGS16, ENUMFLAGS32 -> {
			long v = switch (type) {
			case FLAGS8, ENUMFLAGS8 -> buf.get(at) & 0xffL;
			case FLAGS16, ENUMFLAGS16 -> (len >= 2 ? buf.getShort(at) : buf.get(at)) & 0xffffL;
			default -> readInt(buf, at, len) & 0xffffffffL;
			};
			raw.append(v);
			// enum flags print like bit flags: the reference sysdig's table had them as FLAGS, and for a
			// value equal to one entry both name that entry
			appendFlagNames(resolved, declared.flags(), v, false);
		}
		case MODE -> {
			int v = readInt(buf, at, len);
			appendInt(raw, v, fmt);
			appendFlagNames(resolved, declared.flags(), v & 0xffffffffL, false);
		}
		case ABSTIME -> appendAbsTime(raw, readLong(buf, at, len));
		case UID, GID -> {
			long v = readInt(buf, at, len) & 0xffffffffL;
			if (v < 0xffffffffL) {
				raw.append((int) v);
				String name = pe.thread == null ? null
						: type == ParamType.UID ? state.userName(v) : state.groupName(v);
				resolved.append(name == null ? "<NA>" : sanitized(name));
			} else {
				raw.append("-1");
				resolved.append("<NONE>");
			}
		}
		case SIGSET -> {
			int v = readInt(buf, at, len);
			boolean first = true;
			for (int sig = 0; sig < 32; sig++) {
				if ((v & (1 << sig)) != 0) {
					String name = SystemNames.signal(sig + 1);
					if (name != null) {
						if (!first) {
							raw.append(' ');
						}
						raw.append(name);
						first = false;
					}
				}
			}
		}
		case DYN -> raw.append("INVALID DYNAMIC PARAMETER");
		default -> raw.append("(n.a.)");
		}
	}

	private void renderFd(ParsedEvent pe, long fd) {
		raw.append(fd);
		ThreadInfo t = pe.thread;
		if (t == null) {
			return;
		}
		if (fd >= 0) {
			FdInfo info = state.fd(t, fd);
			if (info != null) {
				appendFdName(resolved, info);
			}
		} else if (fd == AT_FDCWD) {
			resolved.append("AT_FDCWD");
		} else {
			String name = SystemNames.errno((int) fd);
			if (name != null) {
				resolved.append(name);
			}
		}
	}

	/** {@code <f>/etc/passwd}, {@code <4t>127.0.0.1:5000->127.0.0.1:80}: the type letter, the L4 protocol letter, the name. */
	public void appendFdName(StringBuilder out, FdInfo info) {
		out.append('<').append(info.type.letter);
		switch (info.type) {
		case IPV4_SOCK, IPV6_SOCK, IPV4_SERVSOCK, IPV6_SERVSOCK -> {
			switch (state.l4proto(info)) {
			case 2 -> out.append('t');
			case 3 -> out.append('u');
			case 4 -> out.append('i');
			case 5 -> out.append('r');
			default -> {
			}
			}
		}
		default -> {
		}
		}
		out.append('>');
		appendSanitized(out, info.name());
	}

	private void renderPath(ParsedEvent pe, int index, ParamInfo declared, ByteBuffer buf, int at, int len) {
		int end = at;
		while (end < at + len && buf.get(end) != 0) {
			end++;
		}
		for (int i = at; i < end; i++) {
			int c = buf.get(i) & 0xff;
			if (printable(c)) {
				raw.append((char) c);
			}
		}
		ThreadInfo t = pe.thread;
		if (t == null || end - at == 0 || buf.get(at) == '/' || isNa(buf, at, end)) {
			return;
		}
		String base = baseDir(pe, index, declared, t);
		scratch.setLength(0);
		scratch.append(base);
		appendNormalizedPath(scratch, base.length(), buf, at, end);
		resolved.append(scratch);
	}

	private static boolean isNa(ByteBuffer buf, int at, int end) {
		return end - at == 4 && buf.get(at) == '<' && buf.get(at + 1) == 'N' && buf.get(at + 2) == 'A'
				&& buf.get(at + 3) == '>';
	}

	/** The directory a relative path parameter is relative to: the dirfd's path for *at syscalls, else the cwd. */
	private String baseDir(ParsedEvent pe, int index, ParamInfo declared, ThreadInfo t) {
		String cwd = state.cwd(t);
		if (declared.type() != ParamType.FSRELPATH) {
			return cwd;
		}
		// libscap's table says "relative to parameter 0" with a null pointer, which the table file cannot tell from "none".
		int dirfdIndex = Math.max(declared.dirfdIndex(), 0);
		Event e = pe.event;
		if (dirfdIndex >= renderableCount(e) || e.info().param(dirfdIndex).type() != ParamType.FD) {
			return cwd;
		}
		long dirfd = e.paramLong(dirfdIndex);
		if (dirfd == AT_FDCWD) {
			return cwd;
		}
		FdInfo dir = state.fd(t, dirfd);
		if (dir == null || dir.name().isEmpty()) {
			return "";
		}
		return sanitized(dir.name()) + "/";
	}

	/**
	 * Appends a relative path to {@code out} (which holds the base directory from {@code baseStart} on
	 * back): "./" is dropped, "../" climbs, repeated and trailing slashes go, as libsinsp's path join does.
	 */
	static void appendNormalizedPath(StringBuilder out, int baseLength, ByteBuffer buf, int at, int end) {
		boolean emptyBase = baseLength == 0;
		int p = at;
		while (p < end) {
			int c = buf.get(p) & 0xff;
			if (!printable(c)) {
				out.append('.');
				p++;
			} else if (c == '.' && (out.length() == 0 || out.charAt(out.length() - 1) == '/')) {
				int c1 = p + 1 < end ? buf.get(p + 1) : 0;
				int c2 = p + 2 < end ? buf.get(p + 2) : 0;
				if (c1 == '.' && c2 == '/') {
					rewind(out);
					p += 3;
				} else if (c1 == '.' && c2 == 0) {
					rewind(out);
					p += 2;
				} else if (c1 == '/') {
					p += 2;
				} else if (c1 == 0) {
					p++;
				} else {
					out.append('.');
					p++;
				}
			} else if (c == '/') {
				if ((out.length() > 0 && out.charAt(out.length() - 1) == '/') || (out.length() == 0 && !emptyBase)) {
					p++;
				} else {
					out.append('/');
					p++;
				}
			} else {
				out.append((char) c);
				p++;
			}
		}
		if (out.length() > 1 && out.charAt(out.length() - 1) == '/') {
			out.setLength(out.length() - 1);
		}
	}

	private static void rewind(StringBuilder out) {
		int tc = out.length();
		if (tc <= 1) {
			return;
		}
		tc--;
		while (tc >= 1 && out.charAt(tc - 1) != '/') {
			tc--;
		}
		out.setLength(tc);
	}

	private void renderSockaddr(ByteBuffer buf, int at, int len) {
		int family = buf.get(at);
		if (family == AF_UNIX) {
			appendCString(raw, buf, at + 1, len - 1, true);
		} else if (family == AF_INET) {
			if (len == 7) {
				appendIpv4(raw, buf, at + 1);
				raw.append(':').append(buf.getShort(at + 5) & 0xffff);
			} else {
				raw.append("INVALID IPv4");
			}
		} else if (family == AF_INET6) {
			if (len == 19) {
				// unlike tuples, addresses never print in the IPv4 form (an unspecified bind shows as ":::port")
				appendIpv6(raw, buf, at + 1);
				raw.append(':').append(buf.getShort(at + 17) & 0xffff);
			} else {
				raw.append("INVALID IPv6");
			}
		} else {
			raw.append("family ").append(family);
		}
	}

	private void renderTuple(ByteBuffer buf, int at, int len) {
		int family = buf.get(at);
		if (family == AF_INET) {
			if (len == 13) {
				appendIpv4(raw, buf, at + 1);
				raw.append(':').append(buf.getShort(at + 5) & 0xffff).append("->");
				appendIpv4(raw, buf, at + 7);
				raw.append(':').append(buf.getShort(at + 11) & 0xffff);
			} else {
				raw.append("INVALID IPv4");
			}
		} else if (family == AF_INET6) {
			if (len == 37) {
				boolean mapped = ipv4Mapped(buf, at + 1) && ipv4Mapped(buf, at + 19);
				if (mapped) {
					appendIpv4(raw, buf, at + 13);
				} else {
					appendIpv6(raw, buf, at + 1);
				}
				raw.append(':').append(buf.getShort(at + 17) & 0xffff).append("->");
				if (mapped) {
					appendIpv4(raw, buf, at + 31);
				} else {
					appendIpv6(raw, buf, at + 19);
				}
				raw.append(':').append(buf.getShort(at + 35) & 0xffff);
			} else {
				raw.append("INVALID IPv6");
			}
		} else if (family == AF_UNIX) {
			if (len >= 17) {
				raw.append(Long.toHexString(buf.getLong(at + 1))).append("->")
						.append(Long.toHexString(buf.getLong(at + 9))).append(' ');
				appendCString(raw, buf, at + 17, len - 17, true);
			}
		} else {
			raw.append("family ").append(family);
		}
	}

	private void renderFdList(ParsedEvent pe, ByteBuffer buf, int at, int len) {
		ThreadInfo t = pe.thread;
		if (t == null || len < 2) {
			return;
		}
		int n = buf.getShort(at) & 0xffff;
		int pos = at + 2;
		for (int j = 0; j < n && pos + 10 <= at + len; j++) {
			long fd = buf.getLong(pos);
			FdInfo info = state.fd(t, fd);
			raw.append(Long.toUnsignedString(fd)).append(':').append(info == null ? '?' : info.type.letter);
			raw.append(Integer.toHexString(buf.getShort(pos + 8)));
			if (j < n - 1) {
				raw.append(' ');
			}
			pos += 10;
		}
	}

	/**
	 * libsinsp's flag naming: walk the table in order, name each flag whose bits are all set (a zero
	 * flag only for a zero value), clear them, and stop at an entry equal to the whole value, which
	 * is then named last. Enum flags name only the first entry whose bits are all set.
	 */
	static void appendFlagNames(StringBuilder out, FlagTable table, long value, boolean exact) {
		if (table == null) {
			return;
		}
		List<FlagTable.Flag> flags = table.flags();
		long v = value;
		String sep = "";
		int i = 0;
		for (; i < flags.size() && flags.get(i).value() != value; i++) {
			long f = flags.get(i).value();
			if ((f == 0 && value == 0) || (f != 0 && (v & f) == f && v != 0)) {
				out.append(sep).append(flags.get(i).name());
				if (exact) {
					// libsinsp stops at the first enum entry whose bits are all set
					return;
				}
				sep = "|";
				v &= ~f;
			}
		}
		if (!exact && i < flags.size()) {
			out.append(sep).append(flags.get(i).name());
		}
	}

	private void appendBuffer(StringBuilder out, ByteBuffer buf, int at, int len) {
		switch (bufferFormat) {
		case NORMAL, DOTS -> {
			int start = out.length();
			for (int i = 0; i < len; i++) {
				int c = buf.get(at + i) & 0xff;
				out.append(printable(c) ? (char) c : '.');
			}
			if (bufferFormat == BufferFormat.NORMAL && maxBufferLength > 0 && len > maxBufferLength) {
				out.setLength(start + maxBufferLength);
				if (maxBufferLength > 3) {
					out.setCharAt(start + maxBufferLength - 3, '.');
					out.setCharAt(start + maxBufferLength - 2, '.');
					out.setCharAt(start + maxBufferLength - 1, '.');
				}
			}
		}
		case ASCII -> {
			out.append('\n');
			for (int i = 0; i < len; i++) {
				int c = buf.get(at + i) & 0xff;
				if (printable(c)) {
					out.append((char) c);
				} else if (c == '\r') {
					out.append('\n');
				} else if (c == '\n' && i > 0 && buf.get(at + i - 1) != '\r') {
					out.append('\n');
				}
			}
		}
		case HEX, HEXASCII -> appendHex(out, buf, at, len, bufferFormat == BufferFormat.HEXASCII);
		case BASE64 -> {
			for (int i = 0; i < len; i += 3) {
				int b0 = buf.get(at + i) & 0xff;
				int b1 = i + 1 < len ? buf.get(at + i + 1) & 0xff : 0;
				int b2 = i + 2 < len ? buf.get(at + i + 2) & 0xff : 0;
				int triple = (b0 << 16) | (b1 << 8) | b2;
				out.append(BASE64[(triple >> 18) & 63]).append(BASE64[(triple >> 12) & 63]);
				out.append(i + 1 < len ? BASE64[(triple >> 6) & 63] : '=');
				out.append(i + 2 < len ? BASE64[triple & 63] : '=');
			}
		}
		}
	}

	private static void appendHex(StringBuilder out, ByteBuffer buf, int at, int len, boolean ascii) {
		for (int row = 0; row < len; row += 16) {
			out.append("\n\t0x");
			hex(out, row, 4);
			out.append(':');
			int chunks = 0;
			for (int p = row; chunks < 8 && p < len; p += 2, chunks++) {
				out.append(' ');
				hex(out, buf.get(at + p) & 0xff, 2);
				if (p + 1 < len) {
					hex(out, buf.get(at + p + 1) & 0xff, 2);
				}
			}
			if (ascii) {
				for (; chunks < 8; chunks++) {
					out.append("     ");
				}
				out.append("  ");
				for (int p = row; p < row + 16 && p < len; p++) {
					int c = buf.get(at + p) & 0xff;
					out.append(printable(c) ? (char) c : '.');
				}
			}
		}
		out.append('\n');
	}

	private static void hex(StringBuilder out, int v, int digits) {
		for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
			out.append(Character.forDigit((v >> shift) & 0xf, 16));
		}
	}

	/** ABSTIME as libsinsp prints it: local date and time with 8 digits of the nanoseconds (its buffer cuts the 9th). */
	private void appendAbsTime(StringBuilder out, long ts) {
		ZonedDateTime t = ZonedDateTime.ofInstant(Instant.ofEpochSecond(Long.divideUnsigned(ts, 1_000_000_000L)), zone());
		appendDate(out, t);
		out.append(' ');
		appendTime(out, t);
		out.append('.');
		scratch.setLength(0);
		CFormat.appendPadded(scratch, Long.remainderUnsigned(ts, 1_000_000_000L), 9);
		out.append(scratch, 0, 8);
	}

	static void appendDate(StringBuilder out, ZonedDateTime t) {
		CFormat.appendPadded(out, t.getYear(), 4);
		out.append('-');
		CFormat.appendPadded(out, t.getMonthValue(), 2);
		out.append('-');
		CFormat.appendPadded(out, t.getDayOfMonth(), 2);
	}

	static void appendTime(StringBuilder out, ZonedDateTime t) {
		CFormat.appendPadded(out, t.getHour(), 2);
		out.append(':');
		CFormat.appendPadded(out, t.getMinute(), 2);
		out.append(':');
		CFormat.appendPadded(out, t.getSecond(), 2);
	}

	/** An integer of at most 32 bits, printed as C's printf does for this print format. */
	static void appendInt(StringBuilder out, int v, PrintFormat fmt) {
		switch (fmt) {
		case OCT -> out.append(v == 0 ? "0" : "0" + Integer.toOctalString(v));
		case HEX -> out.append(Integer.toHexString(v).toUpperCase());
		case PADDED_DEC -> CFormat.appendPadded(out, v, 9);
		default -> out.append(v);
		}
	}

	/** A 64-bit integer, printed as C's printf does for this print format (decimal is signed). */
	static void appendLong(StringBuilder out, long v, PrintFormat fmt) {
		switch (fmt) {
		case OCT -> out.append(v == 0 ? "0" : "0" + Long.toOctalString(v));
		case HEX -> out.append(Long.toHexString(v).toUpperCase());
		case PADDED_DEC -> CFormat.appendPadded(out, v, 9);
		default -> out.append(v);
		}
	}

	private static int readInt(ByteBuffer buf, int at, int len) {
		return switch (len) {
		case 1 -> buf.get(at);
		case 2, 3 -> buf.getShort(at);
		default -> buf.getInt(at);
		};
	}

	private static long readLong(ByteBuffer buf, int at, int len) {
		return switch (len) {
		case 1 -> buf.get(at);
		case 2, 3 -> buf.getShort(at);
		case 4, 5, 6, 7 -> buf.getInt(at);
		default -> buf.getLong(at);
		};
	}

	private static double unsignedToDouble(long v) {
		return v >= 0 ? (double) v : (double) (v >>> 1) * 2.0 + (v & 1);
	}

	/** A NUL-terminated string parameter; {@code sanitize} drops what libsinsp drops (non-printable bytes). */
	static void appendCString(StringBuilder out, ByteBuffer buf, int at, int len, boolean sanitize) {
		int end = at + len;
		boolean ascii = true;
		int stop = at;
		while (stop < end && buf.get(stop) != 0) {
			if (buf.get(stop) < 0) {
				ascii = false;
			}
			stop++;
		}
		if (sanitize || ascii) {
			for (int i = at; i < stop; i++) {
				int c = buf.get(i) & 0xff;
				if (!sanitize || printable(c)) {
					out.append((char) c);
				}
			}
		} else {
			byte[] bytes = new byte[stop - at];
			buf.get(at, bytes);
			out.append(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	static boolean printable(int c) {
		return c >= 0x20 && c < 0x7f;
	}

	static String sanitized(String s) {
		for (int i = 0; i < s.length(); i++) {
			if (!printable(s.charAt(i))) {
				StringBuilder sb = new StringBuilder(s.length());
				appendSanitized(sb, s);
				return sb.toString();
			}
		}
		return s;
	}

	static void appendSanitized(StringBuilder out, String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (printable(c)) {
				out.append(c);
			}
		}
	}

	private static boolean ipv4Mapped(ByteBuffer buf, int at) {
		for (int i = 0; i < 10; i++) {
			if (buf.get(at + i) != 0) {
				return false;
			}
		}
		int b10 = buf.get(at + 10) & 0xff;
		int b11 = buf.get(at + 11) & 0xff;
		if (b10 == 0xff && b11 == 0xff) {
			return true;
		}
		for (int i = 10; i < 16; i++) {
			if (buf.get(at + i) != 0) {
				return false;
			}
		}
		return true;
	}

	static void appendIpv4(StringBuilder out, ByteBuffer buf, int at) {
		out.append(buf.get(at) & 0xff).append('.').append(buf.get(at + 1) & 0xff).append('.')
				.append(buf.get(at + 2) & 0xff).append('.').append(buf.get(at + 3) & 0xff);
	}

	/** An IPv6 address as inet_ntop writes it: the longest run of two or more zero groups as "::", lowercase hex. */
	static void appendIpv6(StringBuilder out, ByteBuffer buf, int at) {
		int[] g = new int[8];
		for (int i = 0; i < 8; i++) {
			g[i] = ((buf.get(at + 2 * i) & 0xff) << 8) | (buf.get(at + 2 * i + 1) & 0xff);
		}
		int bestStart = -1;
		int bestLen = 0;
		for (int i = 0; i < 8;) {
			if (g[i] == 0) {
				int j = i;
				while (j < 8 && g[j] == 0) {
					j++;
				}
				if (j - i > bestLen) {
					bestStart = i;
					bestLen = j - i;
				}
				i = j;
			} else {
				i++;
			}
		}
		if (bestLen < 2) {
			bestStart = -1;
			bestLen = 0;
		}
		// ::ffff:a.b.c.d and ::a.b.c.d keep the dotted form, as glibc prints them
		if (bestStart == 0 && (bestLen == 6 || (bestLen == 5 && g[5] == 0xffff))) {
			out.append(bestLen == 5 ? "::ffff:" : "::");
			appendIpv4(out, buf, at + 12);
			return;
		}
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				out.append("::");
				i += bestLen - 1;
				continue;
			}
			if (i > 0 && i != bestStart + bestLen) {
				out.append(':');
			}
			out.append(Integer.toHexString(g[i]));
		}
	}
}

package io.falcoj.capture;

import static io.falcoj.capture.ScapBlocks.*;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

import io.falcoj.event.Event;
import io.falcoj.event.EventInfo;
import io.falcoj.event.EventTable;
import io.falcoj.event.MalformedEventException;
import io.falcoj.event.RawMemory;

/**
 * Reads libscap .scap capture files (plain or gzip-compressed) and reports their content to a
 * {@link CaptureListener} in file order: section header, machine info, process lists (versions 1 to
 * 9 and the pre-release "_INT" numbers), fd lists (1, 2), user lists (1, 2), interface lists (1, 2)
 * and event blocks (EV, EVF, their V2 and V2 large-payload forms). Unknown block types are skipped.
 *
 * <p>A plain capture file is read with positional reads into one direct window of
 * {@value #CHANNEL_WINDOW} bytes (grown only for a larger block), streams and gzip files into one
 * growing byte array, and events are handed out as one {@link Event} flyweight over the window:
 * nothing is copied or allocated per event. (Reads measured cheaper than mapping the file: the page
 * faults and unmapping of a mapping cost more CPU than the kernel's copy into a window that stays
 * in cache; and a file cut short while being read is just a short read, where a mapping faulted.)
 * Events of the first block format (22-byte header without nparams) are rewritten into a scratch
 * buffer first, inferring nparams the way libscap does. Every length is checked against the bytes
 * that are really there before it is used, and the window only grows once it is full of real data,
 * so a corrupt length can neither overrun nor make the reader allocate more than about twice the
 * data present. Any violation ends the read with one {@link ScapFormatException} naming the file
 * and offset.
 */
public final class ScapReader implements Closeable {
	/** Larger blocks are refused: no real capture has one, and lengths must fit an int. */
	static final int MAX_BLOCK_SIZE = 1 << 30;
	/** Window for plain files (or the whole file when smaller); big enough that refills are rare. */
	private static final int FILE_WINDOW = 4 << 20;
	/** Starting window for streams of unknown size; it doubles as data arrives. */
	private static final int STREAM_WINDOW = 64 << 10;
	/**
	 * The direct window of plain files: refills are cheap, and it shares a 1 MB L2 cache with the
	 * engine's tables (64 KB to 1 MB measured alike).
	 */
	static final int CHANNEL_WINDOW = 256 << 10;
	private static final int NOTIFICATION_E = 280;
	private static final int INFRASTRUCTURE_EVENT_E = 286;

	private final String name;
	/** The stream of a gzip file or of {@link #open(String, InputStream)}; null for a plain file. */
	private final InputStream in;
	/** The plain file; null when reading a stream. */
	private final FileChannel channel;
	private final long fileSize;
	private final boolean compressed;
	private final EventTable table = EventTable.get();
	private final Event event = new Event();

	/** The stream window's storage (null for a plain file, whose window is direct); {@link #buf} wraps it. */
	private byte[] arr;
	private ByteBuffer buf;
	/** Window: buf[start, end) holds unread bytes; buf[0] is file/stream offset {@code base}. */
	private int start;
	private int end;
	private long base;
	private boolean eof;

	/** Field cursor inside the block being decoded (absolute indexes into buf). */
	private int pos;
	private int limit;

	private ByteBuffer scratch = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);

	private int majorVersion;
	private int minorVersion;
	private int eventFlags;
	private long events;
	private long skippedEvents;
	private long blocks;
	private ScapFormatException failure;

	private ScapReader(String name, InputStream in, long fileSize, boolean compressed) {
		this.name = name;
		this.in = in;
		this.channel = null;
		this.fileSize = fileSize;
		this.compressed = compressed;
		int window = fileSize >= 0 ? (int) Math.min(FILE_WINDOW, Math.max(fileSize, 64)) : STREAM_WINDOW;
		this.arr = new byte[window];
		this.buf = ByteBuffer.wrap(arr).order(ByteOrder.LITTLE_ENDIAN);
	}

	private ScapReader(String name, FileChannel channel, long fileSize, int window) {
		this.name = name;
		this.in = null;
		this.channel = channel;
		this.fileSize = fileSize;
		this.compressed = false;
		int size = (int) Math.max(64, Math.min(window, fileSize));
		this.buf = ByteBuffer.allocateDirect(size).order(ByteOrder.LITTLE_ENDIAN);
	}

	/**
	 * Opens a capture file; gzip compression is recognised by its magic bytes. A plain file is read
	 * through a direct window, a gzip file streamed.
	 */
	public static ScapReader open(Path file) throws IOException {
		return open(file, CHANNEL_WINDOW);
	}

	/** As {@link #open(Path)}, with a window of {@code window} bytes to start with (tests use small ones). */
	static ScapReader open(Path file, int window) throws IOException {
		FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
		try {
			ByteBuffer magic = ByteBuffer.allocate(2);
			while (magic.hasRemaining() && ch.read(magic, magic.position()) > 0) {
				// a short read of a regular file only happens at its end
			}
			if (magic.position() == 2 && (magic.get(0) & 0xff) == 0x1f && (magic.get(1) & 0xff) == 0x8b) {
				ch.close();
				InputStream raw = Files.newInputStream(file);
				try {
					return open(file.toString(), raw, Files.size(file));
				} catch (IOException | RuntimeException e) {
					raw.close();
					throw e;
				}
			}
			return new ScapReader(file.toString(), ch, ch.size(), window);
		} catch (IOException | RuntimeException e) {
			ch.close();
			throw e;
		}
	}

	/**
	 * Reads a capture from a stream (a pipe, a socket, memory), gzip-compressed or not; {@code name}
	 * is used in error messages.
	 */
	public static ScapReader open(String name, InputStream in) throws IOException {
		return open(name, in, -1);
	}

	/** A stream of known size ({@code -1}: unknown); package-private for tests that compare it with the plain-file window. */
	static ScapReader open(String name, InputStream in, long size) throws IOException {
		InputStream raw = new BufferedInputStream(in, 1 << 16);
		raw.mark(2);
		int b0 = raw.read();
		int b1 = raw.read();
		raw.reset();
		if (b0 == 0x1f && b1 == 0x8b) {
			try {
				return new ScapReader(name, new GZIPInputStream(raw, 1 << 16), -1, true);
			} catch (IOException e) {
				throw new ScapFormatException(name + " (gzip)", 0, "broken gzip header: " + e.getMessage());
			}
		}
		return new ScapReader(name, raw, size, false);
	}

	/** Reads a whole capture file into {@code listener}. */
	public static void read(Path file, CaptureListener listener) throws IOException {
		try (ScapReader reader = open(file)) {
			reader.read(listener);
		}
	}

	/**
	 * Reads every block to the end of the stream. Exceptions thrown by the listener pass through
	 * unchanged; format problems end the read with a {@link ScapFormatException}.
	 */
	public void read(CaptureListener listener) throws IOException {
		if (failure != null) {
			throw failure;
		}
		try {
			do {
				if (blocks > 0) {
					windowEvents(listener);
				}
			} while (nextBlock(listener));
		} catch (ScapFormatException e) {
			failure = e;
			throw e;
		}
	}

	/**
	 * The loop over the window's event blocks: reports consecutive EV_V2/EVF_V2 blocks of the
	 * window with raw reads (after checking that each block, and the event in it, lies inside the
	 * window), and returns at the first block it does not take (another type, one that crosses the
	 * end of the window, anything malformed), which {@link #nextBlock} then reads (refilling the
	 * window) or refuses with the error. Every block is one event, so this is the reader's
	 * per-event cost.
	 *
	 * <p>The loop only calls {@link #windowEvent}: the JVM compiles a method after a few hundred
	 * calls, but a loop's body only after tens of thousands of turns (on-stack replacement), and
	 * with the body in the loop the first 60,000 events of every replay ran in the interpreter.
	 */
	private void windowEvents(CaptureListener listener) throws IOException {
		ByteBuffer b = buf;
		Object mem = RawMemory.base(b);
		long addr = RawMemory.address(b);
		while (windowEvent(listener, b, mem, addr)) {
			// one event per call
		}
	}

	/** Reports the window's next event block, if it takes it (see {@link #windowEvents}); false otherwise. */
	private boolean windowEvent(CaptureListener listener, ByteBuffer b, Object mem, long addr) throws IOException {
		int minBlock = HEADER_SIZE + 2 + Event.HEADER_SIZE + TRAILER_SIZE;
		int s = start;
		if (end - s < minBlock) {
			return false;
		}
		int type = RawMemory.getInt(mem, addr + s);
		if (type != EV_V2 && type != EVF_V2) {
			return false;
		}
		int len = RawMemory.getInt(mem, addr + s + 4);
		if (len < minBlock || len > end - s || RawMemory.getInt(mem, addr + s + len - TRAILER_SIZE) != len) {
			return false;
		}
		boolean hasFlags = type == EVF_V2;
		int at = s + HEADER_SIZE + (hasFlags ? 6 : 2);
		int blockEnd = s + len - TRAILER_SIZE;
		long evLen = RawMemory.getInt(mem, addr + at + Event.OFF_LEN) & 0xffffffffL;
		if (blockEnd - at < Event.HEADER_SIZE || evLen < Event.HEADER_SIZE || evLen > blockEnd - at) {
			return false;
		}
		int cpu = RawMemory.getShort(mem, addr + s + HEADER_SIZE) & 0xffff;
		eventFlags = hasFlags ? RawMemory.getInt(mem, addr + s + HEADER_SIZE + 2) : 0;
		start = s + len;
		blocks++;
		pos = at;
		limit = blockEnd;
		try {
			event.wrap(b, at);
		} catch (MalformedEventException e) {
			throw error(base + at, String.format("block 0x%x at offset %d: %s", type, base + s, e.getMessage()));
		}
		events++;
		listener.onEvent(event, cpu);
		return true;
	}

	/**
	 * Reads one block and reports its content (one event, or the entries of one metadata block).
	 * Returns false at the clean end of the stream. Lets a consumer stop early (e.g. after N events)
	 * or interleave several captures. After a {@link ScapFormatException} every call throws it again.
	 */
	public boolean readNext(CaptureListener listener) throws IOException {
		if (failure != null) {
			throw failure;
		}
		try {
			return nextBlock(listener);
		} catch (ScapFormatException e) {
			failure = e;
			throw e;
		}
	}

	private boolean nextBlock(CaptureListener listener) throws IOException {
		if (blocks == 0) {
			if (!available(HEADER_SIZE)) {
				throw error(base + start, end == start ? "empty file, not a capture" : "too short for a block header");
			}
			if (buf.getInt(start) != SHB) {
				throw error(base + start, String.format(
						"not a .scap capture (first block type 0x%08x, expected a section header)", buf.getInt(start)));
			}
		}
		if (!available(HEADER_SIZE)) {
			if (end == start) {
				return false;
			}
			throw error(base + start, "truncated block header (" + (end - start) + " bytes at the end)");
		}
		long offset = base + start;
		int type = buf.getInt(start);
		long length = buf.getInt(start + 4) & 0xffffffffL;
		if (length < HEADER_SIZE + TRAILER_SIZE) {
			throw error(offset, "block length " + length + " is shorter than a block header and trailer");
		}
		if (length > MAX_BLOCK_SIZE) {
			throw error(offset, "block length " + length + " is beyond any real block (limit " + MAX_BLOCK_SIZE + ")");
		}
		if (fileSize >= 0 && offset + length > fileSize) {
			throw error(offset, "block of " + length + " bytes runs past the end of the file (" + (fileSize - offset)
					+ " bytes left)");
		}
		int len = (int) length;
		if (!available(len)) {
			throw error(offset, "truncated block: " + len + " bytes announced, " + (end - start) + " present");
		}
		offset = base + start;
		int trailer = buf.getInt(start + len - TRAILER_SIZE);
		if (trailer != len) {
			throw error(offset, "block trailer length " + Integer.toUnsignedString(trailer) + " differs from the header's "
					+ len);
		}
		pos = start + HEADER_SIZE;
		limit = start + len - TRAILER_SIZE;
		// Consumed before decoding: the window does not move until the next call, and a listener
		// that throws does not see the same block again.
		start += len;
		blocks++;
		try {
			if ((type == EVF_V2 || type == EV_V2) && plainEvent(type, listener)) {
				return true;
			}
			block(type, listener);
		} catch (CursorOverrun e) {
			throw error(base + e.at, String.format("block 0x%x at offset %d: %s", type, offset, e.getMessage()));
		}
		return true;
	}

	/** The format version of the current section (major). */
	public int majorVersion() {
		return majorVersion;
	}

	public int minorVersion() {
		return minorVersion;
	}

	/** The flags word of the event being reported (EVF blocks), 0 for blocks without flags. */
	public int eventFlags() {
		return eventFlags;
	}

	/** Events reported so far. */
	public long eventCount() {
		return events;
	}

	/** Events skipped: first-format events of types this table does not know, whose layout cannot be inferred. */
	public long skippedEventCount() {
		return skippedEvents;
	}

	public long blockCount() {
		return blocks;
	}

	@Override
	public void close() throws IOException {
		if (channel != null) {
			channel.close();
		} else {
			in.close();
		}
	}

	private void block(int type, CaptureListener listener) throws IOException {
		if (isEventBlock(type)) {
			eventBlock(type, listener);
			return;
		}
		int plVersion = processListVersion(type);
		if (plVersion > 0) {
			processList(plVersion, listener);
			return;
		}
		switch (type) {
		case SHB -> sectionHeader();
		case MI, MI_INT -> listener.onMachine(machineInfo());
		case FDL, FDL_INT -> fdList(false, listener);
		case FDL_V2 -> fdList(true, listener);
		case IL, IL_INT -> interfaceList(false, listener);
		case IL_V2 -> interfaceList(true, listener);
		case UL, UL_INT -> userList(false, listener);
		case UL_V2 -> userList(true, listener);
		default -> {
			// Unknown block: newer writers may add kinds we do not need; the trailer was checked.
		}
		}
	}

	private void sectionHeader() throws IOException {
		need(SHB_BODY_SIZE);
		int magic = buf.getInt(pos);
		if (magic == SHB_MAGIC_SWAPPED) {
			throw new CursorOverrun(pos, "big-endian captures are not supported");
		}
		if (magic != SHB_MAGIC) {
			throw new CursorOverrun(pos, String.format("bad byte order magic 0x%08x", magic));
		}
		majorVersion = buf.getShort(pos + 4) & 0xffff;
		minorVersion = buf.getShort(pos + 6) & 0xffff;
		if (majorVersion > MAJOR_VERSION) {
			throw new CursorOverrun(pos + 4, "format version " + majorVersion + "." + minorVersion
					+ " is newer than this reader understands (" + MAJOR_VERSION + ".x)");
		}
		// Any bytes after the fixed fields are pcapng-style options, which libscap skips too.
	}

	private MachineInfo machineInfo() throws IOException {
		int cpus = u32();
		long memory = u64();
		long maxPid = u64();
		need(HOSTNAME_SIZE);
		int n = 0;
		while (n < HOSTNAME_SIZE && buf.get(pos + n) != 0) {
			n++;
		}
		String hostname = text(pos, n);
		pos += HOSTNAME_SIZE;
		long boot = u64();
		long flags = u64();
		return new MachineInfo(cpus, memory, maxPid, hostname, boot, flags);
	}

	private void processList(int v, CaptureListener listener) throws IOException {
		int blockLimit = limit;
		while (blockLimit - pos >= 4) {
			int entryStart = pos;
			long subLen = 0;
			if (v >= 9) {
				subLen = u32() & 0xffffffffL;
				if (subLen < 4 || subLen > blockLimit - entryStart) {
					throw new CursorOverrun(entryStart, "process entry length " + subLen + " does not fit the "
							+ (blockLimit - entryStart) + " bytes left in the block");
				}
				limit = entryStart + (int) subLen;
			}
			ProcessEntry p = new ProcessEntry();
			p.tid = u64();
			p.pid = u64();
			p.ptid = u64();
			if (v >= 6) {
				p.sid = u64();
			}
			if (v >= 8) {
				p.vpgid = u64();
			}
			p.comm = str();
			p.exe = str();
			if (v >= 7) {
				p.exepath = str();
			}
			p.args = strList();
			p.cwd = str();
			p.fdlimit = u64();
			p.flags = u32() & 0xffffffffL;
			p.uid = u32() & 0xffffffffL;
			p.gid = u32() & 0xffffffffL;
			if (v >= 2) {
				p.vmsizeKb = u32() & 0xffffffffL;
				p.vmrssKb = u32() & 0xffffffffL;
				p.vmswapKb = u32() & 0xffffffffL;
				p.pfmajor = u64();
				p.pfminor = u64();
				if (v >= 3) {
					p.env = strList();
				}
				if (v >= 4) {
					p.vtid = u64();
					p.vpid = u64();
					p.cgroups = strList();
					if (v >= 5) {
						p.root = str();
					}
				}
			}
			if (subLen != 0) {
				// Fields appended since: present when the entry is long enough for them.
				if (fits(4)) {
					p.loginuid = u32();
				}
				if (fits(1)) {
					p.exeWritable = u8() != 0;
				}
				if (fits(8)) {
					p.capInheritable = u64();
				}
				if (fits(8)) {
					p.capPermitted = u64();
				}
				if (fits(8)) {
					p.capEffective = u64();
				}
				if (fits(1)) {
					p.exeUpperLayer = u8() != 0;
				}
				if (fits(8)) {
					p.exeIno = u64();
				}
				if (fits(8)) {
					p.exeInoCtime = u64();
				}
				if (fits(8)) {
					p.exeInoMtime = u64();
				}
				if (fits(1)) {
					p.exeFromMemfd = u8() != 0;
				}
				if (fits(1)) {
					p.exeLowerLayer = u8() != 0;
				}
				if (fits(8)) {
					p.pgid = u64();
				}
				pos = limit;
				limit = blockLimit;
			}
			listener.onProcess(p);
		}
		limit = blockLimit;
	}

	private void fdList(boolean v2, CaptureListener listener) throws IOException {
		long tid = u64();
		int blockLimit = limit;
		while (blockLimit - pos >= 4) {
			int entryStart = pos;
			long subLen = 0;
			if (v2) {
				subLen = u32() & 0xffffffffL;
				if (subLen < 4 || subLen > blockLimit - entryStart) {
					throw new CursorOverrun(entryStart, "fd entry length " + subLen + " does not fit the "
							+ (blockLimit - entryStart) + " bytes left in the block");
				}
				limit = entryStart + (int) subLen;
			}
			FdEntry fd = new FdEntry();
			fd.fd = u64();
			fd.ino = u64();
			int typeAt = pos;
			int type = u8();
			fd.type = FdType.of(type);
			switch (type) {
			case 3 -> {
				fd.sourceIp = bytes(4);
				fd.destIp = bytes(4);
				fd.sourcePort = u16();
				fd.destPort = u16();
				fd.l4proto = u8();
			}
			case 5 -> {
				fd.sourceIp = bytes(4);
				fd.sourcePort = u16();
				fd.l4proto = u8();
			}
			case 4 -> {
				fd.sourceIp = bytes(16);
				fd.destIp = bytes(16);
				fd.sourcePort = u16();
				fd.destPort = u16();
				fd.l4proto = u8();
			}
			case 6 -> {
				fd.sourceIp = bytes(16);
				fd.sourcePort = u16();
				fd.l4proto = u8();
			}
			case 8 -> {
				fd.unixSource = u64();
				fd.unixDest = u64();
				fd.name = str();
			}
			case 16 -> {
				fd.openFlags = u32() & 0xffffffffL;
				fd.name = str();
				if (subLen != 0 && fits(4)) {
					fd.dev = u32() & 0xffffffffL;
				}
			}
			case 1, 2, 7, 9, 10, 11, 12, 13, 14, 15, 17, 18, 19, 20, 21 -> fd.name = str();
			case 0 -> {
			}
			default -> {
				if (subLen == 0) {
					throw new CursorOverrun(typeAt, "unknown fd type " + type + " in a version 1 fd list");
				}
				// A newer writer's fd kind: keep the fd, as libscap does, and skip its details.
				fd.type = FdType.UNSUPPORTED;
				fd.name = "unknown-type:[" + type + "]";
				pos = limit;
			}
			}
			if (subLen != 0) {
				pos = limit;
				limit = blockLimit;
			}
			listener.onFd(tid, fd);
		}
		limit = blockLimit;
	}

	private void interfaceList(boolean v2, CaptureListener listener) throws IOException {
		int blockLimit = limit;
		while (blockLimit - pos >= 4) {
			int entryEnd = -1;
			if (v2) {
				int entryStart = pos;
				long size = u32() & 0xffffffffL;
				if (size > blockLimit - pos) {
					throw new CursorOverrun(entryStart, "interface entry length " + size + " does not fit the "
							+ (blockLimit - pos) + " bytes left in the block");
				}
				if (size != 0) {
					entryEnd = pos + (int) size;
					limit = entryEnd;
				}
			}
			int typeAt = pos;
			int type = u16();
			int nameLen = u16();
			if (nameLen >= 1024) {
				throw new CursorOverrun(typeAt + 2, "interface name length " + nameLen + " is beyond libscap's limit");
			}
			byte[] addr;
			byte[] mask;
			byte[] bcast;
			long speed = -1;
			switch (type) {
			case II_IPV4, II_IPV4_NOLINKSPEED -> {
				addr = bytes(4);
				mask = bytes(4);
				bcast = bytes(4);
				if (type == II_IPV4) {
					speed = u64();
				}
			}
			case II_IPV6, II_IPV6_NOLINKSPEED -> {
				addr = bytes(16);
				mask = bytes(16);
				bcast = bytes(16);
				if (type == II_IPV6) {
					speed = u64();
				}
			}
			default -> throw new CursorOverrun(typeAt, "unknown interface entry type " + type);
			}
			need(nameLen);
			String ifname = text(pos, nameLen);
			pos += nameLen;
			if (entryEnd >= 0) {
				pos = entryEnd;
				limit = blockLimit;
			}
			listener.onInterface(new InterfaceEntry(ifname, addr, mask, bcast, speed));
		}
		limit = blockLimit;
	}

	private void userList(boolean v2, CaptureListener listener) throws IOException {
		int blockLimit = limit;
		while (blockLimit - pos >= 4) {
			int entryStart = pos;
			long subLen = 0;
			if (v2) {
				subLen = u32() & 0xffffffffL;
				if (subLen < 4 || subLen > blockLimit - entryStart) {
					throw new CursorOverrun(entryStart, "user entry length " + subLen + " does not fit the "
							+ (blockLimit - entryStart) + " bytes left in the block");
				}
				limit = entryStart + (int) subLen;
			}
			int type = u8();
			if (type == USERBLOCK_USER) {
				long uid = u32() & 0xffffffffL;
				long gid = u32() & 0xffffffffL;
				String userName = str();
				String home = str();
				String shell = str();
				if (subLen != 0) {
					pos = limit;
					limit = blockLimit;
				}
				listener.onUser(new UserEntry(uid, gid, userName, home, shell, ""));
			} else {
				long gid = u32() & 0xffffffffL;
				String groupName = str();
				if (subLen != 0) {
					pos = limit;
					limit = blockLimit;
				}
				listener.onGroup(new GroupEntry(gid, groupName, ""));
			}
		}
		limit = blockLimit;
	}

	/**
	 * The common event blocks (EV_V2, EVF_V2) whose event fits: what {@link #eventBlock} does, in
	 * fewer steps, since it runs for nearly every block. Returns false, having reported nothing,
	 * when the block needs the general path (which then names the problem).
	 */
	private boolean plainEvent(int type, CaptureListener listener) throws IOException {
		boolean hasFlags = type == EVF_V2;
		int at = pos + (hasFlags ? 6 : 2);
		if (limit - at < Event.HEADER_SIZE) {
			return false;
		}
		long evLen = buf.getInt(at + Event.OFF_LEN) & 0xffffffffL;
		if (evLen < Event.HEADER_SIZE || evLen > limit - at) {
			return false;
		}
		int cpu = buf.getShort(pos) & 0xffff;
		eventFlags = hasFlags ? buf.getInt(pos + 2) : 0;
		pos = at;
		try {
			event.wrap(buf, at);
		} catch (MalformedEventException e) {
			throw new CursorOverrun(at, e.getMessage());
		}
		events++;
		listener.onEvent(event, cpu);
		return true;
	}

	private void eventBlock(int type, CaptureListener listener) throws IOException {
		boolean hasFlags = eventBlockHasFlags(type);
		boolean v2 = eventBlockHasNparams(type);
		int headerSize = v2 ? Event.HEADER_SIZE : EVENT_V1_HEADER_SIZE;
		int cpu = u16();
		eventFlags = hasFlags ? u32() : 0;
		need(headerSize);
		int at = pos;
		long evLen = buf.getInt(at + Event.OFF_LEN) & 0xffffffffL;
		if (evLen < headerSize || evLen > limit - at) {
			throw new CursorOverrun(at + Event.OFF_LEN, "event length " + evLen + " does not fit its block ("
					+ (limit - at) + " bytes)");
		}
		ByteBuffer evBuf = buf;
		int evAt = at;
		if (!v2) {
			evAt = 0;
			evBuf = convertFirstFormat(at, (int) evLen);
			if (evBuf == null) {
				skippedEvents++;
				return;
			}
		}
		try {
			event.wrap(evBuf, evAt);
		} catch (MalformedEventException e) {
			throw new CursorOverrun(at, e.getMessage());
		}
		events++;
		listener.onEvent(event, cpu);
	}

	/**
	 * Rewrites a first-format event (no nparams field) into the scratch buffer in today's layout.
	 * nparams is not stored, so like libscap we try the table's count and fewer until the parameter
	 * lengths add up to the event length exactly. Returns null for types the table does not know.
	 */
	private ByteBuffer convertFirstFormat(int at, int evLen) throws CursorOverrun {
		int type = buf.getShort(at + Event.OFF_TYPE) & 0xffff;
		EventInfo info = table.event(type);
		if (info == null) {
			return null;
		}
		int newLen = evLen + 4;
		if (scratch.capacity() < newLen) {
			scratch = ByteBuffer.allocate(Math.max(newLen + 64, scratch.capacity() * 2)).order(ByteOrder.LITTLE_ENDIAN);
		}
		byte[] s = scratch.array();
		buf.get(at, s, 0, EVENT_V1_HEADER_SIZE);
		buf.get(at + EVENT_V1_HEADER_SIZE, s, Event.HEADER_SIZE, evLen - EVENT_V1_HEADER_SIZE);
		if (type == NOTIFICATION_E || type == INFRASTRUCTURE_EVENT_E) {
			// Old writers got these two lengths 3 bytes too long.
			newLen = Math.max(Event.HEADER_SIZE, newLen - 3);
		}
		int lenSize = 2;
		int n = info.params().size();
		for (; n >= 0; n--) {
			long valEnd = Event.HEADER_SIZE + (long) n * lenSize;
			if (valEnd > newLen) {
				continue;
			}
			for (int i = 0; i < n; i++) {
				valEnd += scratch.getShort(Event.HEADER_SIZE + i * lenSize) & 0xffff;
			}
			if (valEnd < newLen) {
				throw new CursorOverrun(at, "first-format event of type " + type
						+ ": parameter lengths do not add up to the event length");
			}
			if (valEnd == newLen) {
				break;
			}
		}
		if (n < 0) {
			throw new CursorOverrun(at, "first-format event of type " + type + ": cannot infer its parameter count");
		}
		scratch.putInt(Event.OFF_LEN, newLen);
		scratch.putInt(Event.OFF_NPARAMS, n);
		return scratch;
	}

	// --- field cursor: every read is checked against the current limit ---

	private void need(int n) throws CursorOverrun {
		if (n < 0 || limit - pos < n) {
			throw new CursorOverrun(pos, "needs " + n + " more bytes, only " + (limit - pos) + " left");
		}
	}

	private boolean fits(int n) {
		return limit - pos >= n;
	}

	private int u8() throws CursorOverrun {
		need(1);
		return buf.get(pos++) & 0xff;
	}

	private int u16() throws CursorOverrun {
		need(2);
		int v = buf.getShort(pos) & 0xffff;
		pos += 2;
		return v;
	}

	private int u32() throws CursorOverrun {
		need(4);
		int v = buf.getInt(pos);
		pos += 4;
		return v;
	}

	private long u64() throws CursorOverrun {
		need(8);
		long v = buf.getLong(pos);
		pos += 8;
		return v;
	}

	private byte[] bytes(int n) throws CursorOverrun {
		need(n);
		byte[] b = new byte[n];
		buf.get(pos, b);
		pos += n;
		return b;
	}

	/** A u16-length-prefixed string (not NUL-terminated on disk; a trailing NUL is dropped). */
	private String str() throws CursorOverrun {
		int len = u16();
		need(len);
		int n = len;
		while (n > 0 && buf.get(pos + n - 1) == 0) {
			n--;
		}
		String s = text(pos, n);
		pos += len;
		return s;
	}

	/** A u16-length-prefixed list of NUL-separated strings (args, env, cgroups). */
	private List<String> strList() throws CursorOverrun {
		int len = u16();
		need(len);
		if (len == 0) {
			pos += len;
			return List.of();
		}
		List<String> out = new ArrayList<>();
		int from = pos;
		int stop = pos + len;
		for (int i = pos; i < stop; i++) {
			if (buf.get(i) == 0) {
				out.add(text(from, i - from));
				from = i + 1;
			}
		}
		if (from < stop) {
			out.add(text(from, stop - from));
		}
		pos = stop;
		return out;
	}

	/** UTF-8 text of buf[at, at + n) (metadata blocks only: allocates). */
	private String text(int at, int n) {
		byte[] b = new byte[n];
		buf.get(at, b);
		return new String(b, StandardCharsets.UTF_8);
	}

	// --- the byte window ---

	/** Makes at least {@code n} unread bytes available; false when the stream ends first. */
	private boolean available(int n) throws IOException {
		if (channel != null) {
			return filled(n);
		}
		while (end - start < n) {
			if (eof) {
				return false;
			}
			if (arr.length - start < n && start > 0) {
				System.arraycopy(arr, start, arr, 0, end - start);
				base += start;
				end -= start;
				start = 0;
			}
			if (end == arr.length) {
				// Full of real data and still short: grow. Growth is paid for by data already read.
				byte[] bigger = new byte[(int) Math.min((long) arr.length * 2, MAX_BLOCK_SIZE + 16L)];
				System.arraycopy(arr, 0, bigger, 0, end);
				arr = bigger;
				buf = ByteBuffer.wrap(arr).order(ByteOrder.LITTLE_ENDIAN);
			}
			int r;
			try {
				r = in.read(arr, end, arr.length - end);
			} catch (ZipException | java.io.EOFException e) {
				throw error(base + end, "compressed stream is corrupt: " + e.getMessage());
			}
			if (r < 0) {
				eof = true;
			} else {
				end += r;
			}
		}
		return true;
	}

	/**
	 * The plain-file form of {@link #available}: reads the file into the direct window at
	 * {@code end}, moving the unread bytes to the front first when the window cannot hold
	 * {@code n} from {@code start}, and doubling it only once it is full of real data.
	 */
	private boolean filled(int n) throws IOException {
		while (end - start < n) {
			if (eof) {
				return false;
			}
			if (buf.capacity() - start < n && start > 0) {
				buf.put(0, buf, start, end - start);
				base += start;
				end -= start;
				start = 0;
			}
			if (end == buf.capacity()) {
				ByteBuffer bigger = ByteBuffer.allocateDirect((int) Math.min((long) buf.capacity() * 2, MAX_BLOCK_SIZE + 16L))
						.order(ByteOrder.LITTLE_ENDIAN);
				bigger.put(0, buf, 0, end);
				buf = bigger;
			}
			buf.limit(buf.capacity()).position(end);
			int r = channel.read(buf, base + end);
			buf.clear();
			if (r < 0) {
				eof = true;
			} else {
				end += r;
			}
		}
		return true;
	}

	private ScapFormatException error(long offset, String problem) {
		return new ScapFormatException(name + (compressed ? " (gzip)" : ""), offset, problem);
	}

	/** A field read past its block or entry; turned into a ScapFormatException with the file offset. */
	private static final class CursorOverrun extends IOException {
		final int at;

		CursorOverrun(int at, String message) {
			super(message, null);
			this.at = at;
		}

		@Override
		public synchronized Throwable fillInStackTrace() {
			return this;
		}
	}
}

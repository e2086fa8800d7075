package io.falcoj.capture;

import static io.falcoj.capture.ScapBlocks.*;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import io.falcoj.event.Event;

/**
 * Writes libscap .scap capture files. The block versions are the newest ones that Debian's
 * libscap (sysdig 0.29.3) reads: section header 1.2, machine info, process list V9, fd list V2,
 * user list V2, interface list V2 and event blocks V2 (EVF V2 when an event has dump flags, the
 * large-payload variants for blocks over 64 KiB). Entries of the versioned lists start with their
 * own length, so readers skip fields they do not know and default those that are missing.
 *
 * <p>Metadata blocks go first, in libscap's order (machine, interfaces, users, processes, fds);
 * {@link ScapCopier} takes care of that when copying from a reader. Events are copied byte for
 * byte from their flyweight; nothing is allocated per event.
 */
public final class ScapWriter implements Closeable {
	private final OutputStream out;
	/** Staging area for one block; grows for big metadata blocks. */
	private ByteBuffer block = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
	private final byte[] eventHead = new byte[HEADER_SIZE + 6];
	private final ByteBuffer eventHeadBuf = ByteBuffer.wrap(eventHead).order(ByteOrder.LITTLE_ENDIAN);
	private byte[] copy = new byte[1 << 16];
	private long events;

	/** Starts a capture on {@code out}: the section header is written at once. */
	public ScapWriter(OutputStream out) throws IOException {
		this.out = out;
		begin(SHB);
		block.putInt(SHB_MAGIC);
		block.putShort((short) MAJOR_VERSION);
		block.putShort((short) MINOR_VERSION);
		block.putLong(-1L);
		finish();
	}

	/** Creates {@code file}, gzip-compressed when its name ends in ".gz". */
	public static ScapWriter create(Path file) throws IOException {
		OutputStream os = Files.newOutputStream(file);
		if (file.getFileName().toString().endsWith(".gz")) {
			os = new GZIPOutputStream(os, 1 << 16);
		}
		return new ScapWriter(new BufferedOutputStream(os, 1 << 20));
	}

	public void writeMachineInfo(MachineInfo m) throws IOException {
		begin(MI);
		block.putInt(m.cpuCount());
		block.putLong(m.memoryBytes());
		block.putLong(m.maxPid());
		byte[] host = m.hostname().getBytes(StandardCharsets.UTF_8);
		int n = Math.min(host.length, HOSTNAME_SIZE - 1);
		block.put(host, 0, n);
		for (int i = n; i < HOSTNAME_SIZE; i++) {
			block.put((byte) 0);
		}
		block.putLong(m.bootTimeNanos());
		block.putLong(m.flags());
		block.putLong(0);
		block.putLong(0);
		finish();
	}

	public void writeInterfaces(List<InterfaceEntry> interfaces) throws IOException {
		begin(IL_V2);
		for (InterfaceEntry i : interfaces) {
			ensure(512);
			int sizeAt = block.position();
			block.putInt(0);
			int entryStart = block.position();
			boolean v6 = i.isIpv6();
			boolean speed = i.linkSpeed() >= 0;
			block.putShort((short) (v6 ? (speed ? II_IPV6 : II_IPV6_NOLINKSPEED) : (speed ? II_IPV4 : II_IPV4_NOLINKSPEED)));
			byte[] name = i.name().getBytes(StandardCharsets.UTF_8);
			block.putShort((short) name.length);
			int width = v6 ? 16 : 4;
			putFixed(i.address(), width);
			putFixed(i.netmask(), width);
			putFixed(i.broadcast(), width);
			if (speed) {
				block.putLong(i.linkSpeed());
			}
			block.put(name);
			block.putInt(sizeAt, block.position() - entryStart);
		}
		finish();
	}

	public void writeUsers(List<UserEntry> users, List<GroupEntry> groups) throws IOException {
		begin(UL_V2);
		for (UserEntry u : users) {
			ensure(512);
			int start = block.position();
			block.putInt(0);
			block.put((byte) USERBLOCK_USER);
			block.putInt((int) u.uid());
			block.putInt((int) u.gid());
			putString(u.name());
			putString(u.homedir());
			putString(u.shell());
			block.putInt(start, block.position() - start);
		}
		for (GroupEntry g : groups) {
			ensure(512);
			int start = block.position();
			block.putInt(0);
			block.put((byte) USERBLOCK_GROUP);
			block.putInt((int) g.gid());
			putString(g.name());
			block.putInt(start, block.position() - start);
		}
		finish();
	}

	public void writeProcesses(List<ProcessEntry> processes) throws IOException {
		begin(PL_V9);
		for (ProcessEntry p : processes) {
			ensure(512);
			int start = block.position();
			block.putInt(0);
			block.putLong(p.tid);
			block.putLong(p.pid);
			block.putLong(p.ptid);
			block.putLong(p.sid);
			block.putLong(p.vpgid);
			putString(p.comm);
			putString(p.exe);
			putString(p.exepath);
			putList(p.args);
			putString(p.cwd);
			block.putLong(p.fdlimit);
			block.putInt((int) p.flags);
			block.putInt((int) p.uid);
			block.putInt((int) p.gid);
			block.putInt((int) p.vmsizeKb);
			block.putInt((int) p.vmrssKb);
			block.putInt((int) p.vmswapKb);
			block.putLong(p.pfmajor);
			block.putLong(p.pfminor);
			putList(p.env);
			block.putLong(p.vtid);
			block.putLong(p.vpid);
			putList(p.cgroups);
			putString(p.root);
			block.putInt((int) p.loginuid);
			block.put((byte) (p.exeWritable ? 1 : 0));
			block.putLong(p.capInheritable);
			block.putLong(p.capPermitted);
			block.putLong(p.capEffective);
			block.put((byte) (p.exeUpperLayer ? 1 : 0));
			block.putLong(p.exeIno);
			block.putLong(p.exeInoCtime);
			block.putLong(p.exeInoMtime);
			block.put((byte) (p.exeFromMemfd ? 1 : 0));
			block.put((byte) (p.exeLowerLayer ? 1 : 0));
			block.putLong(p.pgid);
			block.putInt(start, block.position() - start);
		}
		finish();
	}

	/** One fd list block for thread {@code tid}. */
	public void writeFds(long tid, List<FdEntry> fds) throws IOException {
		begin(FDL_V2);
		block.putLong(tid);
		for (FdEntry fd : fds) {
			ensure(512);
			int start = block.position();
			block.putInt(0);
			block.putLong(fd.fd);
			block.putLong(fd.ino);
			int type = fd.type == FdType.UNINITIALIZED ? 0 : fd.type.code;
			block.put((byte) type);
			switch (type) {
			case 3 -> {
				putFixed(fd.sourceIp, 4);
				putFixed(fd.destIp, 4);
				block.putShort((short) fd.sourcePort);
				block.putShort((short) fd.destPort);
				block.put((byte) fd.l4proto);
			}
			case 5 -> {
				putFixed(fd.sourceIp, 4);
				block.putShort((short) fd.sourcePort);
				block.put((byte) fd.l4proto);
			}
			case 4 -> {
				putFixed(fd.sourceIp, 16);
				putFixed(fd.destIp, 16);
				block.putShort((short) fd.sourcePort);
				block.putShort((short) fd.destPort);
				block.put((byte) fd.l4proto);
			}
			case 6 -> {
				putFixed(fd.sourceIp, 16);
				block.putShort((short) fd.sourcePort);
				block.put((byte) fd.l4proto);
			}
			case 8 -> {
				block.putLong(fd.unixSource);
				block.putLong(fd.unixDest);
				putString(fd.name);
			}
			case 16 -> {
				block.putInt((int) fd.openFlags);
				putString(fd.name);
				block.putInt((int) fd.dev);
			}
			case 0 -> {
			}
			default -> putString(fd.name);
			}
			block.putInt(start, block.position() - start);
		}
		finish();
	}

	/** Copies one event (header and parameters, as its flyweight sees them) into an event block. */
	public void writeEvent(Event e, int cpu, int flags) throws IOException {
		int len = (int) e.length();
		ByteBuffer src = e.buffer();
		if (src.hasArray()) {
			writeEvent(src.array(), src.arrayOffset() + e.offset(), len, cpu, flags);
		} else {
			if (copy.length < len) {
				copy = new byte[Math.max(len, copy.length * 2)];
			}
			src.get(e.offset(), copy, 0, len);
			writeEvent(copy, 0, len, cpu, flags);
		}
	}

	/**
	 * Writes the event in {@code bytes[offset, offset + len)} (26-byte header with nparams, then
	 * lengths and parameters) into an event block of CPU {@code cpu}.
	 */
	public void writeEvent(byte[] bytes, int offset, int len, int cpu, int flags) throws IOException {
		boolean withFlags = flags != 0;
		int body = 2 + (withFlags ? 4 : 0) + len;
		int pad = padding(body);
		long total = (long) HEADER_SIZE + body + pad + TRAILER_SIZE;
		if (total > ScapReader.MAX_BLOCK_SIZE) {
			throw new IOException("event of " + len + " bytes is too large for a capture block");
		}
		boolean large = total - HEADER_SIZE > MAX_SMALL_EVENT_BLOCK;
		int type = withFlags ? (large ? EVF_V2_LARGE : EVF_V2) : (large ? EV_V2_LARGE : EV_V2);
		eventHeadBuf.clear();
		eventHeadBuf.putInt(type);
		eventHeadBuf.putInt((int) total);
		eventHeadBuf.putShort((short) cpu);
		if (withFlags) {
			eventHeadBuf.putInt(flags);
		}
		out.write(eventHead, 0, eventHeadBuf.position());
		out.write(bytes, offset, len);
		eventHeadBuf.clear();
		for (int i = 0; i < pad; i++) {
			eventHeadBuf.put((byte) 0);
		}
		eventHeadBuf.putInt((int) total);
		out.write(eventHead, 0, eventHeadBuf.position());
		events++;
	}

	public long eventCount() {
		return events;
	}

	public void flush() throws IOException {
		out.flush();
	}

	@Override
	public void close() throws IOException {
		out.close();
	}

	// --- block staging ---

	private void begin(int type) {
		block.clear();
		block.putInt(type);
		block.putInt(0);
	}

	private void finish() throws IOException {
		ensure(8);
		int pad = padding(block.position());
		for (int i = 0; i < pad; i++) {
			block.put((byte) 0);
		}
		int total = block.position() + TRAILER_SIZE;
		block.putInt(4, total);
		block.putInt(total);
		out.write(block.array(), 0, block.position());
	}

	private void ensure(int more) {
		if (block.remaining() < more) {
			ByteBuffer bigger = ByteBuffer.allocate(Math.max(block.capacity() * 2, block.position() + more))
					.order(ByteOrder.LITTLE_ENDIAN);
			block.flip();
			bigger.put(block);
			block = bigger;
		}
	}

	private void putString(String s) {
		byte[] b = (s == null ? "" : s).getBytes(StandardCharsets.UTF_8);
		int n = Math.min(b.length, 0xffff);
		ensure(2 + n + 256);
		block.putShort((short) n);
		block.put(b, 0, n);
	}

	/** NUL-terminated items under one u16 length, as libscap stores args, env and cgroups. */
	private void putList(List<String> items) {
		int lenAt = block.position();
		ensure(2 + 256);
		block.putShort((short) 0);
		int from = block.position();
		for (String s : items) {
			byte[] b = s.getBytes(StandardCharsets.UTF_8);
			if (block.position() - from + b.length + 1 > 0xffff) {
				break;
			}
			ensure(b.length + 1 + 256);
			block.put(b);
			block.put((byte) 0);
		}
		block.putShort(lenAt, (short) (block.position() - from));
	}

	private void putFixed(byte[] b, int width) {
		ensure(width + 256);
		for (int i = 0; i < width; i++) {
			block.put(b != null && i < b.length ? b[i] : 0);
		}
	}
}

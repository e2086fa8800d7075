package io.falcoj.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.falcoj.event.Event;

class ScapReaderWriterTest {
	@TempDir
	Path tmp;

	/** What a read produced, kept for assertions (copies: the event flyweight is reused). */
	static final class Recorder implements CaptureListener {
		MachineInfo machine;
		final List<ProcessEntry> processes = new ArrayList<>();
		final List<long[]> fds = new ArrayList<>();
		final List<FdEntry> fdEntries = new ArrayList<>();
		final List<UserEntry> users = new ArrayList<>();
		final List<GroupEntry> groups = new ArrayList<>();
		final List<InterfaceEntry> interfaces = new ArrayList<>();
		final List<String> events = new ArrayList<>();

		@Override
		public void onMachine(MachineInfo m) {
			machine = m;
		}

		@Override
		public void onProcess(ProcessEntry p) {
			processes.add(p);
		}

		@Override
		public void onFd(long tid, FdEntry fd) {
			fds.add(new long[] {tid, fd.fd});
			fdEntries.add(fd);
		}

		@Override
		public void onUser(UserEntry u) {
			users.add(u);
		}

		@Override
		public void onGroup(GroupEntry g) {
			groups.add(g);
		}

		@Override
		public void onInterface(InterfaceEntry i) {
			interfaces.add(i);
		}

		@Override
		public void onEvent(Event e, int cpu) {
			StringBuilder sb = new StringBuilder();
			sb.append(e.ts()).append(' ').append(e.tid()).append(' ').append(cpu).append(' ').append(e.type());
			for (int i = 0; i < e.paramCount(); i++) {
				sb.append(' ').append(Arrays.toString(e.paramBytes(i)));
			}
			events.add(sb.toString());
		}
	}

	static byte[] event(long ts, long tid, int type, byte[]... params) {
		int len = Event.HEADER_SIZE + params.length * 2;
		for (byte[] p : params) {
			len += p.length;
		}
		ByteBuffer b = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
		b.putLong(ts).putLong(tid).putInt(len).putShort((short) type).putInt(params.length);
		for (byte[] p : params) {
			b.putShort((short) p.length);
		}
		for (byte[] p : params) {
			b.put(p);
		}
		return b.array();
	}

	static byte[] le64(long v) {
		return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(v).array();
	}

	private byte[] sampleCapture() throws IOException {
		ByteArrayOutputStream bos = new ByteArrayOutputStream();
		try (ScapWriter w = new ScapWriter(bos)) {
			w.writeMachineInfo(new MachineInfo(4, 1L << 33, 4194304, "box", 1_700_000_000_000_000_000L, 0));
			w.writeInterfaces(List.of(new InterfaceEntry("lo", new byte[] {127, 0, 0, 1}, new byte[] {-1, 0, 0, 0},
					new byte[4], 0), new InterfaceEntry("eth0", new byte[16], new byte[16], new byte[16])));
			w.writeUsers(List.of(new UserEntry(0, 0, "root", "/root", "/bin/bash", "")),
					List.of(new GroupEntry(0, "root", ""), new GroupEntry(100, "users", "")));
			ProcessEntry p = new ProcessEntry();
			p.tid = 42;
			p.pid = 42;
			p.ptid = 1;
			p.sid = 42;
			p.vpgid = 42;
			p.pgid = 42;
			p.comm = "bash";
			p.exe = "/bin/bash";
			p.exepath = "/usr/bin/bash";
			p.args = List.of("-c", "echo hi");
			p.env = List.of("HOME=/root", "TERM=xterm");
			p.cgroups = List.of("cpu=/user.slice");
			p.cwd = "/root";
			p.root = "/";
			p.uid = 0;
			p.gid = 0;
			p.loginuid = 1000;
			p.vtid = 42;
			p.vpid = 42;
			p.fdlimit = 1024;
			p.capEffective = 0x1ffffffffffL;
			p.exeIno = 77;
			p.exeLowerLayer = true;
			w.writeProcesses(List.of(p));
			FdEntry f = new FdEntry();
			f.fd = 3;
			f.ino = 9;
			f.type = FdType.FILE_V2;
			f.name = "/etc/passwd";
			f.openFlags = 1;
			f.dev = 0x803;
			FdEntry s = new FdEntry();
			s.fd = 4;
			s.type = FdType.IPV4_SOCK;
			s.sourceIp = new byte[] {10, 0, 0, 1};
			s.destIp = new byte[] {10, 0, 0, 2};
			s.sourcePort = 40000;
			s.destPort = 443;
			s.l4proto = 6;
			w.writeFds(42, List.of(f, s));
			byte[] open = event(1000, 42, 3, le64(3), "/etc/passwd\0".getBytes(), new byte[] {1, 0, 0, 0});
			w.writeEvent(open, 0, open.length, 1, 0);
			byte[] close = event(2000, 42, 5, le64(0));
			w.writeEvent(close, 0, close.length, 0, 0x5);
			byte[] big = event(3000, 42, 7, le64(70000), new byte[60000], new byte[20000]);
			w.writeEvent(big, 0, big.length, 1, 0);
		}
		return bos.toByteArray();
	}

	@Test
	void writtenCaptureReadsBackField_for_field() throws Exception {
		Recorder r = new Recorder();
		ScapReader reader = ScapReader.open("sample", new ByteArrayInputStream(sampleCapture()));
		reader.read(r);
		assertEquals(new MachineInfo(4, 1L << 33, 4194304, "box", 1_700_000_000_000_000_000L, 0), r.machine);
		assertEquals(2, r.interfaces.size());
		assertEquals("lo", r.interfaces.get(0).name());
		assertArrayEquals(new byte[] {127, 0, 0, 1}, r.interfaces.get(0).address());
		assertEquals(0, r.interfaces.get(0).linkSpeed());
		assertTrue(r.interfaces.get(1).isIpv6());
		assertEquals(-1, r.interfaces.get(1).linkSpeed());
		assertEquals(List.of(new UserEntry(0, 0, "root", "/root", "/bin/bash", "")), r.users);
		assertEquals(List.of(new GroupEntry(0, "root", ""), new GroupEntry(100, "users", "")), r.groups);
		ProcessEntry p = r.processes.get(0);
		assertEquals(42, p.tid);
		assertEquals("bash", p.comm);
		assertEquals("/usr/bin/bash", p.exepath);
		assertEquals(List.of("-c", "echo hi"), p.args);
		assertEquals(List.of("HOME=/root", "TERM=xterm"), p.env);
		assertEquals(List.of("cpu=/user.slice"), p.cgroups);
		assertEquals("/", p.root);
		assertEquals(1000, p.loginuid);
		assertEquals(0x1ffffffffffL, p.capEffective);
		assertEquals(77, p.exeIno);
		assertTrue(p.exeLowerLayer);
		assertEquals(42, p.pgid);
		assertEquals(2, r.fdEntries.size());
		assertEquals("/etc/passwd", r.fdEntries.get(0).name);
		assertEquals(0x803, r.fdEntries.get(0).dev);
		assertEquals(FdType.IPV4_SOCK, r.fdEntries.get(1).type);
		assertArrayEquals(new byte[] {10, 0, 0, 2}, r.fdEntries.get(1).destIp);
		assertEquals(443, r.fdEntries.get(1).destPort);
		assertEquals(42, r.fds.get(1)[0]);
		assertEquals(3, r.events.size());
		assertTrue(r.events.get(0).startsWith("1000 42 1 3 "), r.events.get(0));
		assertTrue(r.events.get(1).startsWith("2000 42 0 5 "), r.events.get(1));
		assertEquals(3, reader.eventCount());
	}

	@Test
	void eventFlagsAndLargeBlocksUseTheirBlockTypes() throws Exception {
		byte[] data = sampleCapture();
		List<Integer> types = new ArrayList<>();
		ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		for (int off = 0; off < data.length; off += b.getInt(off + 4)) {
			types.add(b.getInt(off));
		}
		assertEquals(List.of(0x0A0D0D0A, 0x201, 0x219, 0x220, 0x215, 0x218, 0x216, 0x217, 0x221), types);
		int[] flags = new int[3];
		int[] n = {0};
		ScapReader reader = ScapReader.open("sample", new ByteArrayInputStream(data));
		reader.read((e, cpu) -> flags[n[0]++] = reader.eventFlags());
		assertArrayEquals(new int[] {0, 5, 0}, flags);
	}

	@Test
	void readNextReportsOneBlockAtATime() throws Exception {
		ScapReader reader = ScapReader.open("sample", new ByteArrayInputStream(sampleCapture()));
		Recorder r = new Recorder();
		int calls = 0;
		while (r.events.size() < 2 && reader.readNext(r)) {
			calls++;
		}
		assertEquals(2, r.events.size());
		assertEquals(8, calls, "section, machine, interfaces, users, processes, fds, two events");
		assertTrue(reader.readNext(r));
		assertEquals(3, r.events.size());
		assertEquals(false, reader.readNext(r));
	}

	@Test
	void afterAFormatErrorEveryCallFails() throws Exception {
		byte[] data = sampleCapture();
		ScapReader reader = ScapReader.open("bad", new ByteArrayInputStream(Arrays.copyOf(data, data.length - 3)));
		Recorder r = new Recorder();
		ScapFormatException first = assertThrows(ScapFormatException.class, () -> reader.read(r));
		ScapFormatException again = assertThrows(ScapFormatException.class, () -> reader.readNext(r));
		assertEquals(first, again);
	}

	@Test
	void gzipCapturesAreRead() throws Exception {
		Path gz = tmp.resolve("sample.scap");
		try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
			out.write(sampleCapture());
		}
		Recorder r = new Recorder();
		ScapReader.read(gz, r);
		assertEquals(3, r.events.size());
	}

	@Test
	void brokenGzipIsAFormatError() throws Exception {
		byte[] header = {0x1f, (byte) 0x8b, 9, 9, 9};
		assertTrue(readFails(header).getMessage().contains("gzip"));
		ByteArrayOutputStream bos = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bos)) {
			out.write(sampleCapture());
		}
		byte[] z = bos.toByteArray();
		ScapFormatException e = readFails(Arrays.copyOf(z, z.length / 2));
		assertTrue(e.getMessage().contains("(gzip)"), e.getMessage());
	}

	@Test
	void copyingAFileKeepsEveryEventByteForByte() throws Exception {
		Path in = tmp.resolve("in.scap");
		Files.write(in, sampleCapture());
		Path out = tmp.resolve("out.scap");
		ScapCopier.copy(in, out);
		Recorder a = new Recorder();
		Recorder b = new Recorder();
		ScapReader.read(in, a);
		ScapReader.read(out, b);
		assertEquals(a.events, b.events);
		assertEquals(Files.size(in), Files.size(out));
	}

	private ScapFormatException readFails(byte[] data) {
		return assertThrows(ScapFormatException.class,
				() -> ScapReader.open("bad", new ByteArrayInputStream(data)).read((e, cpu) -> {
				}));
	}

	@Test
	void emptyAndForeignFilesAreRefused() {
		assertTrue(readFails(new byte[0]).getMessage().contains("empty file"));
		ScapFormatException e = readFails("hello world, not a capture".getBytes());
		assertTrue(e.getMessage().contains("not a .scap capture"), e.getMessage());
		assertEquals(0, e.offset());
	}

	@Test
	void truncationIsReportedAtTheBlockThatIsCut() throws Exception {
		byte[] data = sampleCapture();
		ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		int off = 0;
		List<Integer> starts = new ArrayList<>();
		while (off < data.length) {
			starts.add(off);
			off += b.getInt(off + 4);
		}
		for (int start : starts) {
			ScapFormatException e = readFails(Arrays.copyOf(data, start + 10));
			assertEquals(start, e.offset(), e.getMessage());
			assertTrue(e.getMessage().contains("truncated"), e.getMessage());
			assertTrue(e.getMessage().startsWith("bad: "), e.getMessage());
		}
	}

	@Test
	void truncatedFileOnDiskNamesTheFile() throws Exception {
		byte[] data = sampleCapture();
		Path f = tmp.resolve("cut.scap");
		Files.write(f, Arrays.copyOf(data, data.length - 5));
		ScapFormatException e = assertThrows(ScapFormatException.class, () -> ScapReader.read(f, (ev, cpu) -> {
		}));
		assertTrue(e.getMessage().contains(f.toString()), e.getMessage());
		assertTrue(e.getMessage().contains("past the end of the file"), e.getMessage());
	}

	@Test
	void fileCutShortWhileBeingReadIsAFormatError() throws Exception {
		Path sample = tmp.resolve("sample.scap");
		Files.write(sample, sampleCapture());
		Path big = tmp.resolve("big.scap");
		ScapMultiplier.multiply(sample, big, 20_000);
		byte[] data = Files.readAllBytes(big);
		ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		// Cut 10 bytes into the first block past two thirds of the file: far beyond what the
		// reader has buffered after its first blocks (it starts with a small window).
		int cut = 0;
		while (cut < data.length * 2 / 3) {
			cut += b.getInt(cut + 4);
		}
		assertTrue(cut > 1 << 20, "the capture is large: " + data.length);
		cut += 10;
		try (ScapReader reader = ScapReader.open(big, 4096)) {
			for (int i = 0; i < 2; i++) {
				assertTrue(reader.readNext((e, cpu) -> {
				}));
			}
			try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(big,
					java.nio.file.StandardOpenOption.WRITE)) {
				ch.truncate(cut);
			}
			ScapFormatException e = assertThrows(ScapFormatException.class, () -> reader.read((ev, cpu) -> {
			}));
			assertEquals(cut - 10, e.offset(), e.getMessage());
			assertTrue(e.getMessage().contains("truncated"), e.getMessage());
			assertThrows(ScapFormatException.class, () -> reader.readNext((ev, cpu) -> {
			}));
		}
	}

	@Test
	void wrongTrailerBigEndianAndNewerVersionsAreRefused() throws Exception {
		byte[] data = sampleCapture();
		byte[] badTrailer = data.clone();
		badTrailer[27] = 9;
		assertTrue(readFails(badTrailer).getMessage().contains("trailer"));
		byte[] swapped = data.clone();
		ByteBuffer.wrap(swapped).order(ByteOrder.LITTLE_ENDIAN).putInt(8, 0x4D3C2B1A);
		assertTrue(readFails(swapped).getMessage().contains("big-endian"));
		byte[] newer = data.clone();
		ByteBuffer.wrap(newer).order(ByteOrder.LITTLE_ENDIAN).putShort(12, (short) 2);
		assertTrue(readFails(newer).getMessage().contains("newer"));
	}

	@Test
	void eventLengthBeyondItsBlockIsRefused() throws Exception {
		byte[] data = sampleCapture();
		ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		int off = 0;
		while (b.getInt(off) != 0x216) {
			off += b.getInt(off + 4);
		}
		b.putInt(off + 8 + 2 + Event.OFF_LEN, 1 << 20);
		ScapFormatException e = readFails(data);
		assertEquals(off + 8 + 2 + Event.OFF_LEN, e.offset(), e.getMessage());
	}

	@Test
	void hugeBlockLengthDoesNotAllocateIt() throws Exception {
		byte[] data = sampleCapture();
		ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).putInt(28 + 4, 0x3ff00000);
		long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
		ScapFormatException e = readFails(data);
		assertEquals(28, e.offset());
		long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
		assertTrue(after - before < 256L << 20, "allocated " + (after - before));
	}
}

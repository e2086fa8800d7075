package io.falcoj.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Process list blocks of every version, built byte by byte as libscap lays them out (the sample
 * captures only have V6 to V9), read back field by field; plus the first-format fd, user and
 * interface blocks and their pre-release "_INT" numbers.
 */
class ProcessListVersionsTest {
	private static final int[][] PL_TYPES = {{1, 0x202}, {1, 0x8000ABCD}, {2, 0x207}, {2, 0x8013ABCD}, {3, 0x209},
			{3, 0x8014ABCD}, {4, 0x210}, {5, 0x211}, {6, 0x212}, {7, 0x213}, {8, 0x214}, {9, 0x215}};

	/** Little-endian byte builder. */
	static final class Bytes {
		final ByteBuffer b = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

		Bytes u8(int v) {
			b.put((byte) v);
			return this;
		}

		Bytes u16(int v) {
			b.putShort((short) v);
			return this;
		}

		Bytes u32(int v) {
			b.putInt(v);
			return this;
		}

		Bytes u64(long v) {
			b.putLong(v);
			return this;
		}

		Bytes str(String s) {
			byte[] x = s.getBytes(StandardCharsets.UTF_8);
			b.putShort((short) x.length).put(x);
			return this;
		}

		Bytes raw(byte[] x) {
			b.put(x);
			return this;
		}

		byte[] bytes() {
			byte[] out = new byte[b.position()];
			b.get(0, out);
			return out;
		}
	}

	static byte[] block(int type, byte[] body) {
		int pad = (4 - (body.length & 3)) & 3;
		int total = 8 + body.length + pad + 4;
		return new Bytes().u32(type).u32(total).raw(body).raw(new byte[pad]).u32(total).bytes();
	}

	static byte[] capture(byte[]... blocks) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(block(0x0A0D0D0A, new Bytes().u32(0x1A2B3C4D).u16(1).u16(2).u64(-1).bytes()));
		for (byte[] b : blocks) {
			out.writeBytes(b);
		}
		return out.toByteArray();
	}

	static byte[] processEntry(int v) {
		Bytes e = new Bytes();
		e.u64(100).u64(100).u64(1);
		if (v >= 6) {
			e.u64(90);
		}
		if (v >= 8) {
			e.u64(80);
		}
		e.str("comm").str("/bin/exe");
		if (v >= 7) {
			e.str("/usr/bin/exe");
		}
		e.str("a\0b\0").str("/cwd").u64(1024).u32(0x2000).u32(1000).u32(100);
		if (v >= 2) {
			e.u32(10).u32(20).u32(30).u64(4).u64(5);
			if (v >= 3) {
				e.str("HOME=/\0");
			}
			if (v >= 4) {
				e.u64(7).u64(8).str("cpu=/x\0");
				if (v >= 5) {
					e.str("/root");
				}
			}
		}
		if (v >= 9) {
			e.u32(1001).u8(1).u64(0x11).u64(0x22).u64(0x33);
		}
		byte[] fields = e.bytes();
		if (v < 9) {
			return fields;
		}
		return new Bytes().u32(fields.length + 4).raw(fields).bytes();
	}

	@Test
	void everyProcessListVersionReadsItsFields() throws Exception {
		for (int[] t : PL_TYPES) {
			int v = t[0];
			byte[] body = new Bytes().raw(processEntry(v)).raw(processEntry(v)).bytes();
			List<ProcessEntry> got = new ArrayList<>();
			ScapReader.open("pl" + v, new ByteArrayInputStream(capture(block(t[1], body)))).read(new CaptureListener() {
				@Override
				public void onProcess(ProcessEntry p) {
					got.add(p);
				}

				@Override
				public void onEvent(io.falcoj.event.Event event, int cpu) {
				}
			});
			String what = String.format("PL v%d (0x%x)", v, t[1]);
			assertEquals(2, got.size(), what);
			ProcessEntry p = got.get(1);
			assertEquals(100, p.tid, what);
			assertEquals(1, p.ptid, what);
			assertEquals(v >= 6 ? 90 : -1, p.sid, what);
			assertEquals(v >= 8 ? 80 : -1, p.vpgid, what);
			assertEquals("comm", p.comm, what);
			assertEquals(v >= 7 ? "/usr/bin/exe" : "", p.exepath, what);
			assertEquals(List.of("a", "b"), p.args, what);
			assertEquals("/cwd", p.cwd, what);
			assertEquals(1000, p.uid, what);
			assertEquals(v >= 2 ? 20 : 0, p.vmrssKb, what);
			assertEquals(v >= 3 ? List.of("HOME=/") : List.of(), p.env, what);
			assertEquals(v >= 4 ? 8 : -1, p.vpid, what);
			assertEquals(v >= 4 ? List.of("cpu=/x") : List.of(), p.cgroups, what);
			assertEquals(v >= 5 ? "/root" : "", p.root, what);
			assertEquals(v >= 9 ? 1001 : -1, p.loginuid, what);
			assertEquals(v >= 9 ? 0x33 : 0, p.capEffective, what);
		}
	}

	@Test
	void firstFormatFdUserAndInterfaceBlocksAndTheirPreReleaseNumbers() throws Exception {
		for (int[] types : new int[][] {{0x203, 0x206, 0x205}, {0x8001ABCD, 0x8012ABCD, 0x8011ABCD}}) {
			byte[] fds = new Bytes().u64(100)
					.u64(3).u64(9).u8(1).str("/etc/hosts")
					.u64(4).u64(0).u8(3).raw(new byte[] {10, 0, 0, 1}).raw(new byte[] {10, 0, 0, 2}).u16(1234).u16(80).u8(6)
					.u64(5).u64(0).u8(8).u64(0xaa).u64(0xbb).str("/run/sock")
					.bytes();
			byte[] users = new Bytes().u8(0).u32(0).u32(0).str("root").str("/root").str("/bin/sh")
					.u8(1).u32(100).str("users").bytes();
			byte[] ifs = new Bytes().u16(3).u16(2).raw(new byte[] {127, 0, 0, 1}).raw(new byte[4]).raw(new byte[4])
					.raw("lo".getBytes()).u16(2).u16(4).raw(new byte[16]).raw(new byte[16]).raw(new byte[16]).u64(1000)
					.raw("eth0".getBytes()).bytes();
			ScapReaderWriterTest.Recorder r = new ScapReaderWriterTest.Recorder();
			ScapReader.open("v1", new ByteArrayInputStream(capture(block(types[0], fds), block(types[1], users),
					block(types[2], ifs)))).read(r);
			assertEquals(3, r.fdEntries.size());
			assertEquals("/etc/hosts", r.fdEntries.get(0).name);
			assertEquals(FdType.FILE, r.fdEntries.get(0).type);
			assertEquals(80, r.fdEntries.get(1).destPort);
			assertEquals(0xbb, r.fdEntries.get(2).unixDest);
			assertEquals("/run/sock", r.fdEntries.get(2).name);
			assertEquals(List.of(new UserEntry(0, 0, "root", "/root", "/bin/sh", "")), r.users);
			assertEquals(List.of(new GroupEntry(100, "users", "")), r.groups);
			assertEquals(2, r.interfaces.size());
			assertEquals("lo", r.interfaces.get(0).name());
			assertEquals(-1, r.interfaces.get(0).linkSpeed());
			assertEquals("eth0", r.interfaces.get(1).name());
			assertEquals(1000, r.interfaces.get(1).linkSpeed());
		}
	}
}

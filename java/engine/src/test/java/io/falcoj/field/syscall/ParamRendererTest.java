package io.falcoj.field.syscall;

import io.falcoj.capture.FdType;
import io.falcoj.field.syscall.ParamRenderer.BufferFormat;
import io.falcoj.state.FdInfo;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.ThreadInfo;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static io.falcoj.field.syscall.EventBytes.event;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ParamRendererTest {
	static final int OPEN_X = 3;
	static final int READ_X = 7;
	static final int BIND_X = 21;
	static final int CONNECT_X = 23;
	static final int POLL_X = 81;
	static final int KILL_E = 128;
	static final int NANOSLEEP_E = 134;
	static final int SETUID_E = 198;

	/** A small state for rendering: one thread, its fds and cwd, a user list. */
	static final class TestState implements EventState {
		final ThreadInfo thread = new ThreadInfo();
		final Map<Long, FdInfo> fds = new HashMap<>();
		final Map<Long, String> users = new HashMap<>();
		String cwd = "/home/user/";

		TestState() {
			thread.tid = 42;
			thread.pid = 42;
			thread.comm = "cat";
		}

		FdInfo addFd(long fd, FdType type, String name, int l4) {
			FdInfo f = new FdInfo();
			f.fd = fd;
			f.type = type;
			f.setName(name);
			f.l4proto = l4;
			fds.put(fd, f);
			return f;
		}

		@Override
		public FdInfo fd(ThreadInfo t, long fd) {
			return fds.get(fd);
		}

		@Override
		public ThreadInfo thread(long tid) {
			return tid == thread.tid ? thread : null;
		}

		@Override
		public int l4proto(FdInfo fd) {
			return fd.l4proto;
		}

		@Override
		public String userName(long uid) {
			return users.get(uid);
		}

		@Override
		public String groupName(long gid) {
			return null;
		}

		@Override
		public String cwd(ThreadInfo t) {
			return cwd;
		}

		@Override
		public long firstEventTs() {
			return 0;
		}

		@Override
		public long latency(ParsedEvent e) {
			return 0;
		}
	}

	private final TestState state = new TestState();
	private final ParamRenderer r = new ParamRenderer(state).zone(ZoneOffset.UTC);

	private String args(ParsedEvent pe) {
		StringBuilder sb = new StringBuilder();
		r.appendArgs(pe, sb);
		return sb.toString();
	}

	private ParsedEvent withThread(EventBytes b) {
		ParsedEvent pe = b.parsed();
		pe.thread = state.thread;
		return pe;
	}

	@Test
	void openExitNamesFlagsAndResolvesTheNewFd() {
		state.addFd(3, FdType.FILE, "/etc/passwd", 0);
		ParsedEvent pe = withThread(event(OPEN_X).u64(3).str("/etc/passwd").u32(4097).u32(0).u32(0x803).u64(77));
		assertEquals("fd=3(<f>/etc/passwd) name=/etc/passwd flags=4097(O_RDONLY|O_CLOEXEC) mode=0 dev=803 ino=77 ",
				args(pe));
	}

	@Test
	void failedOpenShowsTheErrnoAndRelativePathsResolveAgainstTheCwd() {
		ParsedEvent pe = withThread(event(OPEN_X).u64(-2).str("../x/./y//z/").u32(0).u32(0644));
		assertEquals("fd=-2(ENOENT) name=../x/./y//z/(/home/x/y/z) flags=0(O_NONE) mode=0644 ", args(pe));
	}

	@Test
	void withoutAThreadNothingResolves() {
		ParsedEvent pe = event(OPEN_X).u64(-2).str("rel").u32(1).u32(0).parsed();
		assertEquals("fd=-2 name=rel flags=1(O_RDONLY) mode=0 ", args(pe));
	}

	@Test
	void socketsPrintTuplesAndAddresses() {
		state.addFd(5, FdType.IPV4_SOCK, "127.0.0.1:5000->127.0.0.1:80", 2);
		ByteBuffer tuple = EventBytes.le(13).put((byte) 2).put(new byte[] {127, 0, 0, 1}).putShort((short) 5000)
				.put(new byte[] {127, 0, 0, 1}).putShort((short) 80);
		ParsedEvent pe = withThread(event(CONNECT_X).u64(0).raw(tuple.array()).u64(5));
		assertEquals("res=0 tuple=127.0.0.1:5000->127.0.0.1:80 fd=5(<4t>127.0.0.1:5000->127.0.0.1:80) ", args(pe));

		ByteBuffer v6 = EventBytes.le(37).put((byte) 10);
		v6.put(new byte[] {0x20, 0x01, 0x0d, (byte) 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}).putShort((short) 443);
		v6.put(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}).putShort((short) 8080);
		assertEquals("res=0 tuple=2001:db8::1:443->::1:8080 ",
				args(event(CONNECT_X).u64(0).raw(v6.array()).parsed()));

		ByteBuffer unix = EventBytes.le(27).put((byte) 1).putLong(0xffff9a0012345678L).putLong(0xffff9a00abcdef00L);
		unix.put("/tmp/sock\0".getBytes(StandardCharsets.US_ASCII));
		assertEquals("res=0 tuple=ffff9a0012345678->ffff9a00abcdef00 /tmp/sock ",
				args(event(CONNECT_X).u64(0).raw(unix.array()).parsed()));

		ByteBuffer any6 = EventBytes.le(19).put((byte) 10).put(new byte[16]).putShort((short) 5555);
		assertEquals("res=0 addr=:::5555 ", args(event(BIND_X).u64(0).raw(any6.array()).parsed()));
	}

	@Test
	void buffersFollowTheChosenFormat() {
		byte[] data = "GET / HTTP/1.1\r\nHost: x\r\n\r\n\u0001".getBytes(StandardCharsets.US_ASCII);
		ParsedEvent pe = event(READ_X).u64(data.length).raw(data).parsed();
		r.bufferFormat(BufferFormat.NORMAL, 80);
		assertEquals("res=28 data=GET / HTTP/1.1..Host: x..... ", args(pe));
		r.bufferFormat(BufferFormat.ASCII, 80);
		assertEquals("res=28 data=\nGET / HTTP/1.1\nHost: x\n\n ", args(pe));
		r.bufferFormat(BufferFormat.BASE64, 0);
		r.render(pe, 1);
		assertEquals(java.util.Base64.getEncoder().encodeToString(data), r.raw().toString());
		r.bufferFormat(BufferFormat.HEXASCII, 0);
		r.render(pe, 1);
		String hex = r.raw().toString();
		assertEquals("\n\t0x0000: 4745 5420 2f20 4854 5450 2f31 2e31 0d0a  GET / HTTP/1.1..", hex.substring(0, hex.indexOf('\n', 1)));
		assertEquals("\n\t0x0010: 486f 7374 3a20 780d 0a0d 0a01            Host: x.....\n", hex.substring(hex.indexOf('\n', 1)));

		byte[] big = new byte[200];
		java.util.Arrays.fill(big, (byte) 'a');
		r.bufferFormat(BufferFormat.NORMAL, 80);
		r.render(event(READ_X).u64(200).raw(big).parsed(), 1);
		assertEquals("a".repeat(77) + "...", r.raw().toString());
		r.bufferFormat(BufferFormat.DOTS, 80);
		r.render(event(READ_X).u64(200).raw(big).parsed(), 1);
		assertEquals(200, r.raw().length());
	}

	@Test
	void signalsUsersTimesAndFdLists() {
		assertEquals("pid=42(cat) sig=9(SIGKILL) ", args(withThread(event(KILL_E).u64(42).u8(9))));
		state.users.put(0L, "root");
		assertEquals("uid=0(root) ", args(withThread(event(SETUID_E).u32(0))));
		assertEquals("uid=1000(<NA>) ", args(withThread(event(SETUID_E).u32(1000))));
		assertEquals("uid=-1(<NONE>) ", args(withThread(event(SETUID_E).u32(0xffffffffL))));
		assertEquals("interval=1500000000(1.5s) ", args(event(NANOSLEEP_E).u64(1_500_000_000L).parsed()));
		assertEquals("interval=10000(1e-05s) ", args(event(NANOSLEEP_E).u64(10_000L).parsed()));
		state.addFd(3, FdType.IPV4_SOCK, "x", 2);
		ByteBuffer fds = EventBytes.le(22).putShort((short) 2).putLong(3).putShort((short) 1).putLong(7).putShort((short) 0x41);
		assertEquals("res=1 fds=3:41 7:?41 timeout=-1 ", args(withThread(event(POLL_X).u64(1).raw(fds.array()).u64(-1))));
	}

	@Test
	void anyParameterBytesRenderWithoutFailing() throws Exception {
		java.nio.file.Path file = java.nio.file.Path.of(System.getProperty("falcoj.root", "."), "..", "shared", "traces",
				"qemu-small.scap");
		org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(file), "shared capture not found");
		java.util.Random random = new java.util.Random(42);
		ParsedEvent pe = new ParsedEvent();
		int[] rendered = {0};
		io.falcoj.capture.ScapReader.read(file, (event, cpu) -> {
			// every event, its parameter bytes scrambled (lengths kept): the renderer must cope with any content
			ByteBuffer copy = ByteBuffer.allocate((int) event.length()).order(java.nio.ByteOrder.LITTLE_ENDIAN);
			copy.put(0, event.buffer(), event.offset(), (int) event.length());
			io.falcoj.event.Event e = new io.falcoj.event.Event().wrap(copy, 0);
			for (int i = 0; i < e.paramCount(); i++) {
				for (int k = 0; k < e.paramLength(i); k++) {
					if (random.nextInt(4) == 0) {
						copy.put(e.paramOffset(i) + k, (byte) random.nextInt(256));
					}
				}
			}
			pe.event = e;
			pe.thread = random.nextBoolean() ? state.thread : null;
			for (BufferFormat f : BufferFormat.values()) {
				r.bufferFormat(f, 80);
				args(pe);
			}
			rendered[0]++;
		});
		org.junit.jupiter.api.Assertions.assertTrue(rendered[0] > 10_000);
	}

	@Test
	void gFormatMatchesPrintf() {
		String[][] cases = {{"1", "1"}, {"0.5", "0.5"}, {"1.5", "1.5"}, {"0.001", "0.001"}, {"0.0001", "0.0001"},
				{"0.00001", "1e-05"}, {"123456", "123456"}, {"1234567", "1.23457e+06"}, {"0.000123456789", "0.000123457"},
				{"100.25", "100.25"}, {"2.5e-07", "2.5e-07"}};
		for (String[] c : cases) {
			StringBuilder sb = new StringBuilder();
			CFormat.appendG(sb, Double.parseDouble(c[0]));
			assertEquals(c[1], sb.toString(), c[0]);
		}
	}

	@Test
	void humanLatenciesAreTruncatedLikeLibsinsp() {
		assertEquals("0ns", EvtFields.human(0));
		assertEquals("653ns", EvtFields.human(653));
		assertEquals("3.95us", EvtFields.human(3951));
		assertEquals("120us", EvtFields.human(120_999));
		assertEquals("1.20ms", EvtFields.human(1_209_999));
		assertEquals("15ms", EvtFields.human(15_000_000));
		assertEquals("2.05s", EvtFields.human(2_059_000_000L));
		assertEquals("3:7", EvtFields.human(187_000_000_000L));
		assertEquals("01:02:03", EvtFields.human(3_723_000_000_000L));
	}
}

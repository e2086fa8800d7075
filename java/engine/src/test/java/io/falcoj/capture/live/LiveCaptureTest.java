package io.falcoj.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.falcoj.capture.CaptureListener;
import io.falcoj.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Attaches the real eBPF driver on this machine, with each kind of syscall exit hooks, and
 * watches a child process open a temp file. Skips (with the reason) without root, BPF support or
 * the native library.
 */
class LiveCaptureTest {
	private static final int OPEN_X = 3;
	private static final int CLOSE_X = 5;
	private static final int OPENAT_X = 307;
	private static final int EXECVE_X = 293;

	/**
	 * A capture closed before its thread got to run (a test failing between creating the thread
	 * and starting it) does not start: run fails at once instead of reading unmapped rings.
	 */
	@Test
	void runAfterCloseFailsWithoutTouchingTheDriver() throws Exception {
		EbpfDriver driver = NativeAssumptions.driver(EbpfDriver.Hooks.values()[0]);
		LiveCapture capture = new LiveCapture(driver, false);
		capture.close();
		IllegalStateException e = assertThrows(IllegalStateException.class, () -> capture.run((ev, cpu) -> {
		}));
		assertEquals("the capture is closed", e.getMessage());
		assertTrue(capture.awaitStarted(1, TimeUnit.SECONDS), "awaitStarted does not hang on a capture that cannot start");
	}

	@ParameterizedTest
	@EnumSource(EbpfDriver.Hooks.class)
	void seesAChildOpenATempFile(EbpfDriver.Hooks hooks) throws Exception {
		EbpfDriver driver = NativeAssumptions.driver(hooks);
		Path file = Files.createTempFile("falcoj-live-", ".txt");
		Files.writeString(file, "hello");
		String path = file.toString();
		AtomicLong openTid = new AtomicLong(-1);
		AtomicLong openFlags = new AtomicLong();
		AtomicLong openFd = new AtomicLong(-1);
		AtomicReference<String> execArgs = new AtomicReference<>();
		AtomicLong ownEvents = new AtomicLong();
		long self = ProcessHandle.current().pid();
		CountDownLatch seen = new CountDownLatch(1);
		CaptureListener listener = (Event e, int cpu) -> {
			if (e.tid() == self) {
				ownEvents.incrementAndGet();
			}
			if (e.type() == OPENAT_X && e.paramLength(2) == path.length() + 1 && path.equals(e.paramString(2))) {
				openTid.set(e.tid());
				openFd.set(e.paramLong(0));
				openFlags.set(e.paramUnsigned(3));
				seen.countDown();
			}
			if (e.type() == EXECVE_X && e.paramString(1).equals("cat") && e.paramString(2).startsWith(path)) {
				execArgs.set(e.paramString(2));
			}
		};
		try (LiveCapture capture = new LiveCapture(driver, false)) {
			Thread t = new Thread(() -> capture.run(listener), "capture");
			t.start();
			assertTrue(capture.awaitStarted(5, TimeUnit.SECONDS));
			Process cat = new ProcessBuilder("cat", path).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			assertEquals(0, cat.waitFor());
			assertTrue(seen.await(2, TimeUnit.SECONDS), "no openat of " + path + " within 2 s");
			capture.stop();
			t.join(5000);
			assertEquals(cat.pid(), openTid.get(), "the open comes from the child");
			assertTrue(openFd.get() >= 0, "fd " + openFd.get());
			assertEquals(1, openFlags.get() & 3, "O_RDONLY in PPM encoding");
			assertNotNull(execArgs.get(), "the child's execve exit with its argument");
			assertEquals(0, ownEvents.get(), "events of the capturing process itself");
			assertTrue(capture.delivered() > 0);
			assertEquals(0, capture.stats().totalDrops(), "drops");
			assertEquals(0, capture.malformed(), "malformed events");
		} finally {
			Files.deleteIfExists(file);
		}
	}

	/**
	 * The probe writes the open, openat and close exits with fillers of their own (not the
	 * parameter loop the other syscalls take): every parameter of them is checked here against
	 * what the child really did and the file really is (device and inode from stat).
	 */
	@ParameterizedTest
	@EnumSource(EbpfDriver.Hooks.class)
	void openOpenatAndCloseCarryEveryParameter(EbpfDriver.Hooks hooks) throws Exception {
		assumeTrue(new java.io.File("/usr/bin/python3").canExecute(), "python3 runs the open(2) child");
		EbpfDriver driver = NativeAssumptions.driver(hooks);
		Path file = Files.createTempFile("falcoj-fill-", ".txt");
		Files.writeString(file, "hello");
		String path = file.toString();
		long ino = (Long) Files.getAttribute(file, "unix:ino");
		long dev = (Long) Files.getAttribute(file, "unix:dev") & 0xffffffffL;	/* (major < 4096: same encoding) */
		List<String> got = Collections.synchronizedList(new ArrayList<>());
		long[] openFd = { -1, -1 };	/* per child: the fd its open returned, until its close */
		long[] tids = { -1, -1 };
		CountDownLatch closes = new CountDownLatch(2);
		CaptureListener listener = (Event e, int cpu) -> {
			int type = e.type();
			if ((type == OPENAT_X || type == OPEN_X) && path.equals(e.paramString(type == OPENAT_X ? 2 : 1))) {
				int k = type == OPENAT_X ? 0 : 1;
				int at = k == 0 ? 1 : 0;	/* openat has dirfd before the name */
				tids[k] = e.tid();
				openFd[k] = e.paramLong(0);
				got.add((k == 0 ? "openat" : "open") + " params=" + e.paramCount()
						+ (k == 0 ? " dirfd=" + e.paramLong(1) : "")
						+ " namelen=" + e.paramLength(1 + at)
						+ " flags=" + e.paramUnsigned(2 + at) + " mode=" + Long.toOctalString(e.paramUnsigned(3 + at))
						+ " dev=" + (e.paramUnsigned(4 + at) == dev) + " ino=" + (e.paramUnsigned(5 + at) == ino));
			} else if (type == CLOSE_X) {
				for (int k = 0; k < 2; k++) {
					if (e.tid() == tids[k] && openFd[k] >= 0 && e.paramLong(1) == openFd[k]) {
						got.add((k == 0 ? "openat" : "open") + " close params=" + e.paramCount() + " res=" + e.paramLong(0));
						openFd[k] = -1;
						closes.countDown();
					}
				}
			}
		};
		try (LiveCapture capture = new LiveCapture(driver, false)) {
			Thread t = new Thread(() -> capture.run(listener), "capture");
			t.start();
			assertTrue(capture.awaitStarted(5, TimeUnit.SECONDS));
			/* the probe falls back to raw_syscalls when the kernel refuses the tracepoint program
			 * (bpf_task_pt_regs is 5.15+): from there on, that would be a program the verifier
			 * rejects, and this test would otherwise pass on the fallback */
			if (hooks == EbpfDriver.Hooks.SYSCALL_TRACEPOINTS && kernelAtLeast(5, 15)) {
				assertTrue(driver.description().contains("syscall tracepoint hooks"), driver.description());
			}
			Process cat = new ProcessBuilder("cat", path).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			assertEquals(0, cat.waitFor());
			/* open(2) itself (glibc's open() is openat): O_WRONLY|O_APPEND with a mode, through syscall() */
			Process py = new ProcessBuilder("/usr/bin/python3", "-c",
					"import ctypes, os, sys\n"
							+ "libc = ctypes.CDLL(None, use_errno=True)\n"
							+ "fd = libc.syscall(2, sys.argv[1].encode(), os.O_WRONLY | os.O_APPEND, 0o640)\n"
							+ "assert fd >= 0, ctypes.get_errno()\n"
							+ "os.close(fd)\n", path)
					.redirectErrorStream(true).start();
			String out = new String(py.getInputStream().readAllBytes());
			assertEquals(0, py.waitFor(), out);
			boolean both = closes.await(2, TimeUnit.SECONDS);
			capture.stop();
			t.join(5000);
			assertTrue(both, "open and close exits of both children within 2 s: " + got);
			assertEquals(cat.pid(), tids[0], "the openat comes from cat");
			assertEquals(py.pid(), tids[1], "the open comes from python");
			int nameLen = path.length() + 1;
			assertEquals(List.of(
					"openat params=7 dirfd=-100 namelen=" + nameLen + " flags=1 mode=0 dev=true ino=true",
					"openat close params=2 res=0",
					/* PPM_O_WRONLY | PPM_O_APPEND, and the mode as given */
					"open params=6 namelen=" + nameLen + " flags=10 mode=640 dev=true ino=true",
					"open close params=2 res=0"), got);
			assertEquals(0, capture.stats().totalDrops(), "drops");
			assertEquals(0, capture.malformed(), "malformed events");
		} finally {
			Files.deleteIfExists(file);
		}
	}

	private static boolean kernelAtLeast(int major, int minor) {
		Matcher m = Pattern.compile("^(\\d+)\\.(\\d+)").matcher(System.getProperty("os.version", ""));
		if (!m.find()) {
			return false;
		}
		int a = Integer.parseInt(m.group(1));
		return a > major || a == major && Integer.parseInt(m.group(2)) >= minor;
	}
}

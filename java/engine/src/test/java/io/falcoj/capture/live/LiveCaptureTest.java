package io.falcoj.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.falcoj.capture.CaptureListener;
import io.falcoj.event.Event;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Attaches the real eBPF driver on this machine, with each kind of syscall exit hooks, and
 * watches a child process open a temp file. Skips (with the reason) without root, BPF support or
 * the native library.
 */
class LiveCaptureTest {
	private static final int OPENAT_X = 307;
	private static final int EXECVE_X = 293;

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
}

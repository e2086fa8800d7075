package io.falcoj.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.falcoj.capture.CaptureListener;
import io.falcoj.event.Event;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * libfalcoj_kmod.so's hand-off to Java without the module: files laid out as a device's
 * mappings (info page, then the data area twice) stand in for /dev/falco0 and /dev/falco1, so
 * the C core really opens and maps them, Java reads the events through the mapped buffers, and
 * the tail it publishes lands in the file. (The ioctls need the module: vm-test --java.)
 */
class KmodNativeTest {
	private static final int SIZE = 4096;

	private static void loadOrSkip() {
		try {
			KmodNative.schemaHash();
		} catch (LinkageError | DriverUnavailableException e) {
			Assumptions.abort("libfalcoj_kmod.so not built (cmake --build build/native): " + e);
		}
	}

	/** A device file for one CPU holding these events from byte position {@code start}. */
	private static void device(Path file, long start, byte[]... events) throws Exception {
		ByteBuffer b = ByteBuffer.allocate(4096 + 2 * SIZE).order(ByteOrder.LITTLE_ENDIAN);
		long head = start;
		for (byte[] ev : events) {
			for (int i = 0; i < ev.length; i++) {
				int at = (int) ((head + i) & (SIZE - 1));
				b.put(4096 + at, ev[i]);
				b.put(4096 + SIZE + at, ev[i]);
			}
			head += (ev.length + 7) & ~7;
		}
		b.putLong(KmodRing.OFF_HEAD, head).putLong(KmodRing.OFF_TAIL, start).putInt(KmodRing.OFF_DATA_SIZE, SIZE);
		b.putInt(180, 1); // api_version
		b.putLong(KmodRing.OFF_N_EVTS, events.length);
		Files.write(file, b.array());
	}

	@Test
	void mapsEveryCpusRingAndJavaReadsAndReleasesInPlace() throws Exception {
		loadOrSkip();
		Assumptions.assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "needs 2 CPUs");
		Path dir = Files.createTempDirectory("falcoj-kmod");
		Path cpu0 = dir.resolve("falco0");
		Path cpu1 = dir.resolve("falco1");
		device(cpu0, 0, EbpfRingTest.closeExit(10, 1, 3), EbpfRingTest.closeExit(40, 1, 6));
		device(cpu1, SIZE - 24, EbpfRingTest.closeExit(20, 2, 4), EbpfRingTest.closeExit(30, 2, 5));
		long h = KmodNative.open(dir.resolve("falco").toString());
		try {
			assertEquals(2, KmodNative.ringCount(h));
			KmodRing[] rings = new KmodRing[2];
			for (int i = 0; i < 2; i++) {
				assertEquals(i, KmodNative.ringCpu(h, i));
				ByteBuffer data = KmodNative.dataArea(h, i);
				assertEquals(2 * SIZE, data.capacity());
				rings[i] = new KmodRing(i, KmodNative.infoPage(h, i), data);
			}
			List<Long> fds = new ArrayList<>();
			CaptureListener l = new CaptureListener() {
				@Override
				public void onEvent(Event e, int cpu) {
					fds.add(e.paramLong(1));
				}
			};
			assertEquals(4, new RingMerger(rings).drain(l, 100));
			assertEquals(List.of(3L, 4L, 5L, 6L), fds, "by timestamp across the CPUs, the wrapped event whole");
			assertFalse(rings[0].peek(new Event()));
		} finally {
			KmodNative.close(h);
		}
		try (FileChannel c = FileChannel.open(cpu1, StandardOpenOption.READ)) {
			ByteBuffer info = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
			c.read(info, 0);
			assertEquals(SIZE - 24 + 96, info.getLong(KmodRing.OFF_TAIL), "the tail Java published is in the mapping");
		} finally {
			Files.delete(cpu0);
			Files.delete(cpu1);
			Files.delete(dir);
		}
	}

	@Test
	void aModuleOfAnotherRingApiIsRefused() throws Exception {
		loadOrSkip();
		Path dir = Files.createTempDirectory("falcoj-kmod");
		Path cpu0 = dir.resolve("falco0");
		device(cpu0, 0);
		try (FileChannel c = FileChannel.open(cpu0, StandardOpenOption.WRITE)) {
			c.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 99), 180);
		}
		try {
			var e = assertThrows(DriverUnavailableException.class, () -> KmodNative.open(dir.resolve("falco").toString()));
			assertTrue(e.getMessage().contains("ring API 99"), e.getMessage());
		} finally {
			Files.delete(cpu0);
			Files.delete(dir);
		}
	}
}

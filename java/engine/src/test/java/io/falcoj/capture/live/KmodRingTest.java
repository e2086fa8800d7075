package io.falcoj.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.falcoj.capture.CaptureListener;
import io.falcoj.event.Event;
import io.falcoj.event.MalformedEventException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kernel module's ring reader and the CPU merge against rings laid out as falco.ko lays
 * them out (kmod/api/falco_ring_api.h: info page with head at 0, tail at 64, counters, data size
 * at 176; the data area "mapped twice" by writing wrapped bytes twice), with real events.
 */
class KmodRingTest {
	private static final int SIZE = 4096;

	/** A simulated ring: the kernel's side. */
	private static final class FakeRing {
		final ByteBuffer info = ByteBuffer.allocateDirect(4096).order(ByteOrder.LITTLE_ENDIAN);
		final ByteBuffer data = ByteBuffer.allocateDirect(2 * SIZE).order(ByteOrder.LITTLE_ENDIAN);
		long head;

		FakeRing(long start) {
			head = start;
			info.putLong(KmodRing.OFF_HEAD, start).putLong(KmodRing.OFF_TAIL, start).putInt(KmodRing.OFF_DATA_SIZE, SIZE);
		}

		void add(byte[] ev) {
			for (int i = 0; i < ev.length; i++) {
				int at = (int) ((head + i) & (SIZE - 1));
				data.put(at, ev[i]);
				data.put(SIZE + at, ev[i]);
			}
			head += (ev.length + 7) & ~7;
			info.putLong(KmodRing.OFF_HEAD, head);
		}

		void add(long ts, long tid, long fd) {
			add(EbpfRingTest.closeExit(ts, tid, fd));
		}

		long tail() {
			return info.getLong(KmodRing.OFF_TAIL);
		}

		KmodRing view(int cpu) {
			return new KmodRing(cpu, info, data.asReadOnlyBuffer());
		}
	}

	@Test
	void readsEventsInPlaceAndPublishesTheTail() {
		FakeRing r = new FakeRing(0);
		r.add(100, 7, 3);
		r.add(200, 7, 4);
		KmodRing ring = r.view(0);
		Event e = new Event();
		assertTrue(ring.peek(e));
		assertEquals(100, e.ts());
		assertEquals(3, e.paramLong(1));
		assertTrue(ring.peek(e), "peeking again shows the same event");
		assertEquals(100, e.ts());
		assertEquals(0, r.tail(), "nothing released before advance()");
		ring.advance();
		assertEquals(48, r.tail(), "tail after one 46-byte event, 8-aligned");
		assertTrue(ring.peek(e));
		assertEquals(4, e.paramLong(1));
		ring.advance();
		assertFalse(ring.peek(e));
		assertEquals(0, ring.unread());
		r.add(300, 7, 5);
		assertTrue(ring.peek(e), "head is read again once the ring looked empty");
		assertEquals(300, e.ts());
	}

	@Test
	void anEventAcrossTheEndOfTheAreaIsReadWhole() {
		// 20 bytes before the end: the event's header and parameters run past the wrap
		FakeRing r = new FakeRing(3L * SIZE - 24);
		r.add(500, 9, 42);
		KmodRing ring = r.view(1);
		Event e = new Event();
		assertTrue(ring.peek(e));
		assertEquals(500, e.ts());
		assertEquals(9, e.tid());
		assertEquals(42, e.paramLong(1));
		ring.advance();
		assertEquals(3L * SIZE - 24 + 48, r.tail());
	}

	@Test
	void aBadLengthIsReportedAndEverythingUnreadIsDropped() {
		FakeRing r = new FakeRing(0);
		byte[] bad = EbpfRingTest.closeExit(100, 7, 3);
		ByteBuffer.wrap(bad).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 3);
		r.add(bad);
		r.add(200, 7, 4);
		KmodRing ring = r.view(0);
		assertThrows(MalformedEventException.class, () -> ring.peek(new Event()));
		ring.skip();
		assertEquals(r.head, r.tail());
		assertFalse(ring.peek(new Event()));
	}

	@Test
	void mergesCpusByTimestamp() {
		FakeRing a = new FakeRing(0);
		FakeRing b = new FakeRing(1024);
		a.add(10, 1, 1);
		a.add(40, 1, 4);
		b.add(20, 2, 2);
		b.add(30, 2, 3);
		RingMerger m = new RingMerger(new LiveRing[] { a.view(0), b.view(1) });
		List<Long> ts = new ArrayList<>();
		List<Integer> cpus = new ArrayList<>();
		CaptureListener l = new CaptureListener() {
			@Override
			public void onEvent(Event event, int cpu) {
				ts.add(event.ts());
				cpus.add(cpu);
			}
		};
		assertEquals(4, m.drain(l, 100));
		assertEquals(List.of(10L, 20L, 30L, 40L), ts);
		assertEquals(List.of(0, 1, 1, 0), cpus);
		assertEquals(a.head, a.tail());
		assertEquals(b.head, b.tail());
	}

	@Test
	void aDataAreaThatDoesNotMatchTheInfoPageIsRefused() {
		FakeRing r = new FakeRing(0);
		r.info.putInt(KmodRing.OFF_DATA_SIZE, 3000);
		var e = assertThrows(DriverUnavailableException.class, () -> r.view(0));
		assertTrue(e.getMessage().contains("3000"), e.getMessage());
	}
}

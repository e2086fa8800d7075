package io.falcoj.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.falcoj.capture.CaptureListener;
import io.falcoj.event.Event;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ring reader and the CPU merge against rings laid out as the kernel lays out a BPF ringbuf
 * (consumer page, producer page, data area "mapped twice" by writing wrapped bytes twice), with
 * real events in the libscap layout.
 */
class EbpfRingTest {
	private static final int PAGE = 4096;
	private static final int SIZE = 4096;
	private static final int CLOSE_X = 5;

	/** A simulated ringbuf: the producer side as the kernel would write it. */
	private static final class FakeRing {
		final ByteBuffer consumer = ByteBuffer.allocateDirect(PAGE).order(ByteOrder.LITTLE_ENDIAN);
		final ByteBuffer producer = ByteBuffer.allocateDirect(PAGE + 2 * SIZE).order(ByteOrder.LITTLE_ENDIAN);
		long prod;

		FakeRing(long start) {
			consumer.putLong(0, start);
			prod = start;
			producer.putLong(0, start);
		}

		/** Appends a close exit event (res, fd) with this timestamp; busy leaves it uncommitted. */
		void add(long ts, long tid, long fd, boolean busy, boolean discard) {
			byte[] ev = closeExit(ts, tid, fd);
			int hdr = ev.length | (busy ? 1 << 31 : 0) | (discard ? 1 << 30 : 0);
			byte[] rec = new byte[8 + ev.length];
			ByteBuffer.wrap(rec).order(ByteOrder.LITTLE_ENDIAN).putInt(0, hdr);
			System.arraycopy(ev, 0, rec, 8, ev.length);
			for (int i = 0; i < rec.length; i++) {
				int at = (int) ((prod + i) & (SIZE - 1));
				producer.put(PAGE + at, rec[i]);
				producer.put(PAGE + SIZE + at, rec[i]);
			}
			prod += (rec.length + 7) & ~7;
			producer.putLong(0, prod);
		}

		EbpfRing view(int cpu) {
			return new EbpfRing(cpu, consumer, producer, PAGE);
		}
	}

	static byte[] closeExit(long ts, long tid, long fd) {
		ByteBuffer b = ByteBuffer.allocate(26 + 4 + 16).order(ByteOrder.LITTLE_ENDIAN);
		b.putLong(ts).putLong(tid).putInt(b.capacity()).putShort((short) CLOSE_X).putInt(2);
		b.putShort((short) 8).putShort((short) 8).putLong(0).putLong(fd);
		return b.array();
	}

	@Test
	void readsEventsInPlaceAndReleasesTheirSpace() {
		FakeRing r = new FakeRing(0);
		r.add(100, 7, 3, false, false);
		r.add(200, 7, 4, false, false);
		EbpfRing ring = r.view(0);
		Event e = new Event();
		assertTrue(ring.peek(e));
		assertEquals(100, e.ts());
		assertEquals(3, e.paramLong(1));
		assertTrue(ring.peek(e), "peeking again shows the same event");
		assertEquals(100, e.ts());
		ring.advance();
		assertEquals(0, r.consumer.getLong(0), "released space is handed back in batches, not per event");
		assertTrue(ring.peek(e));
		assertEquals(4, e.paramLong(1));
		ring.advance();
		assertFalse(ring.peek(e));
		assertEquals(112, r.consumer.getLong(0), "all of it once the ring runs dry: two 54-byte records, 8-aligned");
		assertThrows(IllegalStateException.class, ring::advance);
	}

	@Test
	void aLongRunPublishesItsPositionWithoutRunningDry() {
		FakeRing r = new FakeRing(0);
		for (int i = 0; i < 10; i++) {
			r.add(100 + i, 7, i, false, false);
		}
		EbpfRing ring = r.view(0);
		Event e = new Event();
		for (int i = 0; i < 3; i++) {
			assertTrue(ring.peek(e));
			ring.advance();
		}
		// a 4096-byte ring publishes every 128 bytes: after the third 56-byte record
		assertEquals(168, r.consumer.getLong(0));
	}

	@Test
	void stopsAtABusyRecordAndSkipsDiscardedOnes() {
		FakeRing r = new FakeRing(0);
		r.add(100, 7, 3, false, true);
		r.add(200, 7, 4, true, false);
		EbpfRing ring = r.view(0);
		Event e = new Event();
		assertFalse(ring.peek(e), "the committed record is discarded, the next still busy");
		assertEquals(56, r.consumer.getLong(0));
	}

	@Test
	void anEventThatWrapsIsReadContiguously() {
		FakeRing r = new FakeRing(SIZE - 24);
		r.add(100, 7, 42, false, false);
		Event e = new Event();
		EbpfRing ring = r.view(0);
		assertTrue(ring.peek(e));
		assertEquals(42, e.paramLong(1));
		assertEquals(7, e.tid());
	}

	@Test
	void mergesCpusByTimestamp() {
		FakeRing a = new FakeRing(0);
		FakeRing b = new FakeRing(0);
		a.add(10, 1, 0, false, false);
		a.add(30, 1, 1, false, false);
		b.add(20, 2, 2, false, false);
		b.add(40, 2, 3, false, false);
		RingMerger m = new RingMerger(new LiveRing[] { a.view(0), b.view(1) });
		List<String> seen = new ArrayList<>();
		CaptureListener l = (Event e, int cpu) -> seen.add(e.ts() + "@" + cpu);
		assertEquals(4, m.drain(l, 100));
		assertEquals(List.of("10@0", "20@1", "30@0", "40@1"), seen);
		a.add(50, 1, 4, false, false);
		assertEquals(1, m.drain(l, 100));
		assertEquals(0, m.drain(l, 100));
	}

	/**
	 * A real ring whose producer goes on while the consumer looks: {@code onPeek} runs before its
	 * n-th peek, as a producer on another CPU may commit between the merger's looks at two rings.
	 */
	private static LiveRing racing(EbpfRing ring, int n, Runnable onPeek) {
		return new LiveRing() {
			private int peeks;

			@Override
			public boolean peek(Event event) {
				if (++peeks == n) {
					onPeek.run();
				}
				return ring.peek(event);
			}

			@Override
			public void advance() {
				ring.advance();
			}

			@Override
			public void skip() {
				ring.skip();
			}

			@Override
			public int cpu() {
				return ring.cpu();
			}
		};
	}

	@Test
	void aRingFoundEmptyIsLookedAtAgainOnceAnotherShowsAnEvent() {
		// A process execs on CPU 0 (ts 100) just after the merger found ring 0 empty, moves to
		// CPU 1 and opens a file there (ts 200), which the merger sees next: the exec must still
		// come first, or the state engine meets the open of a process it does not know.
		FakeRing a = new FakeRing(0);
		FakeRing b = new FakeRing(0);
		LiveRing rb = racing(b.view(1), 1, () -> {
			a.add(100, 7, 1, false, false);
			b.add(200, 7, 2, false, false);
		});
		RingMerger m = new RingMerger(new LiveRing[] { a.view(0), rb });
		List<String> seen = new ArrayList<>();
		assertEquals(2, m.drain((Event e, int cpu) -> seen.add(e.ts() + "@" + cpu), 100));
		assertEquals(List.of("100@0", "200@1"), seen);
	}

	@Test
	void lookingAgainGoesOnUntilATurnFindsNothingNew() {
		// Ring 0 empty, ring 1 shows ts 300, ring 2 empty; while ring 0 is looked at again, an
		// event (ts 50) reaches ring 2, then its effect (ts 100) reaches ring 0: ring 2 must be
		// looked at again too.
		FakeRing a = new FakeRing(0);
		FakeRing b = new FakeRing(0);
		FakeRing c = new FakeRing(0);
		b.add(300, 8, 3, false, false);
		LiveRing ra = racing(a.view(0), 2, () -> {
			c.add(50, 7, 1, false, false);
			a.add(100, 7, 2, false, false);
		});
		RingMerger m = new RingMerger(new LiveRing[] { ra, b.view(1), c.view(2) });
		List<String> seen = new ArrayList<>();
		assertEquals(3, m.drain((Event e, int cpu) -> seen.add(e.ts() + "@" + cpu), 100));
		assertEquals(List.of("50@2", "100@0", "300@1"), seen);
	}

	@Test
	void aMalformedEventIsCountedAndSkipped() {
		FakeRing r = new FakeRing(0);
		r.add(10, 1, 0, false, false);
		// corrupt the first event's nparams (offset 8 + 22) so its lengths overrun it
		r.producer.putInt(PAGE + 8 + 22, 20);
		r.add(20, 1, 1, false, false);
		RingMerger m = new RingMerger(new LiveRing[] { r.view(0) });
		List<Long> seen = new ArrayList<>();
		assertEquals(1, m.drain((Event e, int cpu) -> seen.add(e.ts()), 10));
		assertEquals(List.of(20L), seen);
		assertEquals(1, m.malformed());
	}
}

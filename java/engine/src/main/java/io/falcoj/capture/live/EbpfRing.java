package io.falcoj.capture.live;

import io.falcoj.event.Event;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A BPF ringbuf seen through direct ByteBuffers: the consumer page (ours to write), the producer
 * page and the data area mapped twice in a row (read-only), so an event that wraps around the end
 * is still contiguous. Each record is an 8-byte header (u32 length with BUSY and DISCARD bits, u32
 * page offset) then the event, padded to 8 bytes.
 *
 * <p>Ordering: the kernel publishes a record by clearing its BUSY bit with release semantics and
 * moves the producer position with release semantics; we read both with acquire, read the event,
 * then store our consumer position with release so the kernel never reuses bytes we still read.
 *
 * <p>The consumer position is published in batches (every {@code ringSize / 32} bytes, and
 * whenever the ring runs dry), not after every event: the kernel reads that word on every
 * reservation, and a store per event from this CPU cost the traced process a cache miss per
 * event on the other. Holding back at most 1/32 of the ring costs nothing in room, and publishing
 * when dry means poll never sees stale unread data before we wait.
 */
final class EbpfRing implements LiveRing {
	private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
	private static final VarHandle INTS = MethodHandles.byteBufferViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
	private static final int BUSY = 1 << 31;
	private static final int DISCARD = 1 << 30;
	private static final int RECORD_HEADER = 8;

	private final int cpu;
	private final ByteBuffer consumer;
	private final ByteBuffer producer;
	private final ByteBuffer data;
	private final long mask;
	/** Released bytes held back before the consumer position is published. */
	private final long publishBytes;
	private long consumerPos;
	/** The consumer position the kernel last saw from us. */
	private long publishedPos;
	private long producerPos;
	private int peekedLength = -1;

	EbpfRing(int cpu, ByteBuffer consumerPage, ByteBuffer producerArea, int pageSize) {
		this.cpu = cpu;
		this.consumer = consumerPage.order(ByteOrder.LITTLE_ENDIAN);
		// The producer side is mapped read-only: never let a writable view of it escape.
		this.producer = producerArea.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
		this.data = producer.slice(pageSize, producer.capacity() - pageSize).order(ByteOrder.LITTLE_ENDIAN);
		this.mask = data.capacity() / 2 - 1;
		this.publishBytes = Math.max(8, (mask + 1) / 32);
		this.consumerPos = (long) LONGS.getAcquire(consumer, 0);
		this.publishedPos = consumerPos;
	}

	@Override
	public boolean peek(Event event) {
		for (;;) {
			if (consumerPos >= producerPos) {
				producerPos = (long) LONGS.getAcquire(producer, 0);
				if (consumerPos >= producerPos) {
					publish();
					return false;
				}
			}
			int off = (int) (consumerPos & mask);
			int header = (int) INTS.getAcquire(data, off);
			if ((header & BUSY) != 0) {
				publish();
				return false;
			}
			int len = header & ~(BUSY | DISCARD);
			if ((header & DISCARD) != 0) {
				consumerPos += align(len);
				continue;
			}
			peekedLength = len;
			event.wrap(data, off + RECORD_HEADER);
			return true;
		}
	}

	@Override
	public void advance() {
		if (peekedLength < 0) {
			throw new IllegalStateException("advance() without a peeked event");
		}
		consumerPos += align(peekedLength);
		peekedLength = -1;
		if (consumerPos - publishedPos >= publishBytes) {
			publish();
		}
	}

	/** Hands the space of every released record back to the kernel. */
	void publish() {
		if (publishedPos != consumerPos) {
			publishedPos = consumerPos;
			LONGS.setRelease(consumer, 0, consumerPos);
		}
	}

	@Override
	public void skip() {
		int off = (int) (consumerPos & mask);
		int header = (int) INTS.getAcquire(data, off);
		consumerPos += align(header & ~(BUSY | DISCARD));
		peekedLength = -1;
		publish();
	}

	/** Bytes written by the kernel and not yet consumed. */
	long unread() {
		return (long) LONGS.getAcquire(producer, 0) - consumerPos;
	}

	@Override
	public int cpu() {
		return cpu;
	}

	private static long align(int len) {
		return (len + RECORD_HEADER + 7) & ~7L;
	}
}

package io.falcoj.capture.live;

import io.falcoj.event.Event;
import io.falcoj.event.MalformedEventException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One CPU's ring of falco.ko seen through direct ByteBuffers: the info page (head, tail,
 * counters; kmod/api/falco_ring_api.h) and the data area mapped twice in a row (read-only), so
 * an event that wraps around the end is still contiguous. Events lie back to back, each padded to
 * 8 bytes; head and tail are free-running byte counters.
 *
 * <p>Ordering (perf's ring discipline, see kmod/falco_main.c): the kernel writes an event, then
 * publishes head with a release store; we read head with acquire, read events below it in place,
 * then publish tail with a release store, so the kernel never reuses bytes we may still read.
 */
final class KmodRing implements LiveRing {
	private static final VarHandle LONGS = MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
	static final int OFF_HEAD = 0;
	static final int OFF_TAIL = 64;
	static final int OFF_N_EVTS = 128;
	static final int OFF_N_DROPS_BUFFER = 136;
	static final int OFF_N_DROPS_PF = 144;
	static final int OFF_N_DROPS_NESTED = 152;
	static final int OFF_N_DROPS_OVERSIZE = 160;
	static final int OFF_DATA_SIZE = 176;
	private static final int MAX_EVENT_SIZE = 64 << 10;

	private final int cpu;
	private final ByteBuffer info;
	private final ByteBuffer data;
	private final long mask;
	private long tail;
	private long head;
	private long peekedLength = -1;

	KmodRing(int cpu, ByteBuffer infoPage, ByteBuffer dataArea) {
		this.cpu = cpu;
		this.info = infoPage.order(ByteOrder.LITTLE_ENDIAN);
		// The data area is mapped read-only: never let a writable view of it escape.
		this.data = dataArea.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
		long size = info.getInt(OFF_DATA_SIZE) & 0xffffffffL;
		if (size == 0 || (size & (size - 1)) != 0 || data.capacity() != 2 * size) {
			throw new DriverUnavailableException("ring of cpu " + cpu + ": data area of " + data.capacity()
					+ " bytes does not match the info page's size " + size);
		}
		this.mask = size - 1;
		this.tail = (long) LONGS.getAcquire(info, OFF_TAIL);
		this.head = tail;
	}

	@Override
	public boolean peek(Event event) {
		if (tail == head) {
			head = (long) LONGS.getAcquire(info, OFF_HEAD);
			if (tail == head) {
				return false;
			}
		}
		int off = (int) (tail & mask);
		long len = data.getInt(off + Event.OFF_LEN) & 0xffffffffL;
		if (len < Event.HEADER_SIZE || len > MAX_EVENT_SIZE || align(len) > head - tail) {
			peekedLength = -1;
			throw new MalformedEventException("cpu " + cpu + ": event of " + len + " bytes at ring position " + tail
					+ " (" + (head - tail) + " unread)");
		}
		peekedLength = len;
		event.wrap(data, off);
		return true;
	}

	@Override
	public void advance() {
		if (peekedLength < 0) {
			throw new IllegalStateException("advance() without a peeked event");
		}
		tail += align(peekedLength);
		peekedLength = -1;
		LONGS.setRelease(info, OFF_TAIL, tail);
	}

	/**
	 * Skips the event at the tail. When its length itself is wrong, nothing after it can be
	 * found again: everything unread is dropped (the merger counts it as one malformed event).
	 */
	@Override
	public void skip() {
		if (tail != head) {
			long len = data.getInt((int) (tail & mask) + Event.OFF_LEN) & 0xffffffffL;
			tail = len >= Event.HEADER_SIZE && len <= MAX_EVENT_SIZE && align(len) <= head - tail ? tail + align(len) : head;
		}
		peekedLength = -1;
		LONGS.setRelease(info, OFF_TAIL, tail);
	}

	/** Bytes written by the kernel and not yet consumed. */
	long unread() {
		return (long) LONGS.getAcquire(info, OFF_HEAD) - tail;
	}

	/** A counter of the info page (the kernel updates them; read without ordering). */
	long counter(int offset) {
		return (long) LONGS.getOpaque(info, offset);
	}

	long dataSize() {
		return mask + 1;
	}

	@Override
	public int cpu() {
		return cpu;
	}

	private static long align(long len) {
		return (len + 7) & ~7L;
	}
}

package io.falcoj.event;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A flyweight view of one event in the libscap layout, read in place from a buffer (a ring or a
 * capture block). One instance is re-pointed at each event: no allocation per event.
 *
 * <pre>
 * header (26 bytes, little endian): u64 ts | u64 tid | u32 len | u16 type | u32 nparams
 * then nparams lengths (u16 each; u32 for LARGE_PAYLOAD event types), then the parameter bytes
 * </pre>
 */
public final class Event {
	public static final int OFF_TS = 0;
	public static final int OFF_TID = 8;
	public static final int OFF_LEN = 16;
	public static final int OFF_TYPE = 20;
	public static final int OFF_NPARAMS = 22;
	public static final int HEADER_SIZE = 26;
	public static final int MAX_PARAMS = 32;

	private static final EventTable TABLE = EventTable.get();

	private ByteBuffer buf;
	private int offset;
	// The header fields every consumer reads, several times per event: read once by wrap().
	private long ts;
	private long tid;
	private long len;
	private int type;
	private int nparams;
	private EventInfo info;
	private final int[] paramOffset = new int[MAX_PARAMS];
	private final int[] paramLength = new int[MAX_PARAMS];

	/**
	 * Points this view at the event starting at {@code offset}. The caller has checked that the
	 * whole event (its {@code len}) lies inside the buffer; this method checks the parameter
	 * lengths against {@code len} and throws {@link MalformedEventException} when they overrun it.
	 */
	public Event wrap(ByteBuffer buffer, int offset) {
		if (buffer.order() != ByteOrder.LITTLE_ENDIAN) {
			throw new IllegalArgumentException("event buffers are little endian");
		}
		this.buf = buffer;
		this.offset = offset;
		this.type = buffer.getShort(offset + OFF_TYPE) & 0xffff;
		long n = buffer.getInt(offset + OFF_NPARAMS) & 0xffffffffL;
		long len = buffer.getInt(offset + OFF_LEN) & 0xffffffffL;
		this.len = len;
		this.ts = buffer.getLong(offset + OFF_TS);
		this.tid = buffer.getLong(offset + OFF_TID);
		this.info = TABLE.event(type);
		if (n > MAX_PARAMS) {
			throw new MalformedEventException("event has " + n + " parameters (at most " + MAX_PARAMS + ")");
		}
		this.nparams = (int) n;
		int lenSize = info != null && info.hasFlag(EventFlags.LARGE_PAYLOAD) ? 4 : 2;
		long pos = HEADER_SIZE + (long) nparams * lenSize;
		if (pos > len) {
			throw new MalformedEventException("event of " + len + " bytes cannot hold " + nparams + " parameter lengths");
		}
		int i = 0;
		if (lenSize == 2) {
			// Four u16 lengths per read: the length array lies inside the event (checked above),
			// and one bounds-checked read instead of four is a large part of this method's cost.
			int lengths = offset + HEADER_SIZE;
			for (; i + 4 <= nparams; i += 4) {
				long four = buffer.getLong(lengths + i * 2);
				for (int k = 0; k < 4; k++) {
					long plen = (four >>> (16 * k)) & 0xffff;
					if (pos + plen > len) {
						throw overrun(i + k, len);
					}
					paramOffset[i + k] = offset + (int) pos;
					paramLength[i + k] = (int) plen;
					pos += plen;
				}
			}
		}
		for (; i < nparams; i++) {
			int at = offset + HEADER_SIZE + i * lenSize;
			long plen = lenSize == 2 ? buffer.getShort(at) & 0xffff : buffer.getInt(at) & 0xffffffffL;
			if (pos + plen > len) {
				throw overrun(i, len);
			}
			paramOffset[i] = offset + (int) pos;
			paramLength[i] = (int) plen;
			pos += plen;
		}
		return this;
	}

	private static MalformedEventException overrun(int param, long len) {
		return new MalformedEventException("parameter " + param + " overruns the event (" + len + " bytes)");
	}

	public ByteBuffer buffer() {
		return buf;
	}

	public int offset() {
		return offset;
	}

	public long ts() {
		return ts;
	}

	public long tid() {
		return tid;
	}

	/** Total length in bytes, header included. */
	public long length() {
		return len;
	}

	public int type() {
		return type;
	}

	/** The table's description of this event's type, or null for a code this table does not know. */
	public EventInfo info() {
		return info;
	}

	public int paramCount() {
		return nparams;
	}

	/** Absolute offset of parameter {@code i} in {@link #buffer()}. */
	public int paramOffset(int i) {
		return paramOffset[i];
	}

	public int paramLength(int i) {
		return paramLength[i];
	}

	/** An integer parameter, sign-extended from its stored width (1, 2, 4 or 8 bytes). */
	public long paramLong(int i) {
		int at = paramOffset[i];
		switch (paramLength[i]) {
		case 1:
			return buf.get(at);
		case 2:
			return buf.getShort(at);
		case 4:
			return buf.getInt(at);
		case 8:
			return buf.getLong(at);
		default:
			return 0;
		}
	}

	/** An integer parameter, zero-extended from its stored width. */
	public long paramUnsigned(int i) {
		int at = paramOffset[i];
		switch (paramLength[i]) {
		case 1:
			return buf.get(at) & 0xffL;
		case 2:
			return buf.getShort(at) & 0xffffL;
		case 4:
			return buf.getInt(at) & 0xffffffffL;
		case 8:
			return buf.getLong(at);
		default:
			return 0;
		}
	}

	/** A string parameter (CHARBUF, FSPATH...), without its terminating NUL. Allocates: not for the hot path. */
	public String paramString(int i) {
		int len = paramLength[i];
		int at = paramOffset[i];
		int end = at;
		while (end < at + len && buf.get(end) != 0) {
			end++;
		}
		byte[] bytes = new byte[end - at];
		buf.get(at, bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** A copy of a parameter's raw bytes. */
	public byte[] paramBytes(int i) {
		byte[] bytes = new byte[paramLength[i]];
		buf.get(paramOffset[i], bytes);
		return bytes;
	}
}

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
	/** {@link #buf} resolved for unchecked reads (see {@link RawMemory}): its array or null, and byte 0's address. */
	private Object base;
	private long address;
	private int offset;
	// The header fields every consumer reads, several times per event: read once by wrap().
	private long ts;
	private long tid;
	private long len;
	private int type;
	private int nparams;
	private EventInfo info;
	private boolean large;
	/** Whether paramOffset/paramLength describe this event yet (see {@link #decode}). */
	private boolean decoded;
	/** Entries [0, filled) of the arrays were written by some event (those past nparams are cleared). */
	private int filled;
	private final int[] paramOffset = new int[MAX_PARAMS];
	private final int[] paramLength = new int[MAX_PARAMS];

	/** Per event code: true for LARGE_PAYLOAD types (u32 parameter lengths); read by every wrap. */
	private static final boolean[] LARGE = largeTypes();

	private static boolean[] largeTypes() {
		boolean[] large = new boolean[TABLE.size()];
		for (int code = 0; code < large.length; code++) {
			EventInfo info = TABLE.event(code);
			large[code] = info != null && info.hasFlag(EventFlags.LARGE_PAYLOAD);
		}
		return large;
	}

	/**
	 * Points this view at the event starting at {@code offset}. Checks that the event lies inside
	 * the buffer's limit (else {@link MalformedEventException}, or IndexOutOfBoundsException when
	 * not even its header does) and that its parameter lengths stay inside the event (else
	 * {@link MalformedEventException}); every later read of this view is then inside the buffer.
	 */
	public Event wrap(ByteBuffer buffer, int offset) {
		if (buffer.order() != ByteOrder.LITTLE_ENDIAN) {
			throw new IllegalArgumentException("event buffers are little endian");
		}
		int room = buffer.limit() - offset;
		if (offset < 0 || room < HEADER_SIZE) {
			throw new IndexOutOfBoundsException("no event header at " + offset + " (buffer limit " + buffer.limit() + ")");
		}
		Object base = RawMemory.base(buffer);
		long at = RawMemory.address(buffer) + offset;
		this.buf = buffer;
		this.base = base;
		this.address = at - offset;
		this.offset = offset;
		// len (u32) and type (u16) in one read.
		long lenType = RawMemory.getLong(base, at + OFF_LEN);
		long len = lenType & 0xffffffffL;
		int type = (int) (lenType >>> 32) & 0xffff;
		long n = RawMemory.getInt(base, at + OFF_NPARAMS) & 0xffffffffL;
		this.len = len;
		this.type = type;
		this.ts = RawMemory.getLong(base, at + OFF_TS);
		this.tid = RawMemory.getLong(base, at + OFF_TID);
		this.info = TABLE.event(type);
		this.decoded = false;
		if (len > room) {
			this.nparams = 0;
			throw new MalformedEventException("event of " + len + " bytes runs past its buffer (" + room + " bytes left)");
		}
		if (n > MAX_PARAMS) {
			this.nparams = 0;
			throw new MalformedEventException("event has " + n + " parameters (at most " + MAX_PARAMS + ")");
		}
		int nparams = (int) n;
		boolean large = type < LARGE.length && LARGE[type];
		int pos = HEADER_SIZE + nparams * (large ? 4 : 2);
		if (pos > len) {
			this.nparams = 0;
			throw new MalformedEventException("event of " + len + " bytes cannot hold " + nparams + " parameter lengths");
		}
		long lengths = at + HEADER_SIZE;
		long total = pos;
		int i = 0;
		if (!large) {
			// Four u16 lengths per read (the length array lies inside the event, checked above),
			// summed in two 32-bit lanes; lengths are never negative, so when the total fits, so
			// does every parameter.
			for (; i + 4 <= nparams; i += 4) {
				long four = RawMemory.getLong(base, lengths + i * 2);
				long pairs = (four & 0x0000ffff0000ffffL) + ((four >>> 16) & 0x0000ffff0000ffffL);
				total += (pairs & 0xffffffffL) + (pairs >>> 32);
			}
			for (; i < nparams; i++) {
				total += RawMemory.getShort(base, lengths + i * 2) & 0xffff;
			}
		} else {
			for (; i < nparams; i++) {
				total += RawMemory.getInt(base, lengths + i * 4) & 0xffffffffL;
			}
		}
		if (total > len) {
			this.nparams = 0;
			throw overrun(base, lengths, large, nparams, pos, len);
		}
		this.large = large;
		this.nparams = nparams;
		return this;
	}

	/**
	 * Where each parameter starts and how long it is, worked out at the first parameter access
	 * of an event (wrap() only checks the lengths): most events of a replay are consumed without
	 * reading any parameter. Entries past the count that an earlier event left become empty
	 * parameters, so that an index past the count reads nothing rather than another event's bytes.
	 */
	private void decode() {
		int[] offs = paramOffset;
		int[] lens = paramLength;
		int n = nparams;
		Object b = base;
		long lengths = address + offset + HEADER_SIZE;
		int p = offset + HEADER_SIZE + n * (large ? 4 : 2);
		int i = 0;
		if (!large) {
			for (; i + 4 <= n; i += 4) {
				long four = RawMemory.getLong(b, lengths + i * 2);
				int l0 = (int) four & 0xffff;
				int l1 = (int) (four >>> 16) & 0xffff;
				int l2 = (int) (four >>> 32) & 0xffff;
				int l3 = (int) (four >>> 48);
				offs[i] = p;
				lens[i] = l0;
				p += l0;
				offs[i + 1] = p;
				lens[i + 1] = l1;
				p += l1;
				offs[i + 2] = p;
				lens[i + 2] = l2;
				p += l2;
				offs[i + 3] = p;
				lens[i + 3] = l3;
				p += l3;
			}
			for (; i < n; i++) {
				int plen = RawMemory.getShort(b, lengths + i * 2) & 0xffff;
				offs[i] = p;
				lens[i] = plen;
				p += plen;
			}
		} else {
			for (; i < n; i++) {
				int plen = RawMemory.getInt(b, lengths + i * 4);
				offs[i] = p;
				lens[i] = plen;
				p += plen;
			}
		}
		for (i = n; i < filled; i++) {
			offs[i] = offset;
			lens[i] = 0;
		}
		filled = n;
		decoded = true;
	}

	/** The error for the first parameter that ends past the event (lengths are never negative). */
	private static MalformedEventException overrun(Object base, long lengths, boolean large, int nparams, long pos,
			long len) {
		long end = pos;
		int i = 0;
		for (; i < nparams; i++) {
			end += large ? RawMemory.getInt(base, lengths + i * 4) & 0xffffffffL
					: RawMemory.getShort(base, lengths + i * 2) & 0xffff;
			if (end > len) {
				break;
			}
		}
		return new MalformedEventException("parameter " + i + " overruns the event (" + len + " bytes)");
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

	/** Absolute offset of parameter {@code i} in {@link #buffer()}; past the count, an empty parameter. */
	public int paramOffset(int i) {
		if (!decoded) {
			decode();
		}
		return paramOffset[i];
	}

	/** The length of parameter {@code i}; 0 past the count. */
	public int paramLength(int i) {
		if (!decoded) {
			decode();
		}
		return paramLength[i];
	}

	/** Widths an integer parameter can have: bit n set for n = 1, 2, 4, 8. */
	private static final int INT_WIDTHS = 1 << 1 | 1 << 2 | 1 << 4 | 1 << 8;

	/**
	 * An integer parameter, sign-extended from its stored width (1, 2, 4 or 8 bytes; 0 for any
	 * other length). One 8-byte read ending where the parameter ends (the event header lies before
	 * any parameter, so it never starts before the event), then a shift: no branch per width, which
	 * keeps the many inlined copies of this in the state engine small for the JIT compilers.
	 */
	public long paramLong(int i) {
		if (!decoded) {
			decode();
		}
		int n = paramLength[i];
		if (n > 8 || (INT_WIDTHS >>> n & 1) == 0) {
			return 0;
		}
		return RawMemory.getLong(base, address + paramOffset[i] + n - 8) >> (64 - 8 * n);
	}

	/**
	 * Parameter 0 as {@link #paramLong}, without working out where the others start: an exit's
	 * result and most enter events' fd are the first parameter, and for most events nothing
	 * else is read. The event has at least one parameter.
	 */
	public long firstParamLong() {
		if (decoded) {
			return paramLong(0);
		}
		long lengths = address + offset + HEADER_SIZE;
		int n = large ? RawMemory.getInt(base, lengths) : RawMemory.getShort(base, lengths) & 0xffff;
		if (n > 8 || (INT_WIDTHS >>> n & 1) == 0) {
			return 0;
		}
		return RawMemory.getLong(base, lengths + nparams * (large ? 4 : 2) + n - 8) >> (64 - 8 * n);
	}

	/** An integer parameter, zero-extended from its stored width (as {@link #paramLong}). */
	public long paramUnsigned(int i) {
		if (!decoded) {
			decode();
		}
		int n = paramLength[i];
		if (n > 8 || (INT_WIDTHS >>> n & 1) == 0) {
			return 0;
		}
		return RawMemory.getLong(base, address + paramOffset[i] + n - 8) >>> (64 - 8 * n);
	}

	/** The first byte of parameter {@code i}, or 0 when it is empty (a path's '/', a socket family). */
	public byte paramFirstByte(int i) {
		if (!decoded) {
			decode();
		}
		return paramLength[i] == 0 ? 0 : RawMemory.getByte(base, address + paramOffset[i]);
	}

	/** A string parameter (CHARBUF, FSPATH...), without its terminating NUL. Allocates: not for the hot path. */
	public String paramString(int i) {
		int at = paramOffset(i);
		int len = paramLength[i];
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
		int at = paramOffset(i);
		byte[] bytes = new byte[paramLength[i]];
		buf.get(at, bytes);
		return bytes;
	}
}

package io.falcoj.event;

import java.lang.reflect.Field;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import sun.misc.Unsafe;

/**
 * Unchecked little-endian reads of a {@link ByteBuffer}'s bytes, as Agrona's UnsafeBuffer does
 * them: a buffer is resolved once to a base object (its array, or null for direct memory) and an
 * address, and each read is one machine load. Through {@code ByteBuffer} each read also checks its
 * index, the buffer's memory scope and byte order, and the JIT compilers spend a good part of a
 * short replay compiling those checks, inlined at every read of the hot path.
 *
 * <p>Callers guarantee that every read lies inside the buffer ({@link Event#wrap} checks the
 * event against the buffer's limit once), and keep a reference to the buffer while they read, so
 * that a mapping cannot be released under them.
 */
public final class RawMemory {
	private static final Unsafe U;
	/** Buffer.address: the address of element 0 (direct), or the array base offset (heap). */
	private static final long ADDRESS;
	/** ByteBuffer.hb: the backing array of a heap buffer, null for a direct one. */
	private static final long ARRAY;
	/** Unsafe reads in the machine's order; the format is little endian. */
	private static final boolean SWAP = ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN;

	static {
		try {
			Field f = Unsafe.class.getDeclaredField("theUnsafe");
			f.setAccessible(true);
			U = (Unsafe) f.get(null);
			ADDRESS = U.objectFieldOffset(Buffer.class.getDeclaredField("address"));
			ARRAY = U.objectFieldOffset(ByteBuffer.class.getDeclaredField("hb"));
		} catch (ReflectiveOperationException e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	private RawMemory() {
	}

	/** The object the buffer's bytes live in (its array), or null for direct memory. */
	public static Object base(ByteBuffer b) {
		return U.getObject(b, ARRAY);
	}

	/** The address of the buffer's byte 0 relative to {@link #base} (absolute for direct memory). */
	public static long address(ByteBuffer b) {
		return U.getLong(b, ADDRESS);
	}

	public static byte getByte(Object base, long address) {
		return U.getByte(base, address);
	}

	public static short getShort(Object base, long address) {
		short v = U.getShort(base, address);
		return SWAP ? Short.reverseBytes(v) : v;
	}

	public static int getInt(Object base, long address) {
		int v = U.getInt(base, address);
		return SWAP ? Integer.reverseBytes(v) : v;
	}

	public static long getLong(Object base, long address) {
		long v = U.getLong(base, address);
		return SWAP ? Long.reverseBytes(v) : v;
	}

	private static void check(ByteBuffer b, int off, int n) {
		if (off < 0 || n < 0 || off > b.limit() - n) {
			throw new IndexOutOfBoundsException("bytes [" + off + ", +" + n + ") outside a buffer of " + b.limit());
		}
	}

	/** The length of the NUL-terminated string at {@code off} of {@code b}, at most {@code max}; 8 bytes per step. */
	public static int strlen(ByteBuffer b, int off, int max) {
		check(b, off, max);
		Object base = base(b);
		long at = address(b) + off;
		int n = 0;
		for (; n + 8 <= max; n += 8) {
			long w = getLong(base, at + n);
			// The classic test for a zero byte in a word; its lowest set bit marks the first one.
			long zero = (w - 0x0101010101010101L) & ~w & 0x8080808080808080L;
			if (zero != 0) {
				return n + (Long.numberOfTrailingZeros(zero) >>> 3);
			}
		}
		while (n < max && U.getByte(base, at + n) != 0) {
			n++;
		}
		return n;
	}

	/** Whether the {@code a.length} bytes at {@code off} of {@code b} equal {@code a}; 8 bytes per step. */
	public static boolean equals(ByteBuffer b, int off, byte[] a) {
		int n = a.length;
		check(b, off, n);
		Object base = base(b);
		long at = address(b) + off;
		int i = 0;
		for (; i + 8 <= n; i += 8) {
			if (U.getLong(base, at + i) != U.getLong(a, (long) Unsafe.ARRAY_BYTE_BASE_OFFSET + i)) {
				return false;
			}
		}
		for (; i < n; i++) {
			if (U.getByte(base, at + i) != a[i]) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Copies the {@code n} bytes at {@code off} of {@code b} to the start of {@code dst}, 8 bytes
	 * per step. One check, then plain loads and stores: ByteBuffer's bulk get also checks the
	 * buffer's memory scope, and Unsafe.copyMemory checks its arguments again; both are a lot of
	 * code for the JIT compilers at every inlined use, for copies of a few dozen bytes (paths,
	 * stored enter events).
	 */
	public static void copy(ByteBuffer b, int off, byte[] dst, int n) {
		check(b, off, n);
		if (n > dst.length) {
			throw new IndexOutOfBoundsException(n + " bytes do not fit in " + dst.length);
		}
		Object base = base(b);
		long at = address(b) + off;
		long to = Unsafe.ARRAY_BYTE_BASE_OFFSET;
		int i = 0;
		for (; i + 8 <= n; i += 8) {
			U.putLong(dst, to + i, U.getLong(base, at + i));
		}
		for (; i < n; i++) {
			U.putByte(dst, to + i, U.getByte(base, at + i));
		}
	}

	/** A 64-bit hash of the {@code n} bytes at {@code off} of {@code b}, from {@code seed}; 8 bytes per step. */
	public static long hash(ByteBuffer b, int off, int n, long seed) {
		check(b, off, n);
		return hash(base(b), address(b) + off, n, seed);
	}

	/** The hash {@link #hash(ByteBuffer, int, int, long)} gives the same bytes, over all of {@code a}. */
	public static long hash(byte[] a, long seed) {
		return hash(a, Unsafe.ARRAY_BYTE_BASE_OFFSET, a.length, seed);
	}

	private static long hash(Object base, long at, int n, long seed) {
		long h = seed;
		int i = 0;
		for (; i + 8 <= n; i += 8) {
			h = (h ^ U.getLong(base, at + i)) * 0x9E3779B97F4A7C15L;
			h ^= h >>> 29;
		}
		for (; i < n; i++) {
			h = (h ^ (U.getByte(base, at + i) & 0xff)) * 0x100000001b3L;
		}
		return h ^ (h >>> 32);
	}
}

package io.falcoj.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Random;

import org.junit.jupiter.api.Test;

class EventTest {
	/** Writes an event with u16 parameter lengths at {@code at}; returns its length. */
	private static int put(ByteBuffer b, int at, int type, long tid, byte[]... params) {
		int len = Event.HEADER_SIZE + 2 * params.length;
		for (byte[] p : params) {
			len += p.length;
		}
		b.putLong(at, 1234567L);
		b.putLong(at + 8, tid);
		b.putInt(at + 16, len);
		b.putShort(at + 20, (short) type);
		b.putInt(at + 22, params.length);
		int pos = at + Event.HEADER_SIZE;
		for (byte[] p : params) {
			b.putShort(pos, (short) p.length);
			pos += 2;
		}
		for (byte[] p : params) {
			b.put(pos, p);
			pos += p.length;
		}
		return len;
	}

	private static byte[] le(long v, int width) {
		byte[] out = new byte[width];
		for (int i = 0; i < width; i++) {
			out[i] = (byte) (v >>> (8 * i));
		}
		return out;
	}

	private static ByteBuffer[] buffers(int size) {
		return new ByteBuffer[] {ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN),
				ByteBuffer.allocateDirect(size).order(ByteOrder.LITTLE_ENDIAN)};
	}

	@Test
	void theFirstParameterReadsAloneAsThroughTheDecodedOffsets() {
		for (ByteBuffer b : buffers(256)) {
			for (long v : new long[] {-2, 300, -70000, 1L << 40}) {
				for (int width : new int[] {1, 2, 4, 8, 3, 0}) {
					put(b, 5, 3, 1, le(v, width), le(9, 8));
					long alone = new Event().wrap(b, 5).firstParamLong();
					Event e = new Event().wrap(b, 5);
					long decoded = e.paramLong(0);
					assertEquals(decoded, alone, v + " in " + width + " bytes");
					assertEquals(decoded, e.firstParamLong(), "after decoding");
					assertEquals(9, e.paramLong(1));
				}
			}
		}
	}

	@Test
	void readsHeaderAndIntegersOfEveryWidthInHeapAndDirectBuffers() {
		for (ByteBuffer b : buffers(256)) {
			int at = 37;
			put(b, at, 3, 4242, le(-2, 1), le(-3, 2), le(-4, 4), le(-5, 8), le(7, 3), new byte[0], "abc\0".getBytes());
			Event e = new Event().wrap(b, at);
			assertEquals(1234567L, e.ts());
			assertEquals(4242, e.tid());
			assertEquals(3, e.type());
			assertEquals(7, e.paramCount());
			assertEquals(-2, e.paramLong(0));
			assertEquals(-3, e.paramLong(1));
			assertEquals(-4, e.paramLong(2));
			assertEquals(-5, e.paramLong(3));
			assertEquals(0xfe, e.paramUnsigned(0));
			assertEquals(0xfffd, e.paramUnsigned(1));
			assertEquals(0xfffffffcL, e.paramUnsigned(2));
			assertEquals(-5, e.paramUnsigned(3));
			// three bytes is no integer width; nor is an empty parameter
			assertEquals(0, e.paramLong(4));
			assertEquals(0, e.paramUnsigned(5));
			assertEquals("abc", e.paramString(6));
			assertEquals(at + Event.HEADER_SIZE + 14, e.paramOffset(0));
			assertEquals(8, e.paramLength(3));
		}
	}

	@Test
	void parametersPastTheCountAreEmptyEvenAfterALargerEvent() {
		for (ByteBuffer b : buffers(256)) {
			int first = put(b, 0, 3, 1, le(1, 8), le(2, 8), le(3, 8), le(4, 8), le(5, 8));
			put(b, first, 3, 2, le(9, 4));
			Event e = new Event();
			e.wrap(b, 0);
			assertEquals(5, e.paramLong(4));
			e.wrap(b, first);
			assertEquals(1, e.paramCount());
			assertEquals(9, e.paramLong(0));
			for (int i = 1; i < 5; i++) {
				assertEquals(0, e.paramLength(i));
				assertEquals(0, e.paramLong(i));
				assertEquals("", e.paramString(i));
			}
		}
	}

	@Test
	void refusesParametersOrEventsThatOverrun() {
		for (ByteBuffer b : buffers(128)) {
			int len = put(b, 0, 3, 1, le(1, 8), le(2, 4));
			b.putShort(Event.HEADER_SIZE + 2, (short) 5);
			MalformedEventException e = assertThrows(MalformedEventException.class, () -> new Event().wrap(b, 0));
			assertTrue(e.getMessage().contains("parameter 1 overruns"), e.getMessage());
			b.putShort(Event.HEADER_SIZE + 2, (short) 4);
			new Event().wrap(b, 0);
			b.putInt(16, len + 200);
			e = assertThrows(MalformedEventException.class, () -> new Event().wrap(b, 0));
			assertTrue(e.getMessage().contains("runs past its buffer"), e.getMessage());
			assertThrows(IndexOutOfBoundsException.class, () -> new Event().wrap(b, 120));
		}
	}

	@Test
	void rawByteHelpersAgreeWithPlainLoops() {
		Random r = new Random(7);
		for (ByteBuffer b : buffers(300)) {
			for (int round = 0; round < 2000; round++) {
				byte[] bytes = new byte[300];
				r.nextBytes(bytes);
				for (int k = 0; k < bytes.length; k++) {
					if (r.nextInt(40) == 0) {
						bytes[k] = 0;
					}
				}
				b.put(0, bytes);
				int off = r.nextInt(100);
				int n = r.nextInt(150);
				int expected = 0;
				while (expected < n && bytes[off + expected] != 0) {
					expected++;
				}
				assertEquals(expected, RawMemory.strlen(b, off, n));
				byte[] same = java.util.Arrays.copyOfRange(bytes, off, off + n);
				assertTrue(RawMemory.equals(b, off, same));
				assertEquals(RawMemory.hash(ByteBuffer.wrap(same), 0, n, 5), RawMemory.hash(b, off, n, 5));
				if (n > 0) {
					byte[] other = same.clone();
					other[r.nextInt(n)] ^= 1;
					assertFalse(RawMemory.equals(b, off, other));
					assertNotEquals(RawMemory.hash(ByteBuffer.wrap(other), 0, n, 5), RawMemory.hash(b, off, n, 5));
				}
			}
			assertThrows(IndexOutOfBoundsException.class, () -> RawMemory.strlen(b, 290, 20));
		}
	}
}

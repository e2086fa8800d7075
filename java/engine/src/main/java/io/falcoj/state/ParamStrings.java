package io.falcoj.state;

import io.falcoj.event.Event;
import io.falcoj.event.RawMemory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Strings and string lists decoded from event parameters, found again by the parameter's bytes:
 * the same executables, command lines, environments and cgroups come back at every fork and exec,
 * and a hit costs a hash and a compare of the bytes instead of a decode and its allocations (on a
 * long replay the decoders then never become hot enough for the JIT compiler's second tier
 * either). The values are shared: thread state replaces its arrays, never changes them in place.
 * Bounded by entries and by bytes: cleared when full.
 */
final class ParamStrings {
	private static final int MAX_ENTRIES = 4096;
	private static final long MAX_BYTES = 4 << 20;
	/** Different seeds for the two kinds, so that the same bytes as a string and as a list are two entries. */
	private static final long STRING_SEED = 0x9ae16a3b2f90404fL;
	private static final long LIST_SEED = 0xc3a5c85c97cb3127L;

	private static final class Entry {
		final byte[] raw;
		final Object value;

		Entry(byte[] raw, Object value) {
			this.raw = raw;
			this.value = value;
		}
	}

	private final LongObjectMap<Entry> entries = new LongObjectMap<>(256);
	private long bytes;

	/** Parameter {@code i} of {@code ev} as a NUL-terminated string (without the NUL); the parameter is present. */
	String string(Event ev, int i) {
		ByteBuffer b = ev.buffer();
		int off = ev.paramOffset(i);
		int n = RawMemory.strlen(b, off, ev.paramLength(i));
		long k = RawMemory.hash(b, off, n, STRING_SEED);
		Entry e = entries.get(k);
		if (e != null && e.raw.length == n && RawMemory.equals(b, off, e.raw)) {
			return (String) e.value;
		}
		byte[] raw = new byte[n];
		RawMemory.copy(b, off, raw, n);
		String s = new String(raw, StandardCharsets.UTF_8);
		add(k, new Entry(raw, s));
		return s;
	}

	/** Parameter {@code i} of {@code ev} as NUL-separated strings (see StateEngine.stringArray); the parameter is present. */
	String[] list(Event ev, int i) {
		ByteBuffer b = ev.buffer();
		int off = ev.paramOffset(i);
		int n = ev.paramLength(i);
		long k = RawMemory.hash(b, off, n, LIST_SEED);
		Entry e = entries.get(k);
		if (e != null && e.raw.length == n && RawMemory.equals(b, off, e.raw)) {
			return (String[]) e.value;
		}
		byte[] raw = new byte[n];
		RawMemory.copy(b, off, raw, n);
		String[] list = StateEngine.split(raw);
		add(k, new Entry(raw, list));
		return list;
	}

	private void add(long k, Entry e) {
		if (entries.size() >= MAX_ENTRIES || bytes + e.raw.length > MAX_BYTES) {
			entries.clear();
			bytes = 0;
		}
		Entry old = entries.put(k, e);
		bytes += e.raw.length - (old == null ? 0 : old.raw.length);
	}
}

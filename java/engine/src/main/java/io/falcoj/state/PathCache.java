package io.falcoj.state;

import io.falcoj.event.RawMemory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Recently resolved open paths, keyed by the directory they were resolved against and the raw
 * bytes of the path parameter: processes open the same files again and again (every exec opens
 * the same libraries), and a hit reuses the decoded name and the resolved path instead of making
 * them anew. Paths are resolved when something reads them (an fd's name, an event's open path),
 * or at the open when the state engine is told its consumer reads them all
 * ({@code StateEngine.resolvePathsAtOpen}), from the event's bytes or from the copy an fd keeps;
 * both give the same key. Bounded: cleared when full.
 */
final class PathCache {
	private static final int MAX_ENTRIES = 4096;

	static final class Entry {
		final String dir;
		final byte[] raw;
		final String name;
		final String full;

		Entry(String dir, byte[] raw, String name, String full) {
			this.dir = dir;
			this.raw = raw;
			this.name = name;
			this.full = full;
		}
	}

	private final LongObjectMap<Entry> entries = new LongObjectMap<>(1024);

	/** The hash seed of paths resolved against {@code dir}: both resolve methods key an entry alike. */
	private static long seed(String dir) {
		return 0xcbf29ce484222325L ^ dir.hashCode();
	}

	/** The path {@code n} bytes at {@code off} name, resolved against {@code dir}, as cached or made anew. */
	Entry resolve(String dir, ByteBuffer b, int off, int n) {
		long k = RawMemory.hash(b, off, n, seed(dir));
		Entry e = entries.get(k);
		if (e != null && e.raw.length == n && (e.dir == dir || e.dir.equals(dir)) && RawMemory.equals(b, off, e.raw)) {
			return e;
		}
		byte[] raw = new byte[n];
		RawMemory.copy(b, off, raw, n);
		return add(k, dir, raw);
	}

	/** The path the bytes of {@code raw} name (which the cache may keep), resolved against {@code dir}. */
	Entry resolve(String dir, byte[] raw) {
		long k = RawMemory.hash(raw, seed(dir));
		Entry e = entries.get(k);
		if (e != null && (e.dir == dir || e.dir.equals(dir)) && Arrays.equals(e.raw, raw)) {
			return e;
		}
		return add(k, dir, raw);
	}

	private Entry add(long k, String dir, byte[] raw) {
		String name = new String(raw, StandardCharsets.UTF_8);
		Entry e = new Entry(dir, raw, name, Paths.concatenate(dir, name));
		if (entries.size() >= MAX_ENTRIES) {
			entries.clear();
		}
		entries.put(k, e);
		return e;
	}
}

package io.falcoj.state;

import java.util.Arrays;

/**
 * An open-addressing hash map from {@code long} keys to objects, with linear probing and
 * backward-shift deletion (no tombstones). The thread table (by tid) and the fd tables (by fd
 * number) sit on the per-event path: a primitive key means no boxing and no entry objects, so a
 * lookup allocates nothing. Not thread-safe: the state engine is its single writer.
 *
 * <p>Iterate with {@link #capacity()}, {@link #valueAt(int)} (null for a free slot) and
 * {@link #keyAt(int)}; removing during such a loop may move a later entry into an earlier slot, so
 * loops that remove collect first.
 */
public final class LongObjectMap<V> {
	private static final int MIN_CAPACITY = 8;

	private long[] keys;
	private Object[] values;
	private int mask;
	private int size;

	public LongObjectMap() {
		this(16);
	}

	public LongObjectMap(int expected) {
		int cap = Integer.highestOneBit(Math.max(MIN_CAPACITY, expected * 2 - 1)) << 1;
		keys = new long[cap];
		values = new Object[cap];
		mask = cap - 1;
	}

	private static int hash(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}

	public int size() {
		return size;
	}

	public boolean isEmpty() {
		return size == 0;
	}

	@SuppressWarnings("unchecked")
	public V get(long key) {
		int i = hash(key) & mask;
		Object v;
		while ((v = values[i]) != null) {
			if (keys[i] == key) {
				return (V) v;
			}
			i = (i + 1) & mask;
		}
		return null;
	}

	public boolean containsKey(long key) {
		return get(key) != null;
	}

	/** Maps {@code key} to {@code value} (not null); returns the previous value or null. */
	@SuppressWarnings("unchecked")
	public V put(long key, V value) {
		if (value == null) {
			throw new IllegalArgumentException("null values are not stored");
		}
		int i = hash(key) & mask;
		Object v;
		while ((v = values[i]) != null) {
			if (keys[i] == key) {
				values[i] = value;
				return (V) v;
			}
			i = (i + 1) & mask;
		}
		keys[i] = key;
		values[i] = value;
		if (++size * 2 > values.length) {
			grow();
		}
		return null;
	}

	@SuppressWarnings("unchecked")
	public V remove(long key) {
		int i = hash(key) & mask;
		Object v;
		while ((v = values[i]) != null) {
			if (keys[i] == key) {
				shiftBack(i);
				size--;
				return (V) v;
			}
			i = (i + 1) & mask;
		}
		return null;
	}

	/** Closes the gap at {@code free} by moving back the entries of the probe run that follows it. */
	private void shiftBack(int free) {
		int i = free;
		while (true) {
			i = (i + 1) & mask;
			Object v = values[i];
			if (v == null) {
				break;
			}
			int home = hash(keys[i]) & mask;
			// Move the entry back when its home slot is not within (free, i] cyclically.
			boolean stays = free <= i ? (free < home && home <= i) : (free < home || home <= i);
			if (!stays) {
				keys[free] = keys[i];
				values[free] = v;
				free = i;
			}
		}
		values[free] = null;
		keys[free] = 0;
	}

	private void grow() {
		long[] oldKeys = keys;
		Object[] oldValues = values;
		keys = new long[oldKeys.length * 2];
		values = new Object[oldValues.length * 2];
		mask = keys.length - 1;
		for (int j = 0; j < oldKeys.length; j++) {
			Object v = oldValues[j];
			if (v != null) {
				int i = hash(oldKeys[j]) & mask;
				while (values[i] != null) {
					i = (i + 1) & mask;
				}
				keys[i] = oldKeys[j];
				values[i] = v;
			}
		}
	}

	public void clear() {
		Arrays.fill(values, null);
		Arrays.fill(keys, 0);
		size = 0;
	}

	public int capacity() {
		return values.length;
	}

	public long keyAt(int slot) {
		return keys[slot];
	}

	@SuppressWarnings("unchecked")
	public V valueAt(int slot) {
		return (V) values[slot];
	}
}

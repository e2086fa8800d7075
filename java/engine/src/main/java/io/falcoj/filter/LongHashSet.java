package io.falcoj.filter;

import java.util.Arrays;

/**
 * A set of longs with open addressing, so numeric {@code in} checks look up without boxing.
 * Built once at compile time, then only read.
 */
final class LongHashSet {
	private static final long EMPTY = Long.MIN_VALUE;

	private final long[] slots;
	private final int mask;
	private final boolean hasEmptyValue;

	LongHashSet(long[] values) {
		int cap = Integer.highestOneBit(Math.max(4, values.length * 2 - 1)) << 1;
		slots = new long[cap];
		Arrays.fill(slots, EMPTY);
		mask = cap - 1;
		boolean empty = false;
		for (long v : values) {
			if (v == EMPTY) {
				empty = true;
				continue;
			}
			int k = index(v);
			while (slots[k] != EMPTY && slots[k] != v) {
				k = (k + 1) & mask;
			}
			slots[k] = v;
		}
		hasEmptyValue = empty;
	}

	boolean contains(long v) {
		if (v == EMPTY) {
			return hasEmptyValue;
		}
		int k = index(v);
		while (true) {
			long s = slots[k];
			if (s == v) {
				return true;
			}
			if (s == EMPTY) {
				return false;
			}
			k = (k + 1) & mask;
		}
	}

	private int index(long v) {
		long h = v * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32)) & mask;
	}
}

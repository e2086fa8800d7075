package io.falcoj.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class LongObjectMapTest {
	/** Random puts and removes over a small key space (many collisions and probe runs), checked against HashMap. */
	@Test
	void behavesLikeAHashMapUnderRandomOperations() {
		for (long seed = 1; seed <= 20; seed++) {
			Random r = new Random(seed);
			LongObjectMap<Long> m = new LongObjectMap<>(4);
			Map<Long, Long> ref = new HashMap<>();
			for (int i = 0; i < 20_000; i++) {
				long k = r.nextInt(300) - 50 + (r.nextInt(10) == 0 ? Long.MIN_VALUE / 3 : 0);
				switch (r.nextInt(3)) {
				case 0 -> assertEquals(ref.put(k, (long) i), m.put(k, (long) i), "put " + k);
				case 1 -> assertEquals(ref.remove(k), m.remove(k), "remove " + k);
				default -> assertEquals(ref.get(k), m.get(k), "get " + k);
				}
				assertEquals(ref.size(), m.size());
			}
			int found = 0;
			for (int slot = 0; slot < m.capacity(); slot++) {
				if (m.valueAt(slot) != null) {
					assertEquals(ref.get(m.keyAt(slot)), m.valueAt(slot));
					found++;
				}
			}
			assertEquals(ref.size(), found, "iteration sees every entry once");
		}
	}

	@Test
	void clearEmptiesIt() {
		LongObjectMap<String> m = new LongObjectMap<>();
		for (long k = 0; k < 1000; k++) {
			m.put(k * 7919, "v" + k);
		}
		m.clear();
		assertEquals(0, m.size());
		assertNull(m.get(7919));
	}
}

package io.falcoj.filter;

import io.falcoj.field.Field;
import io.falcoj.field.FieldType;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which rules of one event code's plan can still match, given the values of a few string fields
 * (the plan's keys), remembered per combination of values: an event whose key values were seen
 * before skips, without reading any other field, every rule that those values alone rule out.
 * <p>
 * The keys are the string fields most tested where rules are decided: in the plan's guards and in
 * the first operand of each rule's rest (the stock rules on opens test fd.name, fd.directory,
 * fd.filename, fd.typechar and container.id there). For a new combination, each rule's guard and
 * rest are evaluated in three-valued logic, the key fields' checks with their values and every
 * other check as unknown; a rule whose guard or rest comes out false cannot match any event with
 * these values (and/or/not of unknowns cannot turn a false into true), so its bit is cleared. The
 * other rules are evaluated as usual, so the answers are exactly those of the filters.
 * <p>
 * Why it pays: the state engine hands back the same String for a value that recurs (an open path
 * from its path cache, a process name, a directory cut), so the combinations repeat, and most
 * opens fail every rule on their path alone: they cost a few field reads and a probe instead of
 * two dozen checks.
 * <p>
 * A key that other fields decide on the plan's event code ({@link Field#decidedBy}: fd.directory
 * and fd.filename follow from fd.name and the fd's kind, fd.typechar from the kind) is not read at
 * each lookup when that saves reads: the table is keyed by the deciding fields instead, and the
 * decided key is read only to compute the mask of a new combination. On opens of the stock rules a
 * lookup reads fd.name, container.id and the fd's kind instead of the five keys.
 * <p>
 * Kept in an 8-way set-associative table keyed by the values (compared as the same instance, else as equal
 * texts), which grows while combinations miss; a plan whose combinations still mostly miss (values
 * that rarely recur) turns its mask off. One thread at a time.
 */
public final class RuleMask<C> {
	private static final int F = 0, T = 1, U = 2;
	/** Key fields per plan, at most. */
	private static final int MAX_KEYS = 6;
	/** A field becomes a key when at least this many deciding checks test it. */
	private static final int MIN_CHECKS = 2;
	/**
	 * Table sizes: a plan starts at 2048 slots (48 KB with three keys) and grows fourfold while its
	 * combinations miss (8192, then {@link #MAX_SLOTS}). Starting at 512, the opens of the replay
	 * benchmark's capture evicted combinations before the table grew and worked out 3,849 masks
	 * instead of 1,597.
	 */
	private static final int MIN_SLOTS = 2048;
	/** Slots per set. */
	private static final int WAYS = 8;
	private static final int MAX_SLOTS = 1 << 15;
	/** Lookups per window over which the mask judges whether it helps. */
	private static final int WINDOW = 4096;

	private final Filter<C>[] guards;
	private final int[] guardOf;
	private final Filter<C>[] rests;
	private final Operand.OfField<C>[] keys;
	/** Per key: its index among the lookup values, or -1 when they decide it (read only to compute a mask). */
	private final int[] lookupIndex;
	/** What each lookup reads: the keys not decided by others, then the deciding fields that are not keys. */
	private final Operand.OfField<C>[] lookupKeys;
	private final Field<C>[] lookupFields;
	/** Lookup values per combination. */
	private final int width;
	private final int words;
	/** The current event's lookup values. */
	private final Object[] values;
	/** Every key's value, while a mask is computed. */
	private final Object[] keyValues;
	private int slots;
	/**
	 * Per slot: its combination's hash with the low bit set (0: empty), compared before the keys;
	 * bit 1 set when no rule may match the combination ({@link #NO_RULE_BIT}).
	 */
	private int[] hashes;
	private Object[] slotKeys;
	private long[] masks;
	/** Which way of a full set the next new combination replaces. */
	private int victim;
	private int lookups;
	private int misses;
	/** The first window fills the table (every combination is new then): it is not judged. */
	private boolean warm;
	private boolean off;

	/** Stands for an absent value in the table, where null marks an empty slot. */
	private static final Object ABSENT = new Object();

	@SuppressWarnings("unchecked")
	private RuleMask(Filter<C>[] guards, int[] guardOf, Filter<C>[] rests, Operand.OfField<C>[] keys, int code) {
		this.guards = guards;
		this.guardOf = guardOf;
		this.rests = rests;
		this.keys = keys;
		this.words = (rests.length + 63) >>> 6;
		// Which keys to leave to the fields that decide them: those whose deciding fields are keys
		// read anyway or other fields, as long as that makes fewer reads in all. (A key decided by
		// a key that is itself decided by others stays read: no chains.)
		int n = keys.length;
		List<Field<C>> keyFields = new ArrayList<>();
		List<List<Field<C>>> decidedBy = new ArrayList<>();
		for (Operand.OfField<C> k : keys) {
			keyFields.add(k.field);
			decidedBy.add(k.field.decidedBy(code));
		}
		boolean[] decided = new boolean[n];
		for (int i = 0; i < n; i++) {
			List<Field<C>> by = decidedBy.get(i);
			decided[i] = by != null;
			for (int b = 0; by != null && b < by.size() && decided[i]; b++) {
				int j = indexOf(keyFields, by.get(b));
				decided[i] = j != i && (j < 0 || decidedBy.get(j) == null);
			}
		}
		List<Field<C>> extra = new ArrayList<>();
		int decidedCount = 0;
		for (int i = 0; i < n; i++) {
			if (decided[i]) {
				decidedCount++;
				for (Field<C> f : decidedBy.get(i)) {
					if (indexOf(keyFields, f) < 0 && indexOf(extra, f) < 0) {
						extra.add(f);
					}
				}
			}
		}
		if (extra.size() >= decidedCount) {
			java.util.Arrays.fill(decided, false);
			extra.clear();
		}
		this.lookupIndex = new int[n];
		List<Operand.OfField<C>> read = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			lookupIndex[i] = decided[i] ? -1 : read.size();
			if (!decided[i]) {
				read.add(keys[i]);
			}
		}
		this.lookupKeys = read.toArray(new Operand.OfField[0]);
		this.lookupFields = extra.toArray(new Field[0]);
		this.width = lookupKeys.length + lookupFields.length;
		this.values = new Object[width];
		this.keyValues = new Object[n];
	}

	/** The index of field {@code f} (same field, same argument) in {@code fields}, or -1. */
	private static <C> int indexOf(List<Field<C>> fields, Field<C> f) {
		for (int i = 0; i < fields.size(); i++) {
			if (sameField(fields.get(i), f)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean sameField(Field<?> a, Field<?> b) {
		return a == b || a.info().equals(b.info()) && Objects.equals(a.argument(), b.argument());
	}

	/** A table of {@code n} slots, with the combinations of the current one moved over. */
	private void allocate(int n) {
		int[] oldHashes = hashes;
		Object[] oldKeys = slotKeys;
		long[] oldMasks = masks;
		slots = n;
		hashes = new int[n];
		slotKeys = new Object[n * width];
		masks = new long[n * words];
		if (oldHashes == null) {
			return;
		}
		for (int s = 0; s < oldHashes.length; s++) {
			int h = oldHashes[s];
			if (h == 0) {
				continue;
			}
			int set = h & (n - 1) & ~(WAYS - 1);
			for (int w = 0; w < WAYS; w++) {
				int slot = set + w;
				if (hashes[slot] == 0) {
					hashes[slot] = h;
					System.arraycopy(oldKeys, s * width, slotKeys, slot * width, width);
					System.arraycopy(oldMasks, s * words, masks, slot * words, words);
					break;
				}
			}
		}
	}

	/**
	 * The combination's hash, low bit set so that it is never 0 (an empty slot), and bit 1 clear:
	 * in the table, that bit marks a combination for which no rule may match ({@link #NO_RULE}).
	 */
	private static int hashOf(Object[] vs) {
		int h = 0;
		for (Object v : vs) {
			h = h * 31 + (v == ABSENT ? 0 : v.hashCode());
		}
		return (h ^ (h >>> 16)) & ~NO_RULE_BIT | 1;
	}

	/** Bit 1 of a slot's hash: no rule may match its combination (most opens: told without reading its mask). */
	private static final int NO_RULE_BIT = 2;

	/** What {@link #find} returns when no rule may match the event. */
	public static final int NO_RULE = -2;

	/**
	 * A mask for the plan of event code {@code code} (-1 for a source without codes): its
	 * {@code guards}, and per rule its guard index and rest. Null when no string field is tested
	 * often enough where its rules are decided to be worth keying on.
	 */
	@SuppressWarnings("unchecked")
	public static <C> RuleMask<C> of(Filter<C>[] guards, int[] guardOf, Filter<C>[] rests, int code) {
		Map<Operand.OfField<C>, Integer> counts = new IdentityHashMap<>();
		for (Filter<C> g : guards) {
			count(g, counts);
		}
		for (Filter<C> r : rests) {
			count(r instanceof FilterCompiler.AndFilter<C> a ? a.children[0] : r, counts);
		}
		List<Map.Entry<Operand.OfField<C>, Integer>> ranked = new ArrayList<>(counts.entrySet());
		ranked.sort(MOST_CHECKED);
		List<Operand.OfField<C>> keys = new ArrayList<>();
		for (Map.Entry<Operand.OfField<C>, Integer> e : ranked) {
			if (e.getValue() < MIN_CHECKS || keys.size() == MAX_KEYS) {
				break;
			}
			keys.add(e.getKey());
		}
		if (keys.isEmpty()) {
			return null;
		}
		return new RuleMask<>(guards, guardOf, rests, keys.toArray(new Operand.OfField[0]), code);
	}

	/**
	 * Most counted first. A class rather than a lambda (as are the counts' get/put rather than
	 * merge with Integer::sum): each lambda call site is linked at its first use, some 0.2 ms of
	 * start-up.
	 */
	@SuppressWarnings("rawtypes")
	private static final java.util.Comparator<Map.Entry> MOST_CHECKED = new java.util.Comparator<>() {
		@Override
		public int compare(Map.Entry a, Map.Entry b) {
			return Integer.compare((Integer) b.getValue(), (Integer) a.getValue());
		}
	};

	/** Counts the checks of single string fields in {@code f}. */
	private static <C> void count(Filter<C> f, Map<Operand.OfField<C>, Integer> counts) {
		if (f instanceof FilterCompiler.SharedFilter<C> s) {
			count(s.inner, counts);
			return;
		}
		Filter<C>[] operands = FilterCompiler.operands(f);
		if (operands != null) {
			for (Filter<C> c : operands) {
				count(c, counts);
			}
			return;
		}
		Operand.OfField<C> k = keyable(f);
		if (k != null) {
			Integer n = counts.get(k);
			counts.put(k, n == null ? 1 : n + 1);
		}
	}

	/** The field of a check that a key value decides (a check of a single string field), or null. */
	private static <C> Operand.OfField<C> keyable(Filter<C> f) {
		Operand<C> o = null;
		if (f instanceof FilterCompiler.ScalarFilter<C> s) {
			o = s.operand;
		} else if (f instanceof FilterCompiler.ExistsFilter<C> e) {
			o = e.operand;
		}
		return o instanceof Operand.OfField<C> of && of.type == FieldType.STRING && !of.list ? of : null;
	}

	/**
	 * Looks the event's key values up (reading them: they stay cached for the event). Returns the
	 * offset of their mask for {@link #mayMatch}, {@link #NO_RULE} when their mask leaves out every
	 * rule, or -1 when the mask is off (every rule may match).
	 */
	public int find(C ctx) {
		if (off) {
			return -1;
		}
		if (++lookups == WINDOW) {
			if (warm && misses * 64 > lookups && slots < MAX_SLOTS) {
				// more combinations than the table holds: a bigger one
				allocate(slots * 4);
				warm = false;
			} else if (warm && misses * 4 > lookups) {
				// the key values rarely recur: reading them only adds to each event
				off = true;
				hashes = null;
				slotKeys = null;
				masks = null;
				return -1;
			} else {
				warm = true;
			}
			lookups = 0;
			misses = 0;
		}
		if (hashes == null) {
			allocate(MIN_SLOTS);
		}
		// (the values stay here until the next lookup: Strings of one event, nothing more)
		Object[] vs = values;
		int n = 0;
		for (Operand.OfField<C> k : lookupKeys) {
			Object v = k.value(ctx);
			vs[n++] = v == null ? ABSENT : v;
		}
		for (Field<C> f : lookupFields) {
			Object v = f.value(ctx);
			vs[n++] = v == null ? ABSENT : v;
		}
		// set-associative: the hashes of a set's ways share a cache line; keys are compared on a
		// hash match only
		int h = hashOf(vs);
		int set = h & (slots - 1) & ~(WAYS - 1);
		int free = -1;
		for (int w = 0; w < WAYS; w++) {
			int slot = set + w;
			int sh = hashes[slot];
			if ((sh & ~NO_RULE_BIT) == h && same(slot, vs)) {
				return (sh & NO_RULE_BIT) != 0 ? NO_RULE : slot * words;
			}
			if (sh == 0 && free < 0) {
				free = slot;
			}
		}
		misses++;
		int slot = free >= 0 ? free : set + (victim = (victim + 1) & (WAYS - 1));
		int base = slot * words;
		boolean none = compute(base, ctx);
		hashes[slot] = none ? h | NO_RULE_BIT : h;
		System.arraycopy(vs, 0, slotKeys, slot * width, width);
		return none ? NO_RULE : base;
	}

	/**
	 * Whether the slot holds these values: the same instances mostly, else equal texts (a process
	 * name is a String per process; checks depend on the text only).
	 */
	private boolean same(int slot, Object[] vs) {
		int kb = slot * width;
		for (int i = 0; i < vs.length; i++) {
			Object k = slotKeys[kb + i];
			Object v = vs[i];
			if (k != v && !k.equals(v)) {
				return false;
			}
		}
		return true;
	}

	/** Whether rule {@code k} may match the event whose mask is at {@code base} (from {@link #find}; not -1). */
	public boolean mayMatch(int base, int k) {
		return base != NO_RULE && (masks[base + (k >>> 6)] & (1L << k)) != 0;
	}

	/**
	 * The rows of every combination, {@link #mayMatch}'s bits: rule {@code k} of the event whose
	 * mask is at {@code base} (from {@link #find}, neither -1 nor {@link #NO_RULE}) may match when
	 * bit {@code k & 63} of {@code bits()[base + (k >>> 6)]} is set. Ask after {@link #find}, which may grow the table.
	 */
	public long[] bits() {
		return masks;
	}

	/** Shared nodes decided during one computation, per question asked of them. */
	private final Map<Filter<C>, Boolean> mayBeTrueOf = new IdentityHashMap<>();
	private final Map<Filter<C>, Boolean> mayBeFalseOf = new IdentityHashMap<>();

	/**
	 * The mask for the event's key values (the lookup's, and the keys they decide), into
	 * {@code masks} at {@code base}; whether it leaves out every rule.
	 */
	private boolean compute(int base, C ctx) {
		for (int i = 0; i < keys.length; i++) {
			int l = lookupIndex[i];
			Object v = l >= 0 ? values[l] : keys[i].value(ctx);
			keyValues[i] = v == null ? ABSENT : v;
		}
		mayBeTrueOf.clear();
		mayBeFalseOf.clear();
		int[] guardValue = new int[guards.length];
		boolean none = true;
		for (int w = 0; w < words; w++) {
			masks[base + w] = 0;
		}
		for (int k = 0; k < rests.length; k++) {
			int g = guardOf[k];
			if (guardValue[g] == 0) {
				guardValue[g] = mayBeTrue(guards[g]) ? 2 : 1;
			}
			if (guardValue[g] == 2 && mayBeTrue(rests[k])) {
				masks[base + (k >>> 6)] |= 1L << k;
				none = false;
			}
		}
		return none;
	}

	/**
	 * Whether {@code f} may hold for an event with these key values: false only when the key
	 * fields' checks alone make it false, whatever the other checks give (three-valued logic,
	 * asking only what decides the question: an and is false as soon as one operand must be).
	 */
	private boolean mayBeTrue(Filter<C> f) {
		if (f instanceof Filter.Constant<C> c) {
			return c.value;
		}
		if (f instanceof FilterCompiler.SharedFilter<C> s) {
			Boolean r = mayBeTrueOf.get(s);
			if (r == null) {
				r = mayBeTrue(s.inner);
				mayBeTrueOf.put(s, r);
			}
			return r;
		}
		if (f instanceof FilterCompiler.AndFilter<C> a) {
			for (Filter<C> c : a.children) {
				if (!mayBeTrue(c)) {
					return false;
				}
			}
			return true;
		}
		if (f instanceof FilterCompiler.OrFilter<C> o) {
			for (Filter<C> c : o.children) {
				if (mayBeTrue(c)) {
					return true;
				}
			}
			return false;
		}
		if (f instanceof FilterCompiler.NotFilter<C> n) {
			return mayBeFalse(n.child);
		}
		int known = keyCheck(f);
		return known != F;
	}

	/** Whether {@code f} may be false for an event with these key values (the dual of {@link #mayBeTrue}). */
	private boolean mayBeFalse(Filter<C> f) {
		if (f instanceof Filter.Constant<C> c) {
			return !c.value;
		}
		if (f instanceof FilterCompiler.SharedFilter<C> s) {
			Boolean r = mayBeFalseOf.get(s);
			if (r == null) {
				r = mayBeFalse(s.inner);
				mayBeFalseOf.put(s, r);
			}
			return r;
		}
		if (f instanceof FilterCompiler.AndFilter<C> a) {
			for (Filter<C> c : a.children) {
				if (mayBeFalse(c)) {
					return true;
				}
			}
			return false;
		}
		if (f instanceof FilterCompiler.OrFilter<C> o) {
			for (Filter<C> c : o.children) {
				if (!mayBeFalse(c)) {
					return false;
				}
			}
			return true;
		}
		if (f instanceof FilterCompiler.NotFilter<C> n) {
			return mayBeTrue(n.child);
		}
		int known = keyCheck(f);
		return known != T;
	}

	/** A check's value when its field is a key (T or F), else U. */
	private int keyCheck(Filter<C> f) {
		Operand.OfField<C> k = keyable(f);
		if (k == null) {
			return U;
		}
		for (int i = 0; i < keys.length; i++) {
			if (keys[i] == k) {
				Object v = keyValues[i] == ABSENT ? null : keyValues[i];
				boolean r = f instanceof FilterCompiler.ScalarFilter<C> s ? s.test(v) : FilterCompiler.ExistsFilter.present(v);
				return r ? T : F;
			}
		}
		return U;
	}
}

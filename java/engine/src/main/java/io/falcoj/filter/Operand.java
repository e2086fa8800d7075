package io.falcoj.filter;

import io.falcoj.field.Field;
import io.falcoj.field.FieldType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A compiled left- or right-hand side: a bound field, or a transformer over another operand.
 * {@link #value} follows {@link FieldType}'s conventions; list operands return a List.
 */
abstract class Operand<C> {
	final FieldType type;
	final boolean list;
	/** A list whose values each stand for the field: every operator asks "does any value pass". */
	final boolean anyValue;

	Operand(FieldType type, boolean list, boolean anyValue) {
		this.type = type;
		this.list = list;
		this.anyValue = anyValue;
	}

	abstract Object value(C ctx);

	abstract long longValue(C ctx, long absent);

	/**
	 * A field as the catalog bound it. With an epoch, one instance serves every check of the field
	 * and keeps the value it read for the current event: the stock rules test fd.name in dozens
	 * of checks per open, and the value cannot change while one event is evaluated (libsinsp's
	 * filter checks cache extracted values per event the same way).
	 */
	static final class OfField<C> extends Operand<C> {
		final Field<C> field;
		private final EvaluationEpoch epoch;
		private long seen;
		private Object cached;
		private long seenLong;
		private long cachedAbsent;
		private long cachedLong;

		OfField(Field<C> field, EvaluationEpoch epoch) {
			super(field.type(), field.info().isList(), field.info().isList() && field.info().anyValue());
			this.field = field;
			this.epoch = epoch;
		}

		@Override
		Object value(C ctx) {
			if (epoch == null) {
				return field.value(ctx);
			}
			long e = epoch.value;
			if (seen != e) {
				cached = field.value(ctx);
				seen = e;
			}
			return cached;
		}

		@Override
		long longValue(C ctx, long absent) {
			if (epoch == null) {
				return field.longValue(ctx, absent);
			}
			long e = epoch.value;
			if (seenLong != e || cachedAbsent != absent) {
				cachedLong = field.longValue(ctx, absent);
				cachedAbsent = absent;
				seenLong = e;
			}
			return cachedLong;
		}

		@Override
		public String toString() {
			return field.toString();
		}
	}

	/**
	 * {@code tolower toupper b64 basename len}. These build new strings, so checks through a
	 * transformer allocate; plain field checks do not.
	 */
	static final class Transformed<C> extends Operand<C> {
		private final String name;
		private final Operand<C> inner;

		private Transformed(String name, Operand<C> inner, FieldType type, boolean list) {
			super(type, list, list && inner.anyValue);
			this.name = name;
			this.inner = inner;
		}

		static <C> Transformed<C> of(String name, Operand<C> inner) throws IllegalArgumentException {
			boolean stringLike = inner.type == FieldType.STRING || inner.type == FieldType.BYTES;
			switch (name) {
				case "tolower", "toupper", "b64", "basename" -> {
					if (!stringLike) {
						throw new IllegalArgumentException("can't add field transformer: type '" + inner.type.name().toLowerCase()
								+ "' is not supported by '" + name + "' transformer applied on field '" + inner + "'");
					}
					return new Transformed<>(name, inner, FieldType.STRING, inner.list);
				}
				case "len" -> {
					if (!stringLike && !inner.list) {
						throw new IllegalArgumentException("can't add field transformer: type '" + inner.type.name().toLowerCase()
								+ "' is not supported by 'len' transformer applied on field '" + inner + "'");
					}
					return new Transformed<>(name, inner, FieldType.UINT64, false);
				}
				default -> throw new IllegalArgumentException("unknown transformer " + name);
			}
		}

		@Override
		Object value(C ctx) {
			Object v = inner.value(ctx);
			if (v == null) {
				return null;
			}
			if (name.equals("len")) {
				if (v instanceof List<?> l) {
					return (long) l.size();
				}
				return v instanceof byte[] b ? (long) b.length : (long) v.toString().length();
			}
			if (v instanceof List<?> l) {
				List<Object> out = new ArrayList<>(l.size());
				for (Object o : l) {
					String t = apply(o);
					if (t != null) {
						out.add(t);
					}
				}
				return out;
			}
			return apply(v);
		}

		private String apply(Object v) {
			String s = v instanceof byte[] b ? new String(b, StandardCharsets.ISO_8859_1) : v.toString();
			switch (name) {
				case "tolower":
					return s.toLowerCase(java.util.Locale.ROOT);
				case "toupper":
					return s.toUpperCase(java.util.Locale.ROOT);
				case "basename": {
					int slash = s.lastIndexOf('/');
					return slash < 0 ? s : s.substring(slash + 1);
				}
				default:
					try {
						return new String(Base64.getDecoder().decode(s.trim()), StandardCharsets.ISO_8859_1);
					} catch (IllegalArgumentException e) {
						return null;
					}
			}
		}

		@Override
		long longValue(C ctx, long absent) {
			Object v = value(ctx);
			return v instanceof Number n ? n.longValue() : absent;
		}

		@Override
		public String toString() {
			return name + "(" + inner + ")";
		}
	}
}

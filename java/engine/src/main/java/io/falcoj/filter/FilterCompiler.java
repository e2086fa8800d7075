package io.falcoj.filter;

import io.falcoj.field.Field;
import io.falcoj.field.FieldCatalog;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldType;
import io.falcoj.field.UnknownFieldException;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles a macro-free {@link Expr} into a {@link Filter} for one event source, binding every
 * field through the source's {@link FieldCatalog}. All parsing of values happens here, once:
 * numbers become longs, lists hash sets (or a path-prefix set for {@code pmatch}), globs and
 * regexes compiled patterns, and {@code evt.type} checks a table indexed by event code.
 */
public final class FilterCompiler<C> {
	/** What {@link Field#longValue} returns for an absent value in numeric checks. */
	private static final long ABSENT = Long.MIN_VALUE + 1;

	private final FieldCatalog<C> catalog;
	private final Set<String> fieldNames = new HashSet<>();
	/** Fields that take an argument, which may follow the name after a dot ({@code evt.arg.flags}). */
	private final Set<String> argumentFields = new HashSet<>();
	/**
	 * Checks already compiled: a macro expands to the same checks in many rules, and rules are
	 * compiled again after each file. Sharing evaluators is safe as evaluation is one thread at
	 * a time.
	 */
	private final Map<Expr.Check, Filter<C>> compiledChecks = new HashMap<>();
	/** Fields already bound, by name and argument: binding some fields (evt.arg.NAME) searches tables. */
	private final Map<String, Field<C>> boundFields = new HashMap<>();

	/** Non-null when compiled filters share sub-results within an event (see {@link EvaluationEpoch}). */
	private final EvaluationEpoch epoch;
	/** One operand per bound field, so that checks of the same field share its value within an event. */
	private final Map<Field<C>, Operand.OfField<C>> operands = new java.util.IdentityHashMap<>();
	/** Boolean nodes already compiled, by identity: expanded macros are shared tree instances. */
	private final Map<Expr, Filter<C>> compiledNodes = new java.util.IdentityHashMap<>();
	/** The catalog's codes per event type name, asked once: the same names recur in many evt.type checks. */
	private final Map<String, int[]> eventCodes = new HashMap<>();

	/** A compiler whose filters stand alone: each evaluation computes everything. */
	public FilterCompiler(FieldCatalog<C> catalog) {
		this(catalog, null);
	}

	/**
	 * A compiler whose filters share the results of common parts (macros, repeated checks)
	 * within an event; the caller advances {@code epoch} before each event.
	 */
	public FilterCompiler(FieldCatalog<C> catalog, EvaluationEpoch epoch) {
		this.catalog = catalog;
		this.epoch = epoch;
	}

	public FieldCatalog<C> catalog() {
		return catalog;
	}

	/** {@link FieldCatalog#eventCodes}, remembered per name; the array is shared, not to be changed. */
	public int[] eventCodes(String typeName) {
		int[] codes = eventCodes.get(typeName);
		if (codes == null && !eventCodes.containsKey(typeName)) {
			codes = catalog.eventCodes(typeName);
			eventCodes.put(typeName, codes);
		}
		return codes;
	}

	public Filter<C> compile(Expr e) throws FilterCompileException {
		if (e instanceof Expr.And || e instanceof Expr.Or) {
			Filter<C> f = compiledNodes.get(e);
			if (f == null) {
				f = e instanceof Expr.And a ? new AndFilter<>(compileAll(a.children())) : new OrFilter<>(compileAll(((Expr.Or) e).children()));
				f = shared(f);
				compiledNodes.put(e, f);
			}
			return f;
		}
		if (e instanceof Expr.Not n) {
			return new NotFilter<>(compile(n.child()));
		}
		if (e instanceof Expr.MacroRef m) {
			throw new FilterCompileException(FilterCompileException.Kind.INVALID, "Undefined macro '" + m.name() + "' used in filter.", m.pos());
		}
		Expr.Check c = (Expr.Check) e;
		Filter<C> f = compiledChecks.get(c);
		if (f == null) {
			f = compileCheck(c);
			f.source = c;
			if (!(f instanceof EventTypeFilter)) {
				f = shared(f);
			}
			compiledChecks.put(c, f);
		}
		return f;
	}

	/** A check as written, for messages and {@link Filter#toString}. */
	static String describe(Expr.Check c) {
		StringBuilder sb = new StringBuilder().append(c.left()).append(' ').append(c.op());
		if (c.right() instanceof Expr.Literal l) {
			sb.append(' ').append(l.text());
		} else if (c.right() instanceof Expr.ListLiteral l) {
			sb.append(" (");
			for (int k = 0; k < l.items().size(); k++) {
				sb.append(k == 0 ? "" : ", ").append(l.items().get(k).text());
			}
			sb.append(')');
		} else if (c.right() instanceof Expr.FieldValue v) {
			sb.append(" val(").append(v.operand()).append(')');
		}
		return sb.toString();
	}

	private Filter<C> shared(Filter<C> f) {
		return epoch == null ? f : new SharedFilter<>(f, epoch);
	}

	private List<Filter<C>> compileAll(List<Expr> children) throws FilterCompileException {
		List<Filter<C>> out = new ArrayList<>(children.size());
		for (Expr c : children) {
			out.add(compile(c));
		}
		return out;
	}

	/**
	 * Binds a field as written in a condition or output ({@code proc.aname[2]}). Unknown names
	 * fail with libsinsp's wording, which the rule loader uses to recognize them.
	 */
	public Field<C> bind(String name, String argument, Position pos) throws FilterCompileException {
		String key = argument == null ? name : name + "[" + argument + "]";
		Field<C> known = boundFields.get(key);
		if (known != null) {
			return known;
		}
		try {
			Field<C> f = catalog.field(name, argument);
			boundFields.put(key, f);
			return f;
		} catch (UnknownFieldException e) {
			if (isKnownName(name)) {
				throw new FilterCompileException(FilterCompileException.Kind.INVALID, e.getMessage(), pos);
			}
			throw new FilterCompileException(FilterCompileException.Kind.UNKNOWN_FIELD, "filter_check called with nonexistent field " + name, pos);
		} catch (RuntimeException e) {
			throw new FilterCompileException(FilterCompileException.Kind.INVALID, "field " + name + ": " + e.getMessage(), pos);
		}
	}

	/** Whether {@code name} or a dotted prefix of it (for {@code evt.arg.NAME}-style fields) is a field. */
	private boolean isKnownName(String name) {
		// Listed on the first failed bind only: listing every field makes every field family,
		// which a catalog may otherwise make only for the fields that are named.
		if (fieldNames.isEmpty()) {
			for (FieldInfo f : catalog.fields()) {
				fieldNames.add(f.name());
				if (f.argument() != FieldInfo.Argument.NONE) {
					argumentFields.add(f.name());
				}
			}
		}
		if (fieldNames.contains(name)) {
			return true;
		}
		for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
			if (argumentFields.contains(name.substring(0, dot))) {
				return true;
			}
		}
		return false;
	}

	private Operand<C> operand(Expr.Operand o) throws FilterCompileException {
		if (o instanceof Expr.FieldRef f) {
			Field<C> field = bind(f.name(), f.argument(), f.pos());
			Operand.OfField<C> op = operands.get(field);
			if (op == null) {
				op = new Operand.OfField<>(field, epoch);
				operands.put(field, op);
			}
			return op;
		}
		Expr.Transform t = (Expr.Transform) o;
		Operand<C> inner = operand(t.inner());
		try {
			return Operand.Transformed.of(t.transformer(), inner);
		} catch (IllegalArgumentException e) {
			throw new FilterCompileException(FilterCompileException.Kind.INVALID, e.getMessage(), t.pos());
		}
	}

	private Filter<C> compileCheck(Expr.Check c) throws FilterCompileException {
		Filter<C> evtType = eventTypeCheck(c);
		if (evtType != null) {
			return evtType;
		}
		Operand<C> left = operand(c.left());
		String op = c.op();
		if (op.equals("exists")) {
			return new ExistsFilter<>(left);
		}
		if (c.right() instanceof Expr.FieldValue fv) {
			Operand<C> right = operand(fv.operand());
			if (!DynamicFilter.supports(op)) {
				throw new FilterCompileException(FilterCompileException.Kind.INVALID,
						"operator '" + op + "' is not supported with a right-hand side field", c.pos());
			}
			return new DynamicFilter<>(left, op, right);
		}
		List<String> values = literals(c.right());
		boolean listOp = ConditionParser.isListOperator(op);
		if (!listOp && values.size() != 1) {
			throw new FilterCompileException(FilterCompileException.Kind.INVALID, "operator '" + op + "' expects a single value", c.pos());
		}
		if (left.list && !left.anyValue && (op.equals("in") || op.equals("intersects"))) {
			ValueTest t = test(left.type, op, values, c);
			return op.equals("in") ? new ListAllFilter<>(left, t) : new ListAnyFilter<>(left, t);
		}
		if (left.list) {
			return new ListAnyFilter<>(left, test(left.type, op, values, c));
		}
		if (left.type == FieldType.BOOL && !left.list && (op.equals("=") || op.equals("==") || op.equals("!="))) {
			// as a number (0 or 1), unboxed; a value that is no boolean fails here as it does in ValueTest
			try {
				return new NumCompareFilter<>(left, op, ValueTest.parseBool(values.get(0)), true);
			} catch (IllegalArgumentException e) {
				throw new FilterCompileException(FilterCompileException.Kind.INVALID, e.getMessage(), c.pos());
			}
		}
		if (left.type.isNumeric()) {
			if (ValueTest.isOrderOrEquality(op)) {
				try {
					return new NumCompareFilter<>(left, op, ValueTest.parseLong(values.get(0)), false);
				} catch (IllegalArgumentException e) {
					throw new FilterCompileException(FilterCompileException.Kind.INVALID, e.getMessage(), c.pos());
				}
			}
			if (op.equals("in") || op.equals("intersects")) {
				long[] longs = new long[values.size()];
				for (int k = 0; k < longs.length; k++) {
					try {
						longs[k] = ValueTest.parseLong(values.get(k));
					} catch (IllegalArgumentException e) {
						throw new FilterCompileException(FilterCompileException.Kind.INVALID, e.getMessage(), c.pos());
					}
				}
				return new NumInFilter<>(left, new LongHashSet(longs));
			}
		}
		ValueTest t = test(left.type, op, values, c);
		return left.type == FieldType.STRING || left.type == FieldType.BYTES ? new ScalarFilter<>(left, t, op, values)
				: new ScalarFilter<>(left, t, null, null);
	}

	private ValueTest test(FieldType type, String op, List<String> values, Expr.Check c) throws FilterCompileException {
		try {
			return ValueTest.of(type, op, values);
		} catch (IllegalArgumentException e) {
			throw new FilterCompileException(FilterCompileException.Kind.INVALID, e.getMessage(), c.pos());
		}
	}

	private static List<String> literals(Expr.Value v) {
		if (v instanceof Expr.Literal l) {
			return List.of(l.text());
		}
		List<String> out = new ArrayList<>();
		for (Expr.Literal l : ((Expr.ListLiteral) v).items()) {
			out.add(l.text());
		}
		return out;
	}

	/**
	 * {@code evt.type = X}, {@code != X}, {@code in (...)}: a lookup of the event code in a table
	 * (the syscall source only). Unknown type names fail as libsinsp does.
	 */
	private Filter<C> eventTypeCheck(Expr.Check c) throws FilterCompileException {
		if (catalog.eventCodeCount() == 0 || !(c.left() instanceof Expr.FieldRef f) || !f.name().equals("evt.type")
				|| f.argument() != null || c.right() == null || c.right() instanceof Expr.FieldValue) {
			return null;
		}
		String op = c.op();
		boolean negate = op.equals("!=");
		if (!negate && !op.equals("=") && !op.equals("==") && !op.equals("in") && !op.equals("intersects")) {
			return null;
		}
		boolean[] table = new boolean[catalog.eventCodeCount()];
		boolean[] verify = new boolean[table.length];
		boolean anyVerify = false;
		Set<String> names = new HashSet<>(literals(c.right()));
		for (String name : names) {
			int[] codes = eventCodes(name);
			if (codes == null) {
				return null;
			}
			if (codes.length == 0) {
				throw new FilterCompileException(FilterCompileException.Kind.UNKNOWN_EVENT_TYPE, "unknown event type " + name, c.pos());
			}
			for (int code : codes) {
				table[code] = true;
				if (!catalog.eventCodeIsExactly(code, name)) {
					verify[code] = true;
					anyVerify = true;
				}
			}
		}
		Field<C> typeField = null;
		if (anyVerify) {
			typeField = bind("evt.type", null, c.pos());
		} else {
			verify = null;
		}
		return new EventTypeFilter<>(table, negate, verify, typeField, names);
	}

	private static String chainText(Filter<?>[] children, String op) {
		StringBuilder sb = new StringBuilder("(");
		for (int k = 0; k < children.length; k++) {
			sb.append(k == 0 ? "" : op).append(children[k]);
		}
		return sb.append(')').toString();
	}

	/** A fixed field value as {@link Field#longValue} gives it. */
	private static long constantLong(Object v) {
		return v instanceof Boolean b ? (b ? 1 : 0) : ((Number) v).longValue();
	}

	/** Remembers its result for the current event (epoch), for the many rules that contain it. */
	static final class SharedFilter<C> extends Filter<C> {
		final Filter<C> inner;
		final EvaluationEpoch epoch;
		private long seen;
		private boolean result;

		SharedFilter(Filter<C> inner, EvaluationEpoch epoch) {
			this.inner = inner;
			this.epoch = epoch;
		}

		@Override
		public boolean matches(C ctx, int code) {
			long e = epoch.value;
			if (e != seen) {
				result = inner.matches(ctx, code);
				seen = e;
			}
			return result;
		}

		@Override
		Filter<C> specialize(FilterSpecializer<C> s) {
			return s.shared(this);
		}

		@Override
		public String toString() {
			return "shared" + inner;
		}
	}

	static final class AndFilter<C> extends Filter<C> {
		final Filter<C>[] children;

		@SuppressWarnings("unchecked")
		AndFilter(List<Filter<C>> children) {
			this.children = children.toArray(new Filter[0]);
		}

		@Override
		public boolean matches(C ctx, int code) {
			for (Filter<C> f : children) {
				if (!evaluate(f, ctx, code)) {
					return false;
				}
			}
			return true;
		}

		@Override
		Filter<C> specialize(FilterSpecializer<C> s) {
			Filter<C> f = s.chain(children, true);
			return f == null ? this : f;
		}

		@Override
		public String toString() {
			return chainText(children, " and ");
		}
	}

	static final class OrFilter<C> extends Filter<C> {
		final Filter<C>[] children;

		@SuppressWarnings("unchecked")
		OrFilter(List<Filter<C>> children) {
			this.children = children.toArray(new Filter[0]);
		}

		@Override
		public boolean matches(C ctx, int code) {
			for (Filter<C> f : children) {
				if (evaluate(f, ctx, code)) {
					return true;
				}
			}
			return false;
		}

		@Override
		Filter<C> specialize(FilterSpecializer<C> s) {
			Filter<C> f = s.chain(children, false);
			return f == null ? this : f;
		}

		@Override
		public String toString() {
			return chainText(children, " or ");
		}
	}

	/**
	 * The operands of an and, an or or a not (its one), or null for anything else: for the walks
	 * over a filter tree that treat the three alike (counting checks, counting shared nodes).
	 */
	@SuppressWarnings("unchecked")
	static <C> Filter<C>[] operands(Filter<C> f) {
		if (f instanceof AndFilter<C> a) {
			return a.children;
		}
		if (f instanceof OrFilter<C> o) {
			return o.children;
		}
		return f instanceof NotFilter<C> n ? new Filter[] {n.child} : null;
	}

	static final class NotFilter<C> extends Filter<C> {
		final Filter<C> child;

		NotFilter(Filter<C> child) {
			this.child = child;
		}

		@Override
		public boolean matches(C ctx, int code) {
			return !evaluate(child, ctx, code);
		}

		@Override
		Filter<C> specialize(FilterSpecializer<C> s) {
			Filter<C> c = child.specialize(s);
			if (c instanceof Constant<C> k) {
				return Constant.of(!k.value);
			}
			if (c instanceof NotFilter<C> n) {
				return n.child;
			}
			return c == child ? this : new NotFilter<>(c);
		}

		@Override
		public String toString() {
			return "not " + child;
		}
	}

	/**
	 * The event code looked up in a table; for codes shared by several type names (generic
	 * events) the {@code evt.type} field's value decides.
	 */
	static final class EventTypeFilter<C> extends Filter<C> {
		private final boolean[] table;
		private final boolean negate;
		private final boolean[] verify;
		private final Field<C> typeField;
		private final Set<String> names;

		EventTypeFilter(boolean[] table, boolean negate, boolean[] verify, Field<C> typeField, Set<String> names) {
			this.table = table;
			this.negate = negate;
			this.verify = verify;
			this.typeField = typeField;
			this.names = names;
		}

		@Override
		public boolean matches(C ctx, int code) {
			boolean hit = code >= 0 && code < table.length && table[code];
			if (hit && verify != null && verify[code]) {
				Object v = typeField.value(ctx);
				hit = v != null && names.contains(v.toString());
			}
			return hit != negate;
		}

		@Override
		Filter<C> specialize(FilterSpecializer<C> s) {
			int code = s.code();
			if (code < 0) {
				return this;
			}
			boolean inTable = code < table.length;
			if (inTable && verify != null && verify[code]) {
				return this;
			}
			return Constant.of((inTable && table[code]) != negate);
		}
	}

	static final class ExistsFilter<C> extends Filter<C> {
		final Operand<C> operand;

		ExistsFilter(Operand<C> operand) {
			this.operand = operand;
		}

		@Override
		public boolean matches(C ctx, int code) {
			return present(operand.value(ctx));
		}

		/** Whether a value counts as existing: not absent, not an empty list. */
		static boolean present(Object v) {
			return v != null && !(v instanceof List<?> l && l.isEmpty());
		}

		@Override
		Filter<C> specialize(FilterSpecializer<C> s) {
			Object v = s.constant(operand);
			return v == Field.VARIES ? this : Constant.of(present(v));
		}
	}

	/** A numeric field against one number, unboxed; the operator decoded once, not per event. */
	static final class NumCompareFilter<C> extends Filter<C> {
		@Override
		boolean cheap() {
			return operand instanceof Operand.OfField;
		}

		private static final int EQ = 0, NE = 1, LT = 2, LE = 3, GT = 4, GE = 5;
		private final Operand<C> operand;
		private final String op;
		private final int opCode;
		private final long value;
		/** A boolean field: any non-zero value is true (1), as the boxed comparison saw it. */
		private final boolean bool;

		NumCompareFilter(Operand<C> operand, String op, long value, boolean bool) {
			this.operand = operand;
			this.op = op;
			this.bool = bool;
			this.opCode = switch (op) {
				case "=", "==" -> EQ;
				case "!=" -> NE;
				case "<" -> LT;
				case "<=" -> LE;
				case ">" -> GT;
				default -> GE;
			};
			this.value = value;
		}

		@Override
		public boolean matches(C ctx, int code) {
			long v = operand.longValue(ctx, ABSENT);
			if (v == ABSENT) {
				return false;
			}
			if (bool && v != 0) {
				v = 1;
			}
			switch (opCode) {
			case EQ:
				return v == value;
			case NE:
				return v != value;
			case LT:
				return v < value;
			case LE:
				return v <= value;
			case GT:
				return v > value;
			default:
				return v >= value;
			}
		}

		@Override
		Filter<C> specialize(FilterSpecializer<C> s) {
			Object v = s.constant(operand);
			if (v == Field.VARIES) {
				return this;
			}
			if (v == null) {
				return Constant.of(false);
			}
			long k = constantLong(v);
			return Constant.of(ValueTest.compare(op, bool && k != 0 ? 1 : k, value));
		}
	}

	static final class NumInFilter<C> extends Filter<C> {
		@Override
		boolean cheap() {
			return operand instanceof Operand.OfField;
		}

		private final Operand<C> operand;
		private final LongHashSet set;

		NumInFilter(Operand<C> operand, LongHashSet set) {
			this.operand = operand;
			this.set = set;
		}

		@Override
		public boolean matches(C ctx, int code) {
			long v = operand.longValue(ctx, ABSENT);
			return v != ABSENT && set.contains(v);
		}

		@Override
		Filter<C> specialize(FilterSpecializer<C> s) {
			Object v = s.constant(operand);
			if (v == Field.VARIES) {
				return this;
			}
			return Constant.of(v != null && set.contains(constantLong(v)));
		}
	}

	/**
	 * Any single-valued field: absent values match nothing (not even {@code !=}), as in libsinsp.
	 * Fields often hand back the very same String as for the previous event (an fd's name, a
	 * process name, a flags text): then the previous answer stands, as a test is a function of
	 * the text alone.
	 */
	static final class ScalarFilter<C> extends Filter<C> {
		/** The string tests done here, not through {@link ValueTest} (a call that meets dozens of classes). */
		private static final int OTHER = 0, EQ = 1, NE = 2, CONTAINS = 3, STARTS = 4, ENDS = 5, IN = 6;
		final Operand<C> operand;
		private final ValueTest test;
		private final int kind;
		private final String v0;
		private final HashSet<String> set;
		private String lastValue;
		private boolean lastResult;

		/** {@code op} and {@code values} for string and bytes fields (the same answers as ValueTest's), else null. */
		ScalarFilter(Operand<C> operand, ValueTest test, String op, List<String> values) {
			this.operand = operand;
			this.test = test;
			int k = OTHER;
			if (op != null) {
				k = switch (op) {
					case "=", "==" -> EQ;
					case "!=" -> NE;
					case "contains" -> CONTAINS;
					case "startswith" -> STARTS;
					case "endswith" -> ENDS;
					case "in", "intersects" -> IN;
					default -> OTHER;
				};
			}
			this.kind = k;
			this.v0 = k == OTHER ? null : values.isEmpty() ? "" : values.get(0);
			this.set = k == IN ? new HashSet<>(values) : null;
		}

		@Override
		public boolean matches(C ctx, int code) {
			return test(operand.value(ctx));
		}

		/** The check on the operand's value (null when there is none). */
		boolean test(Object v) {
			// small enough for the JIT to inline: the same value as last time is the usual case
			if (v == null) {
				return false;
			}
			if (v == lastValue) {
				return lastResult;
			}
			return compute(v);
		}

		private boolean compute(Object v) {
			boolean r;
			switch (kind) {
			case EQ:
				r = v0.equals(ValueTest.asString(v));
				break;
			case NE:
				r = !v0.equals(ValueTest.asString(v));
				break;
			case CONTAINS:
				r = ValueTest.asString(v).contains(v0);
				break;
			case STARTS:
				r = ValueTest.asString(v).startsWith(v0);
				break;
			case ENDS:
				r = ValueTest.asString(v).endsWith(v0);
				break;
			case IN:
				r = set.contains(ValueTest.asString(v));
				break;
			default:
				r = test.test(v);
			}
			if (v instanceof String str) {
				lastValue = str;
				lastResult = r;
			}
			return r;
		}

		@Override
		Filter<C> specialize(FilterSpecializer<C> s) {
			Object v = s.constant(operand);
			return v == Field.VARIES ? this : Constant.of(v != null && test.test(v));
		}
	}

	/** A list field with {@code in}: every value must be in the set (and there must be one). */
	static final class ListAllFilter<C> extends Filter<C> {
		final Operand<C> operand;
		private final ValueTest test;

		ListAllFilter(Operand<C> operand, ValueTest test) {
			this.operand = operand;
			this.test = test;
		}

		@Override
		Filter<C> specialize(FilterSpecializer<C> s) {
			// an absent value matches nothing; a fixed list is rare enough to evaluate
			return s.constant(operand) == null ? Constant.of(false) : this;
		}

		@Override
		public boolean matches(C ctx, int code) {
			return test(operand.value(ctx));
		}

		/** The check on the operand's value (null when there is none). */
		boolean test(Object v) {
			if (!(v instanceof List<?> l) || l.isEmpty()) {
				return v != null && !(v instanceof List) && test.test(v);
			}
			for (int k = 0; k < l.size(); k++) {
				Object o = l.get(k);
				if (o == null || !test.test(o)) {
					return false;
				}
			}
			return true;
		}
	}

	/** A list field with {@code intersects} or a scalar operator: some value must pass. */
	static final class ListAnyFilter<C> extends Filter<C> {
		final Operand<C> operand;
		private final ValueTest test;

		ListAnyFilter(Operand<C> operand, ValueTest test) {
			this.operand = operand;
			this.test = test;
		}

		@Override
		Filter<C> specialize(FilterSpecializer<C> s) {
			// an absent value matches nothing; a fixed list is rare enough to evaluate
			return s.constant(operand) == null ? Constant.of(false) : this;
		}

		@Override
		public boolean matches(C ctx, int code) {
			return test(operand.value(ctx));
		}

		/** The check on the operand's value (null when there is none). */
		boolean test(Object v) {
			if (v instanceof List<?> l) {
				for (int k = 0; k < l.size(); k++) {
					Object o = l.get(k);
					if (o != null && test.test(o)) {
						return true;
					}
				}
				return false;
			}
			return v != null && test.test(v);
		}
	}

	/** {@code field op val(other)}: both sides read per event. */
	static final class DynamicFilter<C> extends Filter<C> {
		private final Operand<C> left;
		private final String op;
		private final Operand<C> right;
		private final boolean numeric;

		DynamicFilter(Operand<C> left, String op, Operand<C> right) {
			this.left = left;
			this.op = op;
			this.right = right;
			this.numeric = left.type.isNumeric() && right.type.isNumeric() && !left.list && !right.list;
		}

		@Override
		Filter<C> specialize(FilterSpecializer<C> s) {
			return s.constant(left) == null || s.constant(right) == null ? Constant.of(false) : this;
		}

		static boolean supports(String op) {
			return switch (op) {
				case "=", "==", "!=", "<", "<=", ">", ">=", "contains", "icontains", "startswith", "endswith", "in", "intersects" -> true;
				default -> false;
			};
		}

		@Override
		public boolean matches(C ctx, int code) {
			if (numeric) {
				long a = left.longValue(ctx, ABSENT);
				long b = right.longValue(ctx, ABSENT);
				if (a == ABSENT || b == ABSENT) {
					return false;
				}
				if (op.equals("in") || op.equals("intersects")) {
					return a == b;
				}
				return ValueTest.isOrderOrEquality(op) && ValueTest.compare(op, a, b);
			}
			Object a = left.value(ctx);
			Object b = right.value(ctx);
			if (a == null || b == null) {
				return false;
			}
			if (op.equals("in") || op.equals("intersects")) {
				List<?> la = a instanceof List<?> l ? l : List.of(a);
				List<?> lb = b instanceof List<?> l ? l : List.of(b);
				boolean all = op.equals("in");
				for (Object x : la) {
					boolean found = false;
					for (Object y : lb) {
						if (ValueTest.asString(x).equals(ValueTest.asString(y))) {
							found = true;
							break;
						}
					}
					if (found && !all) {
						return true;
					}
					if (!found && all) {
						return false;
					}
				}
				return all;
			}
			String sa = ValueTest.asString(a);
			String sb = ValueTest.asString(b);
			return switch (op) {
				case "=", "==" -> sa.equals(sb);
				case "!=" -> !sa.equals(sb);
				case "contains" -> sa.contains(sb);
				case "icontains" -> ValueTest.containsIgnoreCase(sa, sb);
				case "startswith" -> sa.startsWith(sb);
				case "endswith" -> sa.endsWith(sb);
				case "<" -> sa.compareTo(sb) < 0;
				case "<=" -> sa.compareTo(sb) <= 0;
				case ">" -> sa.compareTo(sb) > 0;
				default -> sa.compareTo(sb) >= 0;
			};
		}
	}
}

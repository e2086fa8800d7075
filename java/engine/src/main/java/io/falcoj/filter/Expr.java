package io.falcoj.filter;

import java.util.List;
import java.util.Objects;

/**
 * The syntax tree of a condition, as {@link ConditionParser} builds it: boolean nodes, checks
 * ({@code field op value}) and references to macros. Immutable; macro expansion builds new trees.
 * <p>
 * The records that are compared or hashed (the compiler keys shared checks on {@link Check}) spell
 * out equals and hashCode with the records' own meaning (every component): the generated ones
 * bootstrap through method handles on first use, about 10 ms of a short-lived tool's start.
 */
public sealed interface Expr {
	Position pos();

	record And(List<Expr> children, Position pos) implements Expr {
	}

	record Or(List<Expr> children, Position pos) implements Expr {
	}

	record Not(Expr child, Position pos) implements Expr {
	}

	/** A bare identifier: the name of a macro, replaced by its condition before compilation. */
	record MacroRef(String name, Position pos) implements Expr {
	}

	/**
	 * {@code left op right}; {@code right} is null for the unary {@code exists}.
	 */
	record Check(Operand left, String op, Value right, Position pos) implements Expr {
		@Override
		public boolean equals(Object o) {
			return o instanceof Check c && Objects.equals(left, c.left) && Objects.equals(op, c.op)
					&& Objects.equals(right, c.right) && Objects.equals(pos, c.pos);
		}

		@Override
		public int hashCode() {
			return ((Objects.hashCode(left) * 31 + Objects.hashCode(op)) * 31 + Objects.hashCode(right)) * 31
					+ Objects.hashCode(pos);
		}
	}

	/** What a check reads: a field, possibly wrapped in transformers ({@code tolower(proc.name)}). */
	sealed interface Operand {
		Position pos();
	}

	/** {@code proc.aname[2]}: the field name as written and the bracket argument (or null). */
	record FieldRef(String name, String argument, Position pos) implements Operand {
		@Override
		public boolean equals(Object o) {
			return o instanceof FieldRef f && Objects.equals(name, f.name) && Objects.equals(argument, f.argument)
					&& Objects.equals(pos, f.pos);
		}

		@Override
		public int hashCode() {
			return (Objects.hashCode(name) * 31 + Objects.hashCode(argument)) * 31 + Objects.hashCode(pos);
		}

		@Override
		public String toString() {
			return argument == null ? name : name + "[" + argument + "]";
		}
	}

	/** {@code tolower(x)}, {@code toupper(x)}, {@code b64(x)}, {@code basename(x)}, {@code len(x)}. */
	record Transform(String transformer, Operand inner, Position pos) implements Operand {
		@Override
		public boolean equals(Object o) {
			return o instanceof Transform t && Objects.equals(transformer, t.transformer) && Objects.equals(inner, t.inner)
					&& Objects.equals(pos, t.pos);
		}

		@Override
		public int hashCode() {
			return (Objects.hashCode(transformer) * 31 + Objects.hashCode(inner)) * 31 + Objects.hashCode(pos);
		}

		@Override
		public String toString() {
			return transformer + "(" + inner + ")";
		}
	}

	/** The right-hand side of a check. */
	sealed interface Value {
	}

	/** One string or number value, as written (quotes removed, escapes resolved). */
	record Literal(String text, boolean quoted, Position pos) implements Value {
		@Override
		public boolean equals(Object o) {
			return o instanceof Literal l && Objects.equals(text, l.text) && quoted == l.quoted && Objects.equals(pos, l.pos);
		}

		@Override
		public int hashCode() {
			return (Objects.hashCode(text) * 31 + Boolean.hashCode(quoted)) * 31 + Objects.hashCode(pos);
		}
	}

	/** {@code (a, b, "c d")}. */
	record ListLiteral(List<Literal> items, Position pos) implements Value {
		@Override
		public boolean equals(Object o) {
			return o instanceof ListLiteral l && Objects.equals(items, l.items) && Objects.equals(pos, l.pos);
		}

		@Override
		public int hashCode() {
			return Objects.hashCode(items) * 31 + Objects.hashCode(pos);
		}
	}

	/** {@code val(field)} or a transformer: the value of another field of the same event. */
	record FieldValue(Operand operand) implements Value {
		@Override
		public boolean equals(Object o) {
			return o instanceof FieldValue v && Objects.equals(operand, v.operand);
		}

		@Override
		public int hashCode() {
			return Objects.hashCode(operand);
		}
	}
}

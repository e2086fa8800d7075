package io.falcoj.filter;

import java.util.List;

/**
 * The syntax tree of a condition, as {@link ConditionParser} builds it: boolean nodes, checks
 * ({@code field op value}) and references to macros. Immutable; macro expansion builds new trees.
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
	}

	/** What a check reads: a field, possibly wrapped in transformers ({@code tolower(proc.name)}). */
	sealed interface Operand {
		Position pos();
	}

	/** {@code proc.aname[2]}: the field name as written and the bracket argument (or null). */
	record FieldRef(String name, String argument, Position pos) implements Operand {
		@Override
		public String toString() {
			return argument == null ? name : name + "[" + argument + "]";
		}
	}

	/** {@code tolower(x)}, {@code toupper(x)}, {@code b64(x)}, {@code basename(x)}, {@code len(x)}. */
	record Transform(String transformer, Operand inner, Position pos) implements Operand {
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
	}

	/** {@code (a, b, "c d")}. */
	record ListLiteral(List<Literal> items, Position pos) implements Value {
	}

	/** {@code val(field)} or a transformer: the value of another field of the same event. */
	record FieldValue(Operand operand) implements Value {
	}
}

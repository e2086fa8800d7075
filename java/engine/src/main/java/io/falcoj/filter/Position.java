package io.falcoj.filter;

/**
 * Where a node starts in a condition string: {@code offset} counts characters from 0, {@code line}
 * and {@code column} count from 1 (as libsinsp's parser reports them).
 */
public record Position(int offset, int line, int column) {
	public static final Position START = new Position(0, 1, 1);

	/** Spelled out, as in {@link Expr}: the generated one bootstraps method handles on first use. */
	@Override
	public boolean equals(Object o) {
		return o instanceof Position p && offset == p.offset && line == p.line && column == p.column;
	}

	@Override
	public int hashCode() {
		return (offset * 31 + line) * 31 + column;
	}

	@Override
	public String toString() {
		return "line " + line + ", column " + column;
	}
}

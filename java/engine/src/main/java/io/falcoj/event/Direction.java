package io.falcoj.event;

/** Every syscall has an enter event ('>') and an exit event ('<'). */
public enum Direction {
	ENTER('>'), EXIT('<');

	public final char symbol;

	Direction(char symbol) {
		this.symbol = symbol;
	}
}

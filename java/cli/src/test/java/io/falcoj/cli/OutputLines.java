package io.falcoj.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A daemon's output (stdout or stderr) as lines, as they arrive, for the live tests to wait on. */
final class OutputLines extends OutputStream {
	private final List<String> lines = new ArrayList<>();
	private final ByteArrayOutputStream current = new ByteArrayOutputStream();

	@Override
	public synchronized void write(int b) {
		if (b == '\n') {
			lines.add(current.toString(StandardCharsets.UTF_8));
			current.reset();
		} else {
			current.write(b);
		}
	}

	/** The first line containing {@code needle}, or null. */
	synchronized String find(String needle) {
		return lines.stream().filter(l -> l.contains(needle)).findFirst().orElse(null);
	}

	/** How many lines contain {@code needle}. */
	synchronized long count(String needle) {
		return lines.stream().filter(l -> l.contains(needle)).count();
	}

	synchronized List<String> snapshot() {
		return new ArrayList<>(lines);
	}

	/** Waits up to {@code seconds} for {@code n} lines containing {@code needle}; whether they came. */
	boolean await(String needle, long n, int seconds) throws InterruptedException {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		while (count(needle) < n && System.nanoTime() < end) {
			Thread.sleep(20);
		}
		return count(needle) >= n;
	}
}

package io.falcoj.capture;

import java.io.IOException;
import java.nio.file.Path;

import io.falcoj.event.Event;

/**
 * Measures the raw reading rate of {@link ScapReader}: every event is decoded (header and
 * parameter lengths) and its type and timestamp looked at, nothing more. Usage:
 * {@code ScapReadRate FILE [ROUNDS]}; prints events per second for each round.
 */
public final class ScapReadRate {
	private ScapReadRate() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: scap-read-rate FILE [ROUNDS]");
			System.exit(2);
		}
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
		for (int r = 0; r < rounds; r++) {
			long[] acc = new long[2];
			long t0 = System.nanoTime();
			try (ScapReader reader = ScapReader.open(Path.of(args[0]))) {
				reader.read((Event e, int cpu) -> {
					acc[0]++;
					acc[1] += e.type() + e.ts() + e.paramCount();
				});
			}
			double secs = (System.nanoTime() - t0) / 1e9;
			System.out.printf("%d events in %.2f s: %.0f events/s (checksum %d)%n", acc[0], secs, acc[0] / secs, acc[1]);
		}
	}
}

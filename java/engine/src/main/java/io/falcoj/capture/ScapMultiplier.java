package io.falcoj.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;

import io.falcoj.event.Event;

/**
 * Makes a big capture for benchmarks from a small one: the metadata blocks once, then the event
 * blocks over and over, each round shifted in time to follow the previous one, until the requested
 * number of events is written. Usage: {@code ScapMultiplier IN OUT N_EVENTS}.
 */
public final class ScapMultiplier {
	/** Gap between the last event of a round and the first of the next one. */
	private static final long ROUND_GAP_NANOS = 1_000_000;

	private ScapMultiplier() {
	}

	public static void main(String[] args) {
		if (args.length != 3) {
			System.err.println("usage: multiply-scap IN OUT N_EVENTS");
			System.exit(2);
		}
		long n;
		try {
			n = Long.parseLong(args[2].replace("_", ""));
		} catch (NumberFormatException e) {
			n = -1;
		}
		if (n <= 0) {
			System.err.println("multiply-scap: N_EVENTS must be a positive number, not " + args[2]);
			System.exit(2);
		}
		try {
			long written = multiply(Path.of(args[0]), Path.of(args[1]), n);
			System.err.println("multiply-scap: wrote " + written + " events to " + args[1]);
		} catch (IOException e) {
			System.err.println("multiply-scap: " + e.getMessage());
			System.exit(1);
		}
	}

	/** Writes {@code out}: the metadata of {@code in}, then its events repeated up to {@code total}. */
	public static long multiply(Path in, Path out, long total) throws IOException {
		Recorded events = new Recorded();
		try (ScapReader reader = ScapReader.open(in); ScapWriter writer = ScapWriter.create(out)) {
			ScapCopier metadata = new ScapCopier(writer, null);
			// The state blocks go to the output as they are; the events are kept to be repeated.
			CaptureListener recorder = new StateBlockForwarder(metadata) {
				@Override
				public void onEvent(Event e, int cpu) {
					events.add(e, cpu, reader.eventFlags());
				}
			};
			reader.read(recorder);
			metadata.finish();
			if (events.count == 0) {
				throw new IOException(in + " has no events to repeat");
			}
			long span = events.lastTs - events.firstTs + ROUND_GAP_NANOS;
			ByteBuffer b = ByteBuffer.wrap(events.bytes).order(ByteOrder.LITTLE_ENDIAN);
			long written = 0;
			for (long round = 0; written < total; round++) {
				long shift = round * span;
				for (int i = 0; i < events.count && written < total; i++) {
					int at = events.offsets[i];
					long ts = b.getLong(at + Event.OFF_TS);
					b.putLong(at + Event.OFF_TS, ts + shift);
					writer.writeEvent(events.bytes, at, events.lengths[i], events.cpus[i], events.flags[i]);
					b.putLong(at + Event.OFF_TS, ts);
					written++;
				}
			}
			writer.flush();
			return written;
		} catch (UncheckedIOException e) {
			throw e.getCause();
		}
	}

	/** The input's events, back to back in one array. */
	private static final class Recorded {
		byte[] bytes = new byte[1 << 20];
		int used;
		int count;
		int[] offsets = new int[1024];
		int[] lengths = new int[1024];
		int[] cpus = new int[1024];
		int[] flags = new int[1024];
		long firstTs = Long.MAX_VALUE;
		long lastTs = Long.MIN_VALUE;

		void add(Event e, int cpu, int flag) {
			int len = (int) e.length();
			if (used + len > bytes.length) {
				bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + len));
			}
			if (count == offsets.length) {
				offsets = Arrays.copyOf(offsets, count * 2);
				lengths = Arrays.copyOf(lengths, count * 2);
				cpus = Arrays.copyOf(cpus, count * 2);
				flags = Arrays.copyOf(flags, count * 2);
			}
			e.buffer().get(e.offset(), bytes, used, len);
			offsets[count] = used;
			lengths[count] = len;
			cpus[count] = cpu;
			flags[count] = flag;
			count++;
			used += len;
			firstTs = Math.min(firstTs, e.ts());
			lastTs = Math.max(lastTs, e.ts());
		}
	}
}

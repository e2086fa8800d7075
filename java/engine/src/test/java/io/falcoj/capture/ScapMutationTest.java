package io.falcoj.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.falcoj.event.Event;
import io.falcoj.event.ParamInfo;

/**
 * Feeds corrupted variants of the sample captures to the reader: bit flips, truncations, corrupt
 * block, entry, event and parameter lengths, swapped, duplicated and dropped blocks, gzip damage.
 * Each must either read (the damage may be harmless) or fail with one ScapFormatException; any
 * other exception, or a hang, fails the test. Variants come from a fixed seed, so a failure names
 * a reproducible case.
 */
class ScapMutationTest {
	private static final int VARIANTS = 12_000;
	private static final int BATCH = 1_000;

	@TempDir
	Path tmp;

	/** A sample: the metadata blocks and the first events of a real capture. */
	record Sample(String name, byte[] data, int[] blockStarts) {
	}

	static Sample sample(Path file, int maxEvents) throws IOException {
		byte[] all = SharedTraces.uncompressed(file);
		ByteBuffer b = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
		List<Integer> starts = new ArrayList<>();
		int off = 0;
		int events = 0;
		while (off + 8 <= all.length && events < maxEvents) {
			starts.add(off);
			int type = b.getInt(off);
			if (type == 0x204 || type == 0x216 || type == 0x208 || type == 0x217) {
				events++;
			}
			off += b.getInt(off + 4);
		}
		byte[] data = java.util.Arrays.copyOf(all, off);
		return new Sample(file.getFileName().toString(), data, starts.stream().mapToInt(Integer::intValue).toArray());
	}

	@Test
	void corruptedCapturesFailOnlyWithTheFormatError() throws Exception {
		List<Sample> samples = new ArrayList<>();
		samples.add(sample(SharedTraces.file("traces/qemu-small.scap"), 150));
		samples.add(sample(SharedTraces.file("compat/trace_files/cat_write.scap"), 60));
		for (Sample s : samples) {
			long events = readClean(s.data);
			assertTrue(events > 0, s.name + " sample reads cleanly");
		}
		Random rnd = new Random(20261128L);
		int[] outcomes = new int[2];
		for (int batch = 0; batch < VARIANTS / BATCH; batch++) {
			int first = batch * BATCH;
			assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
				for (int i = 0; i < BATCH; i++) {
					// Mostly the small modern sample; the old one's big process list costs more per read.
					Sample s = samples.get(rnd.nextInt(10) < 7 ? 0 : 1);
					long seed = rnd.nextLong();
					Random r = new Random(seed);
					int kind = r.nextInt(8);
					byte[] variant = mutate(s, kind, r);
					boolean gzip = kind == 7;
					outcomes[readVariant(variant, gzip, s.name + " variant " + (first + i) + " kind " + kind + " seed " + seed)
							? 0 : 1]++;
				}
			}, "batch " + batch + " took too long");
		}
		assertTrue(outcomes[0] + outcomes[1] >= 10_000);
		assertTrue(outcomes[1] > VARIANTS / 2, "most variants are refused: " + outcomes[1]);
		assertTrue(outcomes[0] > 0, "some damage is harmless and reads: " + outcomes[0]);
	}

	@Test
	void corruptedFilesOnDiskFailTheSameWay() throws Exception {
		Sample s = sample(SharedTraces.file("traces/qemu-small.scap"), 100);
		Random rnd = new Random(7);
		Path f = tmp.resolve("variant.scap");
		assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
			for (int i = 0; i < 300; i++) {
				long seed = rnd.nextLong();
				int kind = new Random(seed).nextInt(7);
				byte[] variant = mutate(s, kind, new Random(seed));
				Files.write(f, variant);
				String streamed = outcome(() -> ScapReader.open(f.toString(), new ByteArrayInputStream(variant),
						variant.length));
				// Plain files are read through a window: with a small one, blocks straddle its end and
				// refills happen mid-file, and the outcome (events read, or the error and its offset)
				// must not change.
				for (int window : new int[] {ScapReader.CHANNEL_WINDOW, 4096}) {
					String windowed;
					try {
						windowed = outcome(() -> ScapReader.open(f, window));
					} catch (Throwable t) {
						fail("file variant " + i + " kind " + kind + " seed " + seed + ": " + t, t);
						return;
					}
					assertEquals(streamed, windowed, "file variant " + i + " kind " + kind + " seed " + seed + ", window "
							+ window);
				}
			}
		});
	}

	interface Opener {
		ScapReader open() throws IOException;
	}

	/** What a reader makes of a capture: its event count and checksum, or its format error. */
	private static String outcome(Opener opener) throws IOException {
		long[] sum = new long[1];
		try (ScapReader r = opener.open()) {
			try {
				r.read((e, cpu) -> {
					touch(e, cpu);
					sum[0] = sum[0] * 31 + e.ts() + e.paramCount() + (e.paramCount() > 0 ? e.paramLength(0) : 0);
				});
			} catch (ScapFormatException e) {
				return r.eventCount() + " events, then " + e.getMessage();
			}
			return r.eventCount() + " events, checksum " + sum[0];
		}
	}

	@Test
	void plainFilesReadAsStreamsDo() throws Exception {
		Path f = SharedTraces.file("traces/qemu-small.scap");
		byte[] plain = SharedTraces.uncompressed(f);
		Path copy = tmp.resolve("plain.scap");
		Files.write(copy, plain);
		String streamed = outcome(() -> ScapReader.open(copy.toString(), new ByteArrayInputStream(plain),
				plain.length));
		assertTrue(streamed.contains("checksum"), streamed);
		for (int window : new int[] {ScapReader.CHANNEL_WINDOW, 1 << 16, 4096, 100}) {
			assertEquals(streamed, outcome(() -> ScapReader.open(copy, window)), "window " + window);
		}
	}

	private static long readClean(byte[] data) throws IOException {
		ScapReader r = ScapReader.open("sample", new ByteArrayInputStream(data));
		r.read(ScapMutationTest::touch);
		return r.eventCount();
	}

	/** True when the variant read to the end; false when it was refused with the format error. */
	private static boolean readVariant(byte[] variant, boolean gzip, String what) {
		try {
			byte[] input = variant;
			if (gzip) {
				ByteArrayOutputStream bos = new ByteArrayOutputStream();
				try (GZIPOutputStream gz = new GZIPOutputStream(bos)) {
					gz.write(variant);
				}
				byte[] z = bos.toByteArray();
				// Damage the compressed stream itself: cut it or flip a byte of the deflate data.
				Random r = new Random(variant.length);
				if (r.nextBoolean()) {
					input = java.util.Arrays.copyOf(z, 10 + r.nextInt(z.length - 10));
				} else {
					input = z.clone();
					input[10 + r.nextInt(z.length - 18)] ^= (byte) (1 + r.nextInt(255));
				}
			}
			ScapReader.open(what, new ByteArrayInputStream(input)).read(ScapMutationTest::touch);
			return true;
		} catch (ScapFormatException expected) {
			return false;
		} catch (Throwable t) {
			throw new AssertionError(what + ": " + t, t);
		}
	}

	/** A consumer that reads every parameter, as the parser would. */
	static void touch(Event e, int cpu) {
		e.ts();
		e.tid();
		for (int i = 0; i < e.paramCount(); i++) {
			ParamInfo p = e.info() != null && i < e.info().params().size() ? e.info().param(i) : null;
			if (p != null && p.type().isString()) {
				e.paramString(i);
			} else {
				e.paramLong(i);
				e.paramUnsigned(i);
			}
		}
	}

	static byte[] mutate(Sample s, int kind, Random r) {
		byte[] d = s.data.clone();
		ByteBuffer b = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN);
		int[] starts = s.blockStarts;
		int blk = starts[r.nextInt(starts.length)];
		int blkLen = b.getInt(blk + 4);
		switch (kind) {
		case 0 -> {
			// bit flips anywhere
			int flips = 1 + r.nextInt(4);
			for (int i = 0; i < flips; i++) {
				d[r.nextInt(d.length)] ^= (byte) (1 << r.nextInt(8));
			}
		}
		case 1 -> {
			// truncation
			return java.util.Arrays.copyOf(d, r.nextInt(d.length));
		}
		case 2 -> {
			// block length field (header or trailer)
			int at = r.nextBoolean() ? blk + 4 : blk + blkLen - 4;
			b.putInt(at, nasty(r, blkLen));
		}
		case 3 -> {
			// an inner length: entry sub-lengths, string lengths, event len, parameter lengths
			int inner = blk + 8 + r.nextInt(Math.max(1, Math.min(blkLen - 12, 256)));
			if (inner + 4 <= blk + blkLen - 4) {
				if (r.nextBoolean()) {
					b.putShort(inner, (short) nasty(r, 0xffff));
				} else {
					b.putInt(inner, nasty(r, blkLen));
				}
			}
		}
		case 4 -> {
			// event header fields: len, type, nparams
			int ev = blk + 8 + 2;
			int field = new int[] {Event.OFF_LEN, Event.OFF_TYPE, Event.OFF_NPARAMS}[r.nextInt(3)];
			if (ev + field + 4 <= d.length) {
				if (field == Event.OFF_TYPE) {
					b.putShort(ev + field, (short) r.nextInt(1 << 16));
				} else {
					b.putInt(ev + field, nasty(r, blkLen));
				}
			}
		}
		case 5 -> {
			// swap two blocks
			int i = 1 + r.nextInt(starts.length - 1);
			int j = 1 + r.nextInt(starts.length - 1);
			return swap(d, starts, Math.min(i, j), Math.max(i, j));
		}
		case 6 -> {
			// drop or duplicate a block
			int i = r.nextInt(starts.length);
			int from = starts[i];
			int len = b.getInt(from + 4);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			out.write(d, 0, from);
			if (r.nextBoolean()) {
				out.write(d, from, len);
			}
			out.write(d, from, len);
			out.write(d, from + len, d.length - from - len);
			if (r.nextBoolean()) {
				return out.toByteArray();
			}
			byte[] without = new byte[d.length - len];
			System.arraycopy(d, 0, without, 0, from);
			System.arraycopy(d, from + len, without, from, d.length - from - len);
			return without;
		}
		default -> {
			// gzip damage is applied by the caller; add a bit flip half of the time
			if (r.nextBoolean()) {
				d[r.nextInt(d.length)] ^= (byte) (1 << r.nextInt(8));
			}
		}
		}
		return d;
	}

	private static int nasty(Random r, int near) {
		return switch (r.nextInt(8)) {
		case 0 -> 0;
		case 1 -> -1;
		case 2 -> Integer.MAX_VALUE;
		case 3 -> near + 1 + r.nextInt(16);
		case 4 -> Math.max(0, near - 1 - r.nextInt(16));
		case 5 -> r.nextInt(64);
		case 6 -> near * 2;
		default -> r.nextInt();
		};
	}

	private static byte[] swap(byte[] d, int[] starts, int i, int j) {
		if (i == j) {
			return d;
		}
		ByteBuffer b = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN);
		int ai = starts[i];
		int li = b.getInt(ai + 4);
		int aj = starts[j];
		int lj = b.getInt(aj + 4);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(d, 0, ai);
		out.write(d, aj, lj);
		out.write(d, ai + li, aj - ai - li);
		out.write(d, ai, li);
		out.write(d, aj + lj, d.length - aj - lj);
		return out.toByteArray();
	}
}

package io.falcoj.field.syscall;

import io.falcoj.event.Event;
import io.falcoj.event.EventInfo;
import io.falcoj.event.EventTable;
import io.falcoj.state.ParsedEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real event bytes for renderer tests: the event blocks of the shared sample captures, each
 * copied into its own little-endian buffer in the current (v2) layout. Deliberately minimal (no
 * state blocks): the capture reader proper lives in io.falcoj.capture.
 */
final class ScapSamples {
	static final Path SHARED = Path.of(System.getProperty("falcoj.root", "."), "..", "shared");

	record Sample(ByteBuffer bytes, int cpu) {
		ParsedEvent parsed(long num) {
			ParsedEvent pe = new ParsedEvent();
			pe.event.wrap(bytes, 0);
			pe.num = num;
			pe.cpu = cpu;
			return pe;
		}
	}

	static Path trace(String relative) {
		Path p = SHARED.resolve(relative);
		assumeTrue(Files.isReadable(p), "shared test data not found: " + p);
		return p;
	}

	static List<Sample> events(Path file) throws IOException {
		byte[] data;
		try (InputStream raw = Files.newInputStream(file)) {
			byte[] head = raw.readNBytes(2);
			InputStream in = new java.io.SequenceInputStream(new java.io.ByteArrayInputStream(head), raw);
			if (head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
				in = new GZIPInputStream(in);
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			in.transferTo(out);
			data = out.toByteArray();
		}
		ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		List<Sample> events = new ArrayList<>();
		int p = 0;
		while (p + 8 <= data.length) {
			int type = b.getInt(p);
			int len = b.getInt(p + 4);
			if (len < 12 || p + len > data.length) {
				break;
			}
			int body = p + 8;
			switch (type) {
			case 0x204 -> events.add(new Sample(fromV1(b, body + 2), b.getShort(body) & 0xffff));
			case 0x216, 0x221 -> events.add(new Sample(copy(b, body + 2), b.getShort(body) & 0xffff));
			case 0x208 -> events.add(new Sample(fromV1(b, body + 6), b.getShort(body) & 0xffff));
			case 0x217, 0x222 -> events.add(new Sample(copy(b, body + 6), b.getShort(body) & 0xffff));
			default -> {
			}
			}
			p += len;
		}
		return events;
	}

	private static ByteBuffer copy(ByteBuffer b, int at) {
		int len = b.getInt(at + Event.OFF_LEN);
		ByteBuffer e = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
		e.put(0, b, at, len);
		return e;
	}

	private static boolean fits(ByteBuffer b, int at, int len, int nparams) {
		long total = 22L + 2L * nparams;
		if (total > len) {
			return false;
		}
		for (int i = 0; i < nparams; i++) {
			total += b.getShort(at + 22 + 2 * i) & 0xffff;
		}
		return total == len;
	}

	/** Version 1 events have no nparams field: the table says how many parameters follow. */
	private static ByteBuffer fromV1(ByteBuffer b, int at) {
		int len = b.getInt(at + 16);
		int type = b.getShort(at + 20) & 0xffff;
		EventInfo info = EventTable.get().event(type);
		int nparams = info == null ? 0 : info.params().size();
		// older drivers wrote fewer parameters for some events: take the largest count whose lengths add up
		while (nparams > 0 && !fits(b, at, len, nparams)) {
			nparams--;
		}
		ByteBuffer e = ByteBuffer.allocate(len + 4).order(ByteOrder.LITTLE_ENDIAN);
		e.put(0, b, at, 22);
		e.putInt(16, len + 4);
		e.putInt(22, nparams);
		e.put(26, b, at + 22, len - 22);
		return e;
	}
}

package io.falcoj.state;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.falcoj.capture.CaptureListener;
import io.falcoj.capture.FdEntry;
import io.falcoj.capture.ProcessEntry;
import io.falcoj.capture.ScapReader;
import io.falcoj.event.Event;
import io.falcoj.event.MalformedEventException;
import io.falcoj.field.Field;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.syscall.SyscallFields;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Real events with corrupted parameter bytes (the structure stays valid, as the reader
 * guarantees): the engine and every field must cope with any content, with no exception.
 */
class EngineFuzzTest {
	@Test
	void corruptParameterContentNeverBreaksTheEngineOrTheFields() throws Exception {
		Path trace = Path.of(System.getProperty("falcoj.root", ".")).resolve("../shared/traces/qemu-small.scap")
				.normalize();
		assumeTrue(Files.isRegularFile(trace), trace + " is absent: skipping");
		List<ProcessEntry> procs = new ArrayList<>();
		List<Object[]> fds = new ArrayList<>();
		List<byte[]> events = new ArrayList<>();
		ScapReader.read(trace, new CaptureListener() {
			@Override
			public void onProcess(ProcessEntry p) {
				procs.add(p);
			}

			@Override
			public void onFd(long pid, FdEntry fd) {
				fds.add(new Object[] {pid, fd});
			}

			@Override
			public void onEvent(Event e, int cpu) {
				byte[] b = new byte[(int) e.length()];
				e.buffer().get(e.offset(), b);
				events.add(b);
			}
		});
		for (long seed = 1; seed <= 2; seed++) {
			Random r = new Random(seed);
			StateEngine engine = new StateEngine(StateSettings.DEFAULT.withMaxThreads(64));
			SyscallFields catalog = SyscallFields.standard(engine);
			List<Field<ParsedEvent>> all = new ArrayList<>();
			for (FieldInfo f : catalog.fields()) {
				String arg = f.argument() == FieldInfo.Argument.REQUIRED ? (f.name().startsWith("thread.") ? "cpu" : "0")
						: null;
				all.add(catalog.field(f.name(), arg));
			}
			long[] rendered = {0};
			engine.setConsumer(p -> {
				// Every field on a sample of the events keeps the test quick; the engine sees them all.
				if (p.num % 4 == 0 || p.thread == null) {
					for (Field<ParsedEvent> f : all) {
						rendered[0] += f.render(p).length();
					}
				}
			});
			procs.forEach(engine::onProcess);
			fds.forEach(f -> engine.onFd((Long) f[0], (FdEntry) f[1]));
			Event view = new Event();
			int fed = 0;
			for (byte[] original : events) {
				byte[] b = original.clone();
				int flips = r.nextInt(4);
				for (int k = 0; k < flips && b.length > Event.HEADER_SIZE; k++) {
					// Only parameter bytes: past the header (type, tid and lengths stay as written).
					int nparams = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt(Event.OFF_NPARAMS);
					int start = Event.HEADER_SIZE + Math.max(0, nparams) * 2;
					if (start < b.length) {
						b[start + r.nextInt(b.length - start)] = (byte) r.nextInt(256);
					}
				}
				try {
					view.wrap(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN), 0);
				} catch (MalformedEventException e) {
					continue;
				}
				engine.onEvent(view, 0);
				fed++;
			}
			assertTrue(fed > events.size() / 2);
			assertTrue(engine.threadCount() <= 64, "the bound holds");
			assertTrue(rendered[0] > 0);
		}
	}
}

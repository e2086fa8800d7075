package io.falcoj.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.falcoj.event.Event;
import io.falcoj.event.EventInfo;

/** Every real capture we have reads completely, and every event in it is one the table describes. */
class TraceFilesTest {

	@Test
	void everyEventHasAKnownCodeAndNoMoreParametersThanTheTable() throws Exception {
		for (Path file : SharedTraces.all()) {
			Map<Integer, Integer> types = new HashMap<>();
			long[] events = {0};
			try (ScapReader reader = ScapReader.open(file)) {
				reader.read(new CaptureListener() {
					@Override
					public void onEvent(Event e, int cpu) {
						EventInfo info = e.info();
						assertNotNull(info, file + ": event type " + e.type() + " is not in the table");
						assertTrue(e.paramCount() <= info.params().size(), file + ": " + info.name() + "(" + e.type()
								+ ") has " + e.paramCount() + " parameters, the table lists " + info.params().size());
						types.merge(e.type(), 1, Integer::sum);
						events[0]++;
					}
				});
				assertEquals(0, reader.skippedEventCount(), file.toString());
			}
			assertEquals(countEventBlocks(SharedTraces.uncompressed(file)), events[0], file + ": events read");
			assertTrue(events[0] > 0, file.toString());
		}
	}

	/**
	 * The sample captures were written by real drivers (the qemu ones by a newer driver than
	 * Debian's): every fixed-width parameter in them has the width its table type implies (or is
	 * empty, which newer drivers write for values they could not get). This checks the table's
	 * types against real bytes.
	 */
	@Test
	void fixedWidthParametersHaveTheirTypesWidth() throws Exception {
		Map<String, Integer> mismatches = new HashMap<>();
		long[] checked = {0};
		for (Path file : SharedTraces.all()) {
			ScapReader.read(file, (e, cpu) -> {
				EventInfo info = e.info();
				for (int i = 0; i < e.paramCount() && i < info.params().size(); i++) {
					int width = width(info.param(i).type());
					int len = e.paramLength(i);
					if (width > 0 && len != 0) {
						checked[0]++;
						if (len != width) {
							mismatches.merge(info.name() + "(" + e.type() + ")." + info.param(i).name() + " "
									+ info.param(i).type() + " len " + len, 1, Integer::sum);
						}
					}
				}
			});
		}
		assertTrue(checked[0] > 100_000, "checked " + checked[0]);
		assertEquals(Map.of(), mismatches);
	}

	static int width(io.falcoj.event.ParamType t) {
		switch (t) {
		case INT8: case UINT8: case FLAGS8: case ENUMFLAGS8: case SIGTYPE: case L4PROTO: case SOCKFAMILY:
			return 1;
		case INT16: case UINT16: case FLAGS16: case ENUMFLAGS16: case SYSCALLID: case PORT:
			return 2;
		case INT32: case UINT32: case FLAGS32: case ENUMFLAGS32: case UID: case GID: case MODE: case BOOL:
		case IPV4ADDR: case SIGSET:
			return 4;
		case INT64: case UINT64: case ERRNO: case FD: case PID: case RELTIME: case ABSTIME: case DOUBLE:
			return 8;
		default:
			return 0;
		}
	}

	@Test
	void metadataBlocksAreReported() throws Exception {
		Path file = SharedTraces.file("compat/trace_files/cat_write.scap");
		int[] counts = new int[5];
		MachineInfo[] machine = new MachineInfo[1];
		ScapReader.read(file, new CaptureListener() {
			@Override
			public void onMachine(MachineInfo m) {
				machine[0] = m;
			}

			@Override
			public void onProcess(ProcessEntry p) {
				counts[0]++;
				assertTrue(p.tid > 0 && p.pid > 0, "tid/pid of " + p.comm);
			}

			@Override
			public void onFd(long tid, FdEntry fd) {
				counts[1]++;
			}

			@Override
			public void onUser(UserEntry u) {
				counts[2]++;
			}

			@Override
			public void onGroup(GroupEntry g) {
				counts[3]++;
			}

			@Override
			public void onInterface(InterfaceEntry i) {
				counts[4]++;
			}

			@Override
			public void onEvent(Event e, int cpu) {
			}
		});
		assertNotNull(machine[0]);
		assertEquals("ubuntu", machine[0].hostname());
		assertEquals(2, machine[0].cpuCount());
		for (int c : counts) {
			assertTrue(c > 0, "every metadata kind appears: " + java.util.Arrays.toString(counts));
		}
	}

	/** Counts event blocks by walking block headers only: an independent check of the reader. */
	static long countEventBlocks(byte[] data) {
		ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
		long n = 0;
		int off = 0;
		while (off + 8 <= data.length) {
			int type = b.getInt(off);
			int len = b.getInt(off + 4);
			if (type == 0x204 || type == 0x8010ABCD || type == 0x216 || type == 0x221 || type == 0x208
					|| type == 0x217 || type == 0x222) {
				n++;
			}
			off += len;
		}
		return n;
	}
}

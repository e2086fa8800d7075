package io.falcoj.state;

import io.falcoj.capture.CaptureListener;
import io.falcoj.capture.FdEntry;
import io.falcoj.capture.GroupEntry;
import io.falcoj.capture.InterfaceEntry;
import io.falcoj.capture.MachineInfo;
import io.falcoj.capture.ProcessEntry;
import io.falcoj.capture.ScapReader;
import io.falcoj.capture.UserEntry;
import io.falcoj.event.Event;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the state engine alone: the capture is read once into memory, then replayed ROUNDS
 * times, each through a fresh engine seeded from the capture's state blocks (so every round
 * creates the capture's threads and fds again, as a long replay does). Prints, per round, the
 * engine's CPU time per event, against the bare decoding of the same events, and the bytes it
 * allocated per event. Usage: {@code StateEngineRate FILE [ROUNDS]}.
 */
public final class StateEngineRate {
	private StateEngineRate() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 1) {
			System.err.println("usage: state-engine-rate FILE [ROUNDS]");
			System.exit(2);
		}
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
		List<Runnable> seed = new ArrayList<>();
		List<byte[]> events = new ArrayList<>();
		List<Integer> cpus = new ArrayList<>();
		StateEngine[] target = new StateEngine[1];
		ScapReader.read(Path.of(args[0]), new CaptureListener() {
			@Override
			public void onMachine(MachineInfo m) {
				seed.add(() -> target[0].onMachine(m));
			}

			@Override
			public void onProcess(ProcessEntry p) {
				seed.add(() -> target[0].onProcess(p));
			}

			@Override
			public void onFd(long pid, FdEntry fd) {
				seed.add(() -> target[0].onFd(pid, fd));
			}

			@Override
			public void onUser(UserEntry u) {
				seed.add(() -> target[0].onUser(u));
			}

			@Override
			public void onGroup(GroupEntry g) {
				seed.add(() -> target[0].onGroup(g));
			}

			@Override
			public void onInterface(InterfaceEntry i) {
				seed.add(() -> target[0].onInterface(i));
			}

			@Override
			public void onEvent(Event e, int cpu) {
				byte[] b = new byte[(int) e.length()];
				e.buffer().get(e.offset(), b);
				events.add(b);
				cpus.add(cpu);
			}
		});
		int n = events.size();
		ByteBuffer all = ByteBuffer.allocateDirect(events.stream().mapToInt(b -> b.length).sum())
				.order(ByteOrder.LITTLE_ENDIAN);
		int[] offsets = new int[n];
		int[] cpu = new int[n];
		for (int i = 0; i < n; i++) {
			offsets[i] = all.position();
			all.put(events.get(i));
			cpu[i] = cpus.get(i);
		}
		events.clear();
		com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		Event view = new Event();
		long[] sink = new long[1];
		for (int r = 0; r < rounds; r++) {
			StateEngine engine = new StateEngine();
			target[0] = engine;
			seed.forEach(Runnable::run);
			engine.setConsumer(p -> sink[0] += p.thread == null ? 0 : p.thread.tid);
			long c0 = mx.getCurrentThreadCpuTime();
			long a0 = mx.getCurrentThreadAllocatedBytes();
			for (int i = 0; i < n; i++) {
				engine.onEvent(view.wrap(all, offsets[i]), cpu[i]);
			}
			long a1 = mx.getCurrentThreadAllocatedBytes();
			long c1 = mx.getCurrentThreadCpuTime();
			for (int i = 0; i < n; i++) {
				sink[0] += view.wrap(all, offsets[i]).tid();
			}
			long c2 = mx.getCurrentThreadCpuTime();
			System.out.printf("round %d: %d events: engine %.0f ns/event (%.1f M events/s), decoding alone %.0f ns/event, "
					+ "%.1f bytes allocated/event, %d threads at the end%n", r, n, (c1 - c0) / (double) n,
					n / ((c1 - c0) / 1e3), (c2 - c1) / (double) n, (a1 - a0) / (double) n, engine.threadCount());
		}
		System.out.println("(checksum " + sink[0] + ")");
	}
}

package io.falcoj.capture.live;

import io.falcoj.capture.CaptureListener;
import io.falcoj.capture.FdEntry;
import io.falcoj.capture.GroupEntry;
import io.falcoj.capture.MachineInfo;
import io.falcoj.capture.ProcessEntry;
import io.falcoj.capture.ScapWriter;
import io.falcoj.capture.UserEntry;
import io.falcoj.event.Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Live capture from the command line, for checking a driver on its own and for benchmarks:
 * writes a .scap (the /proc scan as its state blocks, then the events) or only counts events.
 *
 * <pre>
 * LiveTool [-w out.scap] [-d seconds] [--kind auto|modern_ebpf|kmod] [--ring bytes] [--no-proc]
 * </pre>
 * Prints events delivered, their rate and the driver's counters (drops per CPU) on stderr, at the
 * end of the duration or on SIGINT/SIGTERM.
 */
public final class LiveTool {
	private LiveTool() {
	}

	public static void main(String[] args) throws Exception {
		String out = null;
		String kind = "auto";
		double seconds = 5;
		int ring = EbpfDriver.DEFAULT_RING_BYTES;
		boolean proc = true;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "-w" -> out = args[++i];
			case "-d" -> seconds = Double.parseDouble(args[++i]);
			case "--kind" -> kind = args[++i];
			case "--ring" -> ring = Integer.parseInt(args[++i]);
			case "--no-proc" -> proc = false;
			default -> {
				System.err.println("usage: LiveTool [-w out.scap] [-d seconds] [--kind auto|modern_ebpf|kmod] [--ring bytes] [--no-proc]");
				System.exit(2);
			}
			}
		}
		LiveDriver driver;
		try {
			driver = new DriverSelector(ring, m -> System.err.println("falcoj: " + m)).open(kind);
		} catch (DriverUnavailableException e) {
			System.err.println("falcoj: " + e.getMessage());
			System.exit(1);
			return;
		}
		ScapWriter writer = out == null ? null : ScapWriter.create(Path.of(out));
		Sink sink = new Sink(writer);
		CountDownLatch stop = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			// SIGINT/SIGTERM: end the capture and let main print its counters first
			stop.countDown();
			try {
				done.await(10, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}));
		try (LiveCapture capture = new LiveCapture(driver, proc)) {
			Thread t = new Thread(() -> capture.run(sink), "capture");
			long start = System.nanoTime();
			t.start();
			capture.awaitStarted(60, TimeUnit.SECONDS);
			System.err.println("falcoj: capturing");
			stop.await((long) (seconds * 1000), TimeUnit.MILLISECONDS);
			capture.stop();
			t.join();
			double secs = (System.nanoTime() - start) / 1e9;
			if (writer != null) {
				sink.flushState();
				writer.close();
			}
			DriverStats s = capture.stats();
			System.err.printf("falcoj: %d events in %.1f s (%.0f/s), %d malformed; driver: %d events, %d drops %s, %d wakeups%n",
					sink.events, secs, sink.events / secs, capture.malformed(), s.totalEvents(), s.totalDrops(),
					java.util.Arrays.toString(s.drops()), s.totalWakeups());
		} finally {
			done.countDown();
		}
	}

	/** Counts events, and writes them (state blocks first) when given a writer. */
	private static final class Sink implements CaptureListener {
		private final ScapWriter writer;
		private MachineInfo machine;
		private final List<UserEntry> users = new ArrayList<>();
		private final List<GroupEntry> groups = new ArrayList<>();
		private final List<ProcessEntry> processes = new ArrayList<>();
		private final Map<Long, List<FdEntry>> fds = new LinkedHashMap<>();
		private boolean stateWritten;
		long events;

		Sink(ScapWriter writer) {
			this.writer = writer;
		}

		@Override
		public void onMachine(MachineInfo m) {
			machine = m;
		}

		@Override
		public void onUser(UserEntry u) {
			users.add(u);
		}

		@Override
		public void onGroup(GroupEntry g) {
			groups.add(g);
		}

		@Override
		public void onProcess(ProcessEntry p) {
			if (writer != null) {
				processes.add(p);
			}
		}

		@Override
		public void onFd(long pid, FdEntry fd) {
			if (writer != null) {
				fds.computeIfAbsent(pid, k -> new ArrayList<>()).add(fd);
			}
		}

		@Override
		public void onEvent(Event e, int cpu) {
			events++;
			if (writer != null) {
				try {
					flushState();
					writer.writeEvent(e, cpu, 0);
				} catch (IOException x) {
					throw new UncheckedIOException(x);
				}
			}
		}

		void flushState() throws IOException {
			if (stateWritten || writer == null) {
				return;
			}
			stateWritten = true;
			if (machine != null) {
				writer.writeMachineInfo(machine);
			}
			writer.writeUsers(users, groups);
			writer.writeProcesses(processes);
			for (Map.Entry<Long, List<FdEntry>> e : fds.entrySet()) {
				writer.writeFds(e.getKey(), e.getValue());
			}
		}
	}
}

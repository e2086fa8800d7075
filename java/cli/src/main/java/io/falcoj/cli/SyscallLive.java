package io.falcoj.cli;

import io.falcoj.capture.live.DriverSelector;
import io.falcoj.capture.live.DriverStats;
import io.falcoj.capture.live.DriverUnavailableException;
import io.falcoj.capture.live.EbpfDriver;
import io.falcoj.capture.live.LiveCapture;
import io.falcoj.capture.live.LiveDriver;
import io.falcoj.capture.live.ProcScanner;
import io.falcoj.capture.live.SyscallTable;
import io.falcoj.cli.output.Outputs;
import io.falcoj.event.EventInfo;
import io.falcoj.event.EventTable;
import io.falcoj.field.syscall.SyscallSource;
import io.falcoj.rules.Ruleset;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.StateEngine;
import java.io.PrintStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Live mode (no -e): the driver named by engine.kind feeds the state engine (seeded by a /proc
 * scan), and each parsed event meets the syscall rules indexed under its type. The kernel only
 * captures the syscalls the loaded rules and the state engine need. Runs until SIGINT/SIGTERM or
 * -M seconds, then prints the driver's counters (events, drops per CPU).
 *
 * <p>Threads: the calling thread is the capture thread; it alone reads the rings and owns the
 * state engine, the parsed event and the rule evaluation. The signal handler thread only asks it
 * to stop; outputs run wherever the outputs layer puts them.
 */
final class SyscallLive {
	private SyscallLive() {
	}

	static int run(String kind, int ringBytes, EbpfDriver.Hooks hooks, SyscallSource source, Ruleset<ParsedEvent> rules, FalcoMain main, Outputs outputs, DetectionStats stats,
			DropMonitor drops, Options o, Consumer<String> info, PrintStream err) throws FalcoMain.Fatal {
		StateEngine engine = source.engine();
		LiveDriver driver;
		try {
			// Exit events only (the modern eBPF probe then attaches no sys_enter program, which every
			// syscall of the machine would pay for): in the current schema each exit event carries its
			// enter event's parameters, and the state engine takes an fd-using exit's fd from the exit
			// itself when no enter event precedes it. The kernel module still sends both.
			driver = new DriverSelector(ringBytes, info).withEbpfHooks(hooks).open(kind);
		} catch (DriverUnavailableException | UnsatisfiedLinkError e) {
			throw new FalcoMain.Fatal("Unable to start live capture: " + e.getMessage());
		}
		Set<String> types = ruleEventTypes(rules);
		Set<Integer> syscalls = SyscallTable.get().forEventTypes(types);
		driver.setSyscalls(syscalls);
		info.accept("Capturing " + syscalls.size() + " syscalls (" + types.size() + " event types in the rules, plus what the state engine needs)");

		LiveCapture capture = new LiveCapture(driver, true);
		// A thread whose clone or exec the events lost is read from /proc when it first acts.
		engine.setThreadLookup(new ProcScanner().excluding(ProcessHandle.current().pid())::lookup);
		Evaluator evaluator = new Evaluator(rules, main, outputs, stats, drops, capture);
		source.setConsumer(evaluator);
		CountDownLatch finished = new CountDownLatch(1);
		Runnable stop = capture::stop;
		Runnable restoreSignals = installSignals(stop, () -> main.restart(stop));
		main.actOnPendingHup(stop);
		Thread timer = null;
		if (o.durationSeconds > 0) {
			// The time counts from when events flow, not from the probe's load and the /proc scan,
			// which take seconds on a loaded machine and would eat a short -M.
			timer = new Thread(() -> {
				try {
					capture.awaitStarted(10, TimeUnit.MINUTES);
					if (!finished.await(o.durationSeconds, TimeUnit.SECONDS)) {
						capture.stop();
					}
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}, "duration");
			timer.setDaemon(true);
			timer.start();
		}
		Thread ready = new Thread(() -> {
			try {
				if (capture.awaitStarted(10, TimeUnit.MINUTES)) {
					info.accept("Live capture started: /proc scanned (" + engine.threadCount() + " threads), events flowing");
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}, "capture-ready");
		ready.setDaemon(true);
		ready.start();
		long start = System.nanoTime();
		try {
			evaluator.capture = capture;
			capture.run(source);
		} finally {
			restoreSignals.run();
			finished.countDown();
			DriverStats s = capture.stats();
			double secs = (System.nanoTime() - start) / 1e9;
			err.printf("Events detected: %d%n", stats.total());
			err.printf("Syscall events: %d delivered in %.1f s (%d malformed); driver: %d events, %d drops (per CPU: ring full %s, too big %s)%n",
					capture.delivered(), secs, capture.malformed(), s.totalEvents(), s.totalDrops(),
					java.util.Arrays.toString(s.drops()), java.util.Arrays.toString(s.dropsTooBig()));
			if (engine.threadLookups() + engine.threadLookupMisses() > 0) {
				err.printf("Threads first seen acting: %d read from /proc, %d not found%n", engine.threadLookups(),
						engine.threadLookupMisses());
			}
			err.flush();
			capture.close();
		}
		return evaluator.exitRequested ? 1 : 0;
	}

	/** Names of the event types the enabled syscall rules are indexed under. */
	private static Set<String> ruleEventTypes(Ruleset<ParsedEvent> rules) {
		EventTable table = EventTable.get();
		Set<String> names = new TreeSet<>();
		for (int code = 0; code < table.size(); code++) {
			EventInfo e = table.event(code);
			if (e != null && rules.rulesFor(code) > 0) {
				names.add(e.name());
			}
		}
		return names;
	}

	/**
	 * SIGINT/SIGTERM end the capture cleanly (summary printed, exit code kept); SIGHUP ends it to
	 * restart ({@link FalcoMain#restart}). Returns what puts the previous handlers back (an
	 * embedding JVM keeps its own behaviour after the run).
	 */
	@SuppressWarnings("restriction")
	private static Runnable installSignals(Runnable stop, Runnable restart) {
		try {
			sun.misc.Signal in = new sun.misc.Signal("INT");
			sun.misc.Signal term = new sun.misc.Signal("TERM");
			sun.misc.Signal hup = new sun.misc.Signal("HUP");
			sun.misc.SignalHandler oldInt = sun.misc.Signal.handle(in, sig -> stop.run());
			sun.misc.SignalHandler oldTerm = sun.misc.Signal.handle(term, sig -> stop.run());
			sun.misc.SignalHandler oldHup = sun.misc.Signal.handle(hup, sig -> restart.run());
			return () -> {
				sun.misc.Signal.handle(in, oldInt);
				sun.misc.Signal.handle(term, oldTerm);
				sun.misc.Signal.handle(hup, oldHup);
			};
		} catch (Throwable t) {
			Thread hook = new Thread(stop);
			Runtime.getRuntime().addShutdownHook(hook);
			return () -> {
				try {
					Runtime.getRuntime().removeShutdownHook(hook);
				} catch (IllegalStateException shuttingDown) {
					// the hook is running: nothing to undo
				}
			};
		}
	}

	/** Downstream of the state engine, on the capture thread: rules, alerts, drop accounting. */
	private static final class Evaluator implements Consumer<ParsedEvent> {
		private final Ruleset<ParsedEvent> rules;
		private final FalcoMain main;
		private final Outputs outputs;
		private final DetectionStats stats;
		private final DropMonitor drops;
		LiveCapture capture;
		private long events;
		private long knownDrops;
		private long lastDropCheck;
		boolean exitRequested;

		Evaluator(Ruleset<ParsedEvent> rules, FalcoMain main, Outputs outputs, DetectionStats stats, DropMonitor drops,
				LiveCapture capture) {
			this.rules = rules;
			this.main = main;
			this.outputs = outputs;
			this.stats = stats;
			this.drops = drops;
			this.capture = capture;
		}

		@Override
		public void accept(ParsedEvent parsed) {
			events++;
			long ts = parsed.event.ts();
			if (drops != null) {
				// the driver's counters cost a syscall: read them about once a second, not per event
				if (ts - lastDropCheck > 1_000_000_000L) {
					lastDropCheck = ts;
					knownDrops = capture.stats().totalDrops();
				}
				if (!drops.onEvent(ts, events, knownDrops)) {
					exitRequested = true;
					capture.stop();
				}
			}
			rules.evaluate(parsed, parsed.event.type(), rule -> main.alert(rule, parsed, ts, outputs, stats));
		}
	}
}

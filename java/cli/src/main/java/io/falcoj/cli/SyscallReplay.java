package io.falcoj.cli;

import io.falcoj.capture.ScapFormatException;
import io.falcoj.capture.ScapReader;
import io.falcoj.cli.output.Outputs;
import io.falcoj.rules.Rule;
import io.falcoj.rules.Ruleset;
import io.falcoj.state.ParsedEvent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Replays a .scap capture through the syscall rules: the reader feeds the state engine, which
 * hands back each event applied to the thread and fd tables ({@link ParsedEvent}, reused); the
 * event meets only the rules indexed under its type, and matches become alerts. The drop
 * monitor sees every event; {@code -M} ends the replay after that many seconds.
 */
final class SyscallReplay implements Consumer<Rule<ParsedEvent>> {
	/** Thrown from the listener to end the read early (drop monitor exit, -M); no stack trace. */
	private static final class Stop extends RuntimeException {
		Stop() {
			super(null, null, false, false);
		}
	}

	private final Ruleset<ParsedEvent> rules;
	private final FalcoMain main;
	private final Outputs outputs;
	private final DetectionStats stats;
	private final DropMonitor drops;
	private final long deadline;
	private long events;
	private boolean exitRequested;
	/** The event being evaluated, for {@link #accept}: a field, so no lambda is made per event. */
	private ParsedEvent current;

	private SyscallReplay(Ruleset<ParsedEvent> rules, FalcoMain main, Outputs outputs, DetectionStats stats,
			DropMonitor drops, long deadline) {
		this.rules = rules;
		this.main = main;
		this.outputs = outputs;
		this.stats = stats;
		this.drops = drops;
		this.deadline = deadline;
	}

	static int run(Path trace, Sources sources, Ruleset<ParsedEvent> rules, FalcoMain main, Outputs outputs,
			DetectionStats stats, DropMonitor drops, Options o) throws FalcoMain.Fatal {
		long deadline = o.durationSeconds > 0 ? System.nanoTime() + o.durationSeconds * 1_000_000_000L : Long.MAX_VALUE;
		SyscallReplay replay = new SyscallReplay(rules, main, outputs, stats, drops, deadline);
		sources.syscallSource.setConsumer(replay.new Receiver());
		try (ScapReader reader = ScapReader.open(trace)) {
			reader.read(sources.syscallSource);
		} catch (Stop stop) {
			// ended early on purpose
		} catch (ScapFormatException e) {
			throw new FalcoMain.Fatal(e.getMessage());
		} catch (IOException e) {
			throw new FalcoMain.Fatal("Could not read trace file " + trace + ": " + e.getMessage());
		}
		return replay.exitRequested ? 1 : 0;
	}

	/** Hands each event to {@link #consume}: a class, not replay::consume (a lambda linked at every start). */
	private final class Receiver implements Consumer<ParsedEvent> {
		@Override
		public void accept(ParsedEvent p) {
			consume(p);
		}
	}

	/** Each event after the state engine applied it. */
	private void consume(ParsedEvent p) {
		// small enough for the JIT to inline into the event loop; the rare work is apart
		long n = ++events;
		if ((n & 0xfff) == 0) {
			checkDeadline();
		}
		if (drops != null && !drops.onEvent(p.event.ts(), n, 0)) {
			exitRequested = true;
			throw new Stop();
		}
		current = p;
		rules.evaluate(p, p.event.type(), this);
	}

	private void checkDeadline() {
		if (System.nanoTime() > deadline) {
			throw new Stop();
		}
	}

	/** A rule matched the current event (rare: off the hot path). */
	@Override
	public void accept(Rule<ParsedEvent> rule) {
		main.alert(rule, current, current.event.ts(), outputs, stats);
	}
}

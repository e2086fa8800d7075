package io.falcoj.cli;

import io.falcoj.capture.CaptureListener;
import io.falcoj.capture.ScapFormatException;
import io.falcoj.capture.ScapReader;
import io.falcoj.cli.output.Outputs;
import io.falcoj.event.Event;
import io.falcoj.rules.Ruleset;
import io.falcoj.state.ParsedEvent;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Replays a .scap capture through the syscall rules: each event is parsed into the shared
 * {@link ParsedEvent}, met by the rules indexed under its type, and matches become alerts. The
 * drop monitor sees every event; {@code -M} ends the replay after that many seconds.
 */
final class SyscallReplay implements CaptureListener {
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
	private final ParsedEvent parsed = new ParsedEvent();
	private long events;
	private boolean exitRequested;

	private SyscallReplay(Ruleset<ParsedEvent> rules, FalcoMain main, Outputs outputs, DetectionStats stats, DropMonitor drops,
			long deadline) {
		this.rules = rules;
		this.main = main;
		this.outputs = outputs;
		this.stats = stats;
		this.drops = drops;
		this.deadline = deadline;
	}

	static int run(Path trace, Ruleset<ParsedEvent> rules, FalcoMain main, Outputs outputs, DetectionStats stats,
			DropMonitor drops, Options o) throws FalcoMain.Fatal {
		long deadline = o.durationSeconds > 0 ? System.nanoTime() + o.durationSeconds * 1_000_000_000L : Long.MAX_VALUE;
		SyscallReplay replay = new SyscallReplay(rules, main, outputs, stats, drops, deadline);
		try (ScapReader reader = ScapReader.open(trace)) {
			reader.read(replay);
		} catch (Stop stop) {
			// ended early on purpose
		} catch (ScapFormatException e) {
			throw new FalcoMain.Fatal(e.getMessage());
		} catch (IOException e) {
			throw new FalcoMain.Fatal("Could not read trace file " + trace + ": " + e.getMessage());
		}
		return replay.exitRequested ? 1 : 0;
	}

	@Override
	public void onEvent(Event event, int cpu) {
		events++;
		if ((events & 0xfff) == 0 && System.nanoTime() > deadline) {
			throw new Stop();
		}
		parsed.event.wrap(event.buffer(), event.offset());
		parsed.num = events;
		parsed.cpu = cpu;
		long ts = event.ts();
		if (drops != null && !drops.onEvent(ts, events, 0)) {
			exitRequested = true;
			throw new Stop();
		}
		rules.evaluate(parsed, event.type(), rule -> main.alert(rule, parsed, ts, outputs, stats));
	}
}

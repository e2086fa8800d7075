package io.falcoj.cli.inspect;

import io.falcoj.capture.ScapCopier;
import io.falcoj.capture.ScapReader;
import io.falcoj.capture.StateBlockForwarder;
import io.falcoj.event.Event;
import io.falcoj.event.EventCategory;
import io.falcoj.event.EventInfo;
import io.falcoj.field.FieldCatalog;
import io.falcoj.field.syscall.SyscallSource;
import io.falcoj.state.StateEngine;
import io.falcoj.field.syscall.ParamRenderer.BufferFormat;
import io.falcoj.filter.Filter;
import io.falcoj.state.ParsedEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The replay loop of falco-inspect: capture reader → state → filter → output or writer. The loop
 * body allocates nothing for an event that the filter drops: the event is a flyweight over the
 * reader's window, the parsed context is reused, and the filter compares primitives and shared
 * strings. Only printed events build text.
 */
public final class InspectPipeline extends StateBlockForwarder {
	private final SyscallSource source;
	private final StringBuilder line = new StringBuilder(512);

	private ScapCopier copier;
	private OutputFormat format;
	/** The compiled filter, or null when every event passes. */
	private Filter<ParsedEvent> filter;
	private boolean json;
	private boolean print;
	private long maxEvents;
	private long passed;
	private Writer out;

	/** Stops the reader once -n events have passed the filter. */
	private static final class Done extends RuntimeException {
		Done() {
			super(null, null, false, false);
		}
	}

	public InspectPipeline() {
		this(new SyscallSource());
	}

	private InspectPipeline(SyscallSource source) {
		super(source);
		this.source = source;
		source.setConsumer(new Receiver());
	}

	/** The state engine the fields read (for tests and stats). */
	public StateEngine engine() {
		return source.engine();
	}

	public FieldCatalog<ParsedEvent> catalog() {
		return source.catalog();
	}

	public void bufferFormat(BufferFormat format, int maxLength) {
		source.evtFields().renderer().bufferFormat(format, maxLength);
	}

	/** Replays the reader's capture through the filter into the output (when {@code print}) and the copier (when not null). */
	public void run(ScapReader reader, ScapCopier copier, OutputFormat format, Filter<ParsedEvent> filter, boolean json,
			boolean print, long maxEvents, Writer out) throws IOException {
		this.copier = copier;
		// The state blocks feed the state engine, and the copy when there is one.
		if (copier != null) {
			forwardTo(source, copier);
		} else {
			forwardTo(source);
		}
		this.format = format;
		this.filter = filter;
		this.json = json;
		this.print = print;
		this.maxEvents = maxEvents;
		this.out = out;
		try {
			reader.read(this);
		} catch (Done done) {
			// -n reached
		}
	}

	@Override
	public void onEvent(Event event, int cpu) {
		source.onEvent(event, cpu);
	}

	/**
	 * Hands each event to {@link #consume}: a class, not this::consume, whose invokedynamic call
	 * site every start of the tool paid to link (as with the field getters, see StateFamily).
	 */
	private final class Receiver implements java.util.function.Consumer<ParsedEvent> {
		@Override
		public void accept(ParsedEvent p) {
			consume(p);
		}
	}

	/** Called with each event once the state engine has applied it. */
	private void consume(ParsedEvent p) {
		// Small enough for the JIT to inline into the per-event path; what passes is handled apart.
		if (filter == null || filter.matches(p, p.event.type())) {
			pass(p);
		}
	}

	private void pass(ParsedEvent p) {
		passed++;
		if (copier != null) {
			copier.onEvent(p.event, p.cpu);
		}
		if (print && !hidden(p.event)) {
			line.setLength(0);
			boolean show = json ? format.appendJson(p, line) : format.appendText(p, line);
			if (show) {
				line.append('\n');
				try {
					out.append(line);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		if (maxEvents > 0 && passed >= maxEvents) {
			throw new Done();
		}
	}

	/** Events sysdig reads but does not print: the engine's internal ones (process snapshots, container metadata). */
	static boolean hidden(Event e) {
		EventInfo info = e.info();
		return info == null || info.category() == EventCategory.INTERNAL || info.name().equals("container");
	}
}

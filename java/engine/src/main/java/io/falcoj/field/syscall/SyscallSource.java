package io.falcoj.field.syscall;

import io.falcoj.capture.CaptureListener;
import io.falcoj.capture.FdEntry;
import io.falcoj.capture.GroupEntry;
import io.falcoj.capture.InterfaceEntry;
import io.falcoj.capture.MachineInfo;
import io.falcoj.capture.ProcessEntry;
import io.falcoj.capture.UserEntry;
import io.falcoj.event.Event;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.StateEngine;

import java.util.function.Consumer;

/**
 * The {@code syscall} event source wired for use: a capture source (file reader, live driver)
 * reports into this listener; the state engine applies each event; the evt.* fields get what only
 * the stream knows (capture start, per-thread latency); then the consumer sees the parsed event,
 * ready for conditions and outputs over {@link #catalog()}. Embedders (bin/falco, falco-inspect,
 * other tools) use this instead of wiring the pieces themselves.
 */
public final class SyscallSource implements CaptureListener {
	private final StateEngine engine;
	private final StateEventState state;
	private final EvtFields evt;
	private final SyscallFields catalog;
	private Consumer<ParsedEvent> consumer = NO_CONSUMER;

	public SyscallSource() {
		this(new StateEngine());
	}

	public SyscallSource(StateEngine engine) {
		this.engine = engine;
		this.state = new StateEventState(engine);
		this.evt = new EvtFields(state);
		this.catalog = SyscallFields.standard(engine, evt);
		engine.setConsumer(new Parsed());
	}

	/** Who receives each event once it is applied (valid only during the call). */
	public void setConsumer(Consumer<ParsedEvent> consumer) {
		this.consumer = consumer;
	}

	public SyscallFields catalog() {
		return catalog;
	}

	public StateEngine engine() {
		return engine;
	}

	/** The evt.* family, e.g. to choose how data buffers print. */
	public EvtFields evtFields() {
		return evt;
	}

	// Classes, not lambdas (this::parsed): a lambda is an invokedynamic call site linked at its
	// first run, at every start (see StateFamily).
	private static final Consumer<ParsedEvent> NO_CONSUMER = new Consumer<>() {
		@Override
		public void accept(ParsedEvent pe) {
		}
	};

	/** What the engine hands each applied event to. */
	private final class Parsed implements Consumer<ParsedEvent> {
		@Override
		public void accept(ParsedEvent pe) {
			state.onParsed(pe);
			consumer.accept(pe);
		}
	}

	@Override
	public void onMachine(MachineInfo machine) {
		engine.onMachine(machine);
	}

	@Override
	public void onProcess(ProcessEntry process) {
		engine.onProcess(process);
	}

	@Override
	public void onFd(long pid, FdEntry fd) {
		engine.onFd(pid, fd);
	}

	@Override
	public void onUser(UserEntry user) {
		engine.onUser(user);
	}

	@Override
	public void onGroup(GroupEntry group) {
		engine.onGroup(group);
	}

	@Override
	public void onInterface(InterfaceEntry iface) {
		engine.onInterface(iface);
	}

	@Override
	public void onEvent(Event event, int cpu) {
		state.onEventTs(event.ts());
		engine.onEvent(event, cpu);
	}
}

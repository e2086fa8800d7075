package io.falcoj.capture;

import io.falcoj.event.Event;

/**
 * What a capture source reports, in file order: the state blocks that come before the events
 * (machine, processes, their fds, users, groups, interfaces), then the events. A capture file
 * reader, a live driver and a test all feed the state engine through this one interface.
 */
public interface CaptureListener {
	default void onMachine(MachineInfo machine) {
	}

	default void onProcess(ProcessEntry process) {
	}

	default void onFd(long pid, FdEntry fd) {
	}

	default void onUser(UserEntry user) {
	}

	default void onGroup(GroupEntry group) {
	}

	default void onInterface(InterfaceEntry iface) {
	}

	/**
	 * One event. {@code event} is a flyweight valid only during this call; {@code cpu} is the CPU
	 * that produced it (from the event block, or the live ring).
	 */
	void onEvent(Event event, int cpu);
}

package io.falcoj.capture;

/**
 * A capture listener that hands the state blocks (machine, processes and their fds, users, groups,
 * interfaces) on to other listeners, in order, and leaves the events to its subclass: a tool
 * that both keeps state and copies or records a capture needs every block in each place, and
 * only its events differ.
 */
public abstract class StateBlockForwarder implements CaptureListener {
	private CaptureListener[] targets;

	protected StateBlockForwarder(CaptureListener... targets) {
		this.targets = targets.clone();
	}

	/** From now on, the blocks go to {@code targets} (in this order) instead. */
	protected final void forwardTo(CaptureListener... targets) {
		this.targets = targets.clone();
	}

	@Override
	public void onMachine(MachineInfo machine) {
		for (CaptureListener t : targets) {
			t.onMachine(machine);
		}
	}

	@Override
	public void onProcess(ProcessEntry process) {
		for (CaptureListener t : targets) {
			t.onProcess(process);
		}
	}

	@Override
	public void onFd(long pid, FdEntry fd) {
		for (CaptureListener t : targets) {
			t.onFd(pid, fd);
		}
	}

	@Override
	public void onUser(UserEntry user) {
		for (CaptureListener t : targets) {
			t.onUser(user);
		}
	}

	@Override
	public void onGroup(GroupEntry group) {
		for (CaptureListener t : targets) {
			t.onGroup(group);
		}
	}

	@Override
	public void onInterface(InterfaceEntry iface) {
		for (CaptureListener t : targets) {
			t.onInterface(iface);
		}
	}
}

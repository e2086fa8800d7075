package io.falcoj.capture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.falcoj.event.Event;

/**
 * A listener that writes what a capture source reports into a {@link ScapWriter}: metadata is
 * gathered and written as blocks (machine, interfaces, users, processes, fds) just before the next
 * event, then events are copied one by one. Metadata that shows up between events (a concatenated
 * capture) is written as new blocks at that point, as libscap does.
 */
public final class ScapCopier implements CaptureListener {
	private final ScapWriter writer;
	private final ScapReader flagsSource;
	private MachineInfo machine;
	private final List<InterfaceEntry> interfaces = new ArrayList<>();
	private final List<UserEntry> users = new ArrayList<>();
	private final List<GroupEntry> groups = new ArrayList<>();
	private final List<ProcessEntry> processes = new ArrayList<>();
	private final Map<Long, List<FdEntry>> fds = new LinkedHashMap<>();
	private boolean pending;

	/**
	 * @param flagsSource the reader whose events are copied, to keep their dump flags; null to
	 *                    write every event without flags
	 */
	public ScapCopier(ScapWriter writer, ScapReader flagsSource) {
		this.writer = writer;
		this.flagsSource = flagsSource;
	}

	/** Reads {@code in} and writes the same capture to {@code out}. */
	public static void copy(Path in, Path out) throws IOException {
		try (ScapReader reader = ScapReader.open(in); ScapWriter writer = ScapWriter.create(out)) {
			ScapCopier copier = new ScapCopier(writer, reader);
			try {
				reader.read(copier);
				copier.finish();
			} catch (UncheckedIOException e) {
				throw e.getCause();
			}
		}
	}

	@Override
	public void onMachine(MachineInfo m) {
		machine = m;
		pending = true;
	}

	@Override
	public void onInterface(InterfaceEntry i) {
		interfaces.add(i);
		pending = true;
	}

	@Override
	public void onUser(UserEntry u) {
		users.add(u);
		pending = true;
	}

	@Override
	public void onGroup(GroupEntry g) {
		groups.add(g);
		pending = true;
	}

	@Override
	public void onProcess(ProcessEntry p) {
		processes.add(p);
		pending = true;
	}

	@Override
	public void onFd(long tid, FdEntry fd) {
		fds.computeIfAbsent(tid, k -> new ArrayList<>()).add(fd);
		pending = true;
	}

	@Override
	public void onEvent(Event event, int cpu) {
		try {
			if (pending) {
				flushMetadata();
			}
			writer.writeEvent(event, cpu, flagsSource == null ? 0 : flagsSource.eventFlags());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes metadata not yet followed by an event, then flushes the writer. */
	public void finish() throws IOException {
		if (pending) {
			flushMetadata();
		}
		writer.flush();
	}

	private void flushMetadata() throws IOException {
		if (machine != null) {
			writer.writeMachineInfo(machine);
			machine = null;
		}
		if (!interfaces.isEmpty()) {
			writer.writeInterfaces(interfaces);
			interfaces.clear();
		}
		if (!users.isEmpty() || !groups.isEmpty()) {
			writer.writeUsers(users, groups);
			users.clear();
			groups.clear();
		}
		if (!processes.isEmpty()) {
			writer.writeProcesses(processes);
			processes.clear();
		}
		for (Map.Entry<Long, List<FdEntry>> e : fds.entrySet()) {
			writer.writeFds(e.getKey(), e.getValue());
		}
		fds.clear();
		pending = false;
	}
}

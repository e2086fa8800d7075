package io.falcoj.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.falcoj.event.Event;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StateBlockForwarderTest {
	/** Notes what it is given, as "name:kind". */
	private static final class Log implements CaptureListener {
		final String name;
		final List<String> seen;

		Log(String name, List<String> seen) {
			this.name = name;
			this.seen = seen;
		}

		@Override
		public void onProcess(ProcessEntry process) {
			seen.add(name + ":process " + process.tid);
		}

		@Override
		public void onFd(long pid, FdEntry fd) {
			seen.add(name + ":fd " + pid + "/" + fd.fd);
		}

		@Override
		public void onUser(UserEntry user) {
			seen.add(name + ":user " + user.name());
		}

		@Override
		public void onEvent(Event event, int cpu) {
			seen.add(name + ":event");
		}
	}

	private static final class Forwarder extends StateBlockForwarder {
		final List<String> seen;

		Forwarder(List<String> seen, CaptureListener... targets) {
			super(targets);
			this.seen = seen;
		}

		void retarget(CaptureListener... targets) {
			forwardTo(targets);
		}

		@Override
		public void onEvent(Event event, int cpu) {
			seen.add("forwarder:event");
		}
	}

	@Test
	void blocksGoToEveryTargetInOrderAndEventsStayWithTheSubclass() {
		List<String> seen = new ArrayList<>();
		Forwarder f = new Forwarder(seen, new Log("a", seen), new Log("b", seen));
		ProcessEntry p = new ProcessEntry();
		p.tid = 7;
		FdEntry fd = new FdEntry();
		fd.fd = 3;
		f.onProcess(p);
		f.onFd(7, fd);
		f.onEvent(new Event(), 0);
		f.retarget(new Log("b", seen));
		f.onUser(new UserEntry(0, 0, "root", "/root", "/bin/sh", ""));
		assertEquals(List.of("a:process 7", "b:process 7", "a:fd 7/3", "b:fd 7/3", "forwarder:event", "b:user root"), seen);
	}

	@Test
	void aCaptureFileReachesTheTargetsWhole() throws Exception {
		Path small = Path.of(System.getProperty("falcoj.root", "."), "..", "shared", "traces", "qemu-small.scap");
		assumeTrue(Files.isReadable(small), small + " not found: skipping");
		List<String> direct = new ArrayList<>();
		List<String> forwarded = new ArrayList<>();
		try (ScapReader r = ScapReader.open(small)) {
			r.read(new Log("x", direct));
		}
		try (ScapReader r = ScapReader.open(small)) {
			r.read(new StateBlockForwarder(new Log("x", forwarded)) {
				@Override
				public void onEvent(Event event, int cpu) {
					forwarded.add("x:event");
				}
			});
		}
		assertEquals(direct, forwarded);
	}
}

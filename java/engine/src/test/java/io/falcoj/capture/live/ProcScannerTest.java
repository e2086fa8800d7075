package io.falcoj.capture.live;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.falcoj.capture.CaptureListener;
import io.falcoj.capture.FdEntry;
import io.falcoj.capture.FdType;
import io.falcoj.capture.GroupEntry;
import io.falcoj.capture.MachineInfo;
import io.falcoj.capture.ProcessEntry;
import io.falcoj.capture.UserEntry;
import io.falcoj.event.Event;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scans this machine's real /proc while this JVM holds a file, a pipe and sockets open. */
class ProcScannerTest {
	private static final class Recorder implements CaptureListener {
		MachineInfo machine;
		final List<ProcessEntry> processes = new ArrayList<>();
		final List<FdEntry> ownFds = new ArrayList<>();
		final List<UserEntry> users = new ArrayList<>();
		final List<GroupEntry> groups = new ArrayList<>();
		final long self = ProcessHandle.current().pid();

		@Override
		public void onMachine(MachineInfo m) {
			machine = m;
		}

		@Override
		public void onProcess(ProcessEntry p) {
			processes.add(p);
		}

		@Override
		public void onFd(long pid, FdEntry fd) {
			if (pid == self) {
				ownFds.add(fd);
			}
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
		public void onEvent(Event event, int cpu) {
		}

		FdEntry fd(FdType type, java.util.function.Predicate<FdEntry> p) {
			return ownFds.stream().filter(f -> f.type == type && p.test(f)).findFirst().orElse(null);
		}
	}

	@Test
	void seesThisProcessItsFilesPipesAndSockets() throws Exception {
		assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc");
		Path file = Files.createTempFile("falcoj-scan-", ".txt");
		Recorder r = new Recorder();
		try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
				ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
				Socket client = new Socket()) {
			client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()));
			Pipe pipe = Pipe.open();
			try (Socket accepted = server.accept()) {
				new ProcScanner().scan(r);
			} finally {
				pipe.sink().close();
				pipe.source().close();
			}

			assertNotNull(r.machine);
			assertTrue(r.machine.cpuCount() > 0 && r.machine.memoryBytes() > 0 && r.machine.bootTimeNanos() > 0);
			ProcessEntry me = r.processes.stream().filter(p -> p.tid == r.self).findFirst().orElseThrow();
			assertEquals(r.self, me.pid);
			assertEquals(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L), me.ptid);
			assertTrue(me.exepath.endsWith("/java"), me.exepath);
			assertEquals(Path.of(System.getProperty("user.dir")).toRealPath().toString(), me.cwd);
			assertTrue(me.args.size() > 1, "arguments " + me.args);
			assertTrue(me.fdlimit > 0);
			assertTrue(r.processes.stream().anyMatch(p -> p.pid == r.self && p.tid != r.self), "the JVM's other threads");
			assertTrue(r.processes.stream().anyMatch(p -> p.pid == 1), "init");

			FdEntry f = r.fd(FdType.FILE, x -> x.name.equals(file.toString()));
			assertNotNull(f, "the temp file among " + r.ownFds.size() + " fds");
			assertEquals(2 | 8, f.openFlags & (3 | 8), "O_WRONLY|O_APPEND in PPM encoding");
			assertNotNull(r.fd(FdType.FIFO, x -> x.name.startsWith("pipe:[")), "the pipe");
			int port = server.getLocalPort();
			FdEntry listen = r.fd(FdType.IPV4_SERVSOCK, x -> x.sourcePort == port);
			FdEntry listen6 = r.fd(FdType.IPV6_SERVSOCK, x -> x.sourcePort == port);
			assertTrue(listen != null || listen6 != null, "the listening socket on port " + port);
			FdEntry conn = r.fd(FdType.IPV4_SOCK, x -> x.destPort == port);
			if (conn == null) {
				conn = r.fd(FdType.IPV6_SOCK, x -> x.destPort == port);
			}
			assertNotNull(conn, "the client socket");
			assertEquals(client.getLocalPort(), conn.sourcePort);
			assertEquals(2, conn.l4proto, "TCP");
			if (conn.type == FdType.IPV4_SOCK) {
				assertArrayEquals(new byte[] { 127, 0, 0, 1 }, conn.destIp);
			}
			assertTrue(r.users.stream().anyMatch(u -> u.uid() == 0 && u.name().equals("root")));
			assertTrue(r.groups.stream().anyMatch(g -> g.gid() == 0 && g.name().equals("root")));
		} finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void unixSocketAddressesHiddenEarlyInBootAreNoError() throws Exception {
		// Before the kernel's pointer hashing is seeded (early boot, as in the QEMU guest),
		// /proc/net/unix prints "(____ptrval____):" where the socket's address goes.
		Path root = Files.createTempDirectory("falcoj-proc");
		Path proc = Files.createDirectories(root.resolve("proc/net"));
		Path etc = Files.createDirectories(root.resolve("etc"));
		Files.writeString(proc.resolve("unix"), "Num       RefCount Protocol Flags    Type St Inode Path\n"
				+ "(____ptrval____): 00000002 00000000 00010000 0001 01 1234 /run/x.sock\n");
		try {
			Recorder r = new Recorder();
			new ProcScanner(proc.getParent(), etc).scan(r);
			assertNotNull(r.machine);
		} finally {
			Files.delete(proc.resolve("unix"));
			Files.delete(proc);
			Files.delete(proc.getParent());
			Files.delete(etc);
			Files.delete(root);
		}
	}

	@Test
	void readsProcNetAddressesWordByWord() {
		assertArrayEquals(new byte[] { 127, 0, 0, 1 }, ProcScanner.address("0100007F"));
		byte[] v6 = ProcScanner.address("00000000000000000000000001000000");
		assertEquals(1, v6[15]);
	}

	@Test
	void translatesOpenFlagsLikeTheDrivers() {
		assertEquals(1, ProcScanner.openFlags(0));
		assertEquals(3 | 4 | 4096, ProcScanner.openFlags(02 | 0100 | 02000000));
	}
}

package io.falcoj.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.falcoj.capture.FdEntry;
import io.falcoj.capture.FdType;
import io.falcoj.capture.GroupEntry;
import io.falcoj.capture.ProcessEntry;
import io.falcoj.capture.UserEntry;
import io.falcoj.capture.live.ProcScanner;
import io.falcoj.field.Field;
import io.falcoj.field.UnknownFieldException;
import io.falcoj.field.syscall.SyscallFields;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Parser state transitions, driven by events built in the libscap layout: fork/exec/exit, the fd
 * lifecycle, dup, close-on-exec, sockets, and the bounded thread table with its purges. Field
 * values are read through the real catalog, after the state update, as rules see them.
 */
class StateEngineTest {
	private static final long CLONE_THREAD = ThreadInfo.CL_CLONE_THREAD;
	private static final long O_RDONLY = 1;
	private static final long O_CLOEXEC = FdInfo.PPM_O_CLOEXEC;
	private static final long AT_FDCWD = -100;

	private StateEngine engine;
	private SyscallFields fields;
	/** What the consumer saw for each event, rendered at the time (the context is reused). */
	private final List<String> seen = new ArrayList<>();
	private List<Field<ParsedEvent>> watched = List.of();
	private long ts = 1_000_000_000L;

	@BeforeEach
	void setUp() {
		engine = new StateEngine();
		fields = SyscallFields.standard(engine);
		engine.setConsumer(this::record);
		// init (1) -> bash (100), from the capture's process list, with three open files.
		engine.onProcess(process(1, 1, 0, "init", "/sbin/init", "/"));
		engine.onProcess(process(100, 100, 1, "bash", "/bin/bash", "/home/u"));
		engine.onFd(100, file(0, "/dev/pts/0", O_RDONLY));
		engine.onFd(100, file(3, "/etc/hosts", O_RDONLY | O_CLOEXEC));
		engine.onFd(100, file(4, "/var/log/app.log", O_RDONLY));
		engine.onUser(new UserEntry(0, 0, "root", "/root", "/bin/bash", ""));
		engine.onUser(new UserEntry(1000, 1000, "u", "/home/u", "/bin/zsh", ""));
		engine.onGroup(new GroupEntry(1000, "users", ""));
	}

	private void record(ParsedEvent p) {
		StringBuilder sb = new StringBuilder();
		for (Field<ParsedEvent> f : watched) {
			if (sb.length() > 0) {
				sb.append(' ');
			}
			sb.append(f.render(p));
		}
		seen.add(sb.toString());
	}

	private void watch(String... names) throws UnknownFieldException {
		List<Field<ParsedEvent>> fs = new ArrayList<>();
		for (String n : names) {
			int br = n.indexOf('[');
			fs.add(br < 0 ? fields.field(n, null) : fields.field(n.substring(0, br), n.substring(br + 1, n.length() - 1)));
		}
		watched = fs;
		seen.clear();
	}

	private String last() {
		return seen.get(seen.size() - 1);
	}

	private static ProcessEntry process(long tid, long pid, long ptid, String comm, String exe, String cwd) {
		ProcessEntry p = new ProcessEntry();
		p.tid = tid;
		p.pid = pid;
		p.ptid = ptid;
		p.comm = comm;
		p.exe = exe;
		p.exepath = exe;
		p.args = List.of();
		p.cwd = cwd;
		p.uid = 1000;
		p.gid = 1000;
		p.fdlimit = 1024;
		p.vtid = tid;
		p.vpid = pid;
		p.sid = 100;
		p.cgroups = List.of("cpu=/", "io=/user.slice");
		return p;
	}

	private static FdEntry file(long fd, String name, long flags) {
		FdEntry e = new FdEntry();
		e.fd = fd;
		e.type = FdType.FILE;
		e.name = name;
		e.openFlags = flags;
		return e;
	}

	private EventBuilder enter(String name, long tid) {
		return EventBuilder.enter(name).tid(tid).ts(ts++);
	}

	private EventBuilder exit(String name, long tid) {
		return EventBuilder.exit(name).tid(tid).ts(ts++);
	}

	/** fork() as the caller reports it: the child's tid as result, the caller's own ids. */
	private void forkInCaller(long caller, long child, String comm) {
		enter("clone", caller).feed(engine);
		exit("clone", caller).p("res", child).p("exe", "/bin/bash").p("args", List.of()).p("tid", caller)
				.p("pid", caller).p("ptid", 1).p("cwd", "").p("fdlimit", 1024).p("comm", comm)
				.p("cgroups", List.of("cpu=/", "io=/user.slice")).p("flags", 0)
				.p("uid", 1000).p("gid", 1000).p("vtid", caller).p("vpid", caller).feed(engine);
	}

	@Test
	void forkCopiesTheCallerAndExecReplacesTheProgram() throws Exception {
		forkInCaller(100, 101, "bash");
		ThreadInfo child = engine.thread(101);
		assertNotNull(child, "the caller's clone exit creates the child");
		assertEquals(101, child.pid);
		assertEquals(100, child.ptid);
		assertEquals("/home/u/", engine.cwd(child), "a new process starts in its parent's directory");
		assertEquals("/var/log/app.log", engine.fdTable(child).get(4).name(), "a forked child shares the parent's fds");
		assertEquals(3, engine.fdTable(child).size());

		// The child's own clone exit must not replace what the caller's made.
		exit("clone", 101).p("res", 0).p("exe", "/bin/bash").p("args", List.of()).p("tid", 101).p("pid", 101)
				.p("ptid", 100).p("comm", "bash").p("flags", 0).p("vtid", 101).p("vpid", 101).feed(engine);
		assertSame(child, engine.thread(101));

		watch("proc.name", "proc.pname", "proc.aname[2]", "proc.cmdline", "proc.exepath", "user.name",
				"group.name", "thread.cgroup.blkio");
		enter("execve", 101).p("filename", "../../bin/cat").feed(engine);
		exit("execve", 101).p("res", 0).p("exe", "cat").p("args", List.of("/etc/shadow")).p("tid", 101)
				.p("pid", 101).p("ptid", 100).p("cwd", "").p("fdlimit", 1024).p("comm", "cat").feed(engine);
		assertEquals("cat bash init cat /etc/shadow /bin/cat u users /user.slice", last(),
				"fields see the exec'd program; exepath is the enter event's path resolved against cwd");
		Field<ParsedEvent> anyAncestor = fields.field("proc.aname", null);
		assertTrue(anyAncestor.info().isList());
		engine.setConsumer(p -> assertEquals(List.of("bash", "init"), anyAncestor.value(p), "the ancestors, not itself"));
		enter("read", 101).p("fd", 4).p("size", 1).feed(engine);
		engine.setConsumer(this::record);
		assertNull(engine.fdTable(child).get(3), "the O_CLOEXEC fd is closed by the exec");
		assertNotNull(engine.fdTable(child).get(4), "fds without close-on-exec survive the exec");
		assertNotNull(engine.fdTable(engine.thread(100)).get(3), "the parent keeps its own copy");

		watch("proc.name", "thread.tid");
		enter("procexit", 101).feed(engine);
		assertEquals("cat 101", last(), "the exiting thread is still there while its procexit is seen");
		assertNull(engine.thread(101), "and removed after it");
		assertEquals(1, engine.threadsRemoved());
	}

	@Test
	void aChildWhoseCloneExitComesFirstIsBuiltFromItsOwnEvent() {
		exit("clone", 102).p("res", 0).p("exe", "/bin/bash").p("args", List.of("-c", "id")).p("tid", 102)
				.p("pid", 102).p("ptid", 100).p("cwd", "").p("fdlimit", 1024).p("comm", "bash").p("flags", 0)
				.p("uid", 1000).p("gid", 1000).p("vtid", 102).p("vpid", 102).feed(engine);
		ThreadInfo child = engine.thread(102);
		assertNotNull(child);
		assertEquals(100, child.ptid);
		assertEquals("-c id", child.argsLine());
		assertEquals("/var/log/app.log", engine.fdTable(child).get(4).name(), "fds come from the parent it names");
		assertTrue((child.flags & ThreadInfo.CL_CLONE_INVERTED) != 0);

		forkInCaller(100, 102, "bash");
		assertSame(child, engine.thread(102), "the caller's later exit keeps the entry the child made");
	}

	@Test
	void threadsShareTheirProcessFdsAndGoWithIt() {
		enter("clone", 100).feed(engine);
		exit("clone", 100).p("res", 150).p("exe", "/bin/bash").p("args", List.of()).p("tid", 100).p("pid", 100)
				.p("ptid", 1).p("comm", "bash").p("flags", CLONE_THREAD).p("vtid", 100).p("vpid", 100).feed(engine);
		ThreadInfo thread = engine.thread(150);
		assertEquals(100, thread.pid);
		assertSame(engine.fdTable(engine.thread(100)), engine.fdTable(thread), "a thread uses its process' fd table");
		assertEquals(1, engine.thread(100).nchilds);

		// The main thread exits first: it stays, dead, as long as a thread of its process runs.
		enter("procexit", 100).feed(engine);
		assertNotNull(engine.thread(100));
		assertTrue(engine.thread(100).dead);
		enter("procexit", 150).feed(engine);
		assertNull(engine.thread(150));
		assertNull(engine.thread(100), "the last thread takes the dead main thread with it");
		assertEquals(3, engine.fdsPurged(), "with its fds");
	}

	@Test
	void openReadCloseFollowTheFdLifecycle() throws Exception {
		watch("fd.num", "fd.name", "fd.directory", "fd.filename", "fd.typechar", "fd.name_changed");
		enter("openat", 100).p("dirfd", AT_FDCWD).p("name", "./notes.txt").p("flags", O_RDONLY).feed(engine);
		exit("openat", 100).p("fd", 5).p("dirfd", AT_FDCWD).p("name", "./notes.txt").p("flags", O_RDONLY).p("dev", 2)
				.feed(engine);
		assertEquals("5 /home/u/notes.txt /home/u notes.txt f true", last());

		enter("read", 100).p("fd", 5).p("size", 10).feed(engine);
		exit("read", 100).p("res", 10).feed(engine);
		assertEquals("5 /home/u/notes.txt /home/u notes.txt f false", last(), "the exit reads the enter's fd");

		enter("close", 100).p("fd", 5).feed(engine);
		exit("close", 100).p("res", 0).feed(engine);
		assertEquals("5 /home/u/notes.txt /home/u notes.txt f false", last(), "the close still shows its fd");
		assertNull(engine.fdTable(engine.thread(100)).get(5), "and removes it after");

		enter("openat", 100).p("dirfd", AT_FDCWD).p("name", "/nope").p("flags", O_RDONLY).feed(engine);
		exit("openat", 100).p("fd", -2).p("dirfd", AT_FDCWD).p("name", "/nope").p("flags", O_RDONLY).feed(engine);
		assertEquals("-1 /nope / <NA> f <NA>", last(), "a failed open creates nothing but names what it tried");
		assertEquals(3, engine.fdTable(engine.thread(100)).size());
	}

	@Test
	void openatResolvesAgainstItsDirectoryFd() {
		engine.onFd(100, dir(7, "/srv/data"));
		enter("openat", 100).p("dirfd", 7).p("name", "../x").p("flags", O_RDONLY).feed(engine);
		exit("openat", 100).p("fd", 8).p("dirfd", 7).p("name", "../x").p("flags", O_RDONLY).feed(engine);
		assertEquals("/srv/x", engine.fdTable(engine.thread(100)).get(8).name());
		assertEquals("../x", engine.fdTable(engine.thread(100)).get(8).nameRaw());
	}

	@Test
	void anOpenPathIsResolvedAgainstTheDirectoryOfItsOpenWhenFirstRead() {
		// Opens keep their raw path and directory, and resolve them when something reads the name:
		// what happened since (chdir, the directory fd closed) must not change the answer.
		engine.onFd(100, dir(7, "/srv/data"));
		enter("openat", 100).p("dirfd", AT_FDCWD).p("name", "a/../b.txt").p("flags", O_RDONLY).feed(engine);
		exit("openat", 100).p("fd", 5).p("dirfd", AT_FDCWD).p("name", "a/../b.txt").p("flags", O_RDONLY).feed(engine);
		enter("openat", 100).p("dirfd", 7).p("name", "c").p("flags", O_RDONLY).feed(engine);
		exit("openat", 100).p("fd", 6).p("dirfd", 7).p("name", "c").p("flags", O_RDONLY).feed(engine);
		enter("dup", 100).p("fd", 5).feed(engine);
		exit("dup", 100).p("res", 9).p("oldfd", 5).feed(engine);
		enter("chdir", 100).feed(engine);
		exit("chdir", 100).p("res", 0).p("path", "/elsewhere").feed(engine);
		enter("close", 100).p("fd", 7).feed(engine);
		exit("close", 100).p("res", 0).feed(engine);
		LongObjectMap<FdInfo> fds = engine.fdTable(engine.thread(100));
		assertEquals("/home/u/b.txt", fds.get(5).name());
		assertEquals("a/../b.txt", fds.get(5).nameRaw());
		assertEquals("/home/u/b.txt", fds.get(9).name(), "a dup of an unresolved fd resolves the same");
		assertEquals("a/../b.txt", fds.get(9).nameRaw());
		assertEquals("/srv/data/c", fds.get(6).name());
		assertEquals("c", fds.get(6).nameRaw());
	}

	@Test
	void nameChangedComparesNamesOnlyWhenAsked() throws Exception {
		watch("fd.name_changed");
		enter("openat", 100).p("dirfd", AT_FDCWD).p("name", "/etc/hosts").p("flags", O_RDONLY).feed(engine);
		exit("openat", 100).p("fd", 5).p("dirfd", AT_FDCWD).p("name", "/etc/hosts").p("flags", O_RDONLY).feed(engine);
		assertEquals("true", last(), "a new fd's name differs from none");
		enter("read", 100).p("fd", 5).p("size", 10).feed(engine);
		assertEquals("false", last(), "an unresolved name that nothing renamed is unchanged");
		exit("read", 100).p("res", 10).feed(engine);
		assertEquals("false", last());
	}

	private static FdEntry dir(long fd, String name) {
		FdEntry e = file(fd, name, O_RDONLY);
		e.type = FdType.DIRECTORY;
		return e;
	}

	@Test
	void dupAndFcntlCopyTheFdWithTheirOwnCloseOnExec() {
		LongObjectMap<FdInfo> fds = engine.fdTable(engine.thread(100));
		enter("dup", 100).p("fd", 3).feed(engine);
		exit("dup", 100).p("res", 9).p("oldfd", 3).feed(engine);
		assertEquals("/etc/hosts", fds.get(9).name());
		assertEquals(0, fds.get(9).openFlags & O_CLOEXEC, "a dup'd fd never inherits close-on-exec");

		enter("dup3", 100).p("fd", 4).feed(engine);
		exit("dup3", 100).p("res", 0).p("oldfd", 4).p("newfd", 0).p("flags", O_CLOEXEC).feed(engine);
		assertEquals("/var/log/app.log", fds.get(0).name(), "dup3 replaces the fd it lands on");
		assertTrue((fds.get(0).openFlags & O_CLOEXEC) != 0);
		assertTrue((engine.thread(100).flags & ThreadInfo.CL_PIPE_DST) != 0, "dup onto stdin marks a pipe reader");

		enter("fcntl", 100).p("fd", 4).p("cmd", 26).feed(engine);
		exit("fcntl", 100).p("res", 10).p("fd", 4).p("cmd", 26).feed(engine);
		assertEquals("/var/log/app.log", fds.get(10).name(), "F_DUPFD_CLOEXEC duplicates");
		assertTrue((fds.get(10).openFlags & O_CLOEXEC) != 0);

		enter("fcntl", 100).p("fd", 4).p("cmd", 4).feed(engine);
		exit("fcntl", 100).p("res", 0).p("fd", 4).p("cmd", 4).feed(engine);
		assertEquals("/var/log/app.log", fds.get(0).name(), "other fcntl commands change nothing");

		// After an exec, the close-on-exec copies are gone and the plain ones stay.
		enter("execve", 100).p("filename", "/bin/true").feed(engine);
		exit("execve", 100).p("res", 0).p("exe", "true").p("args", List.of()).p("tid", 100).p("pid", 100)
				.p("ptid", 1).p("comm", "true").feed(engine);
		assertNull(fds.get(0));
		assertNull(fds.get(10));
		assertNull(fds.get(3));
		assertNotNull(fds.get(9));
		assertNotNull(fds.get(4));
	}

	@Test
	void pipesAndSocketsGetTheirKinds() throws Exception {
		LongObjectMap<FdInfo> fds = engine.fdTable(engine.thread(100));
		enter("pipe", 100).feed(engine);
		exit("pipe", 100).p("res", 0).p("fd1", 11).p("fd2", 12).p("ino", 4242).feed(engine);
		assertEquals(FdType.FIFO, fds.get(11).type);
		assertEquals(4242, fds.get(12).ino);

		watch("fd.num", "fd.type", "fd.name", "fd.l4proto", "fd.sip", "fd.sport", "fd.cport", "fd.is_server",
				"fd.connected");
		enter("socket", 100).p("domain", SocketFormat.AF_INET).p("type", 1).p("proto", 0).feed(engine);
		exit("socket", 100).p("fd", 13).p("domain", SocketFormat.AF_INET).p("type", 1).p("proto", 0).feed(engine);
		assertEquals("13 ipv4  <NA> <NA> <NA> <NA> false false", last(), "no role yet: no protocol, no ends");

		byte[] dest = EventBuilder.sockaddr4(10, 0, 0, 1, 443);
		enter("connect", 100).p("fd", 13).raw("addr", dest).feed(engine);
		exit("connect", 100).p("res", 0)
				.raw("tuple", EventBuilder.tuple4(new int[] {192, 168, 1, 5}, 40000, new int[] {10, 0, 0, 1}, 443))
				.feed(engine);
		assertEquals("13 ipv4 192.168.1.5:40000->10.0.0.1:443 tcp 10.0.0.1 443 40000 false true", last());
		assertTrue(fds.get(13).isRoleClient());

		enter("socket", 100).p("domain", SocketFormat.AF_INET).p("type", 1).p("proto", 0).feed(engine);
		exit("socket", 100).p("fd", 14).p("domain", SocketFormat.AF_INET).p("type", 1).p("proto", 0).feed(engine);
		enter("bind", 100).p("fd", 14).feed(engine);
		exit("bind", 100).p("res", 0).raw("addr", EventBuilder.sockaddr4(0, 0, 0, 0, 8080)).feed(engine);
		assertEquals("14 ipv4 0.0.0.0:8080 tcp 0.0.0.0 8080 0 true false", last(), "bind makes a server socket");

		enter("accept4", 100).p("flags", 0).feed(engine);
		exit("accept4", 100).p("fd", 15)
				.raw("tuple", EventBuilder.tuple4(new int[] {10, 0, 0, 9}, 5555, new int[] {192, 168, 1, 5}, 8080))
				.feed(engine);
		assertEquals("15 ipv4 10.0.0.9:5555->192.168.1.5:8080 tcp 192.168.1.5 8080 5555 false true", last());
		assertTrue(fds.get(15).isRoleServer());
	}

	@Test
	void directoryAndIdentityChangesFollowTheCalls() throws Exception {
		ThreadInfo bash = engine.thread(100);
		enter("chdir", 100).feed(engine);
		exit("chdir", 100).p("res", 0).p("path", "../other/./dir").feed(engine);
		assertEquals("/home/other/dir/", engine.cwd(bash));
		engine.onFd(100, dir(20, "/tmp"));
		enter("fchdir", 100).p("fd", 20).feed(engine);
		exit("fchdir", 100).p("res", 0).feed(engine);
		assertEquals("/tmp/", engine.cwd(bash));
		enter("chdir", 100).feed(engine);
		exit("chdir", 100).p("res", -2).p("path", "/missing").feed(engine);
		assertEquals("/tmp/", engine.cwd(bash), "a failed chdir changes nothing");

		watch("user.uid", "user.name", "user.homedir", "proc.sid");
		enter("setuid", 100).p("uid", 0).feed(engine);
		exit("setuid", 100).p("res", 0).feed(engine);
		assertEquals("0 root /root 100", last(), "the uid comes from the enter event when the exit lacks it");
		enter("setsid", 100).feed(engine);
		exit("setsid", 100).p("res", 100).feed(engine);
		enter("setuid", 100).p("uid", 4242).feed(engine);
		exit("setuid", 100).p("res", 0).p("uid", 4242).feed(engine);
		assertEquals("4242 <NA> <NA> 100", last(), "a uid the user list does not know has no name");
		exit("setreuid", 100).p("res", 0).p("ruid", 7).p("euid", 1000).feed(engine);
		assertEquals("1000 u /home/u 100", last(), "setreuid: the effective uid counts");
		enter("setresuid", 100).p("ruid", 5).p("euid", 0).p("suid", 5).feed(engine);
		exit("setresuid", 100).p("res", 0).feed(engine);
		assertEquals("0 root /root 100", last(), "setresuid: the effective uid, from the enter event");
		enter("setresgid", 100).p("rgid", -1).p("egid", 1000).p("sgid", -1).feed(engine);
		exit("setresgid", 100).p("res", 0).feed(engine);
		assertEquals(1000, engine.thread(100).gid);
	}

	@Test
	void unknownThreadsGetPlaceholdersThatExecFillsIn() throws Exception {
		watch("thread.tid", "proc.name", "proc.pid", "proc.ppid");
		enter("read", 777).p("fd", 0).p("size", 1).feed(engine);
		assertEquals("777 <NA> 777 -1", last());
		enter("execve", 777).p("filename", "/usr/bin/env").feed(engine);
		exit("execve", 777).p("res", 0).p("exe", "env").p("args", List.of()).p("tid", 777).p("pid", 777)
				.p("ptid", 100).p("comm", "env").feed(engine);
		assertEquals("777 env 777 100", last());
	}

	/**
	 * A /proc tree with process 4242 ("cat /etc/shadow", cwd /srv, fd 3 on /etc/shadow) and its
	 * second thread 4243, as the kernel lays it out.
	 */
	private static Path fakeProc() throws IOException {
		Path proc = Files.createTempDirectory("falcoj-lookup-proc");
		Files.writeString(proc.resolve("stat"), "cpu  1 2 3\nbtime 1700000000\n");
		Path main = proc.resolve("4242");
		for (Path d : List.of(main, main.resolve("task").resolve("4243"))) {
			long tid = Long.parseLong(d.getFileName().toString());
			Files.createDirectories(d.resolve("fd"));
			Files.createDirectories(d.resolve("fdinfo"));
			Files.writeString(d.resolve("status"), "Name:\tcat\nTgid:\t4242\nPid:\t" + tid + "\nUid:\t0\t0\t0\t0\n"
					+ "Gid:\t0\t0\t0\t0\nNSpid:\t" + tid + "\nNStgid:\t4242\n");
			Files.writeString(d.resolve("stat"), tid + " (cat) R 100 4242 100 0 -1 0 0 0 0 0 0 0 0 0 20 0 2 0 500 0 0\n");
			Files.writeString(d.resolve("comm"), "cat\n");
			Files.write(d.resolve("cmdline"), "cat\0/etc/shadow\0".getBytes(StandardCharsets.UTF_8));
			Files.createSymbolicLink(d.resolve("exe"), Path.of("/usr/bin/cat"));
			Files.createSymbolicLink(d.resolve("cwd"), Path.of("/srv"));
			Files.createSymbolicLink(d.resolve("root"), Path.of("/"));
		}
		// the thread's own entry, which the kernel serves at /proc/TID though it is not listed
		Files.createSymbolicLink(proc.resolve("4243"), main.resolve("task").resolve("4243"));
		Files.createSymbolicLink(main.resolve("fd").resolve("3"), Path.of("/etc/shadow"));
		Files.writeString(main.resolve("fdinfo").resolve("3"), "pos:\t0\nflags:\t0100000\nmnt_id:\t1\nino:\t77\n");
		return proc;
	}

	@Test
	void liveAThreadNoEventIntroducedIsReadFromProc() throws Exception {
		Path proc = fakeProc();
		ProcScanner scanner = new ProcScanner(proc, proc);
		engine.setThreadLookup(scanner::lookup);
		watch("thread.tid", "proc.name", "proc.pid", "proc.ppid", "proc.cmdline", "proc.exepath", "fd.name");
		// The second thread of a process whose clone and exec the capture lost reads fd 3.
		exit("read", 4243).p("res", 10).raw("data", new byte[10]).p("fd", 3).p("size", 10).feed(engine);
		assertEquals("4243 cat 4242 100 cat /etc/shadow /usr/bin/cat /etc/shadow", last());
		assertEquals("/srv/", engine.cwd(engine.thread(4243)), "the process's cwd, shared by its threads");
		assertEquals(1, engine.threadLookups());
		// Its process is known now: its main thread is not read again.
		exit("read", 4242).p("res", 1).raw("data", new byte[1]).p("fd", 3).p("size", 1).feed(engine);
		assertEquals("4242 cat 4242 100 cat /etc/shadow /usr/bin/cat /etc/shadow", last());
		assertEquals(1, engine.threadLookups());
		// A thread that is gone gets a placeholder, as without a lookup.
		exit("read", 4299).p("res", 1).raw("data", new byte[1]).p("fd", 3).p("size", 1).feed(engine);
		assertEquals("<NA>", engine.thread(4299).comm);
		assertEquals(1, engine.threadLookupMisses());
	}

	@Test
	void withoutALookupAnUnknownThreadStaysAPlaceholder() throws Exception {
		watch("thread.tid", "proc.name", "proc.pid");
		exit("read", 4243).p("res", 10).raw("data", new byte[10]).p("fd", 3).p("size", 10).feed(engine);
		assertEquals("4243 <NA> 4243", last(), "a capture file's threads are not this machine's");
	}

	@Test
	void eventsThatDescribeTheirProcessAreNotLookedUp() throws Exception {
		int[] asked = {0};
		ProcScanner scanner = new ProcScanner(fakeProc(), Path.of("/etc"));
		engine.setThreadLookup((tid, known, into) -> {
			asked[0]++;
			return scanner.lookup(tid, known, into);
		});
		// a fork child's own clone exit, the usual first event of a thread, and an exec
		exit("clone", 4243).p("res", 0).p("exe", "/bin/bash").p("args", List.of()).p("tid", 4243).p("pid", 4243)
				.p("ptid", 100).p("comm", "bash").p("flags", 0).p("vtid", 4243).p("vpid", 4243).feed(engine);
		exit("execve", 4244).p("res", 0).p("exe", "env").p("args", List.of()).p("tid", 4244).p("pid", 4244)
				.p("ptid", 100).p("comm", "env").feed(engine);
		enter("procexit", 4245).feed(engine);
		assertEquals(0, asked[0]);
		assertEquals("bash", engine.thread(4243).comm, "the child as its clone exit describes it");
	}

	@Test
	void lookupsAreBoundedPerSecondOfEventTime() throws Exception {
		int[] asked = {0};
		engine.setThreadLookup((tid, known, into) -> {
			asked[0]++;
			return false;
		});
		for (int i = 0; i < 100; i++) {
			exit("read", 5000 + i).p("res", 1).raw("data", new byte[1]).p("fd", 0).p("size", 1).feed(engine);
		}
		assertEquals(64, asked[0], "a burst of unknown threads asks /proc a bounded number of times");
		assertEquals(100, engine.threadLookupMisses());
		ts += 1_000_000_000L;
		exit("read", 6000).p("res", 1).raw("data", new byte[1]).p("fd", 0).p("size", 1).feed(engine);
		assertEquals(65, asked[0], "and again in the next second");
	}

	@Test
	void liveTheRealProcOfThisProcessIsRead() throws Exception {
		long me = ProcessHandle.current().pid();
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(Path.of("/proc/self/status")), "needs Linux /proc");
		engine.setThreadLookup(new ProcScanner()::lookup);
		watch("proc.pid", "proc.exepath");
		exit("read", me).p("res", 1).raw("data", new byte[1]).p("fd", 0).p("size", 1).feed(engine);
		assertEquals(me + " " + Path.of("/proc/self/exe").toRealPath(), last());
	}

	@Test
	void aCloneByAnUnknownCallerTellsWhoTheCallerIs() {
		enter("clone", 900).feed(engine);
		exit("clone", 900).p("res", 901).p("exe", "/usr/bin/python3").p("args", List.of("app.py")).p("tid", 900)
				.p("pid", 900).p("ptid", 1).p("comm", "python3").p("flags", 0).p("vtid", 900).p("vpid", 900)
				.feed(engine);
		ThreadInfo caller = engine.thread(900);
		assertEquals(1, caller.ptid, "the made-up caller learns its parent from the event");
		assertEquals("python3", caller.comm, "and its program from the child's");
		assertEquals("app.py", caller.argsLine());
		assertEquals(900, engine.thread(901).ptid);
		assertEquals(0, engine.fdTable(engine.thread(901)).size(), "nothing known to inherit");
	}

	@Test
	void theTableIsBoundedAndDeadThreadsArePurged() {
		engine = new StateEngine(StateSettings.DEFAULT.withMaxThreads(4));
		engine.onProcess(process(1, 1, 0, "init", "/sbin/init", "/"));
		engine.onProcess(process(100, 100, 1, "bash", "/bin/bash", "/"));
		forkInCaller(100, 101, "a");
		forkInCaller(100, 102, "b");
		forkInCaller(100, 103, "c");
		assertEquals(4, engine.threadCount());
		assertNull(engine.thread(103), "no room: the new thread is dropped");
		assertEquals(1, engine.threadDrops());

		// A dead main thread kept for its threads is purged once they are gone, freeing room.
		enter("clone", 101).feed(engine);
		exit("clone", 101).p("res", 0).p("exe", "a").p("args", List.of()).p("tid", 101).p("pid", 101).p("ptid", 100)
				.p("comm", "a").p("flags", 0).feed(engine);
		enter("procexit", 102).feed(engine);
		forkInCaller(100, 104, "d");
		assertNotNull(engine.thread(104), "the exited thread's slot is reused");
	}

	@Test
	void silentThreadsArePurgedAfterTheTimeout() {
		engine = new StateEngine(new StateSettings(100, 5_000_000_000L, 1_000_000_000L));
		engine.onProcess(process(1, 1, 0, "init", "/sbin/init", "/"));
		engine.onProcess(process(100, 100, 1, "bash", "/bin/bash", "/"));
		enter("read", 100).p("fd", 0).p("size", 1).feed(engine);
		ts += 2_000_000_000L;
		enter("read", 1).p("fd", 0).p("size", 1).feed(engine);
		assertNotNull(engine.thread(100));
		for (int i = 0; i < 8; i++) {
			ts += 1_000_000_000L;
			enter("read", 1).p("fd", 0).p("size", 1).feed(engine);
		}
		assertNull(engine.thread(100), "silent for longer than the timeout");
		assertNotNull(engine.thread(1));
		assertEquals(1, engine.threadsPurged());
	}

	@Test
	void exitedParentsHandChildrenToTheReaper() throws Exception {
		forkInCaller(100, 101, "bash");
		enter("procexit", 100).p("reaper_tid", 1).feed(engine);
		assertEquals(1, engine.thread(101).ptid);
		watch("proc.pname");
		enter("read", 101).p("fd", 0).p("size", 1).feed(engine);
		assertEquals("init", last());
	}

	@Test
	void exitOnlyDriversAreFollowedFromTheExitParameters() throws Exception {
		// Current drivers may send no enter events: every exit carries what its parser needs.
		watch("fd.num", "fd.name");
		exit("openat", 100).p("fd", 6).p("dirfd", AT_FDCWD).p("name", "data.bin").p("flags", O_RDONLY).feed(engine);
		assertEquals("6 /home/u/data.bin", last());
		exit("read", 100).p("res", 4).p("fd", 6).p("size", 4).feed(engine);
		assertEquals("6 /home/u/data.bin", last(), "the read names its fd itself");
		exit("accept4", 100).p("fd", 7)
				.raw("tuple", EventBuilder.tuple4(new int[] {10, 0, 0, 9}, 5555, new int[] {10, 0, 0, 1}, 22))
				.p("flags", 0x80000).feed(engine);
		assertTrue((engine.fdTable(engine.thread(100)).get(7).openFlags & O_CLOEXEC) != 0, "SOCK_CLOEXEC");
		exit("splice", 100).p("res", 4).p("fd_in", 6).p("fd_out", 4).p("size", 4).feed(engine);
		assertEquals("6 /home/u/data.bin", last(), "the exit's parameter named as the enter's fd (fd_in)");
		exit("sendfile", 100).p("res", 4).p("out_fd", 4).p("in_fd", 6).p("size", 4).feed(engine);
		assertEquals("4 /var/log/app.log", last(), "sendfile's enter names out_fd first");
		exit("close", 100).p("res", 0).p("fd", 6).feed(engine);
		assertEquals("6 /home/u/data.bin", last());
		assertNull(engine.fdTable(engine.thread(100)).get(6));

		watch("fd.num", "fd.name", "fd.sip", "fd.cport");
		exit("socket", 100).p("fd", 13).p("domain", SocketFormat.AF_INET).p("type", 1).p("proto", 0).feed(engine);
		exit("connect", 100).p("res", 0)
				.raw("tuple", EventBuilder.tuple4(new int[] {192, 168, 1, 5}, 40000, new int[] {10, 0, 0, 1}, 443))
				.p("fd", 13).raw("addr", EventBuilder.sockaddr4(10, 0, 0, 1, 443)).feed(engine);
		assertEquals("13 192.168.1.5:40000->10.0.0.1:443 10.0.0.1 40000", last(), "connect without its enter event");
		exit("execve", 100).p("res", 0).p("exe", "sshd").p("args", List.of()).p("tid", 100).p("pid", 100).p("ptid", 1)
				.p("comm", "sshd").p("trusted_exepath", "/usr/sbin/sshd").feed(engine);
		assertEquals("/usr/sbin/sshd", engine.thread(100).exepath, "the exit's trusted exepath");
		assertNull(engine.fdTable(engine.thread(100)).get(7), "the accepted socket was close-on-exec");
	}

	@Test
	void containerEventsDescribeTheContainersThreadsAreIn() throws Exception {
		String id = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
		EventBuilder.enter("container").ts(ts++).p("json", "{\"container\":{\"id\":\"0123456789ab\",\"name\":\"web\","
				+ "\"image\":\"nginx:1.25\",\"imagerepo\":\"nginx\",\"imagetag\":\"1.25\",\"privileged\":true,"
				+ "\"type\":0,\"Mounts\":[{\"Source\":\"/srv\",\"Destination\":\"/data\",\"Mode\":\"ro\",\"RW\":false,"
				+ "\"Propagation\":\"rprivate\"}],\"labels\":{\"io.kubernetes.pod.name\":\"web-7d9\","
				+ "\"io.kubernetes.pod.namespace\":\"shop\",\"io.kubernetes.pod.uid\":\"u-1\",\"app\":\"web\"}}}")
				.feed(engine);
		enter("clone", 100).feed(engine);
		exit("clone", 100).p("res", 300).p("exe", "nginx").p("args", List.of()).p("tid", 100).p("pid", 100).p("ptid", 1)
				.p("comm", "nginx").p("cgroups", List.of("cpu=/docker/" + id)).p("flags", 0).p("vtid", 100)
				.p("vpid", 100).feed(engine);
		watch("container.id", "container.name", "container.image.repository", "container.type", "container.privileged",
				"container.mount.dest[0]", "container.mount.mode[/srv]", "fd.containername", "proc.name", "k8s.pod.name",
				"k8s.ns.name", "k8s.pod.label[app]", "k8s.pod.labels");
		enter("read", 300).p("fd", 4).p("size", 1).feed(engine);
		assertEquals("0123456789ab web nginx docker true /data ro 0123456789ab:/var/log/app.log nginx web-7d9 shop web "
				+ "app:web", last());
		enter("read", 100).p("fd", 4).p("size", 1).feed(engine);
		assertEquals("host host <NA> host <NA> <NA> <NA> :/var/log/app.log bash <NA> <NA> <NA> <NA>", last(),
				"outside containers");
	}

	@Test
	void k8sFieldsComeFromTheCriLabelsOfThePodsContainers() throws Exception {
		String id = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";
		EventBuilder.enter("container").ts(ts++).p("json", "{\"container\":{\"id\":\"fedcba987654\",\"type\":6,"
				+ "\"labels\":{\"io.kubernetes.pod.name\":\"web-7d4\",\"io.kubernetes.pod.namespace\":\"shop\","
				+ "\"io.kubernetes.pod.uid\":\"3f1c\",\"app\":\"web\"}}}").feed(engine);
		enter("clone", 100).feed(engine);
		exit("clone", 100).p("res", 300).p("exe", "nginx").p("args", List.of()).p("tid", 100).p("pid", 100).p("ptid", 1)
				.p("comm", "nginx").p("cgroups", List.of("cpu=/kubepods/besteffort/pod3f1c/" + id)).p("flags", 0)
				.p("vtid", 100).p("vpid", 100).feed(engine);
		watch("k8s.pod.name", "k8s.ns.name", "k8s.pod.uid", "k8s.pod.label[app]", "k8s.pod.labels", "k8s.deployment.name");
		enter("read", 300).p("fd", 4).p("size", 1).feed(engine);
		assertEquals("web-7d4 shop 3f1c web app:web <NA>", last());
		enter("read", 100).p("fd", 4).p("size", 1).feed(engine);
		assertEquals("<NA> <NA> <NA> <NA> <NA> <NA>", last(), "a host process is in no pod");
	}

	@Test
	void theEnterEventIsKeptWithoutAllocatingPerEvent() {
		ThreadInfo bash = engine.thread(100);
		enter("read", 100).p("fd", 4).p("size", 1).feed(engine);
		byte[] buffer = bash.lastEventBytes;
		for (int i = 0; i < 1000; i++) {
			enter("read", 100).p("fd", 4).p("size", i).feed(engine);
			exit("read", 100).p("res", 1).feed(engine);
		}
		assertSame(buffer, bash.lastEventBytes, "the copy of the enter event reuses one buffer");
		assertFalse(bash.lastEventValid, "an exit consumes its enter");
	}
}

package io.falcoj.cli;

import io.falcoj.field.syscall.ParamRenderer.BufferFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InspectMainTest {
	private static final Path SHARED = Path.of(System.getProperty("falcoj.root", "."), "..", "shared");

	record Result(int code, String out, String err) {
		String[] lines() {
			return out.isEmpty() ? new String[0] : out.split("\n");
		}
	}

	static Result run(String... args) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = InspectMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	static Path small() {
		Path p = SHARED.resolve("traces/qemu-small.scap");
		assumeTrue(Files.isReadable(p), "shared capture not found: " + p);
		return p;
	}

	@Test
	void optionsParseLikeSysdig() throws Exception {
		InspectMain.Options o = InspectMain.parse(new String[] {"-r", "f.scap", "-jA", "-n5", "--print=*%evt.num",
				"evt.type=open", "and", "proc.name=cat"});
		assertEquals(Path.of("f.scap"), o.read);
		assertTrue(o.json);
		assertEquals(BufferFormat.ASCII, o.buffers);
		assertEquals(5, o.maxEvents);
		assertEquals("*%evt.num", o.format);
		assertEquals("evt.type=open and proc.name=cat", o.filter);
	}

	@Test
	void badOptionsAreUsageErrors() {
		assertThrows(InspectMain.UsageException.class, () -> InspectMain.parse(new String[] {"-Q"}));
		assertThrows(InspectMain.UsageException.class, () -> InspectMain.parse(new String[] {"-n", "many"}));
		assertThrows(InspectMain.UsageException.class, () -> InspectMain.parse(new String[] {"-A", "-x"}));
		assertThrows(InspectMain.UsageException.class, () -> InspectMain.parse(new String[] {"-r"}));
		assertThrows(InspectMain.UsageException.class, () -> InspectMain.parse(new String[] {"--bogus"}));
	}

	@Test
	void missingFileAndBadFilterAreOneLineErrors() throws Exception {
		Result r = run("-r", "/nonexistent/capture.scap");
		assertEquals(1, r.code());
		assertEquals("can't open file /nonexistent/capture.scap\n", r.err());
		Result f = run("-r", small().toString(), "evt.type=nosuchevent");
		assertEquals(1, f.code());
		assertTrue(f.err().startsWith("filter error at position"), f.err());
		Result p = run("-r", small().toString(), "-p", "%proc.nosuchfield");
		assertEquals(1, p.code());
		assertTrue(p.err().startsWith("invalid formatting token proc.nosuchfield"), p.err());
	}

	@Test
	void truncatedCaptureEndsWithTheFormatErrorNotAStackTrace(@TempDir Path dir) throws Exception {
		byte[] all = Files.readAllBytes(small());
		Path cut = dir.resolve("cut.scap");
		Files.write(cut, Arrays.copyOf(all, all.length / 2 + 7));
		Result r = run("-r", cut.toString(), "-p", "%evt.num");
		assertEquals(1, r.code());
		assertTrue(r.err().contains("offset"), r.err());
		assertFalse(r.err().contains("\tat "), r.err());
		assertTrue(r.lines().length > 1000, "the events before the damage are printed");
	}

	@Test
	void defaultLinesAreSysdigs() throws Exception {
		Result r = run("-r", small().toString(), "-n", "3", "evt.type=openat and evt.dir=<");
		assertEquals(0, r.code(), r.err());
		// sysdig 0.29.3's lines for the same command
		assertEquals("301 10:07:53.580310160 1 init (116) < openat fd=3(<f>/proc/uptime) dirfd=-100(AT_FDCWD) "
				+ "name=/proc/uptime flags=1(O_RDONLY) mode=0 dev=14 ", r.lines()[0]);
		assertEquals("422 10:07:53.605428900 1 dash (118) < openat fd=-2(ENOENT) dirfd=-100(AT_FDCWD) "
				+ "name=/etc/ld.so.cache flags=4097(O_RDONLY|O_CLOEXEC) mode=0 dev=0 ", r.lines()[2]);
		assertEquals(3, r.lines().length);
	}

	@Test
	void buffersPrintDottedAndCutByDefault() throws Exception {
		Result r = run("-r", small().toString(), "-p", "%evt.num %evt.info", "evt.num in (646, 710)");
		assertEquals("646 res=832 data=.ELF..............>......t......@.......XT..........@.8...@.@.?.........@....... ",
				r.lines()[0]);
		assertEquals("710 res=47 data=root:$6$kvmlab$notarealhash:19000:0:99999:7:::. ", r.lines()[1]);
	}

	@Test
	void jsonHasSortedKeysTypedValuesAndNulls() throws Exception {
		Result r = run("-r", small().toString(), "-A", "-j", "-p", "*%proc.name %evt.type %evt.num %fd.name %evt.failed",
				"evt.num=594");
		assertEquals("{\"evt.failed\":false,\"evt.num\":594,\"evt.type\":\"brk\",\"fd.name\":null,\"proc.name\":\"cat\"}",
				r.out().strip());
	}

	@Test
	void formatWithoutStarSkipsEventsWithAbsentFields() throws Exception {
		Result all = run("-r", small().toString(), "-p", "*%evt.num %fd.name", "evt.num<=20");
		Result some = run("-r", small().toString(), "-p", "%evt.num %fd.name", "evt.num<=20");
		assertTrue(all.lines().length > some.lines().length);
		for (String line : some.lines()) {
			assertFalse(line.contains("<NA>"), line);
		}
	}

	@Test
	void listsFieldsAndEvents() throws Exception {
		Result l = run("-l");
		assertEquals(0, l.code());
		assertTrue(l.out().contains("\nevt.num                       event number. \n"), l.out().substring(0, 300));
		assertTrue(l.out().contains("\nproc.name "));
		Result e = run("-L");
		assertEquals(0, e.code());
		assertTrue(e.out().contains("> open(FSPATH name, FLAGS32 flags, UINT32 mode)\n"));
		assertTrue(e.out().contains("< read(ERRNO res, BYTEBUF data"));
	}
}

package io.falcoj.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Round trip against the reference: every sample capture is read and written again, and Debian's
 * sysdig prints the same thing for the copy as for the original, with its default output and with
 * a format of process, thread, user, group and fd fields that come from the metadata blocks.
 * tools/install-deps.sh installs sysdig; without it the test is skipped.
 */
class SysdigRoundTripTest {
	private static final String FORMAT = "*%evt.num %evt.time %evt.cpu %evt.type %evt.dir %proc.name %proc.exe "
			+ "%proc.exepath %proc.args %proc.cwd %proc.pid %proc.ppid %proc.sid %proc.vpgid %thread.vtid %proc.vpid "
			+ "%user.name %user.uid %user.homedir %user.shell %user.loginuid %group.name %fd.name %fd.type %fd.num "
			+ "%fd.sip %fd.cip %fd.sport %proc.env %container.id %evt.info";

	@TempDir
	Path tmp;

	@Test
	void sysdigPrintsTheSameForTheCopyAsForTheOriginal() throws Exception {
		String sysdig = findSysdig();
		assumeTrue(sysdig != null, "sysdig is not installed (tools/install-deps.sh installs it): skipping");
		long lines = 0;
		for (Path original : SharedTraces.all()) {
			Path copy = tmp.resolve(original.getFileName() + ".copy.scap");
			ScapCopier.copy(original, copy);
			String a = run(sysdig, "-r", original.toString());
			String b = run(sysdig, "-r", copy.toString());
			assertEquals(a, b, original + ": default output differs");
			String fa = run(sysdig, "-r", original.toString(), "-p", FORMAT);
			String fb = run(sysdig, "-r", copy.toString(), "-p", FORMAT);
			assertEquals(fa, fb, original + ": formatted output differs");
			lines += fa.lines().count();
		}
		// (sysdig shows none of empty.scap's events; the others have thousands between them.)
		assertTrue(lines > 1000, "sysdig printed only " + lines + " lines in all");
	}

	private static String findSysdig() {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path p = Path.of(dir, "sysdig");
			if (Files.isExecutable(p)) {
				return p.toString();
			}
		}
		return null;
	}

	private String run(String... cmd) throws IOException, InterruptedException {
		Path out = Files.createTempFile(tmp, "sysdig", ".out");
		List<String> command = new ArrayList<>(List.of(cmd));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
		if (!p.waitFor(120, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new AssertionError("sysdig did not finish: " + command);
		}
		assertEquals(0, p.exitValue(), "sysdig failed: " + command + "\n" + Files.readString(out));
		return Files.readString(out, StandardCharsets.ISO_8859_1);
	}
}

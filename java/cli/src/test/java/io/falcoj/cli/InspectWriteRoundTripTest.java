package io.falcoj.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Files written by falco-inspect -w read back in sysdig exactly as their source does. */
class InspectWriteRoundTripTest {
	@Test
	void sysdigReadsOurCopyAsItReadsTheSource(@TempDir Path dir) throws Exception {
		String sysdig = sysdig();
		List<Path> files = SysdigDifferentialTest.captures();
		assumeTrue(!files.isEmpty(), "no shared captures");
		for (Path src : files) {
			Path copy = dir.resolve(src.getFileName());
			assertEquals(0, InspectMainTest.run("-r", src.toString(), "-w", copy.toString()).code(), "writing " + src);
			String expected = output(sysdig, src.toString());
			assertEquals(expected, output(sysdig, copy.toString()), "sysdig's reading of our copy of " + src);
		}
	}

	@Test
	void aFilteredCopyHoldsExactlyTheEventsThatPass(@TempDir Path dir) throws Exception {
		String sysdig = sysdig();
		Path src = InspectMainTest.small();
		Path copy = dir.resolve("openat.scap");
		assertEquals(0, InspectMainTest.run("-r", src.toString(), "-w", copy.toString(), "evt.type=openat").code());
		String expected = output(sysdig, src.toString(), "-p", "%evt.rawtime %evt.type %evt.dir", "evt.type=openat");
		assertFalse(expected.isEmpty());
		assertEquals(expected, output(sysdig, copy.toString(), "-p", "%evt.rawtime %evt.type %evt.dir"));
	}

	private static String sysdig() throws Exception {
		SysdigDifferentialTest.findSysdig();
		return SysdigDifferentialTest.sysdig;
	}

	private static String output(String sysdig, String file, String... more) throws IOException, InterruptedException {
		List<String> cmd = new ArrayList<>(List.of(sysdig, "-r", file));
		cmd.addAll(List.of(more));
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		p.waitFor(5, TimeUnit.MINUTES);
		return out;
	}
}

package io.falcoj.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drivers' C header is generated from events.table by tools/event-table/gen_c_header.py. This
 * test generates it, compiles a small C program against it with -Werror, and checks that what the
 * program prints for every event (parameter count, large-payload flag, parameter type numbers) is
 * what the Java side reads from the same table: the numbering in the generator and in the Java
 * enums must agree. Skips when python3 or gcc is missing (tools/install-deps.sh installs both).
 */
class GeneratedCHeaderTest {
	private static final String DUMP = """
			#define FALCO_EVENT_TABLE_DEFINE
			#include "falco_event_table.h"
			#include <stdio.h>
			int main(void) {
				for (int i = 0; i < FALCO_EVENT_MAX; i++) {
					const struct falco_event_info *e = &falco_event_info[i];
					printf("%d %u %u", i, e->nparams, e->large);
					for (unsigned p = 0; p < e->nparams; p++)
						printf(" %u", e->types[p]);
					printf("\\n");
				}
				printf("sc %d %d %d\\n", (int)FALCO_SC_MAX, (int)FALCO_SC_OPEN, (int)FALCO_SC_CLONE3);
				printf("open %d o_cloexec %u\\n", FALCO_EVT_OPEN_X, FALCO_FILE_FLAGS_O_CLOEXEC);
				return 0;
			}
			""";

	@TempDir
	Path tmp;

	@Test
	void generatedHeaderMatchesTheJavaTable() throws Exception {
		String python = which("python3");
		String gcc = which("gcc");
		assumeTrue(python != null && gcc != null, "python3 or gcc missing: skipping the C header check");
		Path root = Path.of(System.getProperty("falcoj.root", "."));
		Path generator = root.resolve("tools/event-table/gen_c_header.py");
		assumeTrue(Files.isRegularFile(generator), generator + " not found: skipping");
		Path header = tmp.resolve("falco_event_table.h");
		run(List.of(python, generator.toString(), "--out", header.toString()), tmp.resolve("gen.out"));
		Files.writeString(tmp.resolve("dump.c"), DUMP);
		run(List.of(gcc, "-std=gnu11", "-Wall", "-Wextra", "-Werror", "-o", tmp.resolve("dump").toString(),
				tmp.resolve("dump.c").toString()), tmp.resolve("gcc.out"));
		Path out = tmp.resolve("dump.out");
		run(List.of(tmp.resolve("dump").toString()), out);
		List<String> lines = Files.readAllLines(out);
		EventTable table = EventTable.get();
		assertEquals(table.size() + 2, lines.size());
		for (int code = 0; code < table.size(); code++) {
			EventInfo e = table.event(code);
			StringBuilder expected = new StringBuilder();
			expected.append(code).append(' ').append(e.params().size()).append(' ')
					.append(e.hasFlag(EventFlags.LARGE_PAYLOAD) ? 1 : 0);
			for (ParamInfo p : e.params()) {
				expected.append(' ').append(p.type().code);
			}
			assertEquals(expected.toString(), lines.get(code));
		}
		assertEquals("sc " + table.syscallCount() + " 5 328", lines.get(table.size()));
		assertEquals("open 3 o_cloexec 4096", lines.get(table.size() + 1));
	}

	private static String which(String tool) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			Path p = Path.of(dir, tool);
			if (Files.isExecutable(p)) {
				return p.toString();
			}
		}
		return null;
	}

	private void run(List<String> cmd, Path output) throws Exception {
		Process p = new ProcessBuilder(new ArrayList<>(cmd)).directory(tmp.toFile()).redirectOutput(output.toFile())
				.redirectError(ProcessBuilder.Redirect.appendTo(tmp.resolve("stderr").toFile())).start();
		if (!p.waitFor(60, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new AssertionError("timed out: " + cmd);
		}
		assertEquals(0, p.exitValue(), cmd + " failed: " + Files.readString(tmp.resolve("stderr")));
	}
}

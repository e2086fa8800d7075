package io.falcoj.cli;

import io.falcoj.json.Json;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every stock rules file of the Falco project (shared/rules-upstream) validates with
 * {@code falco -V FILE} without errors, as the acceptance asks; the warnings are listed
 * in the test output.
 */
class UpstreamRulesValidationTest {
	private static Path upstream() {
		return Path.of(System.getProperty("falcoj.root", "."), "..", "shared", "rules-upstream");
	}

	@TestFactory
	Stream<DynamicTest> everyUpstreamRulesFileValidates() throws IOException {
		Path dir = upstream();
		assumeTrue(Files.isDirectory(dir), "shared/rules-upstream not present beside the checkout: " + dir);
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
		}
		return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> validate(f)));
	}

	@SuppressWarnings("unchecked")
	private static void validate(Path file) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Path conf = Files.createTempFile("falco", ".yaml");
		try {
			Files.writeString(conf, "log_stderr: false\nlog_syslog: false\n");
			int rc = new FalcoMain(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
					.run(new String[] {"-c", conf.toString(), "-V", file.toString(), "-o", "json_output=true"});
			String text = out.toString(StandardCharsets.UTF_8);
			Map<String, Object> doc = (Map<String, Object>) Json.parse(text);
			for (Object r : (List<Object>) doc.get("falco_load_results")) {
				List<Object> warnings = (List<Object>) Json.get(r, "warnings");
				System.out.println(file.getFileName() + ": " + warnings.size() + " warning(s)");
				for (Object w : warnings) {
					System.out.println("   " + Json.get(w, "code") + " " + Json.get(w, "context", "item_type") + " '"
							+ Json.get(w, "context", "item_name") + "': " + Json.get(w, "message"));
				}
				assertEquals(List.of(), Json.get(r, "errors"), file + " has errors");
			}
			assertEquals(0, rc, text + err.toString(StandardCharsets.UTF_8));
		} finally {
			Files.deleteIfExists(conf);
		}
	}
}

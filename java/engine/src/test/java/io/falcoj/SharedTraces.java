package io.falcoj;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The captures in {@code ../shared/traces} beside the checkout (read-only test data, never copied
 * into the repository): a test that needs one skips, saying why, when it is not there.
 */
public final class SharedTraces {
	private SharedTraces() {
	}

	/** {@code shared/traces/NAME}; the calling test is skipped when it cannot be read. */
	public static Path require(String name) {
		Path trace = Path.of(System.getProperty("falcoj.root", "."), "..", "shared", "traces", name).normalize();
		Assumptions.assumeTrue(Files.isReadable(trace), "shared capture not present: " + trace);
		return trace;
	}
}

package io.falcoj.capture;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The sample captures under ../shared (read-only test data); tests skip when it is absent. */
final class SharedTraces {
	private SharedTraces() {
	}

	static Path sharedDir() {
		String root = System.getProperty("falcoj.root", ".");
		return Path.of(root).resolve("../shared").normalize();
	}

	/** Every .scap of shared/traces and shared/compat/trace_files, skipping the test when there are none. */
	static List<Path> all() {
		List<Path> files = new ArrayList<>();
		for (String dir : List.of("traces", "compat/trace_files")) {
			Path d = sharedDir().resolve(dir);
			if (Files.isDirectory(d)) {
				try (Stream<Path> s = Files.list(d)) {
					s.filter(p -> p.toString().endsWith(".scap")).sorted().forEach(files::add);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			}
		}
		assumeTrue(!files.isEmpty(), "no sample captures under " + sharedDir() + ": skipping");
		return files;
	}

	static Path file(String relative) {
		Path p = sharedDir().resolve(relative);
		assumeTrue(Files.isRegularFile(p), p + " is absent: skipping");
		return p;
	}

	/** The file's bytes, gunzipped when compressed. */
	static byte[] uncompressed(Path p) throws IOException {
		byte[] raw = Files.readAllBytes(p);
		if (raw.length > 1 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b) {
			try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
				return in.readAllBytes();
			}
		}
		return raw;
	}
}

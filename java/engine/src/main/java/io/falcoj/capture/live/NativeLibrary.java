package io.falcoj.capture.live;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and loads a native capture library without -Djava.library.path, in this order: the
 * directory named by the {@code falcoj.native.dir} property or {@code FALCOJ_NATIVE_DIR}; the
 * CMake build tree ({@code build/...}) of the source checkout this code was loaded from (fresher
 * than any packaged copy while developing); a copy packaged in the jar under
 * {@code /native/linux-x86_64/} (extracted to a temporary file); the system library path (where a
 * package installs it, e.g. /usr/lib/x86_64-linux-gnu/jni).
 */
final class NativeLibrary {
	private NativeLibrary() {
	}

	/** Loads lib{name}.so, whose CMake output lies in one of {@code buildDirs} (relative to the checkout). */
	static void load(String name, String... buildDirs) {
		String file = "lib" + name + ".so";
		List<Path> tried = new ArrayList<>();
		String dir = System.getProperty("falcoj.native.dir", System.getenv("FALCOJ_NATIVE_DIR"));
		if (dir != null && tryLoad(Path.of(dir, file), tried)) {
			return;
		}
		for (Path root = codeSourceDir(); root != null; root = root.getParent()) {
			for (String b : buildDirs) {
				if (tryLoad(root.resolve(b).resolve(file), tried)) {
					return;
				}
			}
		}
		if (loadFromJar(file, tried)) {
			return;
		}
		try {
			System.loadLibrary(name);
		} catch (UnsatisfiedLinkError e) {
			throw new DriverUnavailableException(file + " was not found (looked at " + tried
					+ " and java.library.path); build it with: cmake -S libscap-jni/ebpf -B build/ebpf && cmake --build build/ebpf",
					e);
		}
	}

	private static boolean tryLoad(Path p, List<Path> tried) {
		tried.add(p);
		if (!Files.isRegularFile(p)) {
			return false;
		}
		System.load(p.toAbsolutePath().toString());
		return true;
	}

	private static boolean loadFromJar(String file, List<Path> tried) {
		try (InputStream in = NativeLibrary.class.getResourceAsStream("/native/linux-x86_64/" + file)) {
			if (in == null) {
				return false;
			}
			Path tmp = Files.createTempFile("falcoj-", "-" + file);
			tmp.toFile().deleteOnExit();
			Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
			return tryLoad(tmp, tried);
		} catch (IOException e) {
			throw new DriverUnavailableException("cannot extract " + file + " from the jar: " + e.getMessage(), e);
		}
	}

	private static Path codeSourceDir() {
		try {
			var src = NativeLibrary.class.getProtectionDomain().getCodeSource();
			return src == null ? null : Path.of(src.getLocation().toURI()).toAbsolutePath();
		} catch (URISyntaxException | SecurityException e) {
			return null;
		}
	}
}

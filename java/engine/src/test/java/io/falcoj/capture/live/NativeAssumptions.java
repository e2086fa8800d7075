package io.falcoj.capture.live;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Assumptions;

/** Skips a test, with the reason, where the native eBPF library or the kernel support is missing. */
final class NativeAssumptions {
	private NativeAssumptions() {
	}

	static void nativeLibrary() {
		try {
			EbpfNative.syscallTable();
		} catch (DriverUnavailableException | UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
			Assumptions.abort("native eBPF library not built (cmake -S libscap-jni/ebpf -B build/ebpf && cmake --build build/ebpf): "
					+ e.getMessage());
		}
	}

	static EbpfDriver driver() {
		return driver(EbpfDriver.DEFAULT_HOOKS);
	}

	static EbpfDriver driver(EbpfDriver.Hooks hooks) {
		nativeLibrary();
		assumeTrue("root".equals(System.getProperty("user.name")), "live eBPF capture needs root");
		try {
			return EbpfDriver.open(1 << 22, false, false, hooks);
		} catch (DriverUnavailableException e) {
			Assumptions.abort("eBPF unavailable here: " + e.getMessage());
			return null;
		}
	}
}

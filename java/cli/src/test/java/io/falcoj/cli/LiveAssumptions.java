package io.falcoj.cli;

import io.falcoj.capture.live.DriverUnavailableException;
import io.falcoj.capture.live.EbpfDriver;
import org.junit.jupiter.api.Assumptions;

/** Skips a live test, with the reason, where the eBPF probe cannot run: not root, library not built, no BPF. */
final class LiveAssumptions {
	private LiveAssumptions() {
	}

	static void liveCaptureWorks() {
		Assumptions.assumeTrue("root".equals(System.getProperty("user.name")), "live capture needs root");
		try {
			EbpfDriver.open(1 << 20, false).close();
		} catch (DriverUnavailableException | UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
			Assumptions.abort("modern eBPF unavailable here: " + e.getMessage());
		}
	}
}

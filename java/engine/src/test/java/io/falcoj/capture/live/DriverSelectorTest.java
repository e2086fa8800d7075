package io.falcoj.capture.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class DriverSelectorTest {
	private final List<String> log = new ArrayList<>();

	@Test
	void unknownKindSaysWhatIsAccepted() {
		var e = assertThrows(DriverUnavailableException.class, () -> new DriverSelector(1 << 20, log::add).open("ebpf"));
		assertTrue(e.getMessage().contains("unknown engine.kind 'ebpf'"), e.getMessage());
		assertTrue(e.getMessage().contains("modern_ebpf"), e.getMessage());
	}

	@Test
	void replayIsNotALiveDriver() {
		var e = assertThrows(DriverUnavailableException.class, () -> new DriverSelector(1 << 20, log::add).open("replay"));
		assertTrue(e.getMessage().contains("-e FILE"), e.getMessage());
	}

	@Test
	void kmodWithoutTheModuleSaysWhy() {
		Assumptions.assumeFalse(Files.exists(Path.of("/dev/falco0")), "the module is loaded here");
		var e = assertThrows(DriverUnavailableException.class, () -> new DriverSelector(1 << 20, log::add).open("kmod"));
		assertTrue(e.getMessage().startsWith("the kernel module driver could not start: "), e.getMessage());
		// without the JNI library built that is the reason; with it, the missing devices
		assertTrue(e.getMessage().contains("libfalcoj_kmod.so") || e.getMessage().contains("no /dev/falco<N> device"),
				e.getMessage());
	}

	@Test
	void autoTriesTheModuleWhenItsDeviceIsThereAndSaysWhyItFellBack() throws Exception {
		Assumptions.assumeFalse(Files.exists(Path.of("/dev/falco0")), "the module is loaded here");
		NativeAssumptions.driver().close();
		Path devices = Files.createTempDirectory("falcoj-dev");
		Files.createFile(devices.resolve("falco0"));
		try (LiveDriver d = new DriverSelector(devices, 1 << 20, log::add).open("auto")) {
			assertEquals("modern_ebpf", d.kind());
			// the module's driver was tried (and failed on /dev/falco0), not skipped for want of a device
			assertTrue(log.get(0).startsWith("kernel module not used (the kernel module driver could not start: "), log.toString());
		} finally {
			Files.delete(devices.resolve("falco0"));
			Files.delete(devices);
		}
	}

	@Test
	void kmodDriverNamesTheMissingDevices() {
		try {
			var e = assertThrows(DriverUnavailableException.class, () -> KmodDriver.open("/nonexistent/falco"));
			assertTrue(e.getMessage().contains("libfalcoj_kmod.so") || e.getMessage().contains("no /nonexistent/falco<N> device"),
					e.getMessage());
		} catch (NoClassDefFoundError e) {
			Assumptions.abort("libfalcoj_kmod.so not built: " + e);
		}
	}

	@Test
	void autoFallsBackToEbpfWithoutTheModuleAndSaysWhich() throws Exception {
		NativeAssumptions.driver().close();
		Path noDevices = Files.createTempDirectory("falcoj-dev");
		try (LiveDriver d = new DriverSelector(noDevices, 1 << 20, log::add).open("auto")) {
			assertEquals("modern_ebpf", d.kind());
			assertTrue(log.get(0).startsWith("kernel module not used"), log.toString());
			assertTrue(log.get(log.size() - 1).startsWith("live capture with the modern eBPF probe"), log.toString());
		} finally {
			Files.delete(noDevices);
		}
	}
}

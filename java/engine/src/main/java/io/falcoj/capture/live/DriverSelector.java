package io.falcoj.capture.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Picks the live driver named by {@code engine.kind}: {@code kmod}, {@code modern_ebpf}, or
 * {@code auto} (the default): the kernel module when /dev/falco0 exists or {@code modprobe falco}
 * succeeds, else the modern eBPF probe. {@code replay} is not a live driver (it reads a capture
 * file, -e). Says which driver runs through {@code log}; when none can start, the exception says
 * why for each one tried. The eBPF probe is opened for exit events only (each carries its enter
 * event's parameters); the kernel module sends both.
 */
public final class DriverSelector {
	public static final String KMOD = "kmod";
	public static final String MODERN_EBPF = "modern_ebpf";
	public static final String REPLAY = "replay";
	public static final String AUTO = "auto";

	private final Path devices;
	private final int ringBytes;
	private final Consumer<String> log;
	private EbpfDriver.Hooks hooks = EbpfDriver.DEFAULT_HOOKS;

	public DriverSelector(int ringBytes, Consumer<String> log) {
		this(Path.of("/dev"), ringBytes, log);
	}

	/** The syscall exit hooks of the modern eBPF probe. */
	public DriverSelector withEbpfHooks(EbpfDriver.Hooks hooks) {
		this.hooks = hooks;
		return this;
	}

	DriverSelector(Path devices, int ringBytes, Consumer<String> log) {
		this.devices = devices;
		this.ringBytes = ringBytes;
		this.log = log;
	}

	public LiveDriver open(String kind) {
		String k = kind == null || kind.isBlank() ? AUTO : kind.trim().toLowerCase(Locale.ROOT);
		switch (k) {
		case MODERN_EBPF:
			return announce(EbpfDriver.open(ringBytes, false, false, hooks));
		case KMOD:
			return announce(openKmod());
		case REPLAY:
			throw new DriverUnavailableException(
					"engine.kind=replay reads a capture file: give one with -e FILE (or set engine.kind to auto, kmod or modern_ebpf for live capture)");
		case AUTO:
			return announce(auto());
		default:
			throw new DriverUnavailableException(
					"unknown engine.kind '" + kind + "': use one of auto, kmod, modern_ebpf, replay");
		}
	}

	private LiveDriver auto() {
		String kmodWhy;
		if (Files.exists(devices.resolve("falco0")) || modprobe()) {
			try {
				return openKmod();
			} catch (DriverUnavailableException e) {
				kmodWhy = e.getMessage();
			}
		} else {
			kmodWhy = "no " + devices.resolve("falco0") + " and 'modprobe falco' failed";
		}
		log.accept("kernel module not used (" + kmodWhy + "); trying the modern eBPF probe");
		try {
			return EbpfDriver.open(ringBytes, false, false, hooks);
		} catch (DriverUnavailableException | UnsatisfiedLinkError e) {
			throw new DriverUnavailableException("no live driver could start: kernel module: " + kmodWhy
					+ "; modern eBPF: " + e.getMessage(), e);
		}
	}

	/** The kernel module driver; any failure of it is a reason to try the next driver. */
	private LiveDriver openKmod() {
		try {
			return KmodDriver.open(null);
		} catch (RuntimeException e) {
			throw new DriverUnavailableException("the kernel module driver could not start: " + e.getMessage(), e);
		}
	}

	private static boolean modprobe() {
		try {
			Process p = new ProcessBuilder("modprobe", "falco").redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
		} catch (Exception e) {
			return false;
		}
	}

	private LiveDriver announce(LiveDriver d) {
		log.accept("live capture with the " + d.description());
		return d;
	}
}

package io.falcoj.capture.live;

import java.nio.ByteBuffer;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

/**
 * The kernel module driver (kmod/, falco.ko): one ring per CPU on /dev/falco&lt;N&gt;, opened and
 * mapped by libfalcoj_kmod.so (the C core of libscap-jni), read here in place. Enter and exit
 * events of every syscall the module is told to capture (kernel-side filtering by the rules'
 * syscalls), plus process lifecycle events. The ring size is the module's (parameter
 * data_size_kb, read from each ring's info page), not the daemon's.
 */
public final class KmodDriver implements LiveDriver {
	/** Longest pause between two looks at empty rings (the module has no wakeup; Falco's reader sleeps up to 30 ms). */
	private static final long MAX_NAP_NANOS = 5_000_000L;
	private static final long MIN_NAP_NANOS = 100_000L;

	private final long handle;
	private final KmodRing[] rings;
	private long nap = MIN_NAP_NANOS;
	private boolean selfIgnored;
	private volatile boolean closed;

	private KmodDriver(long handle) {
		this.handle = handle;
		int n = KmodNative.ringCount(handle);
		this.rings = new KmodRing[n];
		for (int i = 0; i < n; i++) {
			ByteBuffer info = KmodNative.infoPage(handle, i);
			ByteBuffer data = KmodNative.dataArea(handle, i);
			rings[i] = new KmodRing(KmodNative.ringCpu(handle, i), info, data);
		}
	}

	/**
	 * Opens the devices {@code prefix}N of every CPU (null: /dev/falco&lt;N&gt;; the module must be
	 * loaded), e.g. where a test bed names them otherwise. Called by {@link DriverSelector}.
	 */
	public static KmodDriver open(String prefix) {
		if (!System.getProperty("os.name", "").startsWith("Linux")) {
			throw new DriverUnavailableException("the kernel module driver needs Linux");
		}
		long h;
		try {
			h = KmodNative.open(prefix);
		} catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
			Throwable why = e instanceof ExceptionInInitializerError && e.getCause() != null ? e.getCause() : e;
			String m = String.valueOf(why.getMessage());
			int hint = m.indexOf("; build it with"); // NativeLibrary's hint names the eBPF build
			throw new DriverUnavailableException("libfalcoj_kmod.so could not be loaded (" + (hint > 0 ? m.substring(0, hint) : m)
					+ "); build it with: cmake -S . -B build/native && cmake --build build/native --target falcoj_kmod", e);
		}
		try {
			long[] v = KmodNative.versions(h);
			long ours = KmodNative.schemaHash();
			if (v[2] != ours) {
				throw new DriverUnavailableException(String.format(
						"falco.ko writes events of another event table (schema %016x, this build reads %016x): rebuild and reload the module",
						v[2], ours));
			}
			KmodDriver d = new KmodDriver(h);
			// the daemon's own system calls (reading its jars, writing alerts) stay out of the stream
			d.selfIgnored = KmodNative.ignoreSelf(h, true);
			return d;
		} catch (RuntimeException e) {
			KmodNative.close(h);
			throw e;
		}
	}

	@Override
	public String kind() {
		return DriverSelector.KMOD;
	}

	@Override
	public String description() {
		long size = rings.length > 0 ? rings[0].dataSize() : 0;
		return "kernel module falco.ko (" + rings.length + " CPU rings of " + (size >> 20) + " MiB, enter and exit events"
				+ (selfIgnored ? ")" : "; this module version reports the daemon's own events too)");
	}

	@Override
	public LiveRing[] rings() {
		return rings.clone();
	}

	/** The module's syscall set: only these (x86_64 numbers) produce events; null: every syscall. */
	@Override
	public void setSyscalls(Set<Integer> nativeSyscalls) {
		int[] nrs = nativeSyscalls == null ? new int[0]
				: nativeSyscalls.stream().mapToInt(Integer::intValue).filter(nr -> nr >= 0 && nr < SyscallTable.MAX_SYSCALLS)
						.toArray();
		KmodNative.setSyscalls(handle, nrs);
	}

	/** Bytes of I/O data kept per read/write/send/recv event (the module's default is 80). */
	public void setSnaplen(int snaplen) {
		if (snaplen < 0 || snaplen > 65000) {
			throw new IllegalArgumentException("snaplen must be between 0 and 65000, not " + snaplen);
		}
		KmodNative.setSnaplen(handle, snaplen);
	}

	@Override
	public void start() {
		KmodNative.start(handle);
	}

	@Override
	public void stop() {
		KmodNative.stop(handle);
	}

	/**
	 * The module has no wakeup (nothing to poll): when every ring is empty this naps, a little
	 * longer each time the rings stay empty (0.1 ms doubling up to 5 ms), so a busy system is
	 * read promptly and an idle one costs few wakeups.
	 */
	@Override
	public void awaitData(int timeoutMs) {
		long deadline = System.nanoTime() + timeoutMs * 1_000_000L;
		for (;;) {
			for (KmodRing r : rings) {
				if (r.unread() > 0) {
					nap = MIN_NAP_NANOS;
					return;
				}
			}
			long left = deadline - System.nanoTime();
			if (left <= 0 || closed) {
				return;
			}
			LockSupport.parkNanos(Math.min(nap, left));
			nap = Math.min(nap * 2, MAX_NAP_NANOS);
		}
	}

	/** The info pages' counters, read in place (no system call). */
	@Override
	public synchronized DriverStats stats() {
		int n = rings.length;
		long[] ev = new long[n], full = new long[n], big = new long[n], wk = new long[n];
		if (!closed) {
			for (int i = 0; i < n; i++) {
				KmodRing r = rings[i];
				ev[i] = r.counter(KmodRing.OFF_N_EVTS);
				full[i] = r.counter(KmodRing.OFF_N_DROPS_BUFFER) + r.counter(KmodRing.OFF_N_DROPS_PF)
						+ r.counter(KmodRing.OFF_N_DROPS_NESTED);
				big[i] = r.counter(KmodRing.OFF_N_DROPS_OVERSIZE);
			}
		}
		return new DriverStats(ev, full, big, wk);
	}

	@Override
	public synchronized void close() {
		if (!closed) {
			closed = true;
			KmodNative.close(handle);
		}
	}
}

package io.falcoj.capture.live;

import java.nio.ByteBuffer;
import java.util.Set;

/**
 * The modern eBPF driver (bpf/, libscap-jni/ebpf/): CO-RE programs on the raw_syscalls and sched
 * tracepoints writing libscap events into one BPF ringbuf per CPU, read here in place.
 */
public final class EbpfDriver implements LiveDriver {
	/** Default ring size per CPU (8 MiB, like Falco's modern probe default). */
	public static final int DEFAULT_RING_BYTES = 8 * 1024 * 1024;

	private final long handle;
	private final EbpfRing[] rings;
	private volatile String attach;
	private final boolean enterEvents;
	private volatile boolean closed;

	private EbpfDriver(long handle, int pageSize, boolean enterEvents) {
		this.handle = handle;
		this.enterEvents = enterEvents;
		int n = EbpfNative.ringCount(handle);
		this.rings = new EbpfRing[n];
		for (int i = 0; i < n; i++) {
			ByteBuffer consumer = EbpfNative.consumerPage(handle, i);
			ByteBuffer producer = EbpfNative.producerArea(handle, i);
			rings[i] = new EbpfRing(i, consumer, producer, pageSize);
		}
		this.attach = EbpfNative.attachKind(handle);
	}

	/** How the probe sees syscall exits. */
	public enum Hooks {
		/**
		 * One program on raw_syscalls:sys_exit: every syscall of the machine runs it (and an
		 * uninteresting one returns after the bitmap test); cheaper per captured syscall.
		 */
		RAW_SYSCALLS,
		/**
		 * The program on syscalls:sys_exit_NAME of each captured syscall only: the others cost a
		 * bitmap test in the kernel's syscall tracing path, nothing more; each captured one
		 * costs more. Falls back to raw_syscalls when a captured syscall has no tracepoint, or
		 * when enter events are asked for.
		 */
		SYSCALL_TRACEPOINTS
	}

	/** The default hooks: most syscalls of a real machine are ones no rule asks for. */
	public static final Hooks DEFAULT_HOOKS = Hooks.SYSCALL_TRACEPOINTS;

	/** Loads and attaches the probe with exit events only (the current schema). */
	public static EbpfDriver open(int ringBytes, boolean allSyscalls) {
		return open(ringBytes, allSyscalls, false, DEFAULT_HOOKS);
	}

	/**
	 * Loads and attaches the probe, excluding this process's own events. {@code allSyscalls}
	 * reports every syscall (generic events for those without a pair of their own);
	 * {@code enterEvents} adds the enter events (for consumers that pair exits with enters).
	 */
	public static EbpfDriver open(int ringBytes, boolean allSyscalls, boolean enterEvents) {
		return open(ringBytes, allSyscalls, enterEvents, DEFAULT_HOOKS);
	}

	/** As {@link #open(int, boolean, boolean)}, with the given syscall exit hooks. */
	public static EbpfDriver open(int ringBytes, boolean allSyscalls, boolean enterEvents, Hooks hooks) {
		if (!System.getProperty("os.name", "").startsWith("Linux")) {
			throw new DriverUnavailableException("the modern eBPF driver needs Linux");
		}
		if (!"amd64".equals(System.getProperty("os.arch")) && !"x86_64".equals(System.getProperty("os.arch"))) {
			throw new DriverUnavailableException("the modern eBPF driver is built for x86_64 only");
		}
		int own = (int) ProcessHandle.current().pid();
		long h = EbpfNative.open(ringBytes, ringBytes / 8, own, allSyscalls, enterEvents,
				hooks == Hooks.SYSCALL_TRACEPOINTS);
		try {
			return new EbpfDriver(h, 4096, enterEvents);
		} catch (RuntimeException e) {
			EbpfNative.close(h);
			throw e;
		}
	}

	@Override
	public String kind() {
		return "modern_ebpf";
	}

	@Override
	public String description() {
		return "modern eBPF probe (" + attach + " hooks, " + rings.length + " CPU rings, "
				+ (enterEvents ? "enter and exit events)" : "exit events)");
	}

	@Override
	public LiveRing[] rings() {
		return rings.clone();
	}

	@Override
	public void setSyscalls(Set<Integer> nativeSyscalls) {
		byte[] bitmap = new byte[SyscallTable.MAX_SYSCALLS];
		if (nativeSyscalls == null) {
			for (SyscallTable.Entry e : SyscallTable.get().entries()) {
				if (e.hasOwnEvents()) {
					bitmap[e.nr()] = 1;
				}
			}
		} else {
			for (int nr : nativeSyscalls) {
				if (nr >= 0 && nr < bitmap.length) {
					bitmap[nr] = 1;
				}
			}
		}
		EbpfNative.setInteresting(handle, bitmap);
		attach = EbpfNative.attachKind(handle);
	}

	@Override
	public void start() {
		EbpfNative.start(handle);
	}

	@Override
	public void stop() {
		EbpfNative.stop(handle);
	}

	@Override
	public void awaitData(int timeoutMs) {
		EbpfNative.await(handle, timeoutMs);
	}

	@Override
	public DriverStats stats() {
		long[] s = EbpfNative.stats(handle);
		int n = s.length / 4;
		long[] ev = new long[n], full = new long[n], big = new long[n], wk = new long[n];
		for (int i = 0; i < n; i++) {
			ev[i] = s[4 * i];
			full[i] = s[4 * i + 1];
			big[i] = s[4 * i + 2];
			wk[i] = s[4 * i + 3];
		}
		return new DriverStats(ev, full, big, wk);
	}

	@Override
	public synchronized void close() {
		if (!closed) {
			closed = true;
			EbpfNative.close(handle);
		}
	}
}

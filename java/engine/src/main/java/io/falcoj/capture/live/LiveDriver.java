package io.falcoj.capture.live;

import java.util.Set;

/**
 * A kernel driver producing events in the libscap layout into per-CPU rings (the kernel module
 * or the modern eBPF probe). The capture thread owns it: rings are read on that thread only;
 * {@link #stats()} may be called from any thread.
 */
public interface LiveDriver extends AutoCloseable {
	/** "kmod" or "modern_ebpf", as engine.kind names it. */
	String kind();

	/** A line for the operator: which driver, which hooks, how many CPUs. */
	String description();

	LiveRing[] rings();

	/** Limits capture to these native syscalls (null: the driver's defaults). */
	void setSyscalls(Set<Integer> nativeSyscalls);

	void start();

	void stop();

	/** Blocks until the rings hold enough unread data or the timeout passes; never per event. */
	void awaitData(int timeoutMs);

	DriverStats stats();

	@Override
	void close();
}

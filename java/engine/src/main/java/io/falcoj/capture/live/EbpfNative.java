package io.falcoj.capture.live;

import java.nio.ByteBuffer;

/** JNI entry points of libfalcoj_ebpf.so (libscap-jni/ebpf/jni/ebpf_jni.c). Control calls only. */
final class EbpfNative {
	static {
		NativeLibrary.load("falcoj_ebpf", "build/ebpf", "build/libscap-jni/ebpf", "build");
	}

	private EbpfNative() {
	}

	/** Loads and attaches the programs; throws {@link DriverUnavailableException} with the reason. */
	static native long open(int ringBytes, int wakeupBytes, int ownTgid, boolean allSyscalls, boolean enterEvents,
			boolean syscallTracepoints);

	static native int ringCount(long handle);

	static native ByteBuffer consumerPage(long handle, int cpu);

	static native ByteBuffer producerArea(long handle, int cpu);

	static native String attachKind(long handle);

	static native void start(long handle);

	static native void stop(long handle);

	static native int await(long handle, int timeoutMs);

	static native void setInteresting(long handle, byte[] bitmap);

	static native long[] stats(long handle);

	static native void close(long handle);

	static native int[] syscallTable();
}

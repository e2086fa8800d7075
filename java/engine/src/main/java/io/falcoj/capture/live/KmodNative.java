package io.falcoj.capture.live;

import java.nio.ByteBuffer;

/** JNI entry points of libfalcoj_kmod.so (libscap-jni/jni/kmod_jni.c). Control calls only. */
final class KmodNative {
	static {
		NativeLibrary.load("falcoj_kmod", "build/native/libscap-jni", "build/libscap-jni", "build");
	}

	private KmodNative() {
	}

	/** Opens and maps the ring of every CPU ({@code prefix}N, null: /dev/falco); throws with the reason. */
	static native long open(String prefix);

	static native int ringCount(long handle);

	static native int ringCpu(long handle, int index);

	/** The ring's info page (head, tail, counters; kmod/api/falco_ring_api.h). */
	static native ByteBuffer infoPage(long handle, int index);

	/** The ring's data area mapped twice in a row; mapped read-only. */
	static native ByteBuffer dataArea(long handle, int index);

	static native void start(long handle);

	static native void stop(long handle);

	static native void setSnaplen(long handle, int snaplen);

	/** Replaces the syscalls of interest (x86_64 numbers); empty: every syscall. */
	static native void setSyscalls(long handle, int[] nativeSyscalls);

	/** Leaves out this process's own events (on) or not; false when the module predates that. */
	static native boolean ignoreSelf(long handle, boolean on);

	/** {api_version, event_max, schema_hash} as the module reports them. */
	static native long[] versions(long handle);

	/** FALCO_SCHEMA_HASH of the event table this library was built from. */
	static native long schemaHash();

	/** {nr, ppm_sc, nr, ppm_sc...}: every native syscall the event table knows. */
	static native int[] syscallMap();

	static native void close(long handle);
}

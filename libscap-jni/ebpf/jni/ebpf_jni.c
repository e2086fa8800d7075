/* SPDX-License-Identifier: Apache-2.0 */
/*
 * JNI entry points of the eBPF driver (io.falcoj.capture.live.EbpfNative). Control only: open,
 * hand each ring's mappings to Java as direct ByteBuffers, start/stop, wait, counters, close.
 * Java reads events in place and moves the consumer position itself; nothing here runs per event.
 */
#include <jni.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fj_abi.h"
#include "fj_ebpf.h"

static struct fj_ebpf *handle(JNIEnv *env, jlong h)
{
	if (!h) {
		jclass c = (*env)->FindClass(env, "java/lang/IllegalStateException");

		(*env)->ThrowNew(env, c, "the eBPF driver is closed");
		return NULL;
	}
	return (struct fj_ebpf *)(intptr_t)h;
}

JNIEXPORT jlong JNICALL Java_io_falcoj_capture_live_EbpfNative_open(JNIEnv *env, jclass cls, jint ring_bytes,
								      jint wakeup_bytes, jint own_tgid, jboolean all,
								      jboolean enter, jboolean syscall_tps)
{
	struct fj_ebpf_opts o = { .ring_bytes = ring_bytes, .wakeup_bytes = wakeup_bytes, .own_tgid = own_tgid,
				  .all_syscalls = all, .enter_events = enter, .syscall_tracepoints = syscall_tps };
	struct fj_ebpf *fj;
	char err[1024] = "";

	if (fj_ebpf_open(&fj, &o, err, sizeof(err))) {
		jclass c = (*env)->FindClass(env, "io/falcoj/capture/live/DriverUnavailableException");

		(*env)->ThrowNew(env, c, err[0] ? err : "the eBPF driver could not start");
		return 0;
	}
	return (jlong)(intptr_t)fj;
}

JNIEXPORT jint JNICALL Java_io_falcoj_capture_live_EbpfNative_ringCount(JNIEnv *env, jclass cls, jlong h)
{
	struct fj_ebpf *fj = handle(env, h);

	return fj ? fj_ebpf_ring_count(fj) : 0;
}

JNIEXPORT jobject JNICALL Java_io_falcoj_capture_live_EbpfNative_consumerPage(JNIEnv *env, jclass cls, jlong h,
									       jint cpu)
{
	struct fj_ebpf *fj = handle(env, h);
	const struct fj_ring_view *v = fj ? fj_ebpf_ring(fj, cpu) : NULL;

	if (!v)
		return NULL;
	return (*env)->NewDirectByteBuffer(env, (void *)v->consumer_pos, sysconf(_SC_PAGESIZE));
}

/* The producer page followed by the data area mapped twice: mapped read-only, so Java must only
 * ever see it through a read-only view (EbpfRing does that before anything else). */
JNIEXPORT jobject JNICALL Java_io_falcoj_capture_live_EbpfNative_producerArea(JNIEnv *env, jclass cls, jlong h,
									       jint cpu)
{
	struct fj_ebpf *fj = handle(env, h);
	const struct fj_ring_view *v = fj ? fj_ebpf_ring(fj, cpu) : NULL;

	if (!v)
		return NULL;
	return (*env)->NewDirectByteBuffer(env, (void *)v->producer_pos, sysconf(_SC_PAGESIZE) + 2 * v->size);
}

JNIEXPORT jstring JNICALL Java_io_falcoj_capture_live_EbpfNative_attachKind(JNIEnv *env, jclass cls, jlong h)
{
	struct fj_ebpf *fj = handle(env, h);

	return fj ? (*env)->NewStringUTF(env, fj_ebpf_attach_kind(fj)) : NULL;
}

JNIEXPORT void JNICALL Java_io_falcoj_capture_live_EbpfNative_start(JNIEnv *env, jclass cls, jlong h)
{
	struct fj_ebpf *fj = handle(env, h);
	int rc = fj ? fj_ebpf_start(fj) : 0;

	if (rc) {
		jclass c = (*env)->FindClass(env, "io/falcoj/capture/live/DriverUnavailableException");
		char msg[160];

		snprintf(msg, sizeof(msg), "cannot attach the syscall exit hooks: %s", strerror(-rc));
		(*env)->ThrowNew(env, c, msg);
	}
}

JNIEXPORT void JNICALL Java_io_falcoj_capture_live_EbpfNative_stop(JNIEnv *env, jclass cls, jlong h)
{
	struct fj_ebpf *fj = handle(env, h);

	if (fj)
		fj_ebpf_stop(fj);
}

JNIEXPORT jint JNICALL Java_io_falcoj_capture_live_EbpfNative_await(JNIEnv *env, jclass cls, jlong h, jint timeout)
{
	struct fj_ebpf *fj = handle(env, h);

	return fj ? fj_ebpf_wait(fj, timeout) : -1;
}

JNIEXPORT void JNICALL Java_io_falcoj_capture_live_EbpfNative_setInteresting(JNIEnv *env, jclass cls, jlong h,
									      jbyteArray bitmap)
{
	struct fj_ebpf *fj = handle(env, h);
	jsize n = (*env)->GetArrayLength(env, bitmap);
	uint8_t buf[FJ_MAX_SYSCALLS] = { 0 };

	if (!fj)
		return;
	if (n > FJ_MAX_SYSCALLS)
		n = FJ_MAX_SYSCALLS;
	(*env)->GetByteArrayRegion(env, bitmap, 0, n, (jbyte *)buf);
	int rc = fj_ebpf_set_interesting(fj, buf, FJ_MAX_SYSCALLS);

	if (rc) {
		jclass c = (*env)->FindClass(env, "io/falcoj/capture/live/DriverUnavailableException");
		char msg[160];

		snprintf(msg, sizeof(msg), "cannot attach the syscall exit hooks: %s", strerror(-rc));
		(*env)->ThrowNew(env, c, msg);
	}
}

/* events, drops_full, drops_big, wakeups per CPU, flattened. */
JNIEXPORT jlongArray JNICALL Java_io_falcoj_capture_live_EbpfNative_stats(JNIEnv *env, jclass cls, jlong h)
{
	struct fj_ebpf *fj = handle(env, h);
	struct fj_ebpf_stats *st;
	jlongArray out;
	int n;

	if (!fj)
		return NULL;
	n = fj_ebpf_ring_count(fj);
	st = calloc(n, sizeof(*st));
	if (!st || fj_ebpf_stats(fj, st, n) < 0) {
		free(st);
		return (*env)->NewLongArray(env, 0);
	}
	out = (*env)->NewLongArray(env, 4 * n);
	for (int i = 0; i < n; i++) {
		jlong v[4] = { st[i].events, st[i].drops_full, st[i].drops_big, st[i].wakeups };

		(*env)->SetLongArrayRegion(env, out, 4 * i, 4, v);
	}
	free(st);
	return out;
}

JNIEXPORT void JNICALL Java_io_falcoj_capture_live_EbpfNative_close(JNIEnv *env, jclass cls, jlong h)
{
	if (h)
		fj_ebpf_close((struct fj_ebpf *)(intptr_t)h);
}

/* The native syscall table: {nr, ppm_sc, enter event, exit event, enter params, exit params} per
 * syscall the event table knows (generic events for those without a pair of their own). */
JNIEXPORT jintArray JNICALL Java_io_falcoj_capture_live_EbpfNative_syscallTable(JNIEnv *env, jclass cls)
{
	struct fj_syscall_spec *specs = calloc(FJ_MAX_SYSCALLS, sizeof(*specs));
	jintArray out = (*env)->NewIntArray(env, 6 * fj_syscall_count);
	char err[256];

	if (!specs)
		return out;
	if (fj_fill_specs(specs, FJ_MAX_SYSCALLS, NULL, 0, err, sizeof(err))) {
		jclass c = (*env)->FindClass(env, "io/falcoj/capture/live/DriverUnavailableException");

		free(specs);
		(*env)->ThrowNew(env, c, err);
		return NULL;
	}
	for (int i = 0; i < fj_syscall_count; i++) {
		int nr = fj_syscalls[i].nr;
		const struct fj_syscall_spec *s = nr >= 0 && nr < FJ_MAX_SYSCALLS ? &specs[nr] : NULL;
		jint v[6] = { nr, fj_syscalls[i].ppm_sc, s ? s->enter_type : 0, s ? s->exit_type : 1,
			      s ? s->enter_n : 0, s ? s->exit_n : 0 };

		(*env)->SetIntArrayRegion(env, out, 6 * i, 6, v);
	}
	free(specs);
	return out;
}

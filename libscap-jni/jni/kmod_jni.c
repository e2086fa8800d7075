// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * JNI entry points of the kernel module driver (io.falcoj.capture.live.KmodNative): open the
 * rings of /dev/falco<N> through the C core (ring_reader.c), hand each ring's info page and
 * double-mapped data area to Java as direct ByteBuffers, and the control ioctls. Java reads
 * events in place and moves the tail itself: nothing here runs per event.
 */
#include <errno.h>
#include <jni.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/syscall.h>	/* __NR_*: before the event table header, whose syscall map tests them */

#include "falco_event_table.h"
#include "falcoj/ring_reader.h"

static void throw_unavailable(JNIEnv *env, const char *msg)
{
	jclass c = (*env)->FindClass(env, "io/falcoj/capture/live/DriverUnavailableException");

	if (c)
		(*env)->ThrowNew(env, c, msg);
}

static void throw_state(JNIEnv *env, const char *msg)
{
	jclass c = (*env)->FindClass(env, "java/lang/IllegalStateException");

	if (c)
		(*env)->ThrowNew(env, c, msg);
}

static struct fj_ring_reader *reader(JNIEnv *env, jlong h)
{
	if (!h) {
		throw_state(env, "the kernel module driver is closed");
		return NULL;
	}
	return (struct fj_ring_reader *)(intptr_t)h;
}

/* Opens and maps every CPU's ring ("<prefix><cpu>", prefix null: /dev/falco). */
JNIEXPORT jlong JNICALL Java_io_falcoj_capture_live_KmodNative_open(JNIEnv *env, jclass cls, jstring jprefix)
{
	struct fj_ring_reader *r = calloc(1, sizeof(*r));
	const char *prefix = NULL;
	int rc;

	(void)cls;
	if (!r) {
		throw_unavailable(env, "out of memory");
		return 0;
	}
	if (jprefix)
		prefix = (*env)->GetStringUTFChars(env, jprefix, NULL);
	rc = fj_ring_reader_open(r, prefix);
	if (jprefix)
		(*env)->ReleaseStringUTFChars(env, jprefix, prefix);
	if (rc) {
		throw_unavailable(env, r->err[0] ? r->err : "the kernel module's devices could not be opened");
		free(r);
		return 0;
	}
	return (jlong)(intptr_t)r;
}

JNIEXPORT jint JNICALL Java_io_falcoj_capture_live_KmodNative_ringCount(JNIEnv *env, jclass cls, jlong h)
{
	struct fj_ring_reader *r = reader(env, h);

	(void)cls;
	return r ? r->nrings : 0;
}

JNIEXPORT jint JNICALL Java_io_falcoj_capture_live_KmodNative_ringCpu(JNIEnv *env, jclass cls, jlong h, jint i)
{
	struct fj_ring_reader *r = reader(env, h);

	(void)cls;
	return r && i >= 0 && i < r->nrings ? r->rings[i].cpu : -1;
}

/* The info page (struct falco_ring_info): head, tail, counters. Java writes only the tail. */
JNIEXPORT jobject JNICALL Java_io_falcoj_capture_live_KmodNative_infoPage(JNIEnv *env, jclass cls, jlong h, jint i)
{
	struct fj_ring_reader *r = reader(env, h);
	volatile struct falco_ring_info *info = r ? fj_ring_reader_info(r, i) : NULL;

	(void)cls;
	if (!info)
		return NULL;
	return (*env)->NewDirectByteBuffer(env, (void *)info, FALCO_INFO_SIZE);
}

/* The data area mapped twice (2 * data_size bytes), mapped read-only: Java must only ever see it
 * through a read-only view (KmodRing makes one before anything else). */
JNIEXPORT jobject JNICALL Java_io_falcoj_capture_live_KmodNative_dataArea(JNIEnv *env, jclass cls, jlong h, jint i)
{
	struct fj_ring_reader *r = reader(env, h);
	const uint8_t *data = r ? fj_ring_reader_data(r, i) : NULL;

	(void)cls;
	if (!data)
		return NULL;
	return (*env)->NewDirectByteBuffer(env, (void *)data, 2L * r->rings[i].size);
}

static void check(JNIEnv *env, struct fj_ring_reader *r, int rc)
{
	if (rc)
		throw_state(env, r->err);
}

JNIEXPORT void JNICALL Java_io_falcoj_capture_live_KmodNative_start(JNIEnv *env, jclass cls, jlong h)
{
	struct fj_ring_reader *r = reader(env, h);

	(void)cls;
	if (r)
		check(env, r, fj_ring_reader_start(r));
}

JNIEXPORT void JNICALL Java_io_falcoj_capture_live_KmodNative_stop(JNIEnv *env, jclass cls, jlong h)
{
	struct fj_ring_reader *r = reader(env, h);

	(void)cls;
	if (r)
		check(env, r, fj_ring_reader_stop(r));
}

JNIEXPORT void JNICALL Java_io_falcoj_capture_live_KmodNative_setSnaplen(JNIEnv *env, jclass cls, jlong h, jint n)
{
	struct fj_ring_reader *r = reader(env, h);

	(void)cls;
	if (r)
		check(env, r, fj_ring_reader_set_snaplen(r, (unsigned int)n));
}

/* Replaces the syscalls of interest (x86_64 numbers); an empty array: every syscall. */
JNIEXPORT void JNICALL Java_io_falcoj_capture_live_KmodNative_setSyscalls(JNIEnv *env, jclass cls, jlong h,
									    jintArray nrs)
{
	struct fj_ring_reader *r = reader(env, h);
	jsize n = nrs ? (*env)->GetArrayLength(env, nrs) : 0;
	jint *v;

	(void)cls;
	if (!r || fj_ring_reader_clear_syscalls(r)) {
		if (r)
			throw_state(env, r->err);
		return;
	}
	if (n == 0)
		return;
	v = (*env)->GetIntArrayElements(env, nrs, NULL);
	if (!v)
		return;
	for (jsize i = 0; i < n; i++) {
		if (fj_ring_reader_add_syscall(r, (unsigned int)v[i])) {
			throw_state(env, r->err);
			break;
		}
	}
	(*env)->ReleaseIntArrayElements(env, nrs, v, JNI_ABORT);
}

/* Leaves out this process's own events; false when the module predates that ioctl. */
JNIEXPORT jboolean JNICALL Java_io_falcoj_capture_live_KmodNative_ignoreSelf(JNIEnv *env, jclass cls, jlong h,
									    jboolean on)
{
	struct fj_ring_reader *r = reader(env, h);

	(void)cls;
	if (!r)
		return JNI_FALSE;
	if (fj_ring_reader_ignore_self(r, on)) {
		if (errno != ENOTTY)
			throw_state(env, r->err);
		return JNI_FALSE;
	}
	return JNI_TRUE;
}

/* { api_version, event_max, schema_hash } as the module reports them. */
JNIEXPORT jlongArray JNICALL Java_io_falcoj_capture_live_KmodNative_versions(JNIEnv *env, jclass cls, jlong h)
{
	struct fj_ring_reader *r = reader(env, h);
	struct falco_versions v;
	jlongArray out;
	jlong vals[3];

	(void)cls;
	if (!r)
		return NULL;
	if (fj_ring_reader_versions(r, &v)) {
		throw_state(env, r->err);
		return NULL;
	}
	vals[0] = v.api_version;
	vals[1] = v.event_max;
	vals[2] = (jlong)v.schema_hash;
	out = (*env)->NewLongArray(env, 3);
	if (out)
		(*env)->SetLongArrayRegion(env, out, 0, 3, vals);
	return out;
}

/* The schema hash of the event table this library was built with. */
JNIEXPORT jlong JNICALL Java_io_falcoj_capture_live_KmodNative_schemaHash(JNIEnv *env, jclass cls)
{
	(void)env;
	(void)cls;
	return (jlong)FALCO_SCHEMA_HASH;
}

/* Native number -> ppm_sc code of every syscall the event table knows: { nr, sc, nr, sc... }. */
#define FJ_KMOD_SC_PAIR(nr_, sc_) (nr_), (sc_),
static const jint syscall_map[] = { FALCO_SYSCALL_MAP(FJ_KMOD_SC_PAIR) };

JNIEXPORT jintArray JNICALL Java_io_falcoj_capture_live_KmodNative_syscallMap(JNIEnv *env, jclass cls)
{
	jsize n = sizeof(syscall_map) / sizeof(syscall_map[0]);
	jintArray out = (*env)->NewIntArray(env, n);

	(void)cls;
	if (out)
		(*env)->SetIntArrayRegion(env, out, 0, n, syscall_map);
	return out;
}

JNIEXPORT void JNICALL Java_io_falcoj_capture_live_KmodNative_close(JNIEnv *env, jclass cls, jlong h)
{
	struct fj_ring_reader *r = (struct fj_ring_reader *)(intptr_t)h;

	(void)env;
	(void)cls;
	if (r) {
		fj_ring_reader_close(r);
		free(r);
	}
}

/* SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 */
/*
 * Maps and globals shared by every hook family. maps.bpf.c defines them (FJ_DEFINE_MAPS); the
 * other objects see extern declarations that the static linker (bpftool gen object) resolves.
 */
#ifndef FJ_MAPS_H
#define FJ_MAPS_H

#include "fj_abi.h"

#ifdef FJ_DEFINE_MAPS
#define FJ_GLOBAL
#else
#define FJ_GLOBAL extern
#endif

/* One ring per CPU: the outer array is sized to the number of possible CPUs by the loader, which
 * also creates the inner ringbufs (their size is a loader option). */
struct fj_ring {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 8 * 1024 * 1024);
};

FJ_GLOBAL struct {
	__uint(type, BPF_MAP_TYPE_ARRAY_OF_MAPS);
	__uint(max_entries, 1);
	__type(key, __u32);
	__array(values, struct fj_ring);
} fj_rings SEC(".maps");

/* Per-CPU place an event is assembled in before one copy into the ring. An array indexed by CPU
 * rather than a per-CPU array because per-CPU values are capped at 32 KiB. */
struct fj_scratch {
	__u8 data[FJ_SCRATCH_SIZE];
};

FJ_GLOBAL struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct fj_scratch);
} fj_scratch_map SEC(".maps");

FJ_GLOBAL struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct fj_counters);
} fj_counters_map SEC(".maps");

/* Written by the loader before load: what each native syscall emits, and the offset from boot
 * time to wall-clock time (libscap timestamps are nanoseconds since the epoch). */
FJ_GLOBAL const volatile struct fj_syscall_spec fj_specs[FJ_MAX_SYSCALLS];
FJ_GLOBAL const volatile __u64 fj_boot_epoch_ns;

/* Changed by the loader while running (the .bss is mapped into user space): the syscall bitmap,
 * whether the sched events are wanted, the daemon's own process, and the wakeup threshold. */
FJ_GLOBAL __u8 fj_interesting[FJ_MAX_SYSCALLS];
FJ_GLOBAL __u32 fj_sched_on;
/* Enter events too (the current schema puts everything in the exit events; off by default). */
FJ_GLOBAL __u32 fj_enter_events;
FJ_GLOBAL __u32 fj_own_tgid;
FJ_GLOBAL __u32 fj_capturing;
FJ_GLOBAL __u64 fj_wakeup_bytes;

#endif

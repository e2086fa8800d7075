/* SPDX-License-Identifier: Apache-2.0 */
/*
 * The modern eBPF driver's user-space side: load the CO-RE programs, attach them, create one
 * ringbuf per CPU and map it, wait for data, read the counters. Consuming the rings is the
 * caller's business (Java through DirectByteBuffers, or fj-ebpf-capture in C): only the
 * consumer position is written by user space, the kernel only moves the producer position.
 */
#ifndef FJ_EBPF_H
#define FJ_EBPF_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define FJ_RB_BUSY_BIT (1U << 31)
#define FJ_RB_DISCARD_BIT (1U << 30)
#define FJ_RB_HDR_SIZE 8

struct fj_ebpf;

struct fj_ebpf_opts {
	uint32_t ring_bytes;		/* per CPU, power of two, multiple of the page size */
	uint32_t wakeup_bytes;		/* unread bytes that wake a waiting consumer */
	int32_t own_tgid;		/* excluded from the stream (0: none) */
	int all_syscalls;		/* generic events for every syscall, not only the specific ones */
	int enter_events;		/* enter events too (the current schema needs exit events only) */
	int syscall_tracepoints;	/* exits from syscalls:sys_exit_<name> of the captured syscalls
					   rather than raw_syscalls:sys_exit (no enter events then) */
};

/* One CPU's ring as user space sees it: the consumer page (read-write), the producer page and the
 * data area mapped twice in a row (read-only), so a record that wraps is contiguous. */
struct fj_ring_view {
	volatile uint64_t *consumer_pos;
	volatile const uint64_t *producer_pos;
	const uint8_t *data;
	uint64_t size;
	int fd;
};

struct fj_ebpf_stats {
	uint64_t events;
	uint64_t drops_full;
	uint64_t drops_big;
	uint64_t wakeups;
};

/* Returns 0, or a negative errno with a human message in err. */
int fj_ebpf_open(struct fj_ebpf **out, const struct fj_ebpf_opts *opts, char *err, size_t errlen);
int fj_ebpf_ring_count(struct fj_ebpf *fj);
const struct fj_ring_view *fj_ebpf_ring(struct fj_ebpf *fj, int cpu);
/* Which hook flavour got attached: "tp_btf" or "raw_tp". */
const char *fj_ebpf_attach_kind(struct fj_ebpf *fj);
/* Starts capturing (attaching the syscall tracepoints, in that mode): 0 or a negative errno. */
int fj_ebpf_start(struct fj_ebpf *fj);
void fj_ebpf_stop(struct fj_ebpf *fj);
/* Sets which native syscalls are captured (bitmap[nr] != 0); sched events follow execve. In the
 * syscall tracepoints mode this attaches and detaches their tracepoints (moving to raw_syscalls
 * when one has none). Returns 0 or a negative errno. */
int fj_ebpf_set_interesting(struct fj_ebpf *fj, const uint8_t *bitmap, int n);
/* Whether native syscall nr has a specific event pair (else it is reported by generic events). */
int fj_ebpf_has_spec(int nr);
/* Blocks until a ring has unread data past the wakeup threshold or timeout_ms passed: >0 ready. */
int fj_ebpf_wait(struct fj_ebpf *fj, int timeout_ms);
/* Sums per-CPU counters into per_cpu[0..n) (n >= ring count); returns the number filled. */
int fj_ebpf_stats(struct fj_ebpf *fj, struct fj_ebpf_stats *per_cpu, int n);
void fj_ebpf_close(struct fj_ebpf *fj);
/* Development aid: turns on the kernel's per-program run time counters while the returned fd stays
 * open (bpf_stats; each run then also pays for two clock reads), and prints each loaded program's
 * runs and mean time per run. */
int fj_ebpf_enable_prog_stats(void);
void fj_ebpf_print_prog_stats(struct fj_ebpf *fj, FILE *out);

/* The spec table (syscall_specs.c). */
struct fj_syscall_spec;
int fj_fill_specs(struct fj_syscall_spec *specs, int n, uint8_t *interesting, int all_syscalls, char *err,
		  size_t errlen);

/* Every syscall the event table knows, with its native number (syscall_specs.c). */
struct fj_syscall_name {
	int nr;
	int ppm_sc;
	const char *macro;	/* "__NR_openat" */
};
extern const struct fj_syscall_name fj_syscalls[];
extern const int fj_syscall_count;

#endif

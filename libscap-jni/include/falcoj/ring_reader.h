/* SPDX-License-Identifier: (GPL-2.0-only OR MIT) */
/*
 * Reader of falco.ko's per-CPU rings: opens /dev/falco<N> for every CPU, maps each ring
 * (control page + data area mapped twice), and hands out events merged across CPUs in
 * timestamp order, without copying: an event is a pointer into the mapping, valid until
 * the next call to fj_ring_reader_next().
 *
 * The same memory can be read from Java: fj_ring_reader_info()/fj_ring_reader_data()
 * give the addresses to wrap in direct ByteBuffers; offsets are in falco_ring_api.h.
 * A reader is used by one thread.
 */
#ifndef FALCOJ_RING_READER_H
#define FALCOJ_RING_READER_H

#include <stddef.h>
#include <stdint.h>

#include "falco_ring_api.h"

#ifdef __cplusplus
extern "C" {
#endif

struct fj_ring {
	int fd;
	int cpu;
	volatile struct falco_ring_info *info;
	const uint8_t *data;	/* 2 * size bytes: the data area mapped twice */
	uint32_t size;
	uint64_t tail;		/* consumed up to here (published to info->tail lazily) */
	uint64_t head;		/* last head seen */
};

struct fj_ring_reader {
	struct fj_ring *rings;
	int nrings;
	int last;		/* ring of the event last returned, -1 if none */
	uint32_t last_len;	/* its length in the ring, padding included */
	char err[256];
};

/*
 * Opens and maps the ring of every CPU that has a device "<prefix><cpu>" (prefix
 * "/dev/falco" when NULL). Returns 0, or -1 with the reason in r->err.
 */
int fj_ring_reader_open(struct fj_ring_reader *r, const char *prefix);
void fj_ring_reader_close(struct fj_ring_reader *r);

int fj_ring_reader_start(struct fj_ring_reader *r);
int fj_ring_reader_stop(struct fj_ring_reader *r);
int fj_ring_reader_set_snaplen(struct fj_ring_reader *r, unsigned int snaplen);
int fj_ring_reader_add_syscall(struct fj_ring_reader *r, unsigned int nr);
int fj_ring_reader_clear_syscalls(struct fj_ring_reader *r);
/* Leaves out the calling process's own events (on) or not; -1 with errno ENOTTY from an older module. */
int fj_ring_reader_ignore_self(struct fj_ring_reader *r, int on);

/*
 * The oldest event available now across all CPUs, or NULL when every ring is empty.
 * Releases the event returned by the previous call (its bytes go back to the kernel).
 * *cpu gets the CPU of the event. A malformed ring (bad length) sets r->err and returns
 * NULL with *cpu = -1.
 */
const struct falco_evt_hdr *fj_ring_reader_next(struct fj_ring_reader *r, int *cpu);

/* Sums the counters of every ring. */
void fj_ring_reader_counters(struct fj_ring_reader *r, struct falco_counters *sum);

/* Versions reported by the module (from the first ring). */
int fj_ring_reader_versions(struct fj_ring_reader *r, struct falco_versions *v);

/* For zero-copy views from other languages. */
volatile struct falco_ring_info *fj_ring_reader_info(struct fj_ring_reader *r, int index);
const uint8_t *fj_ring_reader_data(struct fj_ring_reader *r, int index);

#ifdef __cplusplus
}
#endif

#endif /* FALCOJ_RING_READER_H */

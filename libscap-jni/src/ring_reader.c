// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * The consumer side of falco.ko's rings. Pairs with falco_event_begin/commit in the
 * module: head is read with acquire before reading event bytes, tail is published with
 * release after we are done with them (perf's discipline, see kmod/falco_main.c).
 */
#include "falcoj/ring_reader.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

static void set_err(struct fj_ring_reader *r, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(r->err, sizeof(r->err), fmt, ap);
	va_end(ap);
}

static uint64_t load_acquire(volatile uint64_t *p)
{
	return __atomic_load_n(p, __ATOMIC_ACQUIRE);
}

static void store_release(volatile uint64_t *p, uint64_t v)
{
	__atomic_store_n(p, v, __ATOMIC_RELEASE);
}

static void ring_unmap(struct fj_ring *ring)
{
	if (ring->data)
		munmap((void *)ring->data, 2UL * ring->size);
	if (ring->info)
		munmap((void *)ring->info, FALCO_INFO_SIZE);
	if (ring->fd >= 0)
		close(ring->fd);
	ring->data = NULL;
	ring->info = NULL;
	ring->fd = -1;
}

static int ring_map(struct fj_ring_reader *r, struct fj_ring *ring, const char *path)
{
	void *p;

	ring->fd = open(path, O_RDWR | O_CLOEXEC);
	if (ring->fd < 0) {
		set_err(r, "%s: %s", path, strerror(errno));
		return -1;
	}
	p = mmap(NULL, FALCO_INFO_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED, ring->fd, 0);
	if (p == MAP_FAILED) {
		set_err(r, "%s: mapping the control page: %s", path, strerror(errno));
		return -1;
	}
	ring->info = p;
	if (ring->info->api_version != FALCO_API_VERSION) {
		set_err(r, "%s: module speaks ring API %u, this reader %d", path,
			ring->info->api_version, FALCO_API_VERSION);
		return -1;
	}
	ring->size = ring->info->data_size;
	if (ring->size == 0 || (ring->size & (ring->size - 1)) != 0) {
		set_err(r, "%s: bad data size %u", path, ring->size);
		return -1;
	}
	p = mmap(NULL, 2UL * ring->size, PROT_READ, MAP_SHARED, ring->fd, FALCO_INFO_SIZE);
	if (p == MAP_FAILED) {
		set_err(r, "%s: mapping the data area: %s", path, strerror(errno));
		return -1;
	}
	ring->data = p;
	ring->tail = ring->info->tail;
	ring->head = load_acquire(&ring->info->head);
	return 0;
}

int fj_ring_reader_open(struct fj_ring_reader *r, const char *prefix)
{
	long ncpus = sysconf(_SC_NPROCESSORS_CONF);
	char path[256];
	int cpu;

	memset(r, 0, sizeof(*r));
	r->last = -1;
	if (!prefix)
		prefix = "/dev/" FALCO_DEVICE_NAME;
	if (ncpus < 1)
		ncpus = 1;
	r->rings = calloc(ncpus, sizeof(*r->rings));
	if (!r->rings) {
		set_err(r, "out of memory");
		return -1;
	}
	for (cpu = 0; cpu < ncpus; cpu++) {
		struct fj_ring *ring = &r->rings[r->nrings];

		snprintf(path, sizeof(path), "%s%d", prefix, cpu);
		if (access(path, F_OK) != 0)
			continue;
		ring->cpu = cpu;
		if (ring_map(r, ring, path) != 0) {
			ring_unmap(ring);
			fj_ring_reader_close(r);
			return -1;
		}
		r->nrings++;
	}
	if (r->nrings == 0) {
		set_err(r, "no %s<N> device: is the falco module loaded?", prefix);
		fj_ring_reader_close(r);
		return -1;
	}
	return 0;
}

void fj_ring_reader_close(struct fj_ring_reader *r)
{
	int i;

	for (i = 0; i < r->nrings; i++)
		ring_unmap(&r->rings[i]);
	free(r->rings);
	r->rings = NULL;
	r->nrings = 0;
}

static int ioctl_all(struct fj_ring_reader *r, unsigned long cmd, unsigned long arg,
		     const char *what)
{
	int i;

	for (i = 0; i < r->nrings; i++) {
		if (ioctl(r->rings[i].fd, cmd, arg) != 0) {
			set_err(r, "%s on cpu %d: %s", what, r->rings[i].cpu, strerror(errno));
			return -1;
		}
	}
	return 0;
}

int fj_ring_reader_start(struct fj_ring_reader *r)
{
	return ioctl_all(r, FALCO_IOCTL_START, 0, "start");
}

int fj_ring_reader_stop(struct fj_ring_reader *r)
{
	return ioctl_all(r, FALCO_IOCTL_STOP, 0, "stop");
}

/* Global settings: one device is enough. */
static int ioctl_one(struct fj_ring_reader *r, unsigned long cmd, unsigned long arg,
		     const char *what)
{
	if (ioctl(r->rings[0].fd, cmd, arg) != 0) {
		int e = errno;

		set_err(r, "%s: %s", what, strerror(e));
		errno = e;	/* for callers that tell an older module (ENOTTY) from a failure */
		return -1;
	}
	return 0;
}

int fj_ring_reader_set_snaplen(struct fj_ring_reader *r, unsigned int snaplen)
{
	return ioctl_one(r, FALCO_IOCTL_SET_SNAPLEN, snaplen, "set snaplen");
}

int fj_ring_reader_add_syscall(struct fj_ring_reader *r, unsigned int nr)
{
	return ioctl_one(r, FALCO_IOCTL_SYSCALL_ADD, nr, "add syscall");
}

int fj_ring_reader_clear_syscalls(struct fj_ring_reader *r)
{
	return ioctl_one(r, FALCO_IOCTL_SYSCALL_CLEAR, 0, "clear syscalls");
}

int fj_ring_reader_ignore_self(struct fj_ring_reader *r, int on)
{
	return ioctl_one(r, FALCO_IOCTL_IGNORE_CALLER, on ? 1 : 0, "ignore own process");
}

static void release_last(struct fj_ring_reader *r)
{
	struct fj_ring *ring;

	if (r->last < 0)
		return;
	ring = &r->rings[r->last];
	ring->tail += r->last_len;
	store_release(&ring->info->tail, ring->tail);
	r->last = -1;
}

const struct falco_evt_hdr *fj_ring_reader_next(struct fj_ring_reader *r, int *cpu)
{
	const struct falco_evt_hdr *best = NULL;
	int best_i = -1, i;

	release_last(r);
	for (i = 0; i < r->nrings; i++) {
		struct fj_ring *ring = &r->rings[i];
		const struct falco_evt_hdr *h;

		if (ring->tail == ring->head)
			ring->head = load_acquire(&ring->info->head);
		if (ring->tail == ring->head)
			continue;
		h = (const struct falco_evt_hdr *)(ring->data + (ring->tail & (ring->size - 1)));
		if (h->len < FALCO_EVT_HDR_SIZE || h->len > FALCO_MAX_EVENT_SIZE ||
		    FALCO_EVENT_ALIGN(h->len) > ring->head - ring->tail) {
			set_err(r, "cpu %d: malformed event at %llu (len %u)", ring->cpu,
				(unsigned long long)ring->tail, h->len);
			*cpu = -1;
			return NULL;
		}
		if (!best || h->ts < best->ts) {
			best = h;
			best_i = i;
		}
	}
	if (!best) {
		*cpu = 0;
		return NULL;
	}
	r->last = best_i;
	r->last_len = FALCO_EVENT_ALIGN(best->len);
	*cpu = r->rings[best_i].cpu;
	return best;
}

void fj_ring_reader_counters(struct fj_ring_reader *r, struct falco_counters *sum)
{
	int i;

	memset(sum, 0, sizeof(*sum));
	for (i = 0; i < r->nrings; i++) {
		volatile struct falco_ring_info *info = r->rings[i].info;

		sum->n_evts += info->n_evts;
		sum->n_drops_buffer += info->n_drops_buffer;
		sum->n_drops_pf += info->n_drops_pf;
		sum->n_drops_nested += info->n_drops_nested;
		sum->n_drops_oversize += info->n_drops_oversize;
		sum->n_truncated += info->n_truncated;
	}
}

int fj_ring_reader_versions(struct fj_ring_reader *r, struct falco_versions *v)
{
	if (ioctl(r->rings[0].fd, FALCO_IOCTL_GET_VERSIONS, v) != 0) {
		set_err(r, "get versions: %s", strerror(errno));
		return -1;
	}
	return 0;
}

volatile struct falco_ring_info *fj_ring_reader_info(struct fj_ring_reader *r, int index)
{
	return index >= 0 && index < r->nrings ? r->rings[index].info : NULL;
}

const uint8_t *fj_ring_reader_data(struct fj_ring_reader *r, int index)
{
	return index >= 0 && index < r->nrings ? r->rings[index].data : NULL;
}

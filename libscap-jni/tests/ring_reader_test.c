// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * Tests of the ring reader without the kernel: each ring is a memfd whose data area is
 * mapped twice back to back, like falco.ko maps it, and the test plays the producer
 * (writes events, publishes head). Checks merge order by timestamp across CPUs, events
 * that straddle the wrap, tail publication, and rejection of a malformed length.
 */
#define _GNU_SOURCE
#include "falcoj/ring_reader.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define DATA_SIZE 4096U

static int failures;

#define CHECK(cond, ...)						\
	do {								\
		if (!(cond)) {						\
			failures++;					\
			fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__); \
			fprintf(stderr, __VA_ARGS__);			\
			fprintf(stderr, "\n");				\
		}							\
	} while (0)

/* A ring: info page + data mapped twice, writable here because the test is the producer. */
static void make_ring(struct fj_ring *ring, int cpu)
{
	int fd = memfd_create("ring", 0);
	uint8_t *area;

	if (fd < 0 || ftruncate(fd, DATA_SIZE) != 0)
		abort();
	area = mmap(NULL, 2 * DATA_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (area == MAP_FAILED ||
	    mmap(area, DATA_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0) == MAP_FAILED ||
	    mmap(area + DATA_SIZE, DATA_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0) ==
		    MAP_FAILED)
		abort();
	memset(ring, 0, sizeof(*ring));
	ring->fd = -1;
	ring->cpu = cpu;
	ring->info = calloc(1, FALCO_INFO_SIZE);
	ring->data = area;
	ring->size = DATA_SIZE;
	ring->info->data_size = DATA_SIZE;
	close(fd);
}

/* Producer side: an event with one u64 parameter, written at head, then head published. */
static void produce(struct fj_ring *ring, uint64_t ts, uint64_t tid)
{
	volatile struct falco_ring_info *info = ring->info;
	uint8_t *base = (uint8_t *)ring->data + (info->head & (ring->size - 1));
	struct falco_evt_hdr hdr = { .ts = ts, .tid = tid, .len = FALCO_EVT_HDR_SIZE + 2 + 8,
				     .type = 4, .nparams = 1 };
	uint16_t plen = 8;

	memcpy(base, &hdr, FALCO_EVT_HDR_SIZE);
	memcpy(base + FALCO_EVT_HDR_SIZE, &plen, 2);
	memcpy(base + FALCO_EVT_HDR_SIZE + 2, &tid, 8);
	__atomic_store_n(&info->head, info->head + FALCO_EVENT_ALIGN(hdr.len), __ATOMIC_RELEASE);
}

static struct fj_ring_reader *make_reader(int nrings)
{
	struct fj_ring_reader *r = calloc(1, sizeof(*r));
	int i;

	r->rings = calloc(nrings, sizeof(*r->rings));
	r->nrings = nrings;
	r->last = -1;
	for (i = 0; i < nrings; i++)
		make_ring(&r->rings[i], i);
	return r;
}

static void test_merge_by_timestamp(void)
{
	struct fj_ring_reader *r = make_reader(2);
	const struct falco_evt_hdr *ev;
	uint64_t expect[] = { 10, 15, 20, 30, 35, 40 };
	int cpu, n = 0;

	produce(&r->rings[0], 10, 100);
	produce(&r->rings[0], 20, 100);
	produce(&r->rings[0], 30, 100);
	produce(&r->rings[1], 15, 200);
	produce(&r->rings[1], 35, 200);
	produce(&r->rings[1], 40, 200);
	while ((ev = fj_ring_reader_next(r, &cpu)) != NULL) {
		CHECK(n < 6, "more events than produced");
		if (n < 6)
			CHECK(ev->ts == expect[n], "event %d: ts %llu, want %llu", n,
			      (unsigned long long)ev->ts, (unsigned long long)expect[n]);
		CHECK(cpu == (ev->tid == 100 ? 0 : 1), "cpu %d for tid %llu", cpu,
		      (unsigned long long)ev->tid);
		n++;
	}
	CHECK(cpu == 0, "empty rings are not an error");
	CHECK(n == 6, "read %d events, want 6", n);
	CHECK(r->rings[0].info->tail == r->rings[0].info->head &&
	      r->rings[1].info->tail == r->rings[1].info->head,
	      "tail published up to head once every event is released");
}

static void test_wrap(void)
{
	struct fj_ring_reader *r = make_reader(1);
	const struct falco_evt_hdr *ev;
	uint64_t ts = 1, seen = 0, param;
	int cpu, i;

	/* far more bytes than the ring holds, consumed as produced: events straddle the end */
	for (i = 0; i < 1000; i++) {
		produce(&r->rings[0], ts++, 7);
		ev = fj_ring_reader_next(r, &cpu);
		CHECK(ev != NULL, "event %d missing", i);
		if (!ev)
			return;
		memcpy(&param, (const uint8_t *)ev + FALCO_EVT_HDR_SIZE + 2, 8);
		CHECK(ev->ts == seen + 1 && param == 7, "event %d: ts %llu param %llu", i,
		      (unsigned long long)ev->ts, (unsigned long long)param);
		seen = ev->ts;
	}
	CHECK(r->rings[0].info->head > 4 * DATA_SIZE, "the ring wrapped several times");
	CHECK(fj_ring_reader_next(r, &cpu) == NULL && cpu == 0, "drained");
}

static void test_malformed_length(void)
{
	struct fj_ring_reader *r = make_reader(1);
	struct falco_evt_hdr *hdr;
	int cpu;

	produce(&r->rings[0], 1, 1);
	hdr = (struct falco_evt_hdr *)r->rings[0].data;
	hdr->len = 3;	/* shorter than a header */
	CHECK(fj_ring_reader_next(r, &cpu) == NULL && cpu == -1, "bad length rejected");
	CHECK(strstr(r->err, "malformed") != NULL, "error says why: %s", r->err);
}

int main(void)
{
	test_merge_by_timestamp();
	test_wrap();
	test_malformed_length();
	printf("ring_reader_test: %s\n", failures ? "FAILED" : "ok");
	return failures ? 1 : 0;
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * fj-ebpf-capture: runs the eBPF driver for a while and writes what it saw to a .scap file that
 * sysdig and falcoj read. The C twin of the Java consumer, for checking the driver on its own:
 *   fj-ebpf-capture -w out.scap [-d seconds] [-a] [-e] [-s ring_bytes] [-q]
 *     -a: every syscall (generic events for the rest); -e: enter events too;
 *     --prog-stats: each program's runs and mean run time at the end (kernel bpf_stats);
 *     --syscalls NR,NR...: only these native syscalls (default: every one with its own events).
 *     Exit hooks on raw_syscalls, or on each syscall's tracepoint with
 *     FALCOJ_BPF_HOOKS=syscall_tracepoints (the daemon's default).
 *   fj-ebpf-capture --dump-specs     (nr, enter event, count, exit event, count, ppm_sc)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "fj_abi.h"
#include "fj_ebpf.h"

#define SHB_BLOCK_TYPE 0x0A0D0D0A
#define SHB_MAGIC 0x1A2B3C4D
#define MI_BLOCK_TYPE 0x201
#define EV_BLOCK_TYPE_V2 0x216

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static int put_block(FILE *f, uint32_t type, const void *a, uint32_t alen, const void *b, uint32_t blen)
{
	static const uint8_t zero[4];
	uint32_t body = alen + blen, pad = (4 - body % 4) % 4, total = 8 + body + pad + 4;

	if (fwrite(&type, 4, 1, f) != 1 || fwrite(&total, 4, 1, f) != 1)
		return -1;
	if ((alen && fwrite(a, alen, 1, f) != 1) || (blen && fwrite(b, blen, 1, f) != 1))
		return -1;
	if ((pad && fwrite(zero, pad, 1, f) != 1) || fwrite(&total, 4, 1, f) != 1)
		return -1;
	return 0;
}

static int write_header(FILE *f, int ncpus)
{
	uint8_t shb[16], mi[180];
	uint32_t magic = SHB_MAGIC, n = ncpus;
	uint16_t major = 1, minor = 2;
	uint64_t section = (uint64_t)-1, mem = (uint64_t)sysconf(_SC_PHYS_PAGES) * sysconf(_SC_PAGESIZE), maxpid = 4194304;

	memcpy(shb, &magic, 4);
	memcpy(shb + 4, &major, 2);
	memcpy(shb + 6, &minor, 2);
	memcpy(shb + 8, &section, 8);
	memset(mi, 0, sizeof(mi));
	memcpy(mi, &n, 4);
	memcpy(mi + 4, &mem, 8);
	memcpy(mi + 12, &maxpid, 8);
	gethostname((char *)mi + 20, 127);
	if (put_block(f, SHB_BLOCK_TYPE, shb, sizeof(shb), NULL, 0))
		return -1;
	return put_block(f, MI_BLOCK_TYPE, mi, sizeof(mi), NULL, 0);
}

/* The next unread record of a ring, or NULL. Acquire loads pair with the kernel's release of
 * the producer position and of the record header (BUSY bit cleared on commit). */
static const uint8_t *peek(const struct fj_ring_view *v, uint32_t *len, uint64_t *pos)
{
	uint64_t cons = *v->consumer_pos;
	uint64_t prod = __atomic_load_n(v->producer_pos, __ATOMIC_ACQUIRE);

	while (cons < prod) {
		const uint8_t *rec = v->data + (cons & (v->size - 1));
		uint32_t hdr = __atomic_load_n((const uint32_t *)rec, __ATOMIC_ACQUIRE);
		uint32_t l = hdr & ~(FJ_RB_BUSY_BIT | FJ_RB_DISCARD_BIT);

		if (hdr & FJ_RB_BUSY_BIT)
			return NULL;
		if (hdr & FJ_RB_DISCARD_BIT) {
			cons += (l + FJ_RB_HDR_SIZE + 7) & ~7ULL;
			__atomic_store_n(v->consumer_pos, cons, __ATOMIC_RELEASE);
			continue;
		}
		*len = l;
		*pos = cons;
		return rec + FJ_RB_HDR_SIZE;
	}
	return NULL;
}

static void advance(const struct fj_ring_view *v, uint64_t pos, uint32_t len)
{
	__atomic_store_n(v->consumer_pos, pos + ((len + FJ_RB_HDR_SIZE + 7) & ~7ULL), __ATOMIC_RELEASE);
}

/* Writes every available event, CPUs merged by timestamp. Returns events written. */
static long drain(struct fj_ebpf *fj, FILE *out)
{
	int n = fj_ebpf_ring_count(fj);
	long written = 0;

	for (;;) {
		const uint8_t *best = NULL;
		uint64_t best_ts = UINT64_MAX, best_pos = 0;
		uint32_t best_len = 0;
		int best_cpu = -1;

		for (int c = 0; c < n; c++) {
			uint32_t len;
			uint64_t pos, ts;
			const uint8_t *ev = peek(fj_ebpf_ring(fj, c), &len, &pos);

			if (!ev)
				continue;
			memcpy(&ts, ev, 8);
			if (ts < best_ts) {
				best = ev, best_ts = ts, best_pos = pos, best_len = len, best_cpu = c;
			}
		}
		if (!best)
			return written;
		if (out) {
			uint16_t cpu = best_cpu;
			uint32_t evlen;

			memcpy(&evlen, best + 16, 4);
			if (evlen > best_len)
				evlen = best_len;
			put_block(out, EV_BLOCK_TYPE_V2, &cpu, 2, best, evlen);
		}
		advance(fj_ebpf_ring(fj, best_cpu), best_pos, best_len);
		written++;
	}
}

static int dump_specs(void)
{
	struct fj_syscall_spec *specs = calloc(FJ_MAX_SYSCALLS, sizeof(*specs));

	char err[256] = "";

	if (fj_fill_specs(specs, FJ_MAX_SYSCALLS, NULL, 0, err, sizeof(err))) {
		fprintf(stderr, "fj-ebpf-capture: %s\n", err);
		free(specs);
		return 1;
	}
	for (int nr = 0; nr < FJ_MAX_SYSCALLS; nr++) {
		const struct fj_syscall_spec *s = &specs[nr];

		if (!s->exit_type)
			continue;
		printf("%d %u %u %u %u %u\n", nr, s->enter_type, s->enter_n, s->exit_type, s->exit_n, s->ppm_sc);
	}
	free(specs);
	return 0;
}

int main(int argc, char **argv)
{
	struct fj_ebpf_opts o = { 0 };
	const char *path = NULL;
	double seconds = 5;
	int quiet = 0, prog_stats = 0;
	const char *only = NULL;
	struct fj_ebpf *fj;
	char err[1024] = "";
	FILE *out;
	long total = 0;
	struct timespec t0, t;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--dump-specs"))
			return dump_specs();
		else if (!strcmp(argv[i], "-w") && i + 1 < argc)
			path = argv[++i];
		else if (!strcmp(argv[i], "-d") && i + 1 < argc)
			seconds = atof(argv[++i]);
		else if (!strcmp(argv[i], "-s") && i + 1 < argc)
			o.ring_bytes = strtoul(argv[++i], NULL, 0);
		else if (!strcmp(argv[i], "-a"))
			o.all_syscalls = 1;
		else if (!strcmp(argv[i], "-e"))
			o.enter_events = 1;
		else if (!strcmp(argv[i], "--syscalls") && i + 1 < argc)
			only = argv[++i];
		else if (!strcmp(argv[i], "--prog-stats"))
			prog_stats = 1;
		else if (!strcmp(argv[i], "-q"))
			quiet = 1;
		else {
			fprintf(stderr, "usage: %s -w out.scap [-d seconds] [-a] [-e] [-s ring_bytes] [-q] [--prog-stats] [--syscalls NR,...] | --dump-specs\n", argv[0]);
			return 2;
		}
	}
	if (!path) {
		fprintf(stderr, "fj-ebpf-capture: -w FILE is required\n");
		return 2;
	}
	out = strcmp(path, "/dev/null") ? fopen(path, "wb") : NULL;
	if (!out && strcmp(path, "/dev/null")) {
		fprintf(stderr, "fj-ebpf-capture: cannot write %s: %s\n", path, strerror(errno));
		return 1;
	}
	o.own_tgid = getpid();
	if (fj_ebpf_open(&fj, &o, err, sizeof(err))) {
		fprintf(stderr, "fj-ebpf-capture: %s\n", err);
		return 1;
	}
	if (out && write_header(out, fj_ebpf_ring_count(fj))) {
		fprintf(stderr, "fj-ebpf-capture: cannot write %s\n", path);
		return 1;
	}
	if (only) {
		uint8_t bitmap[FJ_MAX_SYSCALLS] = { 0 };

		for (const char *p = only; *p;) {
			char *end;
			long nr = strtol(p, &end, 10);

			if (end == p || nr < 0 || nr >= FJ_MAX_SYSCALLS) {
				fprintf(stderr, "fj-ebpf-capture: bad syscall number list '%s'\n", only);
				return 2;
			}
			bitmap[nr] = 1;
			p = *end == ',' ? end + 1 : end;
		}
		fj_ebpf_set_interesting(fj, bitmap, FJ_MAX_SYSCALLS);
	}
	if (prog_stats && fj_ebpf_enable_prog_stats() < 0)
		fprintf(stderr, "fj-ebpf-capture: cannot enable bpf_stats: %s\n", strerror(errno));
	signal(SIGINT, on_signal);
	signal(SIGTERM, on_signal);
	if (fj_ebpf_start(fj)) {
		fprintf(stderr, "fj-ebpf-capture: cannot attach the syscall exit hooks\n");
		return 1;
	}
	if (!quiet)
		fprintf(stderr, "fj-ebpf-capture: capturing with %s hooks on %d CPUs for %.1f s\n",
			fj_ebpf_attach_kind(fj), fj_ebpf_ring_count(fj), seconds);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	while (!stop) {
		fj_ebpf_wait(fj, 10);
		total += drain(fj, out);
		clock_gettime(CLOCK_MONOTONIC, &t);
		if ((t.tv_sec - t0.tv_sec) + (t.tv_nsec - t0.tv_nsec) / 1e9 >= seconds)
			break;
	}
	fj_ebpf_stop(fj);
	total += drain(fj, out);
	{
		struct fj_ebpf_stats st[256];
		int n = fj_ebpf_stats(fj, st, 256);
		uint64_t ev = 0, drops = 0, big = 0, wk = 0;

		for (int i = 0; i < n; i++)
			ev += st[i].events, drops += st[i].drops_full, big += st[i].drops_big, wk += st[i].wakeups;
		fprintf(stderr, "fj-ebpf-capture: %ld events written; kernel: %llu events, %llu drops (ring full), "
			"%llu drops (too big), %llu wakeups\n", total, (unsigned long long)ev,
			(unsigned long long)drops, (unsigned long long)big, (unsigned long long)wk);
	}
	if (prog_stats)
		fj_ebpf_print_prog_stats(fj, stderr);
	if (out)
		fclose(out);
	fj_ebpf_close(fj);
	return 0;
}

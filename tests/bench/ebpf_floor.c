/* SPDX-License-Identifier: Apache-2.0 */
/*
 * ebpf-floor: what a hook and each helper cost a syscall loop on this kernel. For ROUNDS rounds,
 * runs the loop bare and then with each variant of ebpf_floor.bpf.c attached alone (interleaved), and
 * prints, per variant, the median of (loop CPU ns per iteration with it - without it, same round).
 *   floor LOOP ITERATIONS ROUNDS [VARIANT...]   LOOP: closebad | openclose | getppid
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/syscall.h>
#include <unistd.h>
#include <bpf/libbpf.h>
#include "ebpf_floor.skel.h"

static int mode;	/* 0 closebad, 1 openclose, 2 getppid */

static double loop_ns(long n)
{
	struct timespec a, b;

	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &a);
	for (long i = 0; i < n; i++) {
		if (mode == 1) {
			int fd = open("/etc/hostname", O_RDONLY);

			if (fd >= 0)
				close(fd);
		} else if (mode == 0) {
			close(-1);
		} else {
			syscall(SYS_getppid);
		}
	}
	clock_gettime(CLOCK_THREAD_CPUTIME_ID, &b);
	return ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / n;
}

static int cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

/* Attaches a variant. Tracepoint programs go on the exits of close and openat: the syscalls the
 * openclose and closebad loops capture; for getppid (which no rule asks for) that is what the
 * per-syscall tracepoints mode costs a syscall left out. */
static int attach(struct bpf_program *p, struct bpf_link **l)
{
	if (bpf_program__type(p) == BPF_PROG_TYPE_TRACEPOINT) {
		l[0] = bpf_program__attach_tracepoint(p, "syscalls", "sys_exit_close");
		l[1] = bpf_program__attach_tracepoint(p, "syscalls", "sys_exit_openat");
		return l[0] && l[1] ? 0 : -1;
	}
	l[0] = bpf_program__attach(p);
	return l[0] ? 0 : -1;
}

int main(int argc, char **argv)
{
	struct ebpf_floor_bpf *s;
	struct bpf_program *p, *progs[64];
	int np = 0, rounds;
	long n;

	if (argc < 4) {
		fprintf(stderr, "usage: %s closebad|openclose|getppid ITERATIONS ROUNDS [VARIANT...]\n", argv[0]);
		return 2;
	}
	mode = !strcmp(argv[1], "openclose") ? 1 : !strcmp(argv[1], "getppid") ? 2 : !strcmp(argv[1], "closebad") ? 0 : -1;
	n = atol(argv[2]);
	rounds = atoi(argv[3]);
	/* the per-variant results are kept in fixed arrays of 64 rounds */
	if (mode < 0 || n < 4 || rounds < 1 || rounds > 64) {
		fprintf(stderr, "%s: LOOP is closebad, openclose or getppid; ITERATIONS at least 4; ROUNDS 1 to 64\n",
			argv[0]);
		return 2;
	}
	s = ebpf_floor_bpf__open();
	if (!s)
		return 1;
	s->rodata->tgid = getpid();
	if (ebpf_floor_bpf__load(s)) {
		fprintf(stderr, "load failed\n");
		return 1;
	}
	bpf_object__for_each_program(p, s->obj) {
		int want = argc == 4;

		for (int i = 4; i < argc; i++)
			want |= !strcmp(argv[i], bpf_program__name(p));
		if (want && np < 64)
			progs[np++] = p;
	}
	if (np == 0) {
		fprintf(stderr, "%s: no such variant\n", argv[0]);
		return 2;
	}
	double d[64][64], base[64];

	loop_ns(n / 4);	/* warm up */
	for (int r = 0; r < rounds; r++) {
		for (int v = 0; v < np; v++) {
			struct bpf_link *l[2] = { 0 };
			double b0 = loop_ns(n), with, b1;

			if (attach(progs[v], l)) {
				fprintf(stderr, "cannot attach %s\n", bpf_program__name(progs[v]));
				return 1;
			}
			with = loop_ns(n);
			bpf_link__destroy(l[0]);
			bpf_link__destroy(l[1]);
			b1 = loop_ns(n);
			d[v][r] = with - (b0 + b1) / 2;
			if (v == 0)
				base[r] = (b0 + b1) / 2;
		}
	}
	qsort(base, rounds, sizeof(double), cmp);
	printf("%s: bare loop %.1f ns/iter (median)\n", argv[1], base[rounds / 2]);
	for (int v = 0; v < np; v++) {
		qsort(d[v], rounds, sizeof(double), cmp);
		printf("%-16s +%6.1f ns/iter = %.3fx (median of %d; min +%.1f max +%.1f)\n", bpf_program__name(progs[v]),
		       d[v][rounds / 2], (base[rounds / 2] + d[v][rounds / 2]) / base[rounds / 2], rounds, d[v][0],
		       d[v][rounds - 1]);
	}
	return 0;
}

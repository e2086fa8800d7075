/*
 * Load generator for the eBPF benchmarks: runs a syscall loop and prints the CPU time (user +
 * system, so time other processes take on a shared machine does not count; the probe runs in the
 * caller's context and does count) per iteration, in nanoseconds, then the wall time. openclose: open+close of a file (two interesting syscalls, events emitted);
 * getppid: a syscall no rule asks for (filtered out in the kernel by the syscall bitmap);
 * closebad: close(-1), the cheapest syscall that is captured (one event per iteration).
 *   syscall_loop openclose|getppid|closebad ITERATIONS [FILE]
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static double cpu_ns(const struct rusage *r)
{
	return (r->ru_utime.tv_sec + r->ru_stime.tv_sec) * 1e9 + (r->ru_utime.tv_usec + r->ru_stime.tv_usec) * 1e3;
}

int main(int argc, char **argv)
{
	long n;
	const char *file;
	struct timespec a, b;
	struct rusage ra, rb;
	int open_close, close_bad;

	if (argc < 3) {
		fprintf(stderr, "usage: %s openclose|getppid|closebad ITERATIONS [FILE]\n", argv[0]);
		return 2;
	}
	open_close = !strcmp(argv[1], "openclose");
	close_bad = !strcmp(argv[1], "closebad");
	n = atol(argv[2]);
	file = argc > 3 ? argv[3] : "/etc/hostname";
	clock_gettime(CLOCK_MONOTONIC, &a);
	getrusage(RUSAGE_SELF, &ra);
	for (long i = 0; i < n; i++) {
		if (open_close) {
			int fd = open(file, O_RDONLY);

			if (fd >= 0)
				close(fd);
		} else if (close_bad) {
			close(-1);
		} else {
			syscall(SYS_getppid);
		}
	}
	getrusage(RUSAGE_SELF, &rb);
	clock_gettime(CLOCK_MONOTONIC, &b);
	printf("%.1f %.1f\n", cpu_ns(&rb) - cpu_ns(&ra) > 0 ? (cpu_ns(&rb) - cpu_ns(&ra)) / n : 0.0,
	       ((b.tv_sec - a.tv_sec) * 1e9 + (b.tv_nsec - a.tv_nsec)) / n);
	return 0;
}

// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * Guest micro-benchmark for driver overhead: runs a syscall loop and prints, per
 * iteration, the elapsed nanoseconds (CLOCK_MONOTONIC) and the loop thread's own CPU
 * nanoseconds (CLOCK_THREAD_CPUTIME_ID: its syscalls and the driver's probes in them,
 * without the consumer's time when the consumer shares the CPU).
 *   bench getppid N     N getppid calls
 *   bench openclose N   N open("/etc/hostname") + close pairs
 * Output: "WALL_NS CPU_NS"
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now_ns(clockid_t clk)
{
	struct timespec ts;

	clock_gettime(clk, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	long i, n;
	double w0, w1, c0, c1;

	if (argc != 3)
		return 2;
	n = atol(argv[2]);
	if (n <= 0)
		return 2;
	w0 = now_ns(CLOCK_MONOTONIC);
	c0 = now_ns(CLOCK_THREAD_CPUTIME_ID);
	if (!strcmp(argv[1], "getppid")) {
		for (i = 0; i < n; i++)
			getppid();
	} else if (!strcmp(argv[1], "openclose")) {
		for (i = 0; i < n; i++) {
			int fd = open("/etc/hostname", O_RDONLY);

			if (fd < 0)
				return 1;
			close(fd);
		}
	} else {
		return 2;
	}
	c1 = now_ns(CLOCK_THREAD_CPUTIME_ID);
	w1 = now_ns(CLOCK_MONOTONIC);
	printf("%.1f %.1f\n", (w1 - w0) / n, (c1 - c0) / n);
	return 0;
}

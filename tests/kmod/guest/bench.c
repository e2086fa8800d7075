// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * Guest micro-benchmark for driver overhead: runs a syscall loop and prints the
 * nanoseconds per iteration (monotonic clock).
 *   bench getppid N     N getppid calls
 *   bench openclose N   N open("/etc/hostname") + close pairs
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e9 + ts.tv_nsec;
}

int main(int argc, char **argv)
{
	long i, n;
	double t0, t1;

	if (argc != 3)
		return 2;
	n = atol(argv[2]);
	t0 = now_ns();
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
	t1 = now_ns();
	printf("%.1f\n", (t1 - t0) / n);
	return 0;
}

// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * Guest workload: a syscall storm. One worker per CPU, pinned, runs getppid and
 * open/close for SECONDS; prints "getppid=N openclose=M" totals.
 *   storm SECONDS
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int seconds = argc > 1 ? atoi(argv[1]) : 20;
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	unsigned long *counts;
	unsigned long gp = 0, oc = 0;
	long i;

	counts = mmap(NULL, 2 * sizeof(*counts) * ncpu, PROT_READ | PROT_WRITE,
		      MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (counts == MAP_FAILED)
		return 1;
	for (i = 0; i < ncpu; i++) {
		if (fork() == 0) {
			time_t end = time(NULL) + seconds;
			cpu_set_t set;
			unsigned long n = 0;

			CPU_ZERO(&set);
			CPU_SET(i, &set);
			sched_setaffinity(0, sizeof(set), &set);
			while (time(NULL) < end) {
				int k, fd;

				for (k = 0; k < 100; k++)
					getppid();
				counts[2 * i] += 100;
				fd = open("/etc/hostname", O_RDONLY);
				if (fd >= 0)
					close(fd);
				counts[2 * i + 1]++;
				n++;
			}
			_exit(0);
		}
	}
	while (wait(NULL) > 0)
		;
	for (i = 0; i < ncpu; i++) {
		gp += counts[2 * i];
		oc += counts[2 * i + 1];
	}
	printf("getppid=%lu openclose=%lu\n", gp, oc);
	return 0;
}

// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * Guest workload: fileless execution. Copies a program into a memfd and runs it from
 * there (fexecve: execveat on the memfd with AT_EMPTY_PATH).
 *   memexec PROGRAM [ARGS...]
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

extern char **environ;

int main(int argc, char **argv)
{
	char buf[65536];
	ssize_t n;
	int in, mem;

	if (argc < 2)
		return 2;
	in = open(argv[1], O_RDONLY);
	mem = memfd_create("fjmem", MFD_CLOEXEC);
	if (in < 0 || mem < 0) {
		perror("memexec");
		return 1;
	}
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(mem, buf, n) != n)
			return 1;
	close(in);
	fexecve(mem, argv + 1, environ);
	perror("fexecve");
	return 1;
}

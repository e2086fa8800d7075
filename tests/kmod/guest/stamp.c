// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * Guest helper: copies lines from stdin to stdout, each prefixed with the time it arrived
 * (CLOCK_REALTIME in nanoseconds, the clock falco.ko stamps events with) and a space. Put
 * between the daemon and its output file, it gives each alert's latency from its event.
 *   stamp <in >out
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

int main(void)
{
	char line[65536];
	int fresh = 1;

	setvbuf(stdout, NULL, _IOLBF, 0);
	while (fgets(line, sizeof(line), stdin)) {
		if (fresh) {
			struct timespec ts;

			clock_gettime(CLOCK_REALTIME, &ts);
			printf("%lld ", (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
		}
		fputs(line, stdout);
		/* a line longer than the buffer comes in pieces: stamp only its first */
		fresh = line[0] && line[strlen(line) - 1] == '\n';
	}
	return 0;
}

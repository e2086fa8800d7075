// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * Guest workload: a TCP listener on 127.0.0.1:PORT for one connection, for the live test's
 * "connect to a local listener" action (a shell connects to it). Returns once it listens; a
 * child accepts one connection, waits until the client closes it, and exits (or gives up
 * after 30 s).
 *   listen1 PORT
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct sockaddr_in addr = { .sin_family = AF_INET };
	int one = 1, ls, as;
	char buf[64];

	if (argc != 2)
		return 1;
	addr.sin_port = htons((unsigned short)atoi(argv[1]));
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	ls = socket(AF_INET, SOCK_STREAM, 0);
	if (ls < 0 || setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) ||
	    bind(ls, (struct sockaddr *)&addr, sizeof(addr)) || listen(ls, 4)) {
		perror("listen");
		return 1;
	}
	if (fork() != 0)
		return 0;
	alarm(30);
	as = accept(ls, NULL, NULL);
	while (as >= 0 && read(as, buf, sizeof(buf)) > 0)
		;
	_exit(0);
}

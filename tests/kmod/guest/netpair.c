// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * Guest workload: a TCP listener on 127.0.0.1:PORT in a child process, and a client that
 * connects to it, sends a line and reads the echo. Prints the client's local port.
 *   netpair PORT
 */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct sockaddr_in addr = { .sin_family = AF_INET };
	socklen_t alen = sizeof(addr);
	int one = 1, ls, cs, as;
	char buf[64];
	pid_t child;
	ssize_t n;

	if (argc != 2)
		return 1;
	addr.sin_port = htons((unsigned short)atoi(argv[1]));
	addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	ls = socket(AF_INET, SOCK_STREAM, 0);
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (ls < 0 || bind(ls, (struct sockaddr *)&addr, sizeof(addr)) || listen(ls, 4)) {
		perror("listen");
		return 1;
	}
	child = fork();
	if (child == 0) {
		as = accept(ls, NULL, NULL);
		n = read(as, buf, sizeof(buf));
		if (n > 0)
			n = write(as, buf, n);
		close(as);
		_exit(n > 0 ? 0 : 1);
	}
	close(ls);
	cs = socket(AF_INET, SOCK_STREAM, 0);
	if (connect(cs, (struct sockaddr *)&addr, sizeof(addr))) {
		perror("connect");
		return 1;
	}
	getsockname(cs, (struct sockaddr *)&addr, &alen);
	if (write(cs, "falcoj-hello\n", 13) != 13 || read(cs, buf, sizeof(buf)) <= 0)
		return 1;
	close(cs);
	waitpid(child, NULL, 0);
	printf("%d\n", ntohs(addr.sin_port));
	return 0;
}

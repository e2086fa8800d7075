// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * falcoj-capture: captures what falco.ko reports into a .scap file.
 *
 *   falcoj-capture -w FILE [-s SNAPLEN] [-M SECONDS] [-n EVENTS] [-S NR,NR...] [-T] [-q]
 *
 * -T also prints how many events of each type were captured ("type.N=count"), and for
 * generic syscall enter events, per syscall code ("sc.N=count").
 * Stops at SIGINT/SIGTERM, after -M seconds or -n events, then drains the rings and
 * prints the counters (events, drops by cause) on stderr as "key=value" lines.
 * Exit status: 0 ok, 1 usage, 2 driver error, 3 write error.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "falcoj/ring_reader.h"
#include "falcoj/scap_writer.h"
#include "falco_event_table.h"

static volatile sig_atomic_t stop_requested;
static int histogram;
static unsigned long long type_counts[FALCO_EVENT_MAX];
static unsigned long long sc_counts[FALCO_SC_MAX];

static void count_event(const struct falco_evt_hdr *ev)
{
	uint16_t sc;

	if (ev->type < FALCO_EVENT_MAX)
		type_counts[ev->type]++;
	/* generic enter: lengths (2 x u16), then ID (u16) */
	if (ev->type == FALCO_EVT_SYSCALL_E && ev->nparams >= 1 && ev->len >= FALCO_EVT_HDR_SIZE + 6) {
		memcpy(&sc, (const uint8_t *)ev + FALCO_EVT_HDR_SIZE + 2 * ev->nparams, 2);
		if (sc < FALCO_SC_MAX)
			sc_counts[sc]++;
	}
}

static void on_signal(int sig)
{
	(void)sig;
	stop_requested = 1;
}

static void usage(void)
{
	fprintf(stderr,
		"usage: falcoj-capture -w FILE [-s SNAPLEN] [-M SECONDS] [-n EVENTS] "
		"[-S SYSCALL_NR,...] [-d DEVICE_PREFIX] [-T] [-q]\n");
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Copies every available event to the file; returns events written, or -1. */
static long drain(struct fj_ring_reader *r, struct fj_scap_writer *w, unsigned long long max,
		  int *err)
{
	const struct falco_evt_hdr *ev;
	long n = 0;
	int cpu;

	while ((max == 0 || w->events < max) && (ev = fj_ring_reader_next(r, &cpu)) != NULL) {
		if (histogram)
			count_event(ev);
		if (fj_scap_write_event(w, (uint16_t)cpu, ev) != 0) {
			*err = 3;
			return -1;
		}
		n++;
	}
	if (cpu < 0) {
		fprintf(stderr, "falcoj-capture: %s\n", r->err);
		*err = 2;
		return -1;
	}
	return n;
}

int main(int argc, char **argv)
{
	const char *out = NULL, *prefix = NULL, *syscalls = NULL;
	unsigned long long max_events = 0;
	double seconds = 0, start;
	struct fj_ring_reader r;
	struct fj_scap_writer w;
	struct falco_counters cnt;
	struct falco_versions ver;
	long snaplen = -1;
	int quiet = 0, opt, rc = 0, err = 0;
	struct sigaction sa;

	while ((opt = getopt(argc, argv, "w:s:M:n:S:d:qTh")) != -1) {
		switch (opt) {
		case 'w': out = optarg; break;
		case 's': snaplen = strtol(optarg, NULL, 10); break;
		case 'M': seconds = strtod(optarg, NULL); break;
		case 'n': max_events = strtoull(optarg, NULL, 10); break;
		case 'S': syscalls = optarg; break;
		case 'd': prefix = optarg; break;
		case 'q': quiet = 1; break;
		case 'T': histogram = 1; break;
		case 'h': usage(); return 0;
		default: usage(); return 1;
		}
	}
	if (!out || optind != argc) {
		usage();
		return 1;
	}
	if (fj_ring_reader_open(&r, prefix) != 0) {
		fprintf(stderr, "falcoj-capture: %s\n", r.err);
		return 2;
	}
	if (fj_ring_reader_versions(&r, &ver) != 0) {
		fprintf(stderr, "falcoj-capture: %s\n", r.err);
		rc = 2;
		goto out_reader;
	}
	if (snaplen >= 0 && fj_ring_reader_set_snaplen(&r, (unsigned int)snaplen) != 0) {
		fprintf(stderr, "falcoj-capture: %s\n", r.err);
		rc = 2;
		goto out_reader;
	}
	if (syscalls) {
		char *list = strdup(syscalls), *tok, *save = NULL;

		fj_ring_reader_clear_syscalls(&r);
		for (tok = strtok_r(list, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
			if (fj_ring_reader_add_syscall(&r, (unsigned int)strtoul(tok, NULL, 10))) {
				fprintf(stderr, "falcoj-capture: %s\n", r.err);
				free(list);
				rc = 2;
				goto out_reader;
			}
		}
		free(list);
	}
	if (fj_scap_open(&w, out, "/proc") != 0) {
		fprintf(stderr, "falcoj-capture: %s\n", w.err);
		rc = 3;
		goto out_reader;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	if (fj_ring_reader_start(&r) != 0) {
		fprintf(stderr, "falcoj-capture: %s\n", r.err);
		rc = 2;
		goto out_writer;
	}
	if (!quiet)
		fprintf(stderr, "falcoj-capture: capturing on %d CPUs (api %u, schema %016llx)\n",
			r.nrings, ver.api_version, (unsigned long long)ver.schema_hash);
	start = now_s();
	while (!stop_requested) {
		long n = drain(&r, &w, max_events, &err);

		if (n < 0) {
			rc = err;
			break;
		}
		if (max_events && w.events >= max_events)
			break;
		if (seconds > 0 && now_s() - start >= seconds)
			break;
		if (n == 0) {
			struct timespec ts = { 0, 2 * 1000 * 1000 };

			nanosleep(&ts, NULL);
		}
	}
	fj_ring_reader_stop(&r);
	if (rc == 0 && (max_events == 0 || w.events < max_events) && drain(&r, &w, max_events, &err) < 0)
		rc = err;
	fj_ring_reader_counters(&r, &cnt);
	fprintf(stderr, "n_evts=%llu\nn_written=%llu\nn_drops_buffer=%llu\nn_drops_pf=%llu\n"
		"n_drops_nested=%llu\nn_drops_oversize=%llu\nn_truncated=%llu\n",
		(unsigned long long)cnt.n_evts, (unsigned long long)w.events,
		(unsigned long long)cnt.n_drops_buffer, (unsigned long long)cnt.n_drops_pf,
		(unsigned long long)cnt.n_drops_nested, (unsigned long long)cnt.n_drops_oversize,
		(unsigned long long)cnt.n_truncated);
	if (histogram) {
		int i;

		for (i = 0; i < FALCO_EVENT_MAX; i++)
			if (type_counts[i])
				fprintf(stderr, "type.%d=%llu\n", i, type_counts[i]);
		for (i = 0; i < FALCO_SC_MAX; i++)
			if (sc_counts[i])
				fprintf(stderr, "sc.%d=%llu\n", i, sc_counts[i]);
	}
out_writer:
	if (fj_scap_close(&w) != 0 && rc == 0) {
		fprintf(stderr, "falcoj-capture: %s\n", w.err);
		rc = 3;
	}
out_reader:
	fj_ring_reader_close(&r);
	return rc;
}

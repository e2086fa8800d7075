/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Loads the embedded CO-RE object (skeleton), sizes its maps to this machine, creates one ringbuf
 * per possible CPU, attaches tp_btf programs (raw_tp when BTF tracepoints are refused), and maps
 * each ring for the consumer. Thin on purpose: everything per event happens in the kernel
 * programs or in the consumer.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

#include <bpf/bpf.h>
#include <bpf/libbpf.h>

#include "fj_abi.h"
#include "fj_ebpf.h"
#include "falcoj.skel.h"

#define BPF_FS_MAGIC_NUMBER 0xcafe4a11

struct fj_ebpf {
	struct falcoj_bpf *skel;
	int ncpus;
	int *ring_fds;
	struct fj_ring_view *views;
	int epoll_fd;
	const char *attach_kind;
};

static void fail(char *err, size_t errlen, const char *fmt, ...)
{
	va_list ap;

	if (!err || !errlen)
		return;
	va_start(ap, fmt);
	vsnprintf(err, errlen, fmt, ap);
	va_end(ap);
}

/* libbpf pins nothing for us, but some kernels want bpffs for map-in-map inner templates; mount
 * it when absent so the driver works on a bare machine. */
static void ensure_bpffs(void)
{
	struct statfs st;

	if (statfs("/sys/fs/bpf", &st) == 0 && st.f_type == BPF_FS_MAGIC_NUMBER)
		return;
	mkdir("/sys/fs/bpf", 0700);
	mount("bpf", "/sys/fs/bpf", "bpf", 0, NULL);
}

static uint64_t boot_epoch_ns(void)
{
	struct timespec real, boot;

	clock_gettime(CLOCK_REALTIME, &real);
	clock_gettime(CLOCK_BOOTTIME, &boot);
	return (real.tv_sec - boot.tv_sec) * 1000000000ULL + real.tv_nsec - boot.tv_nsec;
}

/* libbpf's messages (the verifier log among them) only when asked for. */
static int libbpf_quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	return getenv("FALCOJ_BPF_DEBUG") ? vfprintf(stderr, fmt, ap) : 0;
}

/* sys_enter is attached only when enter events are wanted: every syscall pays for each program
 * attached to raw_syscalls, interesting or not. */
static void choose_programs(struct falcoj_bpf *s, int btf, int enter)
{
	bpf_program__set_autoload(s->progs.fj_btf_sys_enter, btf && enter);
	bpf_program__set_autoload(s->progs.fj_btf_sys_exit, btf);
	bpf_program__set_autoload(s->progs.fj_btf_exec, btf);
	bpf_program__set_autoload(s->progs.fj_btf_exit, btf);
	bpf_program__set_autoload(s->progs.fj_raw_sys_enter, !btf && enter);
	bpf_program__set_autoload(s->progs.fj_raw_sys_exit, !btf);
	bpf_program__set_autoload(s->progs.fj_raw_exec, !btf);
	bpf_program__set_autoload(s->progs.fj_raw_exit, !btf);
}

static int open_skeleton(struct fj_ebpf *fj, const struct fj_ebpf_opts *o, int btf, char *err, size_t errlen)
{
	struct falcoj_bpf *s = falcoj_bpf__open();
	int rc;

	if (!s) {
		fail(err, errlen, "cannot open the BPF object: %s", strerror(errno));
		return -errno;
	}
	choose_programs(s, btf, o->enter_events);
	bpf_map__set_max_entries(s->maps.fj_rings, fj->ncpus);
	bpf_map__set_max_entries(s->maps.fj_scratch_map, fj->ncpus);
	bpf_map__set_inner_map_fd(s->maps.fj_rings, fj->ring_fds[0]);
	if (fj_fill_specs((struct fj_syscall_spec *)s->rodata->fj_specs, FJ_MAX_SYSCALLS, NULL, 0, err, errlen)) {
		falcoj_bpf__destroy(s);
		return -EINVAL;
	}
	s->rodata->fj_boot_epoch_ns = boot_epoch_ns();
	rc = falcoj_bpf__load(s);
	if (rc) {
		fail(err, errlen, "the kernel refused the BPF programs (%s hooks): %s%s", btf ? "tp_btf" : "raw_tp",
		     strerror(-rc), getenv("FALCOJ_BPF_DEBUG") ? "" : " (FALCOJ_BPF_DEBUG=1 shows the verifier log)");
		falcoj_bpf__destroy(s);
		return rc;
	}
	fj->skel = s;
	return 0;
}

static int map_ring(struct fj_ring_view *v, int fd, uint32_t size, char *err, size_t errlen)
{
	long page = sysconf(_SC_PAGESIZE);
	void *cons, *prod;

	cons = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (cons == MAP_FAILED) {
		fail(err, errlen, "cannot map a ring's consumer page: %s", strerror(errno));
		return -errno;
	}
	prod = mmap(NULL, page + 2 * (size_t)size, PROT_READ, MAP_SHARED, fd, page);
	if (prod == MAP_FAILED) {
		fail(err, errlen, "cannot map a ring's data: %s", strerror(errno));
		munmap(cons, page);
		return -errno;
	}
	v->consumer_pos = cons;
	v->producer_pos = prod;
	v->data = (const uint8_t *)prod + page;
	v->size = size;
	v->fd = fd;
	return 0;
}

int fj_ebpf_open(struct fj_ebpf **out, const struct fj_ebpf_opts *o, char *err, size_t errlen)
{
	struct fj_ebpf *fj = calloc(1, sizeof(*fj));
	uint32_t size = o->ring_bytes ? o->ring_bytes : 8 * 1024 * 1024;
	int rc, i;

	*out = NULL;
	if (!fj)
		return -ENOMEM;
	if (size & (size - 1) || size < (uint32_t)sysconf(_SC_PAGESIZE)) {
		fail(err, errlen, "ring size %u is not a power of two of at least a page", size);
		free(fj);
		return -EINVAL;
	}
	libbpf_set_print(libbpf_quiet);
	ensure_bpffs();
	fj->epoll_fd = -1;
	fj->ncpus = libbpf_num_possible_cpus();
	if (fj->ncpus <= 0) {
		fail(err, errlen, "cannot count the CPUs");
		free(fj);
		return -EINVAL;
	}
	fj->ring_fds = calloc(fj->ncpus, sizeof(int));
	fj->views = calloc(fj->ncpus, sizeof(*fj->views));
	for (i = 0; i < fj->ncpus; i++)
		fj->ring_fds[i] = -1;
	for (i = 0; i < fj->ncpus; i++) {
		fj->ring_fds[i] = bpf_map_create(BPF_MAP_TYPE_RINGBUF, "fj_ring", 0, 0, size, NULL);
		if (fj->ring_fds[i] < 0) {
			rc = -errno;
			if (errno == EPERM)
				fail(err, errlen, "not permitted to create BPF maps: run as root (or with CAP_BPF and CAP_PERFMON)");
			else
				fail(err, errlen, "cannot create a BPF ring buffer (%s): BPF ring buffers need Linux 5.8 or newer",
				     strerror(errno));
			goto fail;
		}
	}
	/* FALCOJ_BPF_RAW_TP=1 goes straight to the raw_tp programs (to exercise the fallback) */
	rc = getenv("FALCOJ_BPF_RAW_TP") ? -EOPNOTSUPP : open_skeleton(fj, o, 1, err, errlen);
	if (rc) {
		char first[512];

		snprintf(first, sizeof(first), "%s", err ? err : "");
		rc = open_skeleton(fj, o, 0, err, errlen);
		if (rc) {
			size_t l = err ? strlen(err) : 0;

			if (err && l + 4 < errlen)
				snprintf(err + l, errlen - l, "; before that: %s", first);
			goto fail;
		}
		fj->attach_kind = "raw_tp";
	} else {
		fj->attach_kind = "tp_btf";
	}
	for (i = 0; i < fj->ncpus; i++) {
		int outer = bpf_map__fd(fj->skel->maps.fj_rings);
		__u32 key = i;

		if (bpf_map_update_elem(outer, &key, &fj->ring_fds[i], BPF_ANY)) {
			rc = -errno;
			fail(err, errlen, "cannot install ring %d: %s", i, strerror(errno));
			goto fail;
		}
		rc = map_ring(&fj->views[i], fj->ring_fds[i], size, err, errlen);
		if (rc)
			goto fail;
	}
	fj->epoll_fd = epoll_create1(EPOLL_CLOEXEC);
	for (i = 0; i < fj->ncpus; i++) {
		struct epoll_event ev = { .events = EPOLLIN, .data.u32 = i };

		epoll_ctl(fj->epoll_fd, EPOLL_CTL_ADD, fj->ring_fds[i], &ev);
	}
	{
		uint8_t bitmap[FJ_MAX_SYSCALLS];
		struct fj_syscall_spec *tmp = calloc(FJ_MAX_SYSCALLS, sizeof(*tmp));

		fj_fill_specs(tmp, FJ_MAX_SYSCALLS, bitmap, o->all_syscalls, NULL, 0);
		free(tmp);
		memcpy(fj->skel->bss->fj_interesting, bitmap, sizeof(bitmap));
	}
	fj->skel->bss->fj_sched_on = 1;
	fj->skel->bss->fj_enter_events = o->enter_events;
	fj->skel->bss->fj_own_tgid = o->own_tgid;
	fj->skel->bss->fj_wakeup_bytes = o->wakeup_bytes ? o->wakeup_bytes : size / 4;
	rc = falcoj_bpf__attach(fj->skel);
	if (rc) {
		fail(err, errlen, "cannot attach the BPF programs to the %s hooks: %s", fj->attach_kind, strerror(-rc));
		goto fail;
	}
	*out = fj;
	return 0;
fail:
	fj_ebpf_close(fj);
	return rc ? rc : -EINVAL;
}

int fj_ebpf_ring_count(struct fj_ebpf *fj)
{
	return fj->ncpus;
}

const struct fj_ring_view *fj_ebpf_ring(struct fj_ebpf *fj, int cpu)
{
	return cpu >= 0 && cpu < fj->ncpus ? &fj->views[cpu] : NULL;
}

const char *fj_ebpf_attach_kind(struct fj_ebpf *fj)
{
	return fj->attach_kind;
}

void fj_ebpf_start(struct fj_ebpf *fj)
{
	__atomic_store_n(&fj->skel->bss->fj_capturing, 1, __ATOMIC_RELEASE);
}

void fj_ebpf_stop(struct fj_ebpf *fj)
{
	__atomic_store_n(&fj->skel->bss->fj_capturing, 0, __ATOMIC_RELEASE);
}

void fj_ebpf_set_interesting(struct fj_ebpf *fj, const uint8_t *bitmap, int n)
{
	for (int i = 0; i < FJ_MAX_SYSCALLS; i++)
		fj->skel->bss->fj_interesting[i] = i < n ? bitmap[i] != 0 : 0;
}

int fj_ebpf_wait(struct fj_ebpf *fj, int timeout_ms)
{
	struct epoll_event evs[8];
	int n = epoll_wait(fj->epoll_fd, evs, 8, timeout_ms);

	return n < 0 ? (errno == EINTR ? 0 : -errno) : n;
}

int fj_ebpf_stats(struct fj_ebpf *fj, struct fj_ebpf_stats *per_cpu, int n)
{
	struct fj_counters *vals = calloc(fj->ncpus, sizeof(*vals));
	__u32 zero = 0;
	int i;

	if (!vals)
		return -ENOMEM;
	if (bpf_map_lookup_elem(bpf_map__fd(fj->skel->maps.fj_counters_map), &zero, vals)) {
		free(vals);
		return -errno;
	}
	for (i = 0; i < fj->ncpus && i < n; i++) {
		per_cpu[i].events = vals[i].events;
		per_cpu[i].drops_full = vals[i].drops_full;
		per_cpu[i].drops_big = vals[i].drops_big;
		per_cpu[i].wakeups = vals[i].wakeups;
	}
	free(vals);
	return i;
}

int fj_ebpf_enable_prog_stats(void)
{
	return bpf_enable_stats(BPF_STATS_RUN_TIME);
}

void fj_ebpf_print_prog_stats(struct fj_ebpf *fj, FILE *out)
{
	struct bpf_program *p;

	bpf_object__for_each_program(p, fj->skel->obj) {
		struct bpf_prog_info info = {};
		__u32 len = sizeof(info);
		int fd = bpf_program__fd(p);

		if (fd < 0 || bpf_obj_get_info_by_fd(fd, &info, &len))
			continue;
		fprintf(out, "%-20s %12llu runs %8.1f ns/run\n", bpf_program__name(p), (unsigned long long)info.run_cnt,
			info.run_cnt ? (double)info.run_time_ns / info.run_cnt : 0.0);
	}
}

void fj_ebpf_close(struct fj_ebpf *fj)
{
	long page = sysconf(_SC_PAGESIZE);

	if (!fj)
		return;
	if (fj->skel)
		falcoj_bpf__destroy(fj->skel);
	for (int i = 0; fj->views && i < fj->ncpus; i++) {
		if (fj->views[i].consumer_pos)
			munmap((void *)fj->views[i].consumer_pos, page);
		if (fj->views[i].producer_pos)
			munmap((void *)fj->views[i].producer_pos, page + 2 * fj->views[i].size);
	}
	for (int i = 0; fj->ring_fds && i < fj->ncpus; i++)
		if (fj->ring_fds[i] >= 0)
			close(fj->ring_fds[i]);
	if (fj->epoll_fd >= 0)
		close(fj->epoll_fd);
	free(fj->ring_fds);
	free(fj->views);
	free(fj);
}

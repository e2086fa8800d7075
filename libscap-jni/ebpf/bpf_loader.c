/* SPDX-License-Identifier: Apache-2.0 */
/*
 * Loads the embedded CO-RE object (skeleton), sizes its maps to this machine, creates one ringbuf
 * per possible CPU, attaches tp_btf programs (raw_tp when BTF tracepoints are refused), and maps
 * each ring for the consumer. Thin on purpose: everything per event happens in the kernel
 * programs or in the consumer.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
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
	/* Syscall exits: one program on raw_syscalls:sys_exit (exit_link), or, in the syscall
	 * tracepoints mode, the tracepoint program attached to syscalls:sys_exit_<name> of each
	 * captured syscall (sc_links, by native number). */
	int sc_mode;
	int hooks_on;	/* apply_hooks has run: the exit hooks follow the bitmap from now on */
	struct bpf_link *exit_link;
	struct bpf_link *sc_links[FJ_MAX_SYSCALLS];
	uint8_t sc_absent[FJ_MAX_SYSCALLS];	/* not implemented by this kernel */
	uint8_t hooked[FJ_MAX_SYSCALLS];
};

#define TRACEFS_MAGIC 0x74726163

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
 * attached to raw_syscalls, interesting or not. The sys_exit program is attached by
 * apply_hooks (not the skeleton): on raw_syscalls, or replaced by the per-syscall tracepoint
 * program, which is loaded only in that mode. */
static void choose_programs(struct falcoj_bpf *s, int btf, int enter, int sc_mode)
{
	bpf_program__set_autoload(s->progs.fj_btf_sys_enter, btf && enter);
	bpf_program__set_autoload(s->progs.fj_btf_sys_exit, btf);
	bpf_program__set_autoload(s->progs.fj_btf_exec, btf);
	bpf_program__set_autoload(s->progs.fj_btf_exit, btf);
	bpf_program__set_autoload(s->progs.fj_raw_sys_enter, !btf && enter);
	bpf_program__set_autoload(s->progs.fj_raw_sys_exit, !btf);
	bpf_program__set_autoload(s->progs.fj_raw_exec, !btf);
	bpf_program__set_autoload(s->progs.fj_raw_exit, !btf);
	bpf_program__set_autoload(s->progs.fj_tp_sys_exit, sc_mode);
	bpf_program__set_autoattach(s->progs.fj_btf_sys_exit, false);
	bpf_program__set_autoattach(s->progs.fj_raw_sys_exit, false);
	bpf_program__set_autoattach(s->progs.fj_tp_sys_exit, false);
}

/* libbpf finds tracepoints under tracefs; mount it where a bare machine has not. */
static void ensure_tracefs(void)
{
	struct statfs st;

	if (statfs("/sys/kernel/tracing", &st) == 0 && st.f_type == TRACEFS_MAGIC)
		return;
	if (access("/sys/kernel/debug/tracing/events", F_OK) == 0)
		return;
	mount("nodev", "/sys/kernel/tracing", "tracefs", 0, NULL);
}

/* The kernel's syscall entry points ("openat" for __x64_sys_openat), from kallsyms: strong
 * symbols only, since a configured-out call is a weak alias of sys_ni_syscall. Read once (a full
 * read of kallsyms takes a few hundred ms), and only when a syscall has no tracepoint. */
struct fj_sys_names {
	char *buf;
	size_t len;
	int read;
};

static void read_sys_names(struct fj_sys_names *n)
{
	FILE *f = fopen("/proc/kallsyms", "r");
	char line[256];
	size_t cap = 0;

	n->read = 1;
	if (!f)
		return;
	setvbuf(f, NULL, _IOFBF, 1 << 16);
	while (fgets(line, sizeof(line), f)) {
		char *sym = strstr(line, " T __x64_sys_");
		size_t l;

		if (!sym)
			continue;
		sym += 13;
		l = strcspn(sym, "\n\t ");
		if (n->len + l + 1 > cap) {
			char *b = realloc(n->buf, cap ? cap * 2 : 8192);

			if (!b)
				break;
			n->buf = b;
			cap = cap ? cap * 2 : 8192;
		}
		memcpy(n->buf + n->len, sym, l);
		n->buf[n->len + l] = 0;
		n->len += l + 1;
	}
	fclose(f);
}

/* Whether this kernel implements a syscall of one of these names (yes when it cannot tell). */
static int syscall_implemented(struct fj_sys_names *names, const char *const *cands, int n)
{
	if (!names->read)
		read_sys_names(names);
	if (!names->buf)
		return 1;
	for (size_t at = 0; at < names->len; at += strlen(names->buf + at) + 1)
		for (int i = 0; i < n; i++)
			if (!strcmp(names->buf + at, cands[i]))
				return 1;
	return 0;
}

/* The syscall's tracepoint: syscalls:sys_exit_<name>, where the name is the kernel's
 * (SYSCALL_DEFINE) name: the __NR_ name, or that with "new" before it (stat, fstat, uname...),
 * or one of the few others. *absent is set when the kernel does not implement the call at all
 * (nothing to hook: it only ever fails with ENOSYS, which this mode does not report). */
static struct bpf_link *attach_syscall_tp(struct bpf_program *prog, int nr, struct fj_sys_names *names,
					  int *absent)
{
	static const char *const renamed[][2] = { { "umount2", "umount" }, { "sendfile", "sendfile64" } };
	const char *name = NULL;
	const char *cands[3];
	char newname[80];
	int n = 0;

	*absent = 0;
	for (int i = 0; i < fj_syscall_count; i++)
		if (fj_syscalls[i].nr == nr && !strncmp(fj_syscalls[i].macro, "__NR_", 5))
			name = fj_syscalls[i].macro + 5;
	if (!name)
		return NULL;
	snprintf(newname, sizeof(newname), "new%s", name);
	cands[n++] = name;
	cands[n++] = newname;
	for (size_t i = 0; i < sizeof(renamed) / sizeof(renamed[0]); i++)
		if (!strcmp(name, renamed[i][0]))
			cands[n++] = renamed[i][1];
	for (int i = 0; i < n; i++) {
		char tp[96];
		struct bpf_link *l;

		snprintf(tp, sizeof(tp), "sys_exit_%s", cands[i]);
		l = bpf_program__attach_tracepoint(prog, "syscalls", tp);
		if (l)
			return l;
	}
	*absent = !syscall_implemented(names, cands, n);
	return NULL;
}

/* Detaching a tracepoint's perf event waits for an RCU grace period (tens of ms here), one after
 * the other when done in a loop: seconds for a few dozen syscalls. Threads overlap the waits. */
#define FJ_DETACH_THREADS 16

struct fj_detach_job {
	struct bpf_link **links;
	int from, to;
};

static void *detach_some(void *arg)
{
	struct fj_detach_job *j = arg;

	for (int i = j->from; i < j->to; i++) {
		bpf_link__destroy(j->links[i]);
		j->links[i] = NULL;
	}
	return NULL;
}

static void destroy_links(struct bpf_link **links, int n)
{
	pthread_t t[FJ_DETACH_THREADS];
	struct fj_detach_job jobs[FJ_DETACH_THREADS];
	int started[FJ_DETACH_THREADS] = { 0 };
	int per = (n + FJ_DETACH_THREADS - 1) / FJ_DETACH_THREADS;

	for (int k = 0; k < FJ_DETACH_THREADS; k++) {
		jobs[k] = (struct fj_detach_job){ links, k * per, (k + 1) * per < n ? (k + 1) * per : n };
		started[k] = jobs[k].from < jobs[k].to && !pthread_create(&t[k], NULL, detach_some, &jobs[k]);
	}
	for (int k = 0; k < FJ_DETACH_THREADS; k++) {
		if (started[k])
			pthread_join(t[k], NULL);
		else if (jobs[k].from < jobs[k].to)
			detach_some(&jobs[k]);	/* no thread: here */
	}
}

/* Only the attached ones go to destroy_links: in raw_syscalls mode there are none, and a close
 * then starts no threads. */
static void drop_syscall_tps(struct fj_ebpf *fj)
{
	struct bpf_link *gone[FJ_MAX_SYSCALLS];
	int n = 0;

	for (int nr = 0; nr < FJ_MAX_SYSCALLS; nr++)
		if (fj->sc_links[nr]) {
			gone[n++] = fj->sc_links[nr];
			fj->sc_links[nr] = NULL;
		}
	destroy_links(gone, n);
}

/* Makes the attached exit hooks match the syscall bitmap. In the syscall tracepoints mode a
 * syscall without a tracepoint of its own (or one that will not attach) moves the driver to
 * raw_syscalls for good: every captured syscall must be seen. Returns 0 or a negative errno. */
static int apply_hooks(struct fj_ebpf *fj, const uint8_t *bitmap)
{
	struct bpf_program *raw = strcmp(fj->attach_kind, "raw_tp") ? fj->skel->progs.fj_btf_sys_exit
								    : fj->skel->progs.fj_raw_sys_exit;

	if (fj->sc_mode) {
		struct fj_sys_names names = { 0 };

		for (int nr = 0; nr < FJ_MAX_SYSCALLS; nr++) {
			if (bitmap[nr] && !fj->sc_links[nr] && !fj->sc_absent[nr]) {
				int absent;

				fj->sc_links[nr] = attach_syscall_tp(fj->skel->progs.fj_tp_sys_exit, nr, &names,
								     &absent);
				fj->sc_absent[nr] = absent;
				if (!fj->sc_links[nr] && !absent) {
					fj->sc_mode = 0;
					drop_syscall_tps(fj);
					break;
				}
			}
		}
		free(names.buf);
		if (fj->sc_mode) {
			struct bpf_link *gone[FJ_MAX_SYSCALLS] = { 0 };
			int n = 0;

			for (int nr = 0; nr < FJ_MAX_SYSCALLS; nr++)
				if (!bitmap[nr] && fj->sc_links[nr]) {
					gone[n++] = fj->sc_links[nr];
					fj->sc_links[nr] = NULL;
				}
			destroy_links(gone, n);
		}
		if (fj->sc_mode)
			return 0;
	}
	if (!fj->exit_link) {
		fj->exit_link = bpf_program__attach(raw);
		if (!fj->exit_link)
			return -errno;
	}
	return 0;
}

static int open_skeleton(struct fj_ebpf *fj, const struct fj_ebpf_opts *o, int btf, char *err, size_t errlen)
{
	struct falcoj_bpf *s = falcoj_bpf__open();
	int rc;

	if (!s) {
		fail(err, errlen, "cannot open the BPF object: %s", strerror(errno));
		return -errno;
	}
	choose_programs(s, btf, o->enter_events, fj->sc_mode);
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
	/* The syscall tracepoints mode needs no enter events (those hook every syscall anyway).
	 * FALCOJ_BPF_HOOKS=raw_syscalls or =syscall_tracepoints overrides the caller's choice. */
	fj->sc_mode = o->syscall_tracepoints && !o->enter_events;
	if (getenv("FALCOJ_BPF_HOOKS"))
		fj->sc_mode = !strcmp(getenv("FALCOJ_BPF_HOOKS"), "syscall_tracepoints") && !o->enter_events;
	if (fj->sc_mode)
		ensure_tracefs();
	/* FALCOJ_BPF_RAW_TP=1 goes straight to the raw_tp programs (to exercise the fallback) */
	rc = getenv("FALCOJ_BPF_RAW_TP") ? -EOPNOTSUPP : open_skeleton(fj, o, 1, err, errlen);
	if (rc && fj->sc_mode && !getenv("FALCOJ_BPF_RAW_TP")) {
		/* a kernel that refuses the tracepoint program (bpf_task_pt_regs is 5.15+) */
		fj->sc_mode = 0;
		rc = open_skeleton(fj, o, 1, err, errlen);
	}
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
	/* Edge-triggered: a ring's poll reports readable as soon as one byte is unread, so a level-
	 * triggered wait returned at once whenever the producer had written anything since the last
	 * drain, and a busy machine kept the consumer spinning over a few events at a time (reading
	 * the lines the producer was still writing). Edge-triggered, the wait returns on the
	 * probe's batched wakeups (fj_wakeup_bytes per CPU) or at its timeout. */
	fj->epoll_fd = epoll_create1(EPOLL_CLOEXEC);
	for (i = 0; i < fj->ncpus; i++) {
		struct epoll_event ev = { .events = EPOLLIN | EPOLLET, .data.u32 = i };

		epoll_ctl(fj->epoll_fd, EPOLL_CTL_ADD, fj->ring_fds[i], &ev);
	}
	{
		struct fj_syscall_spec *tmp = calloc(FJ_MAX_SYSCALLS, sizeof(*tmp));

		fj_fill_specs(tmp, FJ_MAX_SYSCALLS, fj->hooked, o->all_syscalls, NULL, 0);
		free(tmp);
		memcpy(fj->skel->bss->fj_interesting, fj->hooked, sizeof(fj->hooked));
	}
	fj->skel->bss->fj_sched_on = 1;
	fj->skel->bss->fj_enter_events = o->enter_events;
	fj->skel->bss->fj_own_tgid = o->own_tgid;
	fj->skel->bss->fj_wakeup_bytes = o->wakeup_bytes ? o->wakeup_bytes : size / 4;
	rc = falcoj_bpf__attach(fj->skel);
	/* raw_syscalls: the one exit program now. Syscall tracepoints: at start, for the set the
	 * caller will have chosen by then (attaching is per syscall, and every syscall with its own
	 * events is in the initial set). */
	if (!rc && !fj->sc_mode) {
		rc = apply_hooks(fj, fj->hooked);
		fj->hooks_on = 1;
	}
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
	return fj->sc_mode ? "syscall tracepoint" : fj->attach_kind;
}

int fj_ebpf_start(struct fj_ebpf *fj)
{
	if (!fj->hooks_on) {
		int rc = apply_hooks(fj, fj->hooked);

		if (rc)
			return rc;
		fj->hooks_on = 1;
	}
	__atomic_store_n(&fj->skel->bss->fj_capturing, 1, __ATOMIC_RELEASE);
	return 0;
}

void fj_ebpf_stop(struct fj_ebpf *fj)
{
	__atomic_store_n(&fj->skel->bss->fj_capturing, 0, __ATOMIC_RELEASE);
}

int fj_ebpf_set_interesting(struct fj_ebpf *fj, const uint8_t *bitmap, int n)
{
	/* Hooks for the new syscalls first, so that none of them is missed; then the bitmap. */
	for (int i = 0; i < FJ_MAX_SYSCALLS; i++)
		fj->hooked[i] = i < n ? bitmap[i] != 0 : 0;
	int rc = fj->hooks_on ? apply_hooks(fj, fj->hooked) : 0;

	for (int i = 0; i < FJ_MAX_SYSCALLS; i++)
		fj->skel->bss->fj_interesting[i] = fj->hooked[i];
	return rc;
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
	drop_syscall_tps(fj);
	bpf_link__destroy(fj->exit_link);
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

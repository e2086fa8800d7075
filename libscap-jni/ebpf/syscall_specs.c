/* SPDX-License-Identifier: Apache-2.0 */
/*
 * What the eBPF driver emits for each native syscall: the event pair of the event table and,
 * per parameter, where its value comes from. A syscall without a row here is reported by the
 * generic "syscall" events (ppm_sc code and native number). EbpfEventCodesTest checks the rows'
 * event codes and parameter counts against events.table; fj_fill_specs checks the counts against
 * the generated header the driver was built with.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>

#define FALCO_EVENT_TABLE_DEFINE
#include "fj_abi.h"
#include "fj_events.h"
#include "fj_ebpf.h"

/* Native number -> ppm_sc code of every syscall the event table knows (generated header). */
/* #nr is the macro's name as written in the map ("__NR_openat"): the kernel's name of the call. */
#define FJ_SYSCALL_ROW(nr, sc) { nr, sc, #nr },
const struct fj_syscall_name fj_syscalls[] = { FALCO_SYSCALL_MAP(FJ_SYSCALL_ROW) };
const int fj_syscall_count = sizeof(fj_syscalls) / sizeof(fj_syscalls[0]);

#define P(src, arg) { FJ_SRC_##src, arg }
#define RET P(RET, 0)
#define FD(a) P(FD, a)
#define STR(a) P(STR, a)
#define U32(a) P(U32, a)
#define U64(a) P(U64, a)

struct fj_spec_row {
	int nr;
	unsigned short enter_type;
	unsigned short exit_type;
	unsigned char flags;
	struct fj_param enter[FJ_ENTER_PARAMS];
	struct fj_param exit[FJ_EXIT_PARAMS];
};

static const struct fj_spec_row rows[] = {
	{ __NR_open, FJ_PAIR(OPEN), 0,
	  { STR(0), P(OPEN_FLAGS, 1), U32(2) },
	  { RET, STR(0), P(OPEN_FLAGS, 1), U32(2), P(DEV_OF_RET, 0), P(INO_OF_RET, 0) } },
	{ __NR_openat, FJ_PAIR(OPENAT), 0,
	  { FD(0), STR(1), P(OPEN_FLAGS, 2), U32(3) },
	  { RET, FD(0), STR(1), P(OPEN_FLAGS, 2), U32(3), P(DEV_OF_RET, 0), P(INO_OF_RET, 0) } },
	{ __NR_openat2, FJ_PAIR(OPENAT2), 0,
	  { FD(0), STR(1), P(HOW_FLAGS, 2), P(HOW_MODE, 2), P(HOW_RESOLVE, 2) },
	  { RET, FD(0), STR(1), P(HOW_FLAGS, 2), P(HOW_MODE, 2), P(HOW_RESOLVE, 2), P(DEV_OF_RET, 0),
	    P(INO_OF_RET, 0) } },
	{ __NR_creat, FJ_PAIR(CREAT), 0,
	  { STR(0), U32(1) },
	  { RET, STR(0), U32(1), P(DEV_OF_RET, 0), P(INO_OF_RET, 0), P(ZERO16, 0) } },
	{ __NR_close, FJ_PAIR(CLOSE), 0, { FD(0) }, { RET, FD(0) } },
	{ __NR_socket, FJ_PAIR(SOCKET), 0,
	  { P(SOCK_FAMILY, 0), U32(1), U32(2) }, { RET, P(SOCK_FAMILY, 0), U32(1), U32(2) } },
	{ __NR_bind, FJ_PAIR(BIND), 0, { FD(0) }, { RET, P(SOCKADDR, 1), FD(0) } },
	{ __NR_connect, FJ_PAIR(CONNECT), 0,
	  { FD(0), P(SOCKADDR, 1) }, { RET, P(TUPLE_OF_ARG, 0), FD(0), P(SOCKADDR, 1) } },
	{ __NR_listen, FJ_PAIR(LISTEN), 0, { FD(0), U32(1) }, { RET, FD(0), P(S32, 1) } },
	{ __NR_accept, FJ_PAIR(ACCEPT), 0, { },
	  { RET, P(TUPLE_OF_RET, 0), P(QUEUE_PCT, 0), P(QUEUE_LEN, 0), P(QUEUE_MAX, 0) } },
	{ __NR_accept4, FJ_PAIR(ACCEPT4), 0, { P(S32, 3) },
	  { RET, P(TUPLE_OF_RET, 0), P(QUEUE_PCT, 0), P(QUEUE_LEN, 0), P(QUEUE_MAX, 0), P(S32, 3) } },
	{ __NR_socketpair, FJ_PAIR(SOCKETPAIR), 0,
	  { P(SOCK_FAMILY, 0), U32(1), U32(2) },
	  { RET, P(FDPAIR0, 3), P(FDPAIR1, 3), P(SOCK_OF_PAIR0, 3), P(PEER_OF_PAIR0, 3), P(SOCK_FAMILY, 0),
	    U32(1), U32(2) } },
	{ __NR_pipe, FJ_PAIR(PIPE), 0, { },
	  { RET, P(FDPAIR0, 0), P(FDPAIR1, 0), P(PIPE_INO, 0) } },
	{ __NR_pipe2, FJ_PAIR(PIPE2), 0, { },
	  { RET, P(FDPAIR0, 0), P(FDPAIR1, 0), P(PIPE_INO, 0), P(OPEN_FLAGS, 1) } },
	{ __NR_dup, FJ_PAIR(DUP), 0, { FD(0) }, { RET, FD(0) } },
	{ __NR_dup2, FJ_PAIR(DUP2), 0, { FD(0) }, { RET, FD(0), FD(1) } },
	{ __NR_dup3, FJ_PAIR(DUP3), 0, { FD(0) }, { RET, FD(0), FD(1), P(OPEN_FLAGS, 2) } },
	{ __NR_fcntl, FJ_PAIR(FCNTL), 0, { FD(0), P(FCNTL_CMD, 1) }, { RET, FD(0), P(FCNTL_CMD, 1) } },
	{ __NR_chdir, FJ_PAIR(CHDIR), 0, { }, { RET, STR(0) } },
	{ __NR_fchdir, FJ_PAIR(FCHDIR), 0, { FD(0) }, { RET, FD(0) } },
	{ __NR_chroot, FJ_PAIR(CHROOT), 0, { }, { RET, STR(0) } },
	{ __NR_mkdir, FJ_PAIR(MKDIR), 0, { U32(1) }, { RET, STR(0), U32(1) } },
	{ __NR_mkdirat, FJ_PAIR(MKDIRAT), 0, { }, { RET, FD(0), STR(1), U32(2) } },
	{ __NR_rmdir, FJ_PAIR(RMDIR), 0, { }, { RET, STR(0) } },
	{ __NR_unlink, FJ_PAIR(UNLINK), 0, { }, { RET, STR(0) } },
	{ __NR_unlinkat, FJ_PAIR(UNLINKAT), 0, { },
	  { RET, FD(0), STR(1), P(UNLINKAT_FLAGS, 2) } },
	{ __NR_rename, FJ_PAIR(RENAME), 0, { }, { RET, STR(0), STR(1) } },
	{ __NR_renameat, FJ_PAIR(RENAMEAT), 0, { },
	  { RET, FD(0), STR(1), FD(2), STR(3) } },
	{ __NR_renameat2, FJ_PAIR(RENAMEAT2), 0, { },
	  { RET, FD(0), STR(1), FD(2), STR(3), U32(4) } },
	{ __NR_symlink, FJ_PAIR(SYMLINK), 0, { }, { RET, STR(0), STR(1) } },
	{ __NR_symlinkat, FJ_PAIR(SYMLINKAT), 0, { }, { RET, STR(0), FD(1), STR(2) } },
	{ __NR_link, FJ_PAIR(LINK), 0, { }, { RET, STR(0), STR(1) } },
	{ __NR_linkat, FJ_PAIR(LINKAT), 0, { },
	  { RET, FD(0), STR(1), FD(2), STR(3), P(LINKAT_FLAGS, 4) } },
	{ __NR_chmod, FJ_PAIR(CHMOD), 0, { }, { RET, STR(0), U32(1) } },
	{ __NR_fchmod, FJ_PAIR(FCHMOD), 0, { }, { RET, FD(0), U32(1) } },
	{ __NR_fchmodat, FJ_PAIR(FCHMODAT), 0, { }, { RET, FD(0), STR(1), U32(2) } },
	{ __NR_setuid, FJ_PAIR(SETUID), 0, { U32(0) }, { RET, U32(0) } },
	{ __NR_setgid, FJ_PAIR(SETGID), 0, { U32(0) }, { RET, U32(0) } },
	{ __NR_setresuid, FJ_PAIR(SETRESUID), 0, { U32(0), U32(1), U32(2) },
	  { RET, U32(0), U32(1), U32(2) } },
	{ __NR_setresgid, FJ_PAIR(SETRESGID), 0, { U32(0), U32(1), U32(2) },
	  { RET, U32(0), U32(1), U32(2) } },
	{ __NR_ptrace, FJ_PAIR(PTRACE), 0,
	  { P(PTRACE_REQ, 0), P(S64, 1) },
	  { RET, P(DYN_U64, 2), P(DYN_U64, 3), P(PTRACE_REQ, 0), P(S64, 1) } },
	{ __NR_kill, FJ_PAIR(KILL), 0, { P(S64, 0), P(U8, 1) }, { RET, P(S64, 0), P(U8, 1) } },
	{ __NR_mmap, FJ_PAIR(MMAP), 0,
	  { U64(0), U64(1), P(PROT, 2), P(MMAP_FLAGS, 3), FD(4), U64(5) },
	  { P(RET_U64, 0), P(VM_SIZE, 0), P(VM_RSS, 0), P(VM_SWAP, 0), U64(0), U64(1), P(PROT, 2),
	    P(MMAP_FLAGS, 3), FD(4), U64(5) } },
	{ __NR_mprotect, FJ_PAIR(MPROTECT), 0, { U64(0), U64(1), P(PROT, 2) },
	  { RET, U64(0), U64(1), P(PROT, 2) } },
	{ __NR_memfd_create, FJ_PAIR(MEMFD_CREATE), 0, { },
	  { RET, STR(0), P(MEMFD_FLAGS, 1) } },
	{ __NR_setns, FJ_PAIR(SETNS), 0, { FD(0), P(CLONE_FLAGS, 1) },
	  { RET, FD(0), P(CLONE_FLAGS, 1) } },
	{ __NR_unshare, FJ_PAIR(UNSHARE), 0, { P(CLONE_FLAGS, 0) }, { RET, P(CLONE_FLAGS, 0) } },
	{ __NR_sendto, FJ_PAIR(SENDTO), 0, { FD(0), U32(2), P(TUPLE_OF_FD, 0) },
	  { RET, P(EMPTY, 0), FD(0), U32(2), P(TUPLE_OF_FD, 0) } },
	{ __NR_recvfrom, FJ_PAIR(RECVFROM), 0, { FD(0), U32(2) },
	  { RET, P(EMPTY, 0), P(TUPLE_OF_FD, 0), FD(0), U32(2) } },
	{ __NR_eventfd, FJ_PAIR(EVENTFD), 0, { U64(0), P(ZERO32, 0) }, { RET, U64(0), P(ZERO32, 0) } },
	{ __NR_eventfd2, FJ_PAIR(EVENTFD2), 0, { U64(0) }, { RET, P(OPEN_FLAGS16, 1), U64(0) } },
	{ __NR_getcwd, FJ_PAIR(GETCWD), 0, { }, { RET, STR(0) } },
	{ __NR_signalfd, FJ_PAIR(SIGNALFD), 0, { FD(0), P(ZERO32, 0), P(ZERO8, 0) },
	  { RET, FD(0), P(ZERO32, 0), P(ZERO8, 0) } },
	{ __NR_signalfd4, FJ_PAIR(SIGNALFD4), 0, { FD(0), P(ZERO32, 0) },
	  { RET, P(OPEN_FLAGS16, 3), FD(0), P(ZERO32, 0) } },
	{ __NR_tkill, FJ_PAIR(TKILL), 0, { P(S64, 0), P(U8, 1) }, { RET, P(S64, 0), P(U8, 1) } },
	{ __NR_tgkill, FJ_PAIR(TGKILL), 0, { P(S64, 0), P(S64, 1), P(U8, 2) },
	  { RET, P(S64, 0), P(S64, 1), P(U8, 2) } },
	{ __NR_timerfd_create, FJ_PAIR(TIMERFD_CREATE), 0, { P(U8, 0), P(U8, 1) },
	  { RET, P(U8, 0), P(U8, 1) } },
	{ __NR_inotify_init, FJ_PAIR(INOTIFY_INIT), 0, { P(ZERO8, 0) }, { RET, P(ZERO8, 0) } },
	{ __NR_inotify_init1, FJ_PAIR(INOTIFY_INIT1), 0, { }, { RET, P(OPEN_FLAGS16, 0) } },
	{ __NR_setrlimit, FJ_PAIR(SETRLIMIT), 0, { P(U8, 0) },
	  { RET, P(USER_S64_AT, 1), P(USER_S64_AT, 1 | 1 << 3), P(U8, 0) } },
	{ __NR_prlimit64, FJ_PAIR(PRLIMIT), 0, { P(S64, 0), P(U8, 1) },
	  { RET, P(USER_S64_AT, 2), P(USER_S64_AT, 2 | 1 << 3), P(USER_S64_AT, 3), P(USER_S64_AT, 3 | 1 << 3),
	    P(S64, 0), P(U8, 1) } },
	{ __NR_mount, FJ_PAIR(MOUNT), 0, { P(MOUNT_FLAGS, 3) },
	  { RET, STR(0), STR(1), STR(2), P(MOUNT_FLAGS, 3) } },
	{ __NR_umount2, FJ_PAIR(UMOUNT2), 0, { U32(1) }, { RET, STR(0), U32(1) } },
	{ __NR_setsid, FJ_PAIR(SETSID), 0, { }, { RET } },
	{ __NR_setpgid, FJ_PAIR(SETPGID), 0, { P(S64, 0), P(S64, 1) }, { RET, P(S64, 0), P(S64, 1) } },
	{ __NR_userfaultfd, FJ_PAIR(USERFAULTFD), 0, { }, { RET, P(OPEN_FLAGS, 0) } },
	{ __NR_io_uring_setup, FJ_PAIR(IO_URING_SETUP), 0, { },
	  { RET, U32(0), P(USER_U32_AT, 1), P(USER_U32_AT, 1 | 1 << 3), P(USER_U32_AT, 1 | 2 << 3),
	    P(USER_U32_AT, 1 | 3 << 3), P(USER_U32_AT, 1 | 4 << 3), P(USER_U32_AT, 1 | 5 << 3) } },
	{ __NR_capset, FJ_PAIR(CAPSET), 0, { }, { RET, P(CAP_INH, 0), P(CAP_PRM, 0), P(CAP_EFF, 0) } },
	{ __NR_bpf, FJ_PAIR(BPF), 0, { P(S64, 0) }, { RET, P(S32, 0) } },
	{ __NR_prctl, FJ_PAIR(PRCTL), 0, { }, { RET, P(S32, 0), P(PRCTL_STR, 1), P(S64, 1) } },
	{ __NR_pidfd_open, FJ_PAIR(PIDFD_OPEN), 0, { }, { RET, P(S64, 0), P(PIDFD_FLAGS, 1) } },
	{ __NR_pidfd_getfd, FJ_PAIR(PIDFD_GETFD), 0, { }, { RET, FD(0), FD(1), U32(2) } },
	{ __NR_init_module, FJ_PAIR(INIT_MODULE), 0, { }, { RET, P(EMPTY, 0), U64(1), STR(2) } },
	{ __NR_finit_module, FJ_PAIR(FINIT_MODULE), 0, { }, { RET, FD(0), STR(1), U32(2) } },
	{ __NR_setreuid, FJ_PAIR(SETREUID), 0, { }, { RET, U32(0), U32(1) } },
	{ __NR_setregid, FJ_PAIR(SETREGID), 0, { }, { RET, U32(0), U32(1) } },
	{ __NR_execve, FJ_PAIR(EXECVE), FJ_SPEC_PROC_EXEC, { STR(0) }, { } },
	{ __NR_execveat, FJ_PAIR(EXECVEAT), FJ_SPEC_PROC_EXEC,
	  { FD(0), STR(1), P(EXECVEAT_FLAGS, 4) }, { } },
	{ __NR_clone, FJ_PAIR(CLONE), FJ_SPEC_PROC_CLONE, { }, { } },
	{ __NR_clone3, FJ_PAIR(CLONE3), FJ_SPEC_PROC_CLONE | FJ_SPEC_CLONE3, { }, { } },
	{ __NR_fork, FJ_PAIR(FORK), FJ_SPEC_PROC_CLONE | FJ_SPEC_FORK, { }, { } },
	{ __NR_vfork, FJ_PAIR(VFORK), FJ_SPEC_PROC_CLONE | FJ_SPEC_VFORK, { }, { } },
};

static int count(const struct fj_param *p, int max)
{
	int n = 0;

	while (n < max && p[n].src != FJ_SRC_NONE)
		n++;
	return n;
}

int fj_ebpf_has_spec(int nr)
{
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++)
		if (rows[i].nr == nr)
			return 1;
	return 0;
}

static int check(int nr, int type, int n, char *err, size_t errlen)
{
	if (type < 0 || type >= FALCO_EVENT_MAX || falco_event_info[type].nparams != n) {
		if (err)
			snprintf(err, errlen, "syscall %d: event %d is written with %d parameters, the event table has %d "
				 "(driver and table out of step)", nr, type, n,
				 type >= 0 && type < FALCO_EVENT_MAX ? falco_event_info[type].nparams : -1);
		return -1;
	}
	return 0;
}

/* The exit lists the probe's hand-written fillers produce (FJ_FAST_*), in the rows' notation. */
static const struct fj_param fast_close[FJ_EXIT_PARAMS] = { RET, FD(0) };
static const struct fj_param fast_open[FJ_EXIT_PARAMS] = { RET, STR(0), P(OPEN_FLAGS, 1), U32(2), P(DEV_OF_RET, 0),
							   P(INO_OF_RET, 0) };
static const struct fj_param fast_openat[FJ_EXIT_PARAMS] = { RET, FD(0), STR(1), P(OPEN_FLAGS, 2), U32(3),
							     P(DEV_OF_RET, 0), P(INO_OF_RET, 0) };

/* The fast filler that writes exactly this row's exit event, or FJ_FAST_NONE. FALCOJ_BPF_FAST=0
 * turns them off (every exit then takes the parameter loop: the reference to compare with). */
static int fast_kind(const struct fj_spec_row *r)
{
	const char *env = getenv("FALCOJ_BPF_FAST");

	if (env && !strcmp(env, "0"))
		return FJ_FAST_NONE;
	if (r->exit_type == FALCO_EVT_CLOSE_X && !memcmp(r->exit, fast_close, sizeof(fast_close)))
		return FJ_FAST_CLOSE;
	if (r->exit_type == FALCO_EVT_OPEN_X && !memcmp(r->exit, fast_open, sizeof(fast_open)))
		return FJ_FAST_OPEN;
	if (r->exit_type == FALCO_EVT_OPENAT_X && !memcmp(r->exit, fast_openat, sizeof(fast_openat)))
		return FJ_FAST_OPENAT;
	return FJ_FAST_NONE;
}

/* Fills one spec per native syscall: a row above, or the generic pair for a known syscall. The
 * process exits (clone/execve families) are written by the process filler. Returns 0, or -1 with
 * a message when a spec disagrees with the event table. */
int fj_fill_specs(struct fj_syscall_spec *specs, int n, uint8_t *interesting, int all_syscalls, char *err,
		  size_t errlen)
{
	memset(specs, 0, sizeof(*specs) * n);
	for (int i = 0; i < fj_syscall_count; i++) {
		int nr = fj_syscalls[i].nr;
		struct fj_syscall_spec *s;

		if (nr < 0 || nr >= n)
			continue;
		s = &specs[nr];
		s->ppm_sc = fj_syscalls[i].ppm_sc;
		s->enter_type = FJ_GENERIC_E;
		s->exit_type = FJ_GENERIC_X;
		s->enter_n = 2;
		s->exit_n = 2;
		s->enter[0] = (struct fj_param)P(SYSCALL_ID, 0);
		s->enter[1] = (struct fj_param)P(NATIVE_ID, 0);
		s->exit[0] = (struct fj_param)P(SYSCALL_ID, 0);
		s->exit[1] = (struct fj_param)P(NATIVE_ID, 0);
		if (interesting)
			interesting[nr] = all_syscalls != 0;
	}
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		const struct fj_spec_row *r = &rows[i];
		struct fj_syscall_spec *s;

		if (r->nr < 0 || r->nr >= n)
			continue;
		s = &specs[r->nr];
		s->enter_type = r->enter_type;
		s->exit_type = r->exit_type;
		s->flags = r->flags;
		s->fast = fast_kind(r);
		memcpy(s->enter, r->enter, sizeof(s->enter));
		memcpy(s->exit, r->exit, sizeof(s->exit));
		s->enter_n = count(r->enter, FJ_ENTER_PARAMS);
		for (int k = 0; k < FJ_EXIT_PARAMS; k++)
			if (r->exit[k].src == FJ_SRC_DEV_OF_RET || r->exit[k].src == FJ_SRC_INO_OF_RET)
				s->flags |= FJ_SPEC_RET_FILE;
		if (r->flags & FJ_SPEC_PROC_CLONE)
			s->exit_n = FJ_CLONE_X_NPARAMS;
		else if (r->flags & FJ_SPEC_PROC_EXEC)
			s->exit_n = r->exit_type == FJ_EXECVEAT_X ? FJ_EXECVEAT_X_NPARAMS : FJ_EXECVE_X_NPARAMS;
		else
			s->exit_n = count(r->exit, FJ_EXIT_PARAMS);
		if (check(r->nr, s->enter_type, s->enter_n, err, errlen) ||
		    check(r->nr, s->exit_type, s->exit_n, err, errlen))
			return -1;
		if (interesting)
			interesting[r->nr] = 1;
	}
	if (check(-1, FJ_PROCEXIT_E, FJ_PROCEXIT_NPARAMS, err, errlen) ||
	    check(-1, FJ_GENERIC_E, 2, err, errlen) || check(-1, FJ_GENERIC_X, 2, err, errlen))
		return -1;
	return 0;
}

/* SPDX-License-Identifier: Apache-2.0 */
/*
 * What the eBPF driver emits for each native syscall: the event pair of the event table and,
 * per parameter, where its value comes from. A syscall without a row here is reported by the
 * generic "syscall" events (ppm_sc code and native number). EbpfEventCodesTest checks the rows'
 * event codes and parameter counts against events.table (through fj-ebpf-capture --dump-specs).
 */
#include <string.h>
#include <sys/syscall.h>

#include "fj_abi.h"
#include "fj_events.h"
#include "fj_ebpf.h"
#include "fj_syscall_table.h"

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
	{ __NR_open, FJ_OPEN_E, FJ_OPEN_X, 0,
	  { STR(0), P(OPEN_FLAGS, 1), U32(2) },
	  { RET, STR(0), P(OPEN_FLAGS, 1), U32(2), P(DEV_OF_RET, 0), P(INO_OF_RET, 0) } },
	{ __NR_openat, FJ_OPENAT_E, FJ_OPENAT_X, 0,
	  { FD(0), STR(1), P(OPEN_FLAGS, 2), U32(3) },
	  { RET, FD(0), STR(1), P(OPEN_FLAGS, 2), U32(3), P(DEV_OF_RET, 0), P(INO_OF_RET, 0) } },
	{ __NR_openat2, FJ_OPENAT2_E, FJ_OPENAT2_X, 0,
	  { FD(0), STR(1), P(HOW_FLAGS, 2), P(HOW_MODE, 2), P(HOW_RESOLVE, 2) },
	  { RET, FD(0), STR(1), P(HOW_FLAGS, 2), P(HOW_MODE, 2), P(HOW_RESOLVE, 2), P(DEV_OF_RET, 0),
	    P(INO_OF_RET, 0) } },
	{ __NR_creat, FJ_CREAT_E, FJ_CREAT_X, 0,
	  { STR(0), U32(1) },
	  { RET, STR(0), U32(1), P(DEV_OF_RET, 0), P(INO_OF_RET, 0), P(ZERO16, 0) } },
	{ __NR_close, FJ_CLOSE_E, FJ_CLOSE_X, 0, { FD(0) }, { RET, FD(0) } },
	{ __NR_socket, FJ_SOCKET_E, FJ_SOCKET_X, 0,
	  { P(SOCK_FAMILY, 0), U32(1), U32(2) }, { RET, P(SOCK_FAMILY, 0), U32(1), U32(2) } },
	{ __NR_bind, FJ_BIND_E, FJ_BIND_X, 0, { FD(0) }, { RET, P(SOCKADDR, 1), FD(0) } },
	{ __NR_connect, FJ_CONNECT_E, FJ_CONNECT_X, 0,
	  { FD(0), P(SOCKADDR, 1) }, { RET, P(TUPLE_OF_ARG, 0), FD(0), P(SOCKADDR, 1) } },
	{ __NR_listen, FJ_LISTEN_E, FJ_LISTEN_X, 0, { FD(0), U32(1) }, { RET, FD(0), P(S32, 1) } },
	{ __NR_accept, FJ_ACCEPT_E, FJ_ACCEPT_X, 0, { },
	  { RET, P(TUPLE_OF_RET, 0), P(QUEUE_PCT, 0), P(QUEUE_LEN, 0), P(QUEUE_MAX, 0) } },
	{ __NR_accept4, FJ_ACCEPT4_6_E, FJ_ACCEPT4_6_X, 0, { P(S32, 3) },
	  { RET, P(TUPLE_OF_RET, 0), P(QUEUE_PCT, 0), P(QUEUE_LEN, 0), P(QUEUE_MAX, 0), P(S32, 3) } },
	{ __NR_socketpair, FJ_SOCKETPAIR_E, FJ_SOCKETPAIR_X, 0,
	  { P(SOCK_FAMILY, 0), U32(1), U32(2) },
	  { RET, P(FDPAIR0, 3), P(FDPAIR1, 3), P(SOCK_OF_PAIR0, 3), P(PEER_OF_PAIR0, 3), P(SOCK_FAMILY, 0),
	    U32(1), U32(2) } },
	{ __NR_pipe, FJ_PIPE_E, FJ_PIPE_X, 0, { },
	  { RET, P(FDPAIR0, 0), P(FDPAIR1, 0), P(PIPE_INO, 0) } },
	{ __NR_pipe2, FJ_PIPE2_E, FJ_PIPE2_X, 0, { },
	  { RET, P(FDPAIR0, 0), P(FDPAIR1, 0), P(PIPE_INO, 0), P(OPEN_FLAGS, 1) } },
	{ __NR_dup, FJ_DUP1_E, FJ_DUP1_X, 0, { FD(0) }, { RET, FD(0) } },
	{ __NR_dup2, FJ_DUP2_E, FJ_DUP2_X, 0, { FD(0) }, { RET, FD(0), FD(1) } },
	{ __NR_dup3, FJ_DUP3_E, FJ_DUP3_X, 0, { FD(0) }, { RET, FD(0), FD(1), P(OPEN_FLAGS, 2) } },
	{ __NR_fcntl, FJ_FCNTL_E, FJ_FCNTL_X, 0, { FD(0), P(FCNTL_CMD, 1) }, { RET, FD(0), P(FCNTL_CMD, 1) } },
	{ __NR_chdir, FJ_CHDIR_E, FJ_CHDIR_X, 0, { }, { RET, STR(0) } },
	{ __NR_fchdir, FJ_FCHDIR_E, FJ_FCHDIR_X, 0, { FD(0) }, { RET, FD(0) } },
	{ __NR_chroot, FJ_CHROOT_E, FJ_CHROOT_X, 0, { }, { RET, STR(0) } },
	{ __NR_mkdir, FJ_MKDIR_E, FJ_MKDIR_X, 0, { U32(1) }, { RET, STR(0), U32(1) } },
	{ __NR_mkdirat, FJ_MKDIRAT_E, FJ_MKDIRAT_X, 0, { }, { RET, FD(0), STR(1), U32(2) } },
	{ __NR_rmdir, FJ_RMDIR_E, FJ_RMDIR_X, 0, { }, { RET, STR(0) } },
	{ __NR_unlink, FJ_UNLINK_E, FJ_UNLINK_X, 0, { }, { RET, STR(0) } },
	{ __NR_unlinkat, FJ_UNLINKAT_E, FJ_UNLINKAT_X, 0, { },
	  { RET, FD(0), STR(1), P(UNLINKAT_FLAGS, 2) } },
	{ __NR_rename, FJ_RENAME_E, FJ_RENAME_X, 0, { }, { RET, STR(0), STR(1) } },
	{ __NR_renameat, FJ_RENAMEAT_E, FJ_RENAMEAT_X, 0, { },
	  { RET, FD(0), STR(1), FD(2), STR(3) } },
	{ __NR_renameat2, FJ_RENAMEAT2_E, FJ_RENAMEAT2_X, 0, { },
	  { RET, FD(0), STR(1), FD(2), STR(3), U32(4) } },
	{ __NR_symlink, FJ_SYMLINK_E, FJ_SYMLINK_X, 0, { }, { RET, STR(0), STR(1) } },
	{ __NR_symlinkat, FJ_SYMLINKAT_E, FJ_SYMLINKAT_X, 0, { }, { RET, STR(0), FD(1), STR(2) } },
	{ __NR_link, FJ_LINK_E, FJ_LINK_X, 0, { }, { RET, STR(0), STR(1) } },
	{ __NR_linkat, FJ_LINKAT_E, FJ_LINKAT_X, 0, { },
	  { RET, FD(0), STR(1), FD(2), STR(3), P(LINKAT_FLAGS, 4) } },
	{ __NR_chmod, FJ_CHMOD_E, FJ_CHMOD_X, 0, { }, { RET, STR(0), U32(1) } },
	{ __NR_fchmod, FJ_FCHMOD_E, FJ_FCHMOD_X, 0, { }, { RET, FD(0), U32(1) } },
	{ __NR_fchmodat, FJ_FCHMODAT_E, FJ_FCHMODAT_X, 0, { }, { RET, FD(0), STR(1), U32(2) } },
	{ __NR_setuid, FJ_SETUID_E, FJ_SETUID_X, 0, { U32(0) }, { RET, U32(0) } },
	{ __NR_setgid, FJ_SETGID_E, FJ_SETGID_X, 0, { U32(0) }, { RET, U32(0) } },
	{ __NR_setresuid, FJ_SETRESUID_E, FJ_SETRESUID_X, 0, { U32(0), U32(1), U32(2) },
	  { RET, U32(0), U32(1), U32(2) } },
	{ __NR_setresgid, FJ_SETRESGID_E, FJ_SETRESGID_X, 0, { U32(0), U32(1), U32(2) },
	  { RET, U32(0), U32(1), U32(2) } },
	{ __NR_ptrace, FJ_PTRACE_E, FJ_PTRACE_X, 0,
	  { P(PTRACE_REQ, 0), P(S64, 1) },
	  { RET, P(DYN_U64, 2), P(DYN_U64, 3), P(PTRACE_REQ, 0), P(S64, 1) } },
	{ __NR_kill, FJ_KILL_E, FJ_KILL_X, 0, { P(S64, 0), P(U8, 1) }, { RET, P(S64, 0), P(U8, 1) } },
	{ __NR_mmap, FJ_MMAP_E, FJ_MMAP_X, 0,
	  { U64(0), U64(1), P(PROT, 2), P(MMAP_FLAGS, 3), FD(4), U64(5) },
	  { P(RET_U64, 0), P(VM_SIZE, 0), P(VM_RSS, 0), P(VM_SWAP, 0), U64(0), U64(1), P(PROT, 2),
	    P(MMAP_FLAGS, 3), FD(4), U64(5) } },
	{ __NR_mprotect, FJ_MPROTECT_E, FJ_MPROTECT_X, 0, { U64(0), U64(1), P(PROT, 2) },
	  { RET, U64(0), U64(1), P(PROT, 2) } },
	{ __NR_memfd_create, FJ_MEMFD_CREATE_E, FJ_MEMFD_CREATE_X, 0, { },
	  { RET, STR(0), P(MEMFD_FLAGS, 1) } },
	{ __NR_setns, FJ_SETNS_E, FJ_SETNS_X, 0, { FD(0), P(CLONE_FLAGS, 1) },
	  { RET, FD(0), P(CLONE_FLAGS, 1) } },
	{ __NR_unshare, FJ_UNSHARE_E, FJ_UNSHARE_X, 0, { P(CLONE_FLAGS, 0) }, { RET, P(CLONE_FLAGS, 0) } },
	{ __NR_sendto, FJ_SENDTO_E, FJ_SENDTO_X, 0, { FD(0), U32(2), P(TUPLE_OF_FD, 0) },
	  { RET, P(EMPTY, 0), FD(0), U32(2), P(TUPLE_OF_FD, 0) } },
	{ __NR_recvfrom, FJ_RECVFROM_E, FJ_RECVFROM_X, 0, { FD(0), U32(2) },
	  { RET, P(EMPTY, 0), P(TUPLE_OF_FD, 0), FD(0), U32(2) } },
	{ __NR_eventfd, FJ_EVENTFD_E, FJ_EVENTFD_X, 0, { U64(0), P(ZERO32, 0) }, { RET, U64(0), P(ZERO32, 0) } },
	{ __NR_eventfd2, FJ_EVENTFD2_E, FJ_EVENTFD2_X, 0, { U64(0) }, { RET, P(OPEN_FLAGS16, 1), U64(0) } },
	{ __NR_getcwd, FJ_GETCWD_E, FJ_GETCWD_X, 0, { }, { RET, STR(0) } },
	{ __NR_signalfd, FJ_SIGNALFD_E, FJ_SIGNALFD_X, 0, { FD(0), P(ZERO32, 0), P(ZERO8, 0) },
	  { RET, FD(0), P(ZERO32, 0), P(ZERO8, 0) } },
	{ __NR_signalfd4, FJ_SIGNALFD4_E, FJ_SIGNALFD4_X, 0, { FD(0), P(ZERO32, 0) },
	  { RET, P(OPEN_FLAGS16, 3), FD(0), P(ZERO32, 0) } },
	{ __NR_tkill, FJ_TKILL_E, FJ_TKILL_X, 0, { P(S64, 0), P(U8, 1) }, { RET, P(S64, 0), P(U8, 1) } },
	{ __NR_tgkill, FJ_TGKILL_E, FJ_TGKILL_X, 0, { P(S64, 0), P(S64, 1), P(U8, 2) },
	  { RET, P(S64, 0), P(S64, 1), P(U8, 2) } },
	{ __NR_timerfd_create, FJ_TIMERFD_CREATE_E, FJ_TIMERFD_CREATE_X, 0, { P(U8, 0), P(U8, 1) },
	  { RET, P(U8, 0), P(U8, 1) } },
	{ __NR_inotify_init, FJ_INOTIFY_INIT_E, FJ_INOTIFY_INIT_X, 0, { P(ZERO8, 0) }, { RET, P(ZERO8, 0) } },
	{ __NR_inotify_init1, FJ_INOTIFY_INIT1_E, FJ_INOTIFY_INIT1_X, 0, { }, { RET, P(OPEN_FLAGS16, 0) } },
	{ __NR_setrlimit, FJ_SETRLIMIT_E, FJ_SETRLIMIT_X, 0, { P(U8, 0) },
	  { RET, P(USER_S64_AT, 1), P(USER_S64_AT, 1 | 1 << 3), P(U8, 0) } },
	{ __NR_prlimit64, FJ_PRLIMIT_E, FJ_PRLIMIT_X, 0, { P(S64, 0), P(U8, 1) },
	  { RET, P(USER_S64_AT, 2), P(USER_S64_AT, 2 | 1 << 3), P(USER_S64_AT, 3), P(USER_S64_AT, 3 | 1 << 3),
	    P(S64, 0), P(U8, 1) } },
	{ __NR_mount, FJ_MOUNT_E, FJ_MOUNT_X, 0, { P(MOUNT_FLAGS, 3) },
	  { RET, STR(0), STR(1), STR(2), P(MOUNT_FLAGS, 3) } },
	{ __NR_umount2, FJ_UMOUNT2_E, FJ_UMOUNT2_X, 0, { U32(1) }, { RET, STR(0), U32(1) } },
	{ __NR_setsid, FJ_SETSID_E, FJ_SETSID_X, 0, { }, { RET } },
	{ __NR_setpgid, FJ_SETPGID_E, FJ_SETPGID_X, 0, { P(S64, 0), P(S64, 1) }, { RET, P(S64, 0), P(S64, 1) } },
	{ __NR_userfaultfd, FJ_USERFAULTFD_E, FJ_USERFAULTFD_X, 0, { }, { RET, P(OPEN_FLAGS, 0) } },
	{ __NR_io_uring_setup, FJ_IO_URING_SETUP_E, FJ_IO_URING_SETUP_X, 0, { },
	  { RET, U32(0), P(USER_U32_AT, 1), P(USER_U32_AT, 1 | 1 << 3), P(USER_U32_AT, 1 | 2 << 3),
	    P(USER_U32_AT, 1 | 3 << 3), P(USER_U32_AT, 1 | 4 << 3), P(USER_U32_AT, 1 | 5 << 3) } },
	{ __NR_capset, FJ_CAPSET_E, FJ_CAPSET_X, 0, { }, { RET, P(CAP_INH, 0), P(CAP_PRM, 0), P(CAP_EFF, 0) } },
	{ __NR_bpf, FJ_BPF_E, FJ_BPF_X, 0, { P(S64, 0) }, { RET, P(S32, 0) } },
	{ __NR_prctl, FJ_PRCTL_E, FJ_PRCTL_X, 0, { }, { RET, P(S32, 0), P(PRCTL_STR, 1), P(S64, 1) } },
	{ __NR_pidfd_open, FJ_PIDFD_OPEN_E, FJ_PIDFD_OPEN_X, 0, { }, { RET, P(S64, 0), P(PIDFD_FLAGS, 1) } },
	{ __NR_pidfd_getfd, FJ_PIDFD_GETFD_E, FJ_PIDFD_GETFD_X, 0, { }, { RET, FD(0), FD(1), U32(2) } },
	{ __NR_init_module, FJ_INIT_MODULE_E, FJ_INIT_MODULE_X, 0, { }, { RET, P(EMPTY, 0), U64(1), STR(2) } },
	{ __NR_finit_module, FJ_FINIT_MODULE_E, FJ_FINIT_MODULE_X, 0, { }, { RET, FD(0), STR(1), U32(2) } },
	{ __NR_setreuid, FJ_SETREUID_E, FJ_SETREUID_X, 0, { }, { RET, U32(0), U32(1) } },
	{ __NR_setregid, FJ_SETREGID_E, FJ_SETREGID_X, 0, { }, { RET, U32(0), U32(1) } },
	{ __NR_execve, FJ_EXECVE_E, FJ_EXECVE_X, FJ_SPEC_PROC_EXEC, { STR(0) }, { } },
	{ __NR_execveat, FJ_EXECVEAT_E, FJ_EXECVEAT_X, FJ_SPEC_PROC_EXEC,
	  { FD(0), STR(1), P(EXECVEAT_FLAGS, 4) }, { } },
	{ __NR_clone, FJ_CLONE_E, FJ_CLONE_X, FJ_SPEC_PROC_CLONE, { }, { } },
	{ __NR_clone3, FJ_CLONE3_E, FJ_CLONE3_X, FJ_SPEC_PROC_CLONE | FJ_SPEC_CLONE3, { }, { } },
	{ __NR_fork, FJ_FORK_E, FJ_FORK_X, FJ_SPEC_PROC_CLONE | FJ_SPEC_FORK, { }, { } },
	{ __NR_vfork, FJ_VFORK_E, FJ_VFORK_X, FJ_SPEC_PROC_CLONE | FJ_SPEC_VFORK, { }, { } },
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

/* Fills one spec per native syscall: a row above, or the generic pair for a known syscall. The
 * process exits (clone/execve families) are written by the process filler. */
void fj_fill_specs(struct fj_syscall_spec *specs, int n, uint8_t *interesting, int all_syscalls)
{
	memset(specs, 0, sizeof(*specs) * n);
	for (size_t i = 0; i < sizeof(fj_syscall_names) / sizeof(fj_syscall_names[0]); i++) {
		int nr = fj_syscall_names[i].nr;
		struct fj_syscall_spec *s;

		if (nr < 0 || nr >= n)
			continue;
		s = &specs[nr];
		s->ppm_sc = fj_syscall_names[i].ppm_sc;
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
		if (interesting)
			interesting[r->nr] = 1;
	}
}

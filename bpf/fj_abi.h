/* SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 */
/*
 * The contract between the eBPF programs and their user-space loader: how a syscall's events are
 * described (one spec per native syscall number, filled by the loader), the tunables the loader
 * writes before and during capture, and the counters the programs keep per CPU. Plain C types only,
 * so both clang -target bpf and the host compiler read it.
 */
#ifndef FJ_ABI_H
#define FJ_ABI_H

#define FJ_MAX_SYSCALLS 512
#define FJ_MAX_EVENT_PARAMS 32

/* The scratch area an event is built in: events are capped at half of it, so every masked offset
 * plus one bounded write still lands inside (the verifier's proof of bounds). */
#define FJ_SCRATCH_SIZE (64 * 1024)
#define FJ_EVENT_MAX (FJ_SCRATCH_SIZE / 2)
#define FJ_MAX_STR 4096
#define FJ_MAX_ARGS 4096

#define FJ_HEADER_SIZE 26

/* Where a parameter's value comes from. Widths and encodings follow the event table's types. */
enum fj_src {
	FJ_SRC_NONE = 0,	/* ends a parameter list */
	FJ_SRC_RET,		/* return value, s64 (ERRNO, FD, PID) */
	FJ_SRC_RET_U64,		/* return value, u64 (mmap address) */
	FJ_SRC_S64,		/* argument as s64 */
	FJ_SRC_FD,		/* int argument sign-extended to s64 (AT_FDCWD stays -100) */
	FJ_SRC_U64,
	FJ_SRC_U32,
	FJ_SRC_S32,
	FJ_SRC_U16,
	FJ_SRC_U8,
	FJ_SRC_STR,		/* NUL-terminated user string */
	FJ_SRC_OPEN_FLAGS,	/* O_* to PPM_O_*, u32 */
	FJ_SRC_HOW_FLAGS,	/* struct open_how (openat2) at the argument: flags, mode, resolve */
	FJ_SRC_HOW_MODE,
	FJ_SRC_HOW_RESOLVE,
	FJ_SRC_DEV_OF_RET,	/* device of the file the returned fd names, u32 (encoded like new_encode_dev) */
	FJ_SRC_SOCKADDR,	/* user sockaddr at the argument, its length in the next argument */
	FJ_SRC_TUPLE_OF_ARG,	/* socket tuple of the fd in the argument (connect) */
	FJ_SRC_TUPLE_OF_RET,	/* socket tuple of the returned fd (accept) */
	FJ_SRC_QUEUE_PCT,	/* accept backlog of the listening fd in the argument */
	FJ_SRC_QUEUE_LEN,
	FJ_SRC_QUEUE_MAX,
	FJ_SRC_FDPAIR0,		/* int[2] in user memory at the argument: element 0 or 1, as s64 */
	FJ_SRC_FDPAIR1,
	FJ_SRC_PIPE_INO,	/* inode number of the pipe named by element 0 */
	FJ_SRC_SOCK_OF_PAIR0,	/* kernel address of the socket named by element 0, and of its peer */
	FJ_SRC_PEER_OF_PAIR0,
	FJ_SRC_SOCK_FAMILY,	/* AF_* (same numbers as PPM_AF_*), u32 */
	FJ_SRC_PROT,		/* PROT_* to PPM_PROT_*, u32 */
	FJ_SRC_MMAP_FLAGS,	/* MAP_* to PPM_MAP_*, u32 */
	FJ_SRC_CLONE_FLAGS,	/* CLONE_* to PPM_CL_*, u32 */
	FJ_SRC_FCNTL_CMD,	/* F_* to PPM_FCNTL_*, u8 */
	FJ_SRC_PTRACE_REQ,	/* PTRACE_* to PPM_PTRACE_*, u16 */
	FJ_SRC_DYN_U64,		/* a DYN parameter, variant 0, u64 */
	FJ_SRC_UNLINKAT_FLAGS,	/* AT_REMOVEDIR to PPM_AT_REMOVEDIR, u32 */
	FJ_SRC_LINKAT_FLAGS,
	FJ_SRC_EXECVEAT_FLAGS,
	FJ_SRC_VM_SIZE,		/* memory of the current process, KiB, u32 */
	FJ_SRC_VM_RSS,
	FJ_SRC_VM_SWAP,
	FJ_SRC_SYSCALL_ID,	/* the ppm_sc code of the syscall, u16 */
	FJ_SRC_NATIVE_ID,	/* the native syscall number, u16 */
	FJ_SRC_INO_OF_RET,	/* inode number of the file the returned fd names, u64 */
	FJ_SRC_ZERO16,		/* a u16 we do not compute (creat_flags overlay bits) */
	FJ_SRC_MEMFD_FLAGS,	/* MFD_* to PPM_MFD_*, u32 */
	FJ_SRC_ZERO8,		/* parameters we do not compute, by width */
	FJ_SRC_ZERO32,
	FJ_SRC_ZERO64,
	FJ_SRC_OPEN_FLAGS16,	/* O_* (EFD_*, IN_*, SFD_* share them) to PPM_O_*, u16 */
	FJ_SRC_MOUNT_FLAGS,	/* MS_* without the old magic in the high half, u32 */
	FJ_SRC_PRCTL_STR,	/* the name string of PR_SET_NAME / PR_GET_NAME (else empty) */
	FJ_SRC_PIDFD_FLAGS,	/* PIDFD_NONBLOCK to PPM, u32 */
	FJ_SRC_CAP_INH,		/* the current credentials' capability sets, u64 */
	FJ_SRC_CAP_PRM,
	FJ_SRC_CAP_EFF,
	FJ_SRC_USER_S64_AT,	/* s64 in user memory at argument (arg & 7) + 8 * (arg >> 3); -1 if unreadable */
	FJ_SRC_USER_U32_AT,	/* u32 in user memory at argument (arg & 7) + 4 * (arg >> 3) */
	FJ_SRC_TUPLE_OF_FD,	/* socket tuple of the fd in the argument, whatever the result */
	FJ_SRC_EMPTY,		/* an empty parameter inside the list (NONE ends the list) */
	FJ_SRC_COUNT
};

struct fj_param {
	unsigned char src;
	unsigned char arg;
};

#define FJ_ENTER_PARAMS 8
#define FJ_EXIT_PARAMS 16

/* Exit handled by the process filler (clone family, execve family) rather than the param list. */
#define FJ_SPEC_PROC_CLONE 1
#define FJ_SPEC_PROC_EXEC 2
/* flags fixed for fork (0) and vfork (CLONE_VM|CLONE_VFORK) */
#define FJ_SPEC_FORK 4
#define FJ_SPEC_VFORK 8
#define FJ_SPEC_CLONE3 16
/* Parameters read the file behind the returned fd (set by the loader from the sources). */
#define FJ_SPEC_RET_FILE 32

/* Exits with a filler of their own, written out by hand for the syscalls every workload makes most
 * (no parameter loop, fewest helper calls; an open/close loop pays each of them). The loader sets
 * a spec's fast kind only when the row's exit list is exactly what that filler writes, so the rows
 * stay the one description of the events. */
#define FJ_FAST_NONE 0
#define FJ_FAST_CLOSE 1		/* res, fd */
#define FJ_FAST_OPEN 2		/* fd, name, flags, mode, dev, ino */
#define FJ_FAST_OPENAT 3	/* fd, dirfd, name, flags, mode, dev, ino */

struct fj_syscall_spec {
	unsigned short enter_type;
	unsigned short exit_type;
	unsigned short ppm_sc;
	unsigned char enter_n;
	unsigned char exit_n;
	unsigned char flags;
	unsigned char fast;	/* FJ_FAST_* */
	unsigned char pad[2];
	struct fj_param enter[FJ_ENTER_PARAMS];
	struct fj_param exit[FJ_EXIT_PARAMS];
};

/* Parameter counts of the process events the process filler writes (current schema). */
#define FJ_CLONE_X_NPARAMS 21
#define FJ_EXECVE_X_NPARAMS 31
#define FJ_EXECVEAT_X_NPARAMS 30
#define FJ_PROCEXIT_NPARAMS 5

/* Per-CPU counters (a BPF per-CPU array, one entry). */
struct fj_counters {
	unsigned long long events;	/* events written to the ring */
	unsigned long long drops_full;	/* the ring had no room */
	unsigned long long drops_big;	/* an event outgrew FJ_EVENT_MAX */
	unsigned long long wakeups;	/* forced wakeups of the consumer */
	unsigned long long pending;	/* bytes written since the last wakeup */
};

#endif

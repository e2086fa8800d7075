/* SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 */
/*
 * raw_syscalls sys_enter / sys_exit: one pair of programs for every syscall. The syscall bitmap
 * (fj_interesting) and the daemon's own pid are checked first, so an uninteresting syscall
 * costs a few instructions. Then the loader-written spec of the syscall says which events to
 * emit and where each parameter comes from; the generic "syscall" events cover the rest. Exit
 * parameters (arguments and user strings) are read at sys_exit from the saved pt_regs, when the
 * kernel has already faulted the user pages in.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>
#include "fj_events.h"
#include "fj_task.h"

#define FJ_NR_EXECVE 59
#define FJ_NR_EXECVEAT 322

/* The syscall's arguments from the saved user registers. btf: regs is a BTF pointer (tp_btf), read
 * with plain loads; otherwise (raw_tp) one probe read of the whole structure. */
static __always_inline void fj_read_args(struct fj_evt *e, struct pt_regs *regs, int btf)
{
	struct pt_regs r;

	if (btf) {
		e->args[0] = regs->di;
		e->args[1] = regs->si;
		e->args[2] = regs->dx;
		e->args[3] = regs->r10;
		e->args[4] = regs->r8;
		e->args[5] = regs->r9;
		return;
	}
	bpf_probe_read_kernel(&r, sizeof(r), regs);
	e->args[0] = r.di;
	e->args[1] = r.si;
	e->args[2] = r.dx;
	e->args[3] = r.r10;
	e->args[4] = r.r8;
	e->args[5] = r.r9;
}

static __always_inline void fj_open_how(struct fj_evt *e, __u64 uptr, int field)
{
	struct open_how how = {};

	bpf_probe_read_user(&how, sizeof(how), (void *)uptr);
	if (field == 0)
		fj_u32(e, fj_open_flags(how.flags));
	else if (field == 1)
		fj_u32(e, how.mode);
	else
		fj_u32(e, how.resolve);
}

static __always_inline __s64 fj_user_fd(__u64 uptr, int i)
{
	int fd = -1;

	bpf_probe_read_user(&fd, sizeof(fd), (void *)(uptr + 4 * i));
	return fd;
}

static __always_inline void fj_queue(struct fj_evt *e, __s64 fd, int what)
{
	struct sock *sk = fj_file_sock(fj_fd_file(fd));
	__u32 len = 0, max = 0;

	if (sk) {
		len = BPF_CORE_READ(sk, sk_ack_backlog);
		max = BPF_CORE_READ(sk, sk_max_ack_backlog);
	}
	if (what == 0)
		fj_u8(e, max ? len * 100 / max : 0);
	else
		fj_u32(e, what == 1 ? len : max);
}

/* Writes parameter i of the current spec list. The bpf_loop callback, verified once for all. */
static long fj_param_cb(__u32 i, void *ctx)
{
	struct fj_evt *e = ctx;
	const volatile struct fj_param *p;
	__u64 a;
	__u8 src, arg;

	if (e->exit)
		p = &e->spec->exit[i & (FJ_EXIT_PARAMS - 1)];
	else
		p = &e->spec->enter[i & (FJ_ENTER_PARAMS - 1)];
	src = p->src;
	arg = p->arg;
	a = e->args[arg & 7];	/* arg's high bits are an offset for the *_AT sources */

	switch (src) {
	case FJ_SRC_RET:
	case FJ_SRC_RET_U64:
		fj_u64(e, e->ret);
		break;
	case FJ_SRC_S64:
	case FJ_SRC_U64:
		fj_u64(e, a);
		break;
	case FJ_SRC_FD:
		fj_u64(e, (__s64)(int)a);
		break;
	case FJ_SRC_U32:
	case FJ_SRC_S32:
		fj_u32(e, a);
		break;
	case FJ_SRC_U16:
		fj_u16(e, a);
		break;
	case FJ_SRC_U8:
		fj_u8(e, a);
		break;
	case FJ_SRC_STR:
		fj_user_str(e, a);
		break;
	case FJ_SRC_OPEN_FLAGS:
		fj_u32(e, fj_open_flags(a));
		break;
	case FJ_SRC_HOW_FLAGS:
		fj_open_how(e, a, 0);
		break;
	case FJ_SRC_HOW_MODE:
		fj_open_how(e, a, 1);
		break;
	case FJ_SRC_HOW_RESOLVE:
		fj_open_how(e, a, 2);
		break;
	case FJ_SRC_DEV_OF_RET:
		fj_u32(e, e->dev);
		break;
	case FJ_SRC_SOCKADDR:
		fj_sockaddr(e, a, e->args[(arg + 1) & 7]);
		break;
	case FJ_SRC_TUPLE_OF_ARG:
		/* a failed connect has no tuple worth reporting */
		if ((e->ret == 0 || e->ret == -115 /* EINPROGRESS */) &&
		    fj_tuple(e, fj_file_sock(fj_fd_file((int)a)), 0))
			break;
		fj_empty(e);
		break;
	case FJ_SRC_TUPLE_OF_RET:
		if (e->ret >= 0 && fj_tuple(e, fj_file_sock(fj_fd_file(e->ret)), 1))
			break;
		fj_empty(e);
		break;
	case FJ_SRC_QUEUE_PCT:
		fj_queue(e, (int)a, 0);
		break;
	case FJ_SRC_QUEUE_LEN:
		fj_queue(e, (int)a, 1);
		break;
	case FJ_SRC_QUEUE_MAX:
		fj_queue(e, (int)a, 2);
		break;
	case FJ_SRC_FDPAIR0:
		fj_u64(e, e->ret >= 0 ? fj_user_fd(a, 0) : -1);
		break;
	case FJ_SRC_FDPAIR1:
		fj_u64(e, e->ret >= 0 ? fj_user_fd(a, 1) : -1);
		break;
	case FJ_SRC_PIPE_INO: {
		struct file *f = e->ret >= 0 ? fj_fd_file(fj_user_fd(a, 0)) : NULL;

		fj_u64(e, f ? BPF_CORE_READ(f, f_inode, i_ino) : 0);
		break;
	}
	case FJ_SRC_SOCK_OF_PAIR0:
	case FJ_SRC_PEER_OF_PAIR0: {
		struct sock *sk = e->ret >= 0 ? fj_file_sock(fj_fd_file(fj_user_fd(a, 0))) : NULL;

		if (sk && src == FJ_SRC_PEER_OF_PAIR0)
			sk = BPF_CORE_READ((struct unix_sock *)sk, peer);
		fj_u64(e, (__u64)sk);
		break;
	}
	case FJ_SRC_SOCK_FAMILY:
		fj_u32(e, a);
		break;
	case FJ_SRC_PROT:
		fj_u32(e, fj_prot_flags(a));
		break;
	case FJ_SRC_MMAP_FLAGS:
		fj_u32(e, fj_mmap_flags(a));
		break;
	case FJ_SRC_CLONE_FLAGS:
		fj_u32(e, fj_clone_flags(a));
		break;
	case FJ_SRC_FCNTL_CMD:
		fj_u8(e, fj_fcntl_cmd(a));
		break;
	case FJ_SRC_PTRACE_REQ:
		fj_u16(e, fj_ptrace_req(a));
		break;
	case FJ_SRC_DYN_U64: {
		__u8 *at = fj_at(e);

		at[0] = 0;	/* variant 0 of ptrace_dynamic_param: UINT64 */
		*(__u64 *)(at + 1) = a;
		fj_len(e, 9);
		break;
	}
	case FJ_SRC_UNLINKAT_FLAGS:
		fj_u32(e, a & 0x200);
		break;
	case FJ_SRC_LINKAT_FLAGS:
		fj_u32(e, a & 0x1400);
		break;
	case FJ_SRC_EXECVEAT_FLAGS:
		fj_u32(e, fj_execveat_flags(a));
		break;
	case FJ_SRC_VM_SIZE:
		fj_u32(e, fj_vm_size(fj_current()));
		break;
	case FJ_SRC_VM_RSS:
		fj_u32(e, fj_vm_rss(fj_current()));
		break;
	case FJ_SRC_VM_SWAP:
		fj_u32(e, fj_vm_swap(fj_current()));
		break;
	case FJ_SRC_SYSCALL_ID:
		fj_u16(e, e->spec->ppm_sc);
		break;
	case FJ_SRC_NATIVE_ID:
		fj_u16(e, e->id);
		break;
	case FJ_SRC_INO_OF_RET:
		fj_u64(e, e->ino);
		break;
	case FJ_SRC_ZERO16:
		fj_u16(e, 0);
		break;
	case FJ_SRC_MEMFD_FLAGS:
		fj_u32(e, a & 0x7);	/* MFD_CLOEXEC, MFD_ALLOW_SEALING, MFD_HUGETLB share their values */
		break;
	case FJ_SRC_ZERO8:
		fj_u8(e, 0);
		break;
	case FJ_SRC_ZERO32:
		fj_u32(e, 0);
		break;
	case FJ_SRC_ZERO64:
		fj_u64(e, 0);
		break;
	case FJ_SRC_OPEN_FLAGS16:
		fj_u16(e, fj_open_flags(a) & ~3U);	/* no access mode in these flags */
		break;
	case FJ_SRC_MOUNT_FLAGS:
		if ((a & 0xffff0000) == 0xc0ed0000)	/* MS_MGC_VAL, from before 2.4 */
			a &= 0xffff;
		fj_u32(e, a);
		break;
	case FJ_SRC_PRCTL_STR:
		if (e->args[0] == 15 || e->args[0] == 16)	/* PR_SET_NAME, PR_GET_NAME */
			fj_user_str(e, a);
		else
			fj_empty(e);
		break;
	case FJ_SRC_PIDFD_FLAGS:
		fj_u32(e, (a & 04000) ? 1 : 0);	/* PIDFD_NONBLOCK is O_NONBLOCK */
		break;
	case FJ_SRC_CAP_INH:
	case FJ_SRC_CAP_PRM:
	case FJ_SRC_CAP_EFF: {
		const struct cred *cred = BPF_CORE_READ(fj_current(), cred);
		__u64 v = 0;

		if (src == FJ_SRC_CAP_INH)
			bpf_core_read(&v, 8, &cred->cap_inheritable);
		else if (src == FJ_SRC_CAP_PRM)
			bpf_core_read(&v, 8, &cred->cap_permitted);
		else
			bpf_core_read(&v, 8, &cred->cap_effective);
		fj_u64(e, v);
		break;
	}
	case FJ_SRC_USER_S64_AT: {
		__s64 v = -1;

		if (!a || bpf_probe_read_user(&v, 8, (void *)(a + 8 * (arg >> 3))))
			v = -1;
		fj_u64(e, v);
		break;
	}
	case FJ_SRC_USER_U32_AT: {
		__u32 v = 0;

		if (!a || bpf_probe_read_user(&v, 4, (void *)(a + 4 * (arg >> 3))))
			v = 0;
		fj_u32(e, v);
		break;
	}
	case FJ_SRC_TUPLE_OF_FD:
		if (fj_tuple(e, fj_file_sock(fj_fd_file((int)a)), 0))
			break;
		fj_empty(e);
		break;
	default:
		fj_empty(e);
	}
	return 0;
}

static __always_inline void fj_emit_spec(struct fj_evt *e, __u16 type, __u32 n)
{
	fj_begin(e, type, n);
	if (n)
		bpf_loop(n, fj_param_cb, e, 0);
	fj_submit(e);
}

#define FJ_TS_COMPAT 0x0002	/* x86 thread_info.status: in a 32-bit syscall */

/* Whether task t (a BTF pointer) is in a 32-bit syscall. */
static __always_inline int fj_in_compat_syscall(struct task_struct *t)
{
	return t->thread_info.status & FJ_TS_COMPAT;
}

static __always_inline int fj_sys_enter(struct pt_regs *regs, long id, int btf)
{
	struct fj_evt e;

	if (!fj_enter_events || id < 0 || id >= FJ_MAX_SYSCALLS || !fj_interesting[id] || fj_skip_current())
		return 0;
	if (fj_in_compat_syscall(bpf_get_current_task_btf()))
		return 0;
	e.buf = fj_scratch();
	if (!e.buf)
		return 0;
	e.spec = &fj_specs[id];
	e.tid = (__u32)bpf_get_current_pid_tgid();
	e.id = id;
	e.exit = 0;
	e.ret = 0;
	e.dev = 0;
	e.ino = 0;
	fj_read_args(&e, regs, btf);
	fj_emit_spec(&e, e.spec->enter_type, e.spec->enter_n);
	return 0;
}

/* Exit of the clone family and failed execs: the process description and the rest. */
static __always_inline void fj_emit_proc(struct fj_evt *e)
{
	struct task_struct *t = fj_current();
	__u8 flags = e->spec->flags;

	if (flags & FJ_SPEC_PROC_EXEC) {
		int execveat = e->spec->exit_type == FJ_EXECVEAT_X;

		fj_begin(e, e->spec->exit_type, execveat ? FJ_EXECVEAT_X_NPARAMS : FJ_EXECVE_X_NPARAMS);
		fj_proc_common(e, t, e->ret);
		fj_exec_rest(e, t);
		if (!execveat)
			fj_user_str(e, e->args[0]);	/* filename */
	} else {
		__u64 cf = e->args[0];

		fj_begin(e, e->spec->exit_type, FJ_CLONE_X_NPARAMS);
		fj_proc_common(e, t, e->ret);
		if (flags & FJ_SPEC_FORK)
			cf = 0;
		else if (flags & FJ_SPEC_VFORK)
			cf = 0x4000 | 0x100;	/* CLONE_VFORK | CLONE_VM */
		else if (flags & FJ_SPEC_CLONE3)
			bpf_probe_read_user(&cf, sizeof(cf), (void *)e->args[0]);	/* clone_args.flags */
		fj_u32(e, fj_clone_flags(cf));
		fj_u32(e, BPF_CORE_READ(t, cred, euid.val));
		fj_u32(e, BPF_CORE_READ(t, cred, egid.val));
		fj_u64(e, fj_vtid(t));
		fj_u64(e, fj_vpid(t));
		fj_u64(e, fj_pidns_init_start(t));
	}
	fj_submit(e);
}

/* The close exit, written in place in the ring (fixed size: no scratch, no copy). */
#define FJ_CLOSE_X_LEN (FJ_HEADER_SIZE + 2 * 2 + 8 + 8)

static __always_inline void fj_fast_close(struct fj_evt *e)
{
	struct fj_counters *c = fj_counters();
	void *ring = fj_ring();
	__u8 *b;

	if (!c)
		return;
	b = ring ? bpf_ringbuf_reserve(ring, FJ_CLOSE_X_LEN, 0) : NULL;
	if (!b) {
		c->drops_full++;
		return;
	}
	fj_header(b, e->tid, FALCO_EVT_CLOSE_X, 2);
	*(__u32 *)(b + 16) = FJ_CLOSE_X_LEN;
	*(__u32 *)(b + 26) = 8 | 8 << 16;		/* both parameters 8 bytes */
	*(__u64 *)(b + 30) = e->ret;
	*(__u64 *)(b + 38) = (__s64)(int)e->args[0];
	bpf_ringbuf_submit(b, fj_wakeup_flags(c, FJ_CLOSE_X_LEN));
	c->events++;
}

/* The open and openat exits: the fixed parameters and the lengths in a few wide stores, the path
 * straight after them, the rest behind it; then one copy into the ring (the path's length is only
 * known once it is read, and a reservation needs its size first). at: openat (with dirfd). */
static __always_inline void fj_fast_open(struct fj_evt *e, int at)
{
	__u8 *b = e->buf;
	__u32 nparams = at ? 7 : 6;
	__u32 p = FJ_HEADER_SIZE + 2 * nparams;	/* the first parameter */
	__u64 name = e->args[at ? 1 : 0];
	long n = 0;

	fj_header(b, e->tid, at ? FALCO_EVT_OPENAT_X : FALCO_EVT_OPEN_X, nparams);
	*(__u64 *)(b + p) = e->ret;
	p += 8;
	if (at) {
		*(__u64 *)(b + p) = (__s64)(int)e->args[0];
		p += 8;
	}
	if (name)
		n = bpf_probe_read_user_str(b + p, FJ_MAX_STR, (const void *)name);
	if (n < 0)
		n = 0;
	n = FJ_BOUND_8191(n);
	/* lengths: fd, [dirfd], name, then flags, mode, dev (4 each) and ino (8) */
	if (at) {
		*(__u32 *)(b + 26) = 8 | 8 << 16;
		*(__u16 *)(b + 30) = n;
		*(__u64 *)(b + 32) = 4ULL | 4ULL << 16 | 4ULL << 32 | 8ULL << 48;
	} else {
		*(__u16 *)(b + 26) = 8;
		*(__u16 *)(b + 28) = n;
		*(__u64 *)(b + 30) = 4ULL | 4ULL << 16 | 4ULL << 32 | 8ULL << 48;
	}
	p += n;
	*(__u32 *)(b + p) = fj_open_flags(e->args[at ? 2 : 1]);
	*(__u32 *)(b + p + 4) = e->args[at ? 3 : 2];
	*(__u32 *)(b + p + 8) = e->dev;
	*(__u64 *)(b + p + 12) = e->ino;
	e->pos = p + 20;
	fj_submit(e);
}

/* t: the current task (a BTF pointer), or NULL to have it taken here, after the bitmap test: on
 * raw_syscalls every syscall of the machine comes through, and most leave at that test. */
static __always_inline int fj_sys_exit(struct task_struct *t, struct pt_regs *regs, long id, long ret, int btf)
{
	struct fj_evt e;
	__u8 fast;

	if (id < 0 || id >= FJ_MAX_SYSCALLS || !fj_interesting[id])
		return 0;
	if (!t)
		t = bpf_get_current_task_btf();
	if (fj_skip_task(t))
		return 0;
	/* 32-bit syscalls have other numbers: not reported (rather than reported as the wrong one) */
	if (fj_in_compat_syscall(t))
		return 0;
	/* a successful exec is reported by sched_process_exec, which sees the new image */
	if ((id == FJ_NR_EXECVE || id == FJ_NR_EXECVEAT) && ret == 0)
		return 0;
	e.buf = fj_scratch();
	if (!e.buf)
		return 0;
	e.spec = &fj_specs[id];
	e.tid = t->pid;
	e.id = id;
	e.exit = 1;
	e.ret = ret;
	e.dev = 0;
	e.ino = 0;
	/* dev and ino of the returned fd's file, looked up once before the parameters */
	if (ret >= 0 && (e.spec->flags & FJ_SPEC_RET_FILE)) {
		__u32 dev;

		fj_fd_dev_ino(t, ret, &dev, &e.ino);
		e.dev = dev;
	}
	fj_read_args(&e, regs, btf);
	fast = e.spec->fast;
	if (fast == FJ_FAST_CLOSE)
		fj_fast_close(&e);
	else if (fast == FJ_FAST_OPENAT)
		fj_fast_open(&e, 1);
	else if (fast == FJ_FAST_OPEN)
		fj_fast_open(&e, 0);
	else if (e.spec->flags & (FJ_SPEC_PROC_CLONE | FJ_SPEC_PROC_EXEC))
		fj_emit_proc(&e);
	else
		fj_emit_spec(&e, e.spec->exit_type, e.spec->exit_n);
	return 0;
}

SEC("tp_btf/sys_enter")
int BPF_PROG(fj_btf_sys_enter, struct pt_regs *regs, long id)
{
	return fj_sys_enter(regs, id, 1);
}

SEC("tp_btf/sys_exit")
int BPF_PROG(fj_btf_sys_exit, struct pt_regs *regs, long ret)
{
	/* a BTF pointer: read directly, no helper call on the path every syscall takes */
	return fj_sys_exit(NULL, regs, regs->orig_ax, ret, 1);
}

/* The syscalls:sys_exit_<name> tracepoints, one attachment per captured syscall (the loader's
 * "syscall tracepoints" hooks). The kernel runs nothing for the syscalls left out beyond a bitmap
 * test, where a program on raw_syscalls runs for every syscall of the machine; each captured one
 * costs more (the perf tracepoint path). The user registers come from the task. */
struct fj_tp_sys_exit_ctx {
	__u64 common;	/* common_type, flags, preempt count, pid */
	__s32 nr;
	__s32 pad;
	__s64 ret;
};

SEC("tracepoint")
int fj_tp_sys_exit(struct fj_tp_sys_exit_ctx *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();

	return fj_sys_exit(t, fj_task_regs(t, ctx->nr), ctx->nr, ctx->ret, 1);
}

SEC("raw_tp/sys_enter")
int fj_raw_sys_enter(struct bpf_raw_tracepoint_args *ctx)
{
	return fj_sys_enter((struct pt_regs *)ctx->args[0], ctx->args[1], 0);
}

SEC("raw_tp/sys_exit")
int fj_raw_sys_exit(struct bpf_raw_tracepoint_args *ctx)
{
	struct pt_regs *regs = (struct pt_regs *)ctx->args[0];

	return fj_sys_exit(NULL, regs, BPF_CORE_READ(regs, orig_ax), ctx->args[1], 0);
}

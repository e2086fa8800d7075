/* SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 */
/*
 * sched tracepoints: a successful execve/execveat is reported from sched_process_exec (the new
 * image is in place: its argument area, comm and exe), and every thread's end from
 * sched_process_exit as procexit. Failed execs and the clone family are reported at sys_exit.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>
#include "fj_events.h"
#include "fj_task.h"

#define FJ_NR_EXECVEAT 322

/* btf: whether BTF-typed helpers are usable (tp_btf); raw_tp reports every exec as execve */
static __always_inline int fj_exec(int btf, struct linux_binprm *bprm)
{
	struct task_struct *t = fj_current();
	struct fj_evt e;
	long id;

	if (!fj_sched_on || fj_skip_current())
		return 0;
	id = 59;
	if (btf && BPF_CORE_READ((struct pt_regs *)bpf_task_pt_regs(bpf_get_current_task_btf()), orig_ax) == FJ_NR_EXECVEAT)
		id = FJ_NR_EXECVEAT;
	if (!fj_interesting[id])
		return 0;
	e.buf = fj_scratch();
	if (!e.buf)
		return 0;
	e.tid = (__u32)bpf_get_current_pid_tgid();
	if (id == FJ_NR_EXECVEAT) {
		fj_begin(&e, FJ_EXECVEAT_X, FJ_EXECVEAT_X_NPARAMS);
		fj_proc_common(&e, t, 0);
		fj_exec_rest(&e, t);
	} else {
		fj_begin(&e, FJ_EXECVE_X, FJ_EXECVE_X_NPARAMS);
		fj_proc_common(&e, t, 0);
		fj_exec_rest(&e, t);
		fj_kernel_str(&e, BPF_CORE_READ(bprm, filename));
	}
	fj_submit(&e);
	return 0;
}

static __always_inline int fj_exit(void)
{
	struct task_struct *t = fj_current();
	struct fj_evt e;
	__s64 code;

	if (!fj_sched_on || fj_skip_current())
		return 0;
	e.buf = fj_scratch();
	if (!e.buf)
		return 0;
	e.tid = (__u32)bpf_get_current_pid_tgid();
	code = BPF_CORE_READ(t, exit_code);
	fj_begin(&e, FJ_PROCEXIT_E, FJ_PROCEXIT_NPARAMS);
	fj_u64(&e, code);
	fj_u64(&e, code >> 8);
	fj_u8(&e, code & 0x7f);
	fj_u8(&e, (code & 0x80) != 0);
	fj_u64(&e, 0);	/* reaper_tid: not computed */
	fj_submit(&e);
	return 0;
}

SEC("tp_btf/sched_process_exec")
int BPF_PROG(fj_btf_exec, struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm)
{
	return fj_exec(1, bprm);
}

SEC("tp_btf/sched_process_exit")
int BPF_PROG(fj_btf_exit, struct task_struct *p)
{
	return fj_exit();
}

SEC("raw_tp/sched_process_exec")
int fj_raw_exec(struct bpf_raw_tracepoint_args *ctx)
{
	return fj_exec(0, (struct linux_binprm *)ctx->args[2]);
}

SEC("raw_tp/sched_process_exit")
int fj_raw_exit(struct bpf_raw_tracepoint_args *ctx)
{
	return fj_exit();
}

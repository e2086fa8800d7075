/* SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 */
/*
 * Hook and helper floor costs for tests/bench/ebpf-floor: each program is one variant, attached
 * alone while the loop runs. Every non-empty variant acts only for the loop's process (tgid), so
 * what the loop pays is what one captured syscall pays for that piece.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>

char LICENSE[] SEC("license") = "Dual BSD/GPL";

const volatile __u32 tgid;
__u64 sink;

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 8 * 1024 * 1024);
} rb SEC(".maps");

struct scratch { __u8 d[4096]; };
struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, 2);
	__type(key, __u32);
	__type(value, struct scratch);
} scr SEC(".maps");

SEC("tp_btf/sys_exit")
int BPF_PROG(btf_empty, struct pt_regs *regs, long ret) { return 0; }

SEC("raw_tp/sys_exit")
int raw_empty(void *ctx) { return 0; }

SEC("tracepoint")
int tp_empty(void *ctx) { return 0; }

/* the own-process test as a helper call (bpf_get_current_pid_tgid) */
SEC("tp_btf/sys_exit")
int BPF_PROG(btf_pidtgid, struct pt_regs *regs, long ret)
{
	sink += bpf_get_current_pid_tgid();
	return 0;
}

/* the own-process test every captured syscall meets, as the probe makes it: the task read
 * through its BTF pointer (plain loads, no helper call) */
static __always_inline int mine(void)
{
	return bpf_get_current_task_btf()->tgid == tgid;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(btf_task, struct pt_regs *regs, long ret)
{
	if (!mine())
		return 0;
	sink++;
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(btf_boot_ns, struct pt_regs *regs, long ret)
{
	if (!mine())
		return 0;
	sink += bpf_ktime_get_boot_ns();
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(btf_mono_ns, struct pt_regs *regs, long ret)
{
	if (!mine())
		return 0;
	sink += bpf_ktime_get_ns();
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(btf_cpu, struct pt_regs *regs, long ret)
{
	if (!mine())
		return 0;
	sink += bpf_get_smp_processor_id();
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(btf_lookup, struct pt_regs *regs, long ret)
{
	__u32 k = 0;
	struct scratch *s;

	if (!mine())
		return 0;
	s = bpf_map_lookup_elem(&scr, &k);
	if (s)
		sink += s->d[0];
	return 0;
}

/* 64 bytes built in scratch then bpf_ringbuf_output (the probe's way) */
SEC("tp_btf/sys_exit")
int BPF_PROG(btf_rb_output, struct pt_regs *regs, long ret)
{
	__u32 k = 0;
	struct scratch *s;

	if (!mine())
		return 0;
	s = bpf_map_lookup_elem(&scr, &k);
	if (!s)
		return 0;
	*(__u64 *)s->d = ret;
	bpf_ringbuf_output(&rb, s->d, 64, BPF_RB_NO_WAKEUP);
	return 0;
}

/* 64 bytes written in place: reserve, store, submit */
SEC("tp_btf/sys_exit")
int BPF_PROG(btf_rb_reserve, struct pt_regs *regs, long ret)
{
	__u64 *p;

	if (!mine())
		return 0;
	p = bpf_ringbuf_reserve(&rb, 64, 0);
	if (!p)
		return 0;
	p[0] = ret;
	bpf_ringbuf_submit(p, BPF_RB_NO_WAKEUP);
	return 0;
}

/* the path string of an open, into scratch */
SEC("tp_btf/sys_exit")
int BPF_PROG(btf_path, struct pt_regs *regs, long ret)
{
	__u32 k = 0;
	struct scratch *s;

	if (!mine() || regs->orig_ax != 257)
		return 0;
	s = bpf_map_lookup_elem(&scr, &k);
	if (!s)
		return 0;
	sink += bpf_probe_read_user_str(s->d, 4096, (void *)regs->si);
	return 0;
}

/* the same as a tracepoint program (regs from the task) */
SEC("tracepoint")
int tp_task(void *ctx)
{
	if (!mine())
		return 0;
	sink++;
	return 0;
}

SEC("tracepoint")
int tp_regs(void *ctx)
{
	struct pt_regs *regs = (struct pt_regs *)bpf_task_pt_regs(bpf_get_current_task_btf());

	if (!mine())
		return 0;
	sink += regs->di;
	return 0;
}

/* The least a captured close and open can be: the task, the timestamp, the record in the ring
 * (close reserved in place; open with its path built in scratch, then copied). ts_mono: the same
 * with bpf_ktime_get_ns. */
struct tp_exit_ctx {
	__u64 common;
	__s32 nr;
	__s32 pad;
	__s64 ret;
};

extern void *bpf_rdonly_cast(const void *obj, __u32 btf_id) __ksym __weak;

#define MIN_MONO 1
#define MIN_NO_TS 2
#define MIN_NO_RING 4
#define MIN_NO_PATH 8

static __always_inline int min_event(struct tp_exit_ctx *ctx, int how)
{
	struct task_struct *t = bpf_get_current_task_btf();
	__u64 ts = 0;

	if (t->tgid != tgid)
		return 0;
	if (!(how & MIN_NO_TS))
		ts = (how & MIN_MONO) ? bpf_ktime_get_ns() : bpf_ktime_get_boot_ns();
	if (how & MIN_NO_RING) {
		sink += ts;
		if (!(how & MIN_NO_PATH) && ctx->nr != 3) {
			struct pt_regs *r = bpf_rdonly_cast((void *)((__u64)t->stack + 16384 - 168), bpf_core_type_id_kernel(struct pt_regs));
			__u32 k = 0;
			struct scratch *s = bpf_map_lookup_elem(&scr, &k);

			if (s)
				sink += bpf_probe_read_user_str(s->d + 56, 256, (void *)r->si);
		}
		return 0;
	}
	if (ctx->nr == 3) {
		__u8 *b = bpf_ringbuf_reserve(&rb, 46, 0);

		if (!b)
			return 0;
		*(__u64 *)b = ts;
		*(__u64 *)(b + 8) = t->pid;
		*(__u64 *)(b + 16) = 46;
		*(__u64 *)(b + 30) = ctx->ret;
		bpf_ringbuf_submit(b, BPF_RB_NO_WAKEUP);
	} else {
		struct pt_regs *r = bpf_rdonly_cast((void *)((__u64)t->stack + 16384 - 168), bpf_core_type_id_kernel(struct pt_regs));
		__u32 k = 0;
		struct scratch *s = bpf_map_lookup_elem(&scr, &k);
		long n;

		if (!s)
			return 0;
		*(__u64 *)s->d = ts;
		*(__u64 *)(s->d + 8) = t->pid;
		n = (how & MIN_NO_PATH) ? 8 : bpf_probe_read_user_str(s->d + 56, 256, (void *)r->si);
		n &= 255;
		*(__u64 *)(s->d + 56 + n) = r->dx;
		bpf_ringbuf_output(&rb, s->d, 76 + n, BPF_RB_NO_WAKEUP);
	}
	return 0;
}

SEC("tracepoint")
int tp_min_boot(struct tp_exit_ctx *ctx) { return min_event(ctx, 0); }

SEC("tracepoint")
int tp_min_mono(struct tp_exit_ctx *ctx) { return min_event(ctx, MIN_MONO); }

SEC("tracepoint")
int tp_min_no_ts(struct tp_exit_ctx *ctx) { return min_event(ctx, MIN_NO_TS); }

SEC("tracepoint")
int tp_min_no_ring(struct tp_exit_ctx *ctx) { return min_event(ctx, MIN_NO_RING); }

SEC("tracepoint")
int tp_min_no_path(struct tp_exit_ctx *ctx) { return min_event(ctx, MIN_NO_PATH); }

SEC("tracepoint")
int tp_min_ts_only(struct tp_exit_ctx *ctx) { return min_event(ctx, MIN_NO_RING | MIN_NO_PATH); }

/* The path of an open: as a string (strncpy_from_user_nofault) or as 64 fixed bytes
 * (copy_from_user_nofault) with the terminator found by word tests. */
static __always_inline struct pt_regs *regs_of(struct task_struct *t)
{
	return bpf_rdonly_cast((void *)((__u64)t->stack + 16384 - 168), bpf_core_type_id_kernel(struct pt_regs));
}

SEC("tracepoint")
int tp_path_str(struct tp_exit_ctx *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	__u32 k = 0;
	struct scratch *s;

	if (t->tgid != tgid || ctx->nr != 257)
		return 0;
	s = bpf_map_lookup_elem(&scr, &k);
	if (s)
		sink += bpf_probe_read_user_str(s->d, 4096, (void *)regs_of(t)->si);
	return 0;
}

SEC("tracepoint")
int tp_path_fixed(struct tp_exit_ctx *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();
	__u32 k = 0;
	struct scratch *s;
	long n = -1;

	if (t->tgid != tgid || ctx->nr != 257)
		return 0;
	s = bpf_map_lookup_elem(&scr, &k);
	if (!s)
		return 0;
	if (!bpf_probe_read_user(s->d, 64, (void *)regs_of(t)->si)) {
		for (int i = 0; i < 8; i++) {
			__u64 w = *(__u64 *)(s->d + 8 * i);
			__u64 z = (w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL;

			if (z) {
				/* the lowest set 0x80 marks the first zero byte (little-endian) */
				__u64 low = z & -z;

				n = 8 * i + 1 + (low > 0x80) + (low > 0x8000) + (low > 0x800000) + (low > 0x80000000ULL) +
				    (low > 0x8000000000ULL) + (low > 0x800000000000ULL) + (low > 0x80000000000000ULL);
				break;
			}
		}
	}
	sink += n;
	return 0;
}

SEC("tracepoint")
int tp_path_none(struct tp_exit_ctx *ctx)
{
	struct task_struct *t = bpf_get_current_task_btf();

	if (t->tgid != tgid || ctx->nr != 257)
		return 0;
	sink += regs_of(t)->si;
	return 0;
}


/* SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 */
/*
 * Building one event in the libscap layout in the per-CPU scratch area, then one copy into this
 * CPU's ring. Layout: u64 ts | u64 tid | u32 len | u16 type | u32 nparams | u16 len[nparams] |
 * parameter bytes. Every write offset is masked with FJ_EVENT_MAX - 1 and every write is bounded,
 * which is what lets the verifier accept variable-length events; fj_submit drops an event whose
 * end passed FJ_EVENT_MAX (counted), so a masked offset never wraps onto live data.
 */
#ifndef FJ_WRITER_H
#define FJ_WRITER_H

#include "fj_maps.h"

#define FJ_MASK (FJ_EVENT_MAX - 1)

/* A length the code already bounded, masked in a way the compiler cannot drop, so that the
 * verifier sees the bound too (clang folds a plain redundant mask away). */
#define FJ_BOUND_8191(v) ({ __u64 __x = (v); asm volatile("%0 &= 8191" : "+r"(__x)); __x; })

struct fj_evt {
	__u8 *buf;
	const volatile struct fj_syscall_spec *spec;
	__u64 args[8];	/* 6 used; 8 so that an index masked with 7 stays inside */
	__s64 ret;
	__u32 pos;
	__u32 idx;
	__u32 id;
	__u32 exit;
	__u32 tid;	/* the current thread, read once per event from the task */
	__u32 pad;
	/* The returned fd's inode number and device, when the spec asks. Full stack slots of their
	 * own: sharing one with pos kept the verifier from seeing the parameter loop converge. */
	__u64 ino;
	__u64 dev;
};

static __always_inline __u8 *fj_scratch(void)
{
	__u32 cpu = bpf_get_smp_processor_id();
	return bpf_map_lookup_elem(&fj_scratch_map, &cpu);
}

/* The daemon itself never appears in the stream; capture may be paused. */
static __always_inline int fj_skip_current(void)
{
	if (!fj_capturing)
		return 1;
	return (__u32)(bpf_get_current_pid_tgid() >> 32) == fj_own_tgid;
}

/* The same for a task already in hand (a BTF pointer: plain loads, no helper call). */
static __always_inline int fj_skip_task(struct task_struct *t)
{
	return !fj_capturing || t->tgid == fj_own_tgid;
}

/* The fixed header but its length (written when the event is complete): the timestamp, then tid,
 * then type and nparams in one store with len's place (nparams < 65536, so its high half is 0). */
static __always_inline void fj_header(__u8 *b, __u32 tid, __u16 type, __u32 nparams)
{
	*(__u64 *)(b + 0) = bpf_ktime_get_boot_ns() + fj_boot_epoch_ns;
	*(__u64 *)(b + 8) = tid;
	*(__u64 *)(b + 16) = (__u64)type << 32 | (__u64)(nparams & 0xffff) << 48;
	*(__u16 *)(b + 24) = 0;
}

static __always_inline void fj_begin(struct fj_evt *e, __u16 type, __u32 nparams)
{
	e->pos = FJ_HEADER_SIZE + nparams * 2;
	e->idx = 0;
	fj_header(e->buf, e->tid, type, nparams);
}

static __always_inline void fj_len(struct fj_evt *e, __u32 len)
{
	__u32 i = e->idx & (FJ_MAX_EVENT_PARAMS - 1);

	*(__u16 *)(e->buf + FJ_HEADER_SIZE + i * 2) = len;
	e->idx++;
	e->pos += len;
}

static __always_inline __u8 *fj_at(struct fj_evt *e)
{
	return e->buf + (e->pos & FJ_MASK);
}

static __always_inline void fj_u64(struct fj_evt *e, __u64 v)
{
	*(__u64 *)fj_at(e) = v;
	fj_len(e, 8);
}

static __always_inline void fj_u32(struct fj_evt *e, __u32 v)
{
	*(__u32 *)fj_at(e) = v;
	fj_len(e, 4);
}

static __always_inline void fj_u16(struct fj_evt *e, __u16 v)
{
	*(__u16 *)fj_at(e) = v;
	fj_len(e, 2);
}

static __always_inline void fj_u8(struct fj_evt *e, __u8 v)
{
	*fj_at(e) = v;
	fj_len(e, 1);
}

static __always_inline void fj_empty(struct fj_evt *e)
{
	fj_len(e, 0);
}

/* A user string; an unreadable or NULL pointer gives an empty parameter. */
static __always_inline void fj_user_str(struct fj_evt *e, __u64 ptr)
{
	long n = 0;

	if (ptr)
		n = bpf_probe_read_user_str(fj_at(e), FJ_MAX_STR, (const void *)ptr);
	fj_len(e, n > 0 ? n : 0);
}

static __always_inline void fj_kernel_str(struct fj_evt *e, const void *ptr)
{
	long n = 0;

	if (ptr)
		n = bpf_probe_read_kernel_str(fj_at(e), FJ_MAX_STR, ptr);
	fj_len(e, n > 0 ? n : 0);
}

/* Appends raw bytes to the parameter being built (without closing it): returns bytes written. */
static __always_inline long fj_append_kernel_str(struct fj_evt *e, __u32 *plen, const void *ptr, __u32 max)
{
	long n = bpf_probe_read_kernel_str(e->buf + ((e->pos + *plen) & FJ_MASK), max & 511, ptr);

	if (n > 0)
		*plen += n;
	return n;
}

/* This CPU's ring. */
static __always_inline void *fj_ring(void)
{
	__u32 cpu = bpf_get_smp_processor_id();

	return bpf_map_lookup_elem(&fj_rings, &cpu);
}

static __always_inline struct fj_counters *fj_counters(void)
{
	__u32 zero = 0;

	return bpf_map_lookup_elem(&fj_counters_map, &zero);
}

/* Batch wakeups: wake the consumer once per fj_wakeup_bytes written on this CPU; below that the
 * consumer finds the data on its timed poll. Counting here is cheaper than asking the ring how
 * much is unread. Returns the flags for this event's commit. */
static __always_inline __u64 fj_wakeup_flags(struct fj_counters *c, __u32 len)
{
	c->pending += len;
	if (c->pending < fj_wakeup_bytes)
		return BPF_RB_NO_WAKEUP;
	c->pending = 0;
	c->wakeups++;
	return BPF_RB_FORCE_WAKEUP;
}

static __always_inline void fj_submit(struct fj_evt *e)
{
	struct fj_counters *c = fj_counters();
	__u32 len = e->pos;
	void *ring;

	if (!c)
		return;
	if (len > FJ_EVENT_MAX || len < FJ_HEADER_SIZE) {
		c->drops_big++;
		return;
	}
	*(__u32 *)(e->buf + 16) = len;
	ring = fj_ring();
	if (!ring) {
		c->drops_full++;
		return;
	}
	if (bpf_ringbuf_output(ring, e->buf, len, fj_wakeup_flags(c, len)))
		c->drops_full++;
	else
		c->events++;
}

#endif

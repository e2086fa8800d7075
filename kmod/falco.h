/* SPDX-License-Identifier: (GPL-2.0-only OR MIT) */
/*
 * Internals of falco.ko shared by its files: the per-CPU ring and the event writer.
 */
#ifndef FALCO_H
#define FALCO_H

#include <linux/types.h>
#include <linux/sched.h>
#include <linux/ptrace.h>
#include <linux/timekeeping.h>
#include <asm/barrier.h>

#include "api/falco_ring_api.h"
#include "api/falco_event_table.h"

struct falco_ring {
	struct falco_ring_info *info;	/* the control page, shared with user space */
	struct page *info_page;
	char *data;			/* kernel view: data pages mapped twice */
	struct page **pages;		/* data pages, each once */
	u32 npages;
	u32 size;			/* bytes, a power of two */
	u64 head;			/* the kernel's own copy: user space cannot move it */
	bool busy;			/* a probe is writing (guards against nesting) */
};

/* Settings shared by all rings, changed by ioctl. */
extern unsigned int falco_snaplen;
extern unsigned long falco_syscalls_of_interest[BITS_TO_LONGS(FALCO_SYSCALL_NR_MAX)];
extern bool falco_syscall_filter;

/*
 * One event being written straight into the ring. The writer reserved
 * FALCO_MAX_EVENT_SIZE bytes at head; every put is bounded by that.
 */
struct falco_writer {
	struct falco_ring *ring;
	char *base;		/* the event's first byte in the ring */
	const struct falco_event_info *evinfo;
	u32 lensize;		/* 2, or 4 for LARGE_PAYLOAD events */
	u32 pos;		/* next parameter byte, from base */
	u32 nparam;		/* index of the next parameter */
	bool truncated;
};

/* The syscall being reported: its number, arguments and (on exit) return value. */
struct falco_call {
	struct pt_regs *regs;
	long nr;
	long ret;
	unsigned long arg[6];
};


void fw_int(struct falco_writer *w, u64 value);
void fw_bytes(struct falco_writer *w, const void *src, u32 len);
void fw_str(struct falco_writer *w, const char *s);
void fw_ustr(struct falco_writer *w, unsigned long uptr);
void fw_ubuf(struct falco_writer *w, unsigned long uptr, unsigned long len);
void fw_empty(struct falco_writer *w);
/* Reserve len bytes for the next parameter and return where to write them, or NULL. */
char *fw_reserve(struct falco_writer *w, u32 len);

/*
 * The ring discipline is perf's (kernel/events/ring_buffer.c): the kernel reads tail
 * with acquire before writing any data (so it never overwrites bytes user space has not
 * finished reading: pairs with the user's release store of tail after reading), writes
 * the event, then publishes head with release (so the data is visible before the new
 * head: pairs with the user's acquire load of head before reading). The kernel only
 * writes head; user space only writes tail. Both are free-running byte counters.
 * Every event goes through begin and commit: they are inlined into the fillers' callers.
 */
static inline bool falco_event_begin(struct falco_writer *w, struct falco_ring *ring, u16 type)
{
	struct falco_ring_info *info = ring->info;
	u64 head = ring->head;
	u64 tail = smp_load_acquire(&info->tail);
	const struct falco_event_info *ev = &falco_event_info[type];
	struct falco_evt_hdr *hdr;

	if (unlikely(head - tail > ring->size)) {
		/* user space wrote a tail beyond head: treat the ring as full */
		info->n_drops_buffer++;
		return false;
	}
	if (unlikely(ring->size - (head - tail) < FALCO_MAX_EVENT_SIZE)) {
		info->n_drops_buffer++;
		return false;
	}
	w->ring = ring;
	w->base = ring->data + (head & (ring->size - 1));
	w->evinfo = ev;
	w->lensize = ev->large ? 4 : 2;
	w->pos = FALCO_EVT_HDR_SIZE + ev->nparams * w->lensize;
	w->nparam = 0;
	w->truncated = false;
	hdr = (struct falco_evt_hdr *)w->base;
	hdr->ts = ktime_get_real_ns();
	hdr->tid = current->pid;
	hdr->type = type;
	hdr->nparams = ev->nparams;
	return true;
}

static inline void falco_event_commit(struct falco_writer *w)
{
	static const unsigned char widths[] = FALCO_PT_WIDTHS;
	struct falco_ring_info *info = w->ring->info;
	struct falco_evt_hdr *hdr = (struct falco_evt_hdr *)w->base;

	/* parameters the filler did not know: zero for the fixed-width types, else empty */
	while (w->nparam < w->evinfo->nparams) {
		unsigned int type = w->evinfo->types[w->nparam];

		if (type < ARRAY_SIZE(widths) && widths[type])
			fw_int(w, 0);
		else
			fw_empty(w);
	}
	hdr->len = w->pos;
	info->n_evts++;
	if (w->truncated)
		info->n_truncated++;
	w->ring->head += FALCO_EVENT_ALIGN(w->pos);
	smp_store_release(&info->head, w->ring->head);
}

/* Fillers, falco_fill.c */
void falco_fill_syscall(struct falco_ring *ring, struct falco_call *c, bool enter);
void falco_fill_procexit(struct falco_ring *ring, struct task_struct *p);
struct kernel_siginfo;
void falco_fill_signaldeliver(struct falco_ring *ring, int sig, struct kernel_siginfo *info);
int falco_fill_init(void);

/* Process description, falco_proc.c */
void fw_proc_exe_args(struct falco_writer *w);
void fw_proc_cwd(struct falco_writer *w);
void fw_proc_env(struct falco_writer *w);
void fw_proc_cgroups(struct falco_writer *w);
void fw_proc_vm(struct falco_writer *w);
u32 falco_proc_tty(void);
void fw_proc_exe_inode(struct falco_writer *w);
void fw_proc_exepath(struct falco_writer *w);
void fw_proc_caps(struct falco_writer *w);
u32 falco_proc_exe_flags(void);

#endif /* FALCO_H */

/* SPDX-License-Identifier: (GPL-2.0-only OR MIT) */
/*
 * Internals of falco.ko shared by its files: the per-CPU ring and the event writer.
 */
#ifndef FALCO_H
#define FALCO_H

#include <linux/types.h>
#include <linux/sched.h>
#include <linux/ptrace.h>

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

bool falco_event_begin(struct falco_writer *w, struct falco_ring *ring, u16 type);
void falco_event_commit(struct falco_writer *w);

void fw_int(struct falco_writer *w, u64 value);
void fw_bytes(struct falco_writer *w, const void *src, u32 len);
void fw_str(struct falco_writer *w, const char *s);
void fw_ustr(struct falco_writer *w, unsigned long uptr);
void fw_ubuf(struct falco_writer *w, unsigned long uptr, unsigned long len);
void fw_empty(struct falco_writer *w);
/* Reserve len bytes for the next parameter and return where to write them, or NULL. */
char *fw_reserve(struct falco_writer *w, u32 len);

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

/* SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 */
/*
 * The libscap event type codes the eBPF driver emits, by the names the driver uses, taken from
 * the header generated from events.table (kmod/api/falco_event_table.h, shared with the kernel
 * module), so the codes have one source. The loader checks every spec's parameter count against
 * the same header, EbpfEventCodesTest against the table itself.
 */
#ifndef FJ_EVENTS_H
#define FJ_EVENTS_H

#include "falco_event_table.h"

#define FJ_GENERIC_E FALCO_EVT_SYSCALL_E
#define FJ_GENERIC_X FALCO_EVT_SYSCALL_X
#define FJ_PROCEXIT_E FALCO_EVT_PROCEXIT_E
#define FJ_EXECVE_X FALCO_EVT_EXECVE_X
#define FJ_EXECVEAT_X FALCO_EVT_EXECVEAT_X

/* A syscall's pair: FJ_PAIR(OPENAT) gives FALCO_EVT_OPENAT_E, FALCO_EVT_OPENAT_X. */
#define FJ_PAIR(NAME) FALCO_EVT_##NAME##_E, FALCO_EVT_##NAME##_X

#endif

/* SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 */
/* The one definition of what every hook family shares: the maps and globals (fj_maps.h) and the
 * global functions the verifier checks once (fj_task.h). */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_core_read.h>
#include <bpf/bpf_tracing.h>

#define FJ_DEFINE_MAPS
#include "fj_maps.h"
#include "fj_task.h"

char LICENSE[] SEC("license") = "Dual BSD/GPL";

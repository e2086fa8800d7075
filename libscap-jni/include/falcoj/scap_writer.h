/* SPDX-License-Identifier: (GPL-2.0-only OR MIT) */
/*
 * Writes libscap .scap capture files (uncompressed): section header, machine info, the
 * process list and user list of this machine (scanned from /proc and /etc), then one
 * event block per event.
 */
#ifndef FALCOJ_SCAP_WRITER_H
#define FALCOJ_SCAP_WRITER_H

#include <stdint.h>
#include <stdio.h>

#include "falco_ring_api.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Block types of the .scap format (libscap scap_savefile.h). */
#define FJ_SCAP_SHB_BLOCK	0x0A0D0D0AU
#define FJ_SCAP_SHB_MAGIC	0x1A2B3C4DU
#define FJ_SCAP_MI_BLOCK	0x201U
#define FJ_SCAP_PL_BLOCK_V9	0x215U
#define FJ_SCAP_UL_BLOCK_V2	0x220U
#define FJ_SCAP_EV_BLOCK_V2	0x216U
#define FJ_SCAP_EV_BLOCK_V2_LARGE	0x221U

struct fj_scap_writer {
	FILE *f;
	uint64_t events;
	uint8_t *buf;		/* event blocks not yet written */
	size_t buf_len;
	size_t buf_cap;
	char err[256];
};

/* Creates path and writes the header blocks. proc_root is "/proc" normally. */
int fj_scap_open(struct fj_scap_writer *w, const char *path, const char *proc_root);
/* One event, as it sits in the ring (header + lengths + parameters). */
int fj_scap_write_event(struct fj_scap_writer *w, uint16_t cpu, const struct falco_evt_hdr *ev);
int fj_scap_close(struct fj_scap_writer *w);

#ifdef __cplusplus
}
#endif

#endif /* FALCOJ_SCAP_WRITER_H */

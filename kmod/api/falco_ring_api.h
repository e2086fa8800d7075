/* SPDX-License-Identifier: (GPL-2.0-only OR MIT) */
/*
 * The user-space ABI of falco.ko: per-CPU ring layout, event header and ioctls.
 * Shared by the module, the C capture library and (through it) Java, which reads
 * the mapped memory in place. Offsets here are ABI: only append, and bump
 * FALCO_API_VERSION when anything changes.
 *
 * One character device per possible CPU, /dev/falco<N>. One consumer per device. The data
 * area is a power of two (module parameter data_size_kb, default 8 MiB); its size is in the
 * info page.
 *
 *   mmap(offset 0, FALCO_INFO_SIZE, PROT_READ | PROT_WRITE)  -> struct falco_ring_info
 *   mmap(offset FALCO_INFO_SIZE, 2 * data_size, PROT_READ)   -> the data area, mapped twice
 *
 * The data area is mapped twice back to back, so an event that wraps around the end is
 * still contiguous in memory: an event at position p = tail % data_size is read at
 * data + p for its whole length, whatever p.
 *
 * head and tail are free-running byte counters (they never wrap in practice: 2^64 bytes).
 * The kernel only writes head, user space only writes tail. Unread bytes: head - tail.
 */
#ifndef FALCO_RING_API_H
#define FALCO_RING_API_H

#ifdef __KERNEL__
#include <linux/types.h>
#include <linux/ioctl.h>
#else
#include <stdint.h>
#include <sys/ioctl.h>
typedef uint64_t __u64;
typedef uint32_t __u32;
typedef uint16_t __u16;
#endif

#define FALCO_API_VERSION	1
#define FALCO_DEVICE_NAME	"falco"
#define FALCO_INFO_SIZE		4096
#define FALCO_DEFAULT_DATA_SIZE	(8U << 20)
#define FALCO_DEFAULT_SNAPLEN	80
#define FALCO_MAX_SNAPLEN	65000

/*
 * The control page. head sits alone on its cache line (the kernel writes it on every
 * event), tail alone on the next (user space writes it), the counters after.
 */
struct falco_ring_info {
	__u64 head;		/* 0: written by the kernel, release */
	__u64 pad0[7];
	__u64 tail;		/* 64: written by user space, release */
	__u64 pad1[7];
	__u64 n_evts;		/* 128: events written */
	__u64 n_drops_buffer;	/* 136: events lost, ring full */
	__u64 n_drops_pf;	/* 144: always 0 today: a faulting user read empties that
				 * parameter (counted in n_truncated), the event is kept */
	__u64 n_drops_nested;	/* 152: events lost, a probe ran while another was writing */
	__u64 n_drops_oversize;	/* 160: always 0 today: parameters that would not fit in
				 * FALCO_MAX_EVENT_SIZE are emptied (n_truncated) */
	__u64 n_truncated;	/* 168: events written with a truncated parameter */
	__u32 data_size;	/* 176: bytes in the data area (a power of two) */
	__u32 api_version;	/* 180: FALCO_API_VERSION */
	__u64 schema_hash;	/* 184: FALCO_SCHEMA_HASH of the event table */
	__u32 cpu;		/* 192: the CPU this ring belongs to */
	__u32 capturing;	/* 196: 1 between START and STOP */
};

#define FALCO_INFO_OFF_HEAD		0
#define FALCO_INFO_OFF_TAIL		64
#define FALCO_INFO_OFF_N_EVTS		128
#define FALCO_INFO_OFF_N_DROPS_BUFFER	136
#define FALCO_INFO_OFF_N_DROPS_PF	144
#define FALCO_INFO_OFF_N_DROPS_NESTED	152
#define FALCO_INFO_OFF_N_DROPS_OVERSIZE	160
#define FALCO_INFO_OFF_N_TRUNCATED	168
#define FALCO_INFO_OFF_DATA_SIZE	176
#define FALCO_INFO_OFF_API_VERSION	180
#define FALCO_INFO_OFF_SCHEMA_HASH	184
#define FALCO_INFO_OFF_CPU		192

/*
 * The libscap event header, packed (26 bytes), followed by nparams lengths (u16 each,
 * u32 for LARGE_PAYLOAD events), then the parameters back to back. Events in the ring
 * are padded to 8 bytes (len holds the unpadded size: the next event starts at
 * FALCO_EVENT_ALIGN(len)).
 */
struct falco_evt_hdr {
	__u64 ts;	/* nanoseconds since the epoch */
	__u64 tid;
	__u32 len;	/* header + lengths + parameters */
	__u16 type;
	__u32 nparams;
} __attribute__((packed));

#define FALCO_EVT_HDR_SIZE	26
#define FALCO_EVENT_ALIGN(len)	(((len) + 7U) & ~7U)
/* The most an event may take in the ring: the kernel reserves this much before filling. */
#define FALCO_MAX_EVENT_SIZE	(64U << 10)

struct falco_counters {
	__u64 n_evts;
	__u64 n_drops_buffer;
	__u64 n_drops_pf;
	__u64 n_drops_nested;
	__u64 n_drops_oversize;
	__u64 n_truncated;
};

struct falco_versions {
	__u32 api_version;
	__u32 event_max;
	__u64 schema_hash;
};

#define FALCO_IOCTL_MAGIC	'F'
/* Start writing events into this CPU's ring. */
#define FALCO_IOCTL_START		_IO(FALCO_IOCTL_MAGIC, 1)
/* Stop writing; the ring keeps what it holds. */
#define FALCO_IOCTL_STOP		_IO(FALCO_IOCTL_MAGIC, 2)
/* Bytes of read/write/send/recv data captured (arg: value, <= FALCO_MAX_SNAPLEN), global. */
#define FALCO_IOCTL_SET_SNAPLEN		_IO(FALCO_IOCTL_MAGIC, 3)
/* Syscalls of interest (x86_64 numbers), global: when the set is not empty only those
 * syscalls produce events. Process lifecycle events always do: execve, execveat, clone,
 * clone3, fork, vfork and the process exit event.
 */
#define FALCO_IOCTL_SYSCALL_ADD		_IO(FALCO_IOCTL_MAGIC, 4)
#define FALCO_IOCTL_SYSCALL_CLEAR	_IO(FALCO_IOCTL_MAGIC, 5)
#define FALCO_IOCTL_GET_COUNTERS	_IOR(FALCO_IOCTL_MAGIC, 6, struct falco_counters)
#define FALCO_IOCTL_GET_VERSIONS	_IOR(FALCO_IOCTL_MAGIC, 7, struct falco_versions)
/*
 * arg 1: leave out every event of the calling process (a consumer's own system calls would
 * otherwise feed back into the stream it reads); arg 0: report it again. Global; forgotten when
 * the last consumer closes its device. Appended without an API version change: a module that
 * predates it answers ENOTTY, and readers go on without it.
 */
#define FALCO_IOCTL_IGNORE_CALLER	_IO(FALCO_IOCTL_MAGIC, 8)
#define FALCO_SYSCALL_NR_MAX	512

#endif /* FALCO_RING_API_H */

/* SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 */
/*
 * Kernel flag values (x86_64) translated to the event table's PPM_* values, one function per
 * flags table of events.table (file_flags, prot_flags, mmap_flags, clone_flags, fcntl_commands,
 * ptrace_requests, execveat_flags).
 */
#ifndef FJ_FLAGS_H
#define FJ_FLAGS_H

static __always_inline __u32 fj_open_flags(__u32 f)
{
	__u32 r = 0;

	switch (f & 03) {
	case 0: r = 1; break;	/* O_RDONLY */
	case 1: r = 2; break;	/* O_WRONLY */
	case 2: r = 3; break;	/* O_RDWR */
	}
	if (f & 0100) r |= 4;		/* O_CREAT */
	if (f & 02000) r |= 8;		/* O_APPEND */
	if (f & 010000) r |= 16;	/* O_DSYNC */
	if (f & 0200) r |= 32;		/* O_EXCL */
	if (f & 04000) r |= 64;		/* O_NONBLOCK */
	if (f & 04000000) r |= 128;	/* __O_SYNC */
	if (f & 01000) r |= 256;	/* O_TRUNC */
	if (f & 040000) r |= 512;	/* O_DIRECT */
	if (f & 0200000) r |= 1024;	/* O_DIRECTORY */
	if (f & 0100000) r |= 2048;	/* O_LARGEFILE */
	if (f & 02000000) r |= 4096;	/* O_CLOEXEC */
	if (f & 020000000) r |= 8192;	/* __O_TMPFILE */
	return r;
}

static __always_inline __u32 fj_prot_flags(__u32 f)
{
	__u32 r = f & 0xf;		/* READ, WRITE, EXEC, SEM share their values */

	if (f & 0x01000000) r |= 16;	/* PROT_GROWSDOWN */
	if (f & 0x02000000) r |= 32;	/* PROT_GROWSUP */
	return r;
}

static __always_inline __u32 fj_mmap_flags(__u32 f)
{
	__u32 r = f & 0x3;		/* SHARED, PRIVATE */

	if (f & 0x10) r |= 4;		/* MAP_FIXED */
	if (f & 0x20) r |= 8;		/* MAP_ANONYMOUS */
	if (f & 0x40) r |= 16;		/* MAP_32BIT */
	if (f & 0x4000) r |= 64;	/* MAP_NORESERVE */
	if (f & 0x8000) r |= 128;	/* MAP_POPULATE */
	if (f & 0x10000) r |= 256;	/* MAP_NONBLOCK */
	if (f & 0x100) r |= 512;	/* MAP_GROWSDOWN */
	if (f & 0x800) r |= 1024;	/* MAP_DENYWRITE */
	if (f & 0x1000) r |= 2048;	/* MAP_EXECUTABLE */
	if (f & 0x2000) r |= 16384;	/* MAP_LOCKED */
	return r;
}

static __always_inline __u32 fj_clone_flags(__u64 f)
{
	__u32 r = 0;

	if (f & 0x400) r |= 1;			/* CLONE_FILES */
	if (f & 0x200) r |= 2;			/* CLONE_FS */
	if (f & 0x80000000ULL) r |= 4;		/* CLONE_IO */
	if (f & 0x8000000) r |= 8;		/* CLONE_NEWIPC */
	if (f & 0x40000000) r |= 16;		/* CLONE_NEWNET */
	if (f & 0x20000) r |= 32;		/* CLONE_NEWNS */
	if (f & 0x20000000) r |= 64;		/* CLONE_NEWPID */
	if (f & 0x4000000) r |= 128;		/* CLONE_NEWUTS */
	if (f & 0x8000) r |= 256;		/* CLONE_PARENT */
	if (f & 0x100000) r |= 512;		/* CLONE_PARENT_SETTID */
	if (f & 0x2000) r |= 1024;		/* CLONE_PTRACE */
	if (f & 0x800) r |= 2048;		/* CLONE_SIGHAND */
	if (f & 0x40000) r |= 4096;		/* CLONE_SYSVSEM */
	if (f & 0x10000) r |= 8192;		/* CLONE_THREAD */
	if (f & 0x800000) r |= 16384;		/* CLONE_UNTRACED */
	if (f & 0x100) r |= 32768;		/* CLONE_VM */
	if (f & 0x10000000) r |= 1048576;	/* CLONE_NEWUSER */
	if (f & 0x200000) r |= 8388608;		/* CLONE_CHILD_CLEARTID */
	if (f & 0x1000000) r |= 16777216;	/* CLONE_CHILD_SETTID */
	if (f & 0x80000) r |= 33554432;		/* CLONE_SETTLS */
	if (f & 0x4000) r |= 134217728;		/* CLONE_VFORK */
	if (f & 0x2000000) r |= 268435456;	/* CLONE_NEWCGROUP */
	return r;
}

static __always_inline __u8 fj_fcntl_cmd(__u32 c)
{
	switch (c) {
	case 0: return 1;	/* F_DUPFD */
	case 1: return 2;	/* F_GETFD */
	case 2: return 3;	/* F_SETFD */
	case 3: return 4;	/* F_GETFL */
	case 4: return 5;	/* F_SETFL */
	case 5: return 6;	/* F_GETLK */
	case 6: return 8;	/* F_SETLK */
	case 7: return 9;	/* F_SETLKW */
	case 8: return 10;	/* F_SETOWN */
	case 9: return 12;	/* F_GETOWN */
	case 10: return 13;	/* F_SETSIG */
	case 11: return 15;	/* F_GETSIG */
	case 15: return 21;	/* F_SETOWN_EX */
	case 16: return 22;	/* F_GETOWN_EX */
	case 36: return 30;	/* F_OFD_GETLK */
	case 37: return 31;	/* F_OFD_SETLK */
	case 38: return 32;	/* F_OFD_SETLKW */
	case 1024: return 23;	/* F_SETLEASE */
	case 1025: return 24;	/* F_GETLEASE */
	case 1026: return 27;	/* F_NOTIFY */
	case 1029: return 25;	/* F_CANCELLK */
	case 1030: return 26;	/* F_DUPFD_CLOEXEC */
	case 1031: return 28;	/* F_SETPIPE_SZ */
	case 1032: return 29;	/* F_GETPIPE_SZ */
	}
	return 0;
}

static __always_inline __u16 fj_ptrace_req(__u64 r)
{
	if (r <= 9)
		return r + 1;	/* TRACEME..SINGLESTEP */
	switch (r) {
	case 12: return 26;	/* GETREGS */
	case 13: return 27;	/* SETREGS */
	case 14: return 28;	/* GETFPREGS */
	case 15: return 29;	/* SETFPREGS */
	case 16: return 11;	/* ATTACH */
	case 17: return 12;	/* DETACH */
	case 18: return 30;	/* GETFPXREGS */
	case 19: return 31;	/* SETFPXREGS */
	case 21: return 32;	/* OLDSETOPTIONS */
	case 24: return 13;	/* SYSCALL */
	case 25: return 33;	/* GET_THREAD_AREA */
	case 26: return 34;	/* SET_THREAD_AREA */
	case 30: return 35;	/* ARCH_PRCTL */
	case 31: return 36;	/* SYSEMU */
	case 32: return 37;	/* SYSEMU_SINGLESTEP */
	case 33: return 38;	/* SINGLEBLOCK */
	case 0x4200: return 14;	/* SETOPTIONS */
	case 0x4201: return 15;	/* GETEVENTMSG */
	case 0x4202: return 16;	/* GETSIGINFO */
	case 0x4203: return 17;	/* SETSIGINFO */
	case 0x4204: return 18;	/* GETREGSET */
	case 0x4205: return 19;	/* SETREGSET */
	case 0x4206: return 20;	/* SEIZE */
	case 0x4207: return 21;	/* INTERRUPT */
	case 0x4208: return 22;	/* LISTEN */
	case 0x4209: return 23;	/* PEEKSIGINFO */
	case 0x420a: return 24;	/* GETSIGMASK */
	case 0x420b: return 25;	/* SETSIGMASK */
	}
	return 0;
}

static __always_inline __u32 fj_execveat_flags(__u32 f)
{
	__u32 r = 0;

	if (f & 0x1000) r |= 1;	/* AT_EMPTY_PATH */
	if (f & 0x100) r |= 2;	/* AT_SYMLINK_NOFOLLOW */
	return r;
}

/* A kernel dev_t (major << 20 | minor) in the user-space encoding libscap stores. */
static __always_inline __u32 fj_encode_dev(__u32 dev)
{
	__u32 major = dev >> 20, minor = dev & 0xfffff;

	return (minor & 0xff) | (major << 8) | ((minor & ~0xffU) << 12);
}

#endif

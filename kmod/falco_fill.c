// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * Fillers: the parameters of each event, in the order of the event table
 * (api/falco_event_table.h, generated from events.table). A syscall without a filler
 * of its own is reported as a generic event carrying its ppm_sc code.
 *
 * Everything here runs in the tracepoint probes: preemption disabled, no sleeping,
 * user memory read with the _nofault helpers only.
 */
#include <linux/kernel.h>
#include <linux/fs.h>
#include <linux/fdtable.h>
#include <linux/file.h>
#include <linux/net.h>
#include <linux/in.h>
#include <linux/in6.h>
#include <linux/un.h>
#include <linux/socket.h>
#include <linux/sched/signal.h>
#include <linux/signal.h>
#include <linux/resource.h>
#include <linux/uaccess.h>
#include <linux/version.h>
#include <linux/cred.h>
#include <linux/uidgid.h>
#include <linux/fcntl.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/pid.h>
#include <linux/pid_namespace.h>
#include <linux/audit.h>
#include <linux/prctl.h>
#include <uapi/linux/memfd.h>
#include <net/sock.h>
#include <net/inet_sock.h>
#include <net/af_unix.h>
#include <net/ipv6.h>
#include <asm/unistd.h>

#define FALCO_EVENT_TABLE_DEFINE
#include "falco.h"

typedef void (*falco_filler_t)(struct falco_writer *w, struct falco_call *c);

struct falco_syscall_desc {
	u16 enter;
	u16 exit;
	u16 sc;			/* ppm_sc code, for the generic events */
	bool append_enter;	/* the exit event ends with the enter event's parameters */
	falco_filler_t fill_enter;
	falco_filler_t fill_exit;
};

static struct falco_syscall_desc falco_syscalls[FALCO_SYSCALL_NR_MAX];

/* Flag conversions: kernel values to the event table's. */

static u32 open_flags(unsigned long f)
{
	u32 r = 0;

	switch (f & O_ACCMODE) {
	case O_RDONLY:
		r |= FALCO_FILE_FLAGS_O_RDONLY;
		break;
	case O_WRONLY:
		r |= FALCO_FILE_FLAGS_O_WRONLY;
		break;
	case O_RDWR:
		r |= FALCO_FILE_FLAGS_O_RDWR;
		break;
	}
	if (f & O_CREAT)
		r |= FALCO_FILE_FLAGS_O_CREAT;
	if (f & O_APPEND)
		r |= FALCO_FILE_FLAGS_O_APPEND;
	if (f & O_DSYNC)
		r |= FALCO_FILE_FLAGS_O_DSYNC;
	if (f & O_EXCL)
		r |= FALCO_FILE_FLAGS_O_EXCL;
	if (f & O_NONBLOCK)
		r |= FALCO_FILE_FLAGS_O_NONBLOCK;
	if ((f & __O_SYNC) == __O_SYNC)
		r |= FALCO_FILE_FLAGS_O_SYNC;
	if (f & O_TRUNC)
		r |= FALCO_FILE_FLAGS_O_TRUNC;
	if (f & O_DIRECT)
		r |= FALCO_FILE_FLAGS_O_DIRECT;
	if (f & O_LARGEFILE)
		r |= FALCO_FILE_FLAGS_O_LARGEFILE;
	if ((f & __O_TMPFILE) == __O_TMPFILE)
		r |= FALCO_FILE_FLAGS_O_TMPFILE;
	else if (f & O_DIRECTORY)
		r |= FALCO_FILE_FLAGS_O_DIRECTORY;
	if (f & O_CLOEXEC)
		r |= FALCO_FILE_FLAGS_O_CLOEXEC;
	return r;
}

/* The mode only means something when the call may create the file. */
static u32 open_mode(unsigned long flags, unsigned long mode)
{
	if (!(flags & O_CREAT) && (flags & __O_TMPFILE) != __O_TMPFILE)
		return 0;
	return mode & 07777;
}

static u32 clone_flags(u64 f)
{
	static const struct { u64 k; u32 f; } map[] = {
		{ CLONE_FILES, FALCO_CLONE_FLAGS_CLONE_FILES },
		{ CLONE_FS, FALCO_CLONE_FLAGS_CLONE_FS },
		{ CLONE_IO, FALCO_CLONE_FLAGS_CLONE_IO },
		{ CLONE_NEWIPC, FALCO_CLONE_FLAGS_CLONE_NEWIPC },
		{ CLONE_NEWNET, FALCO_CLONE_FLAGS_CLONE_NEWNET },
		{ CLONE_NEWNS, FALCO_CLONE_FLAGS_CLONE_NEWNS },
		{ CLONE_NEWPID, FALCO_CLONE_FLAGS_CLONE_NEWPID },
		{ CLONE_NEWUTS, FALCO_CLONE_FLAGS_CLONE_NEWUTS },
		{ CLONE_PARENT, FALCO_CLONE_FLAGS_CLONE_PARENT },
		{ CLONE_PARENT_SETTID, FALCO_CLONE_FLAGS_CLONE_PARENT_SETTID },
		{ CLONE_PTRACE, FALCO_CLONE_FLAGS_CLONE_PTRACE },
		{ CLONE_SIGHAND, FALCO_CLONE_FLAGS_CLONE_SIGHAND },
		{ CLONE_SYSVSEM, FALCO_CLONE_FLAGS_CLONE_SYSVSEM },
		{ CLONE_THREAD, FALCO_CLONE_FLAGS_CLONE_THREAD },
		{ CLONE_UNTRACED, FALCO_CLONE_FLAGS_CLONE_UNTRACED },
		{ CLONE_VM, FALCO_CLONE_FLAGS_CLONE_VM },
		{ CLONE_NEWUSER, FALCO_CLONE_FLAGS_CLONE_NEWUSER },
		{ CLONE_CHILD_CLEARTID, FALCO_CLONE_FLAGS_CLONE_CHILD_CLEARTID },
		{ CLONE_CHILD_SETTID, FALCO_CLONE_FLAGS_CLONE_CHILD_SETTID },
		{ CLONE_SETTLS, FALCO_CLONE_FLAGS_CLONE_SETTLS },
		{ CLONE_VFORK, FALCO_CLONE_FLAGS_CLONE_VFORK },
		{ CLONE_NEWCGROUP, FALCO_CLONE_FLAGS_CLONE_NEWCGROUP },
	};
	u32 r = 0;
	int i;

	for (i = 0; i < ARRAY_SIZE(map); i++)
		if (f & map[i].k)
			r |= map[i].f;
	return r;
}

static u32 fcntl_cmd(unsigned long cmd)
{
	switch (cmd) {
	case F_DUPFD: return FALCO_FCNTL_COMMANDS_F_DUPFD;
	case F_GETFD: return FALCO_FCNTL_COMMANDS_F_GETFD;
	case F_SETFD: return FALCO_FCNTL_COMMANDS_F_SETFD;
	case F_GETFL: return FALCO_FCNTL_COMMANDS_F_GETFL;
	case F_SETFL: return FALCO_FCNTL_COMMANDS_F_SETFL;
	case F_GETLK: return FALCO_FCNTL_COMMANDS_F_GETLK;
	case F_SETLK: return FALCO_FCNTL_COMMANDS_F_SETLK;
	case F_SETLKW: return FALCO_FCNTL_COMMANDS_F_SETLKW;
	case F_SETOWN: return FALCO_FCNTL_COMMANDS_F_SETOWN;
	case F_GETOWN: return FALCO_FCNTL_COMMANDS_F_GETOWN;
	case F_SETSIG: return FALCO_FCNTL_COMMANDS_F_SETSIG;
	case F_GETSIG: return FALCO_FCNTL_COMMANDS_F_GETSIG;
	case F_DUPFD_CLOEXEC: return FALCO_FCNTL_COMMANDS_F_DUPFD_CLOEXEC;
	case F_SETPIPE_SZ: return FALCO_FCNTL_COMMANDS_F_SETPIPE_SZ;
	case F_GETPIPE_SZ: return FALCO_FCNTL_COMMANDS_F_GETPIPE_SZ;
	case F_OFD_GETLK: return FALCO_FCNTL_COMMANDS_F_OFD_GETLK;
	case F_OFD_SETLK: return FALCO_FCNTL_COMMANDS_F_OFD_SETLK;
	case F_OFD_SETLKW: return FALCO_FCNTL_COMMANDS_F_OFD_SETLKW;
	default: return FALCO_FCNTL_COMMANDS_UNKNOWN;
	}
}

static u32 mmap_flags(unsigned long f)
{
	u32 r = 0;

	if (f & MAP_SHARED)
		r |= FALCO_MMAP_FLAGS_MAP_SHARED;
	if (f & MAP_PRIVATE)
		r |= FALCO_MMAP_FLAGS_MAP_PRIVATE;
	if (f & MAP_FIXED)
		r |= FALCO_MMAP_FLAGS_MAP_FIXED;
	if (f & MAP_ANONYMOUS)
		r |= FALCO_MMAP_FLAGS_MAP_ANONYMOUS;
	if (f & MAP_32BIT)
		r |= FALCO_MMAP_FLAGS_MAP_32BIT;
	if (f & MAP_NORESERVE)
		r |= FALCO_MMAP_FLAGS_MAP_NORESERVE;
	if (f & MAP_POPULATE)
		r |= FALCO_MMAP_FLAGS_MAP_POPULATE;
	if (f & MAP_NONBLOCK)
		r |= FALCO_MMAP_FLAGS_MAP_NONBLOCK;
	if (f & MAP_GROWSDOWN)
		r |= FALCO_MMAP_FLAGS_MAP_GROWSDOWN;
	if (f & MAP_LOCKED)
		r |= FALCO_MMAP_FLAGS_MAP_LOCKED;
	return r;
}

static u32 prot_flags(unsigned long p)
{
	return p & (PROT_READ | PROT_WRITE | PROT_EXEC);
}

/* Files and sockets of the current task, looked up without taking references. */

static struct file *fd_file_rcu(unsigned long fd)
{
	if (fd > INT_MAX || !current->files)
		return NULL;
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 7, 0)
	return files_lookup_fd_raw(current->files, fd);
#else
	return files_lookup_fd_rcu(current->files, fd);
#endif
}

static u32 fd_dev(unsigned long fd)
{
	struct file *f;
	u32 dev = 0;

	rcu_read_lock();
	f = fd_file_rcu(fd);
	if (f && f->f_inode && f->f_inode->i_sb)
		dev = new_encode_dev(f->f_inode->i_sb->s_dev);
	rcu_read_unlock();
	return dev;
}

static u64 fd_ino(unsigned long fd)
{
	struct file *f;
	u64 ino = 0;

	rcu_read_lock();
	f = fd_file_rcu(fd);
	if (f && f->f_inode)
		ino = f->f_inode->i_ino;
	rcu_read_unlock();
	return ino;
}

/* The socket of fd; call under rcu_read_lock. */
static struct sock *fd_sock_rcu(unsigned long fd)
{
	struct file *f = fd_file_rcu(fd);
	struct socket *sock;

	if (!f)
		return NULL;
	sock = sock_from_file(f);
	return sock ? sock->sk : NULL;
}

static void put_u8(char **p, u8 v)
{
	**p = v;
	*p += 1;
}

static void put_raw(char **p, const void *v, size_t n)
{
	memcpy(*p, v, n);
	*p += n;
}

static void put_port(char **p, __be16 port)
{
	u16 v = ntohs(port);

	put_raw(p, &v, 2);
}

/*
 * A socket tuple: family, then client address/port, then server address/port, both
 * from the socket itself (after connect or accept they are known to the kernel). For
 * unix sockets: the two socket pointers (identities, not addresses) and the path.
 */
static void fw_sock_tuple(struct falco_writer *w, unsigned long fd, bool inbound)
{
	char buf[1 + 8 + 8 + UNIX_PATH_MAX + 1];
	char *p = buf;
	struct sock *sk;

	rcu_read_lock();
	sk = fd_sock_rcu(fd);
	if (!sk)
		goto empty;
	switch (sk->sk_family) {
	case AF_INET: {
		struct inet_sock *in = inet_sk(sk);

		put_u8(&p, FALCO_SOCKET_FAMILIES_AF_INET);
		if (inbound) {
			put_raw(&p, &in->inet_daddr, 4);
			put_port(&p, in->inet_dport);
			put_raw(&p, &in->inet_saddr, 4);
			put_port(&p, in->inet_sport);
		} else {
			put_raw(&p, &in->inet_saddr, 4);
			put_port(&p, in->inet_sport);
			put_raw(&p, &in->inet_daddr, 4);
			put_port(&p, in->inet_dport);
		}
		break;
	}
#if IS_ENABLED(CONFIG_IPV6)
	case AF_INET6: {
		struct inet_sock *in = inet_sk(sk);

		put_u8(&p, FALCO_SOCKET_FAMILIES_AF_INET6);
		if (inbound) {
			put_raw(&p, &sk->sk_v6_daddr, 16);
			put_port(&p, in->inet_dport);
			put_raw(&p, &sk->sk_v6_rcv_saddr, 16);
			put_port(&p, in->inet_sport);
		} else {
			put_raw(&p, &sk->sk_v6_rcv_saddr, 16);
			put_port(&p, in->inet_sport);
			put_raw(&p, &sk->sk_v6_daddr, 16);
			put_port(&p, in->inet_dport);
		}
		break;
	}
#endif
	case AF_UNIX: {
		struct unix_sock *us = unix_sk(sk);
		struct unix_address *addr;
		u64 self = (u64)(unsigned long)sk;
		u64 peer = (u64)(unsigned long)READ_ONCE(us->peer);
		size_t n = 0;

		put_u8(&p, FALCO_SOCKET_FAMILIES_AF_UNIX);
		put_raw(&p, &self, 8);
		put_raw(&p, &peer, 8);
		addr = smp_load_acquire(&us->addr);
		if (addr && addr->len > offsetof(struct sockaddr_un, sun_path)) {
			n = addr->len - offsetof(struct sockaddr_un, sun_path);
			n = min_t(size_t, n, UNIX_PATH_MAX);
			memcpy(p, addr->name->sun_path, n);
			/* abstract names start with a NUL: keep them readable */
			if (n && p[0] == '\0')
				p[0] = '@';
			n = strnlen(p, n);
		}
		p[n] = '\0';
		p += n + 1;
		break;
	}
	default:
		goto empty;
	}
	rcu_read_unlock();
	fw_bytes(w, buf, p - buf);
	return;
empty:
	rcu_read_unlock();
	fw_empty(w);
}

/* A sockaddr given by user space (bind, connect, sendto), in the event table's format. */
static void fw_user_sockaddr(struct falco_writer *w, unsigned long uptr, unsigned long ulen)
{
	struct sockaddr_storage ss;
	char buf[1 + 16 + 2 + UNIX_PATH_MAX + 1];
	char *p = buf;
	size_t n;

	if (!uptr || ulen < sizeof(sa_family_t)) {
		fw_empty(w);
		return;
	}
	ulen = min_t(unsigned long, ulen, sizeof(ss));
	memset(&ss, 0, sizeof(ss));
	if (copy_from_user_nofault(&ss, (const void __user *)uptr, ulen)) {
		w->truncated = true;
		fw_empty(w);
		return;
	}
	switch (ss.ss_family) {
	case AF_INET: {
		struct sockaddr_in *in = (struct sockaddr_in *)&ss;

		put_u8(&p, FALCO_SOCKET_FAMILIES_AF_INET);
		put_raw(&p, &in->sin_addr.s_addr, 4);
		put_port(&p, in->sin_port);
		break;
	}
	case AF_INET6: {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;

		put_u8(&p, FALCO_SOCKET_FAMILIES_AF_INET6);
		put_raw(&p, &in6->sin6_addr, 16);
		put_port(&p, in6->sin6_port);
		break;
	}
	case AF_UNIX: {
		struct sockaddr_un *un = (struct sockaddr_un *)&ss;

		put_u8(&p, FALCO_SOCKET_FAMILIES_AF_UNIX);
		n = ulen > offsetof(struct sockaddr_un, sun_path) ?
			ulen - offsetof(struct sockaddr_un, sun_path) : 0;
		n = min_t(size_t, n, UNIX_PATH_MAX);
		memcpy(p, un->sun_path, n);
		if (n && p[0] == '\0')
			p[0] = '@';
		n = strnlen(p, n);
		p[n] = '\0';
		p += n + 1;
		break;
	}
	default:
		put_u8(&p, ss.ss_family);
		break;
	}
	fw_bytes(w, buf, p - buf);
}

/* Fillers. c->arg[] are the syscall's arguments, c->ret its return value (exit only). */

static void fill_generic_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, falco_syscalls[c->nr].sc);
	fw_int(w, c->nr);
}

static void fill_generic_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, falco_syscalls[c->nr].sc);
	fw_int(w, c->nr);
}

static void fill_ret(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
}

static void fill_fd0(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
}

static void fill_none(struct falco_writer *w, struct falco_call *c)
{
}

/* dup2/dup3: res, oldfd, newfd (, flags). */
static void fill_dup23_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, (s64)(int)c->arg[1]);
	if (c->nr == __NR_dup3)
		fw_int(w, c->arg[2] & O_CLOEXEC ? FALCO_FILE_FLAGS_O_CLOEXEC : 0);
}

static void fill_open_e(struct falco_writer *w, struct falco_call *c)
{
	fw_ustr(w, c->arg[0]);
	fw_int(w, open_flags(c->arg[1]));
	fw_int(w, open_mode(c->arg[1], c->arg[2]));
}

static void fill_open_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_ustr(w, c->arg[0]);
	fw_int(w, open_flags(c->arg[1]));
	fw_int(w, open_mode(c->arg[1], c->arg[2]));
	fw_int(w, c->ret >= 0 ? fd_dev(c->ret) : 0);
	fw_int(w, c->ret >= 0 ? fd_ino(c->ret) : 0);
}

static void fill_creat_e(struct falco_writer *w, struct falco_call *c)
{
	fw_ustr(w, c->arg[0]);
	fw_int(w, c->arg[1] & 07777);
}

static void fill_creat_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_ustr(w, c->arg[0]);
	fw_int(w, c->arg[1] & 07777);
	fw_int(w, c->ret >= 0 ? fd_dev(c->ret) : 0);
	fw_int(w, c->ret >= 0 ? fd_ino(c->ret) : 0);
	fw_int(w, 0);	/* creat_flags: overlayfs layer, not computed */
}

static s64 dirfd_arg(unsigned long v)
{
	return (s64)(int)v;
}

static void fill_openat_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, dirfd_arg(c->arg[0]));
	fw_ustr(w, c->arg[1]);
	fw_int(w, open_flags(c->arg[2]));
	fw_int(w, open_mode(c->arg[2], c->arg[3]));
}

static void fill_openat_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, dirfd_arg(c->arg[0]));
	fw_ustr(w, c->arg[1]);
	fw_int(w, open_flags(c->arg[2]));
	fw_int(w, open_mode(c->arg[2], c->arg[3]));
	fw_int(w, c->ret >= 0 ? fd_dev(c->ret) : 0);
	fw_int(w, c->ret >= 0 ? fd_ino(c->ret) : 0);
}

/* openat2 passes flags, mode and resolve in a struct open_how in user memory. */
static void fill_openat2_common(struct falco_writer *w, struct falco_call *c)
{
	u64 how[3] = { 0, 0, 0 };	/* flags, mode, resolve */

	if (copy_from_user_nofault(how, (const void __user *)c->arg[2],
				   min_t(unsigned long, c->arg[3], sizeof(how))))
		memset(how, 0, sizeof(how));
	fw_int(w, dirfd_arg(c->arg[0]));
	fw_ustr(w, c->arg[1]);
	fw_int(w, open_flags(how[0]));
	fw_int(w, open_mode(how[0], how[1]));
	fw_int(w, how[2] & 0x3f);
}

static void fill_openat2_e(struct falco_writer *w, struct falco_call *c)
{
	fill_openat2_common(w, c);
}

static void fill_openat2_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fill_openat2_common(w, c);
	fw_int(w, c->ret >= 0 ? fd_dev(c->ret) : 0);
	fw_int(w, c->ret >= 0 ? fd_ino(c->ret) : 0);
}

static void fill_fd_size_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, c->arg[2]);
}

static void fill_fd_size_pos_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, c->arg[2]);
	fw_int(w, c->arg[3]);
}

/* read/pread/recv: the data is what the call returned in the buffer. */
static void fill_read_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	if (c->ret > 0)
		fw_ubuf(w, c->arg[1], c->ret);
	else
		fw_empty(w);
}

/* write/pwrite/send: the data is what was asked to be written. */
static void fill_write_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_ubuf(w, c->arg[1], c->arg[2]);
}

/* The first iovec's data of readv/writev, bounded by the snaplen. */
static void fw_iov_data(struct falco_writer *w, unsigned long uiov, unsigned long cnt,
			unsigned long len)
{
	struct iovec iov;

	if (!cnt || copy_from_user_nofault(&iov, (const void __user *)uiov, sizeof(iov))) {
		fw_empty(w);
		return;
	}
	fw_ubuf(w, (unsigned long)iov.iov_base, min_t(unsigned long, len, iov.iov_len));
}

static u64 iov_total(unsigned long uiov, unsigned long cnt)
{
	struct iovec iov;
	u64 total = 0;
	unsigned long i;

	for (i = 0; i < cnt && i < 32; i++) {
		if (copy_from_user_nofault(&iov, (const void __user *)(uiov + i * sizeof(iov)),
					   sizeof(iov)))
			break;
		total += iov.iov_len;
	}
	return total;
}

static void fill_readv_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, iov_total(c->arg[1], c->arg[2]));
	fw_iov_data(w, c->arg[1], c->arg[2], c->ret > 0 ? c->ret : 0);
}

static void fill_writev_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, iov_total(c->arg[1], c->arg[2]));
}

static void fill_writev_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_iov_data(w, c->arg[1], c->arg[2], iov_total(c->arg[1], c->arg[2]));
}

static void fill_preadv_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, c->arg[3]);
}

static void fill_pwritev_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, iov_total(c->arg[1], c->arg[2]));
	fw_int(w, c->arg[3]);
}

static void fill_socket_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->arg[0]);
	fw_int(w, c->arg[1]);
	fw_int(w, c->arg[2]);
}

static void fill_bind_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_user_sockaddr(w, c->arg[1], c->arg[2]);
}

static void fill_connect_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
	fw_user_sockaddr(w, c->arg[1], c->arg[2]);
}

static void fill_connect_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	if (c->ret == 0 || c->ret == -EINPROGRESS)
		fw_sock_tuple(w, c->arg[0], false);
	else
		fw_empty(w);
}

static void fill_listen_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, c->arg[1]);
}

static void fill_accept4_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->arg[3]);
}

static void fill_accept_x(struct falco_writer *w, struct falco_call *c)
{
	struct sock *sk;
	u32 len = 0, max = 0;

	fw_int(w, c->ret);
	if (c->ret >= 0)
		fw_sock_tuple(w, c->ret, true);
	else
		fw_empty(w);
	rcu_read_lock();
	sk = fd_sock_rcu(c->arg[0]);
	if (sk) {
		len = READ_ONCE(sk->sk_ack_backlog);
		max = READ_ONCE(sk->sk_max_ack_backlog);
	}
	rcu_read_unlock();
	fw_int(w, max ? len * 100 / max : 0);
	fw_int(w, len);
	fw_int(w, max);
}

static void fill_sendto_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, c->arg[2]);
	fw_sock_tuple(w, c->arg[0], false);
}

static void fill_recvfrom_x(struct falco_writer *w, struct falco_call *c)
{
	fill_read_x(w, c);
	fw_sock_tuple(w, c->arg[0], false);
}

static void fill_shutdown_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, c->arg[1]);
}

static void fill_socketpair_x(struct falco_writer *w, struct falco_call *c)
{
	int fds[2] = { -1, -1 };
	struct sock *a = NULL, *b = NULL;

	fw_int(w, c->ret);
	if (c->ret >= 0 && copy_from_user_nofault(fds, (const void __user *)c->arg[3],
						  sizeof(fds)))
		fds[0] = fds[1] = -1;
	fw_int(w, (s64)fds[0]);
	fw_int(w, (s64)fds[1]);
	rcu_read_lock();
	if (fds[0] >= 0)
		a = fd_sock_rcu(fds[0]);
	if (a)
		b = READ_ONCE(unix_sk(a)->peer);
	rcu_read_unlock();
	fw_int(w, (u64)(unsigned long)a);
	fw_int(w, (u64)(unsigned long)b);
}

static void fill_sendmsg_e(struct falco_writer *w, struct falco_call *c)
{
	struct user_msghdr msg;

	fw_int(w, (s64)(int)c->arg[0]);
	if (copy_from_user_nofault(&msg, (const void __user *)c->arg[1], sizeof(msg)))
		fw_int(w, 0);
	else
		fw_int(w, iov_total((unsigned long)msg.msg_iov, msg.msg_iovlen));
	fw_sock_tuple(w, c->arg[0], false);
}

static void fill_sendmsg_x(struct falco_writer *w, struct falco_call *c)
{
	struct user_msghdr msg;

	fw_int(w, c->ret);
	if (copy_from_user_nofault(&msg, (const void __user *)c->arg[1], sizeof(msg)))
		fw_empty(w);
	else
		fw_iov_data(w, (unsigned long)msg.msg_iov, msg.msg_iovlen,
			    iov_total((unsigned long)msg.msg_iov, msg.msg_iovlen));
}

static void fill_recvmsg_x(struct falco_writer *w, struct falco_call *c)
{
	struct user_msghdr msg;
	bool ok = !copy_from_user_nofault(&msg, (const void __user *)c->arg[1], sizeof(msg));

	fw_int(w, c->ret);
	fw_int(w, c->ret > 0 ? c->ret : 0);
	if (ok && c->ret > 0)
		fw_iov_data(w, (unsigned long)msg.msg_iov, msg.msg_iovlen, c->ret);
	else
		fw_empty(w);
	fw_sock_tuple(w, c->arg[0], false);
	fw_empty(w);	/* msgcontrol */
	fw_int(w, (s64)(int)c->arg[0]);
}

static void fill_pipe_x(struct falco_writer *w, struct falco_call *c)
{
	int fds[2] = { -1, -1 };

	fw_int(w, c->ret);
	if (c->ret >= 0 && copy_from_user_nofault(fds, (const void __user *)c->arg[0],
						  sizeof(fds)))
		fds[0] = fds[1] = -1;
	fw_int(w, (s64)fds[0]);
	fw_int(w, (s64)fds[1]);
	fw_int(w, fds[0] >= 0 ? fd_ino(fds[0]) : 0);
}

/* eventfd(initval): the old syscall has no flags */
static void fill_eventfd_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->arg[0]);
	fw_int(w, 0);
}

/* fd and the signal mask (a sigset_t in user memory: its low 32 signals) */
static void fill_signalfd4_e(struct falco_writer *w, struct falco_call *c)
{
	u64 mask = 0;

	fw_int(w, (s64)(int)c->arg[0]);
	if (copy_from_user_nofault(&mask, (const void __user *)c->arg[1], sizeof(mask)))
		mask = 0;
	fw_int(w, (u32)mask);
}

/* signalfd(fd, mask, size): no flags */
static void fill_signalfd_e(struct falco_writer *w, struct falco_call *c)
{
	fill_signalfd4_e(w, c);
	fw_int(w, 0);
}

static void fill_arg0_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->arg[0]);
}

static void fill_arg01_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->arg[0]);
	fw_int(w, c->arg[1]);
}

static void fill_arg012_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->arg[0]);
	fw_int(w, c->arg[1]);
	fw_int(w, c->arg[2]);
}

/* inotify_init() has no flags */
static void fill_inotify_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, 0);
}

static void fill_userfaultfd_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, c->arg[0]);
}

static void fill_fcntl_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, fcntl_cmd(c->arg[1]));
}

static void fill_ret_path0_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_ustr(w, c->arg[0]);
}

static void fill_ret_path01_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_ustr(w, c->arg[0]);
	fw_ustr(w, c->arg[1]);
}

static void fill_mkdir_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->arg[1] & 07777);
}

static void fill_mkdirat_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, dirfd_arg(c->arg[0]));
	fw_ustr(w, c->arg[1]);
	fw_int(w, c->arg[2] & 07777);
}

static void fill_unlinkat_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, dirfd_arg(c->arg[0]));
	fw_ustr(w, c->arg[1]);
	fw_int(w, c->arg[2] & AT_REMOVEDIR);
}

static void fill_renameat_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, dirfd_arg(c->arg[0]));
	fw_ustr(w, c->arg[1]);
	fw_int(w, dirfd_arg(c->arg[2]));
	fw_ustr(w, c->arg[3]);
	if (c->nr == __NR_renameat2)
		fw_int(w, c->arg[4] & 7);
}

static void fill_linkat_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, dirfd_arg(c->arg[0]));
	fw_ustr(w, c->arg[1]);
	fw_int(w, dirfd_arg(c->arg[2]));
	fw_ustr(w, c->arg[3]);
	fw_int(w, c->arg[4] & (AT_SYMLINK_FOLLOW | AT_EMPTY_PATH));
}

static void fill_symlinkat_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_ustr(w, c->arg[0]);
	fw_int(w, dirfd_arg(c->arg[1]));
	fw_ustr(w, c->arg[2]);
}

static void fill_chmod_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_ustr(w, c->arg[0]);
	fw_int(w, c->arg[1] & 07777);
}

static void fill_fchmod_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, c->arg[1] & 07777);
}

static void fill_fchmodat_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, dirfd_arg(c->arg[0]));
	fw_ustr(w, c->arg[1]);
	fw_int(w, c->arg[2] & 07777);
}

static void fill_kill_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, c->arg[1]);
}

static void fill_tgkill_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, (s64)(int)c->arg[1]);
	fw_int(w, c->arg[2]);
}

static void fill_mmap_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->arg[0]);
	fw_int(w, c->arg[1]);
	fw_int(w, prot_flags(c->arg[2]));
	fw_int(w, mmap_flags(c->arg[3]));
	fw_int(w, (s64)(int)c->arg[4]);
	fw_int(w, c->arg[5]);
}

static void fill_vm_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_proc_vm(w);
}

static void fill_munmap_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->arg[0]);
	fw_int(w, c->arg[1]);
}

static void fill_mprotect_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->arg[0]);
	fw_int(w, c->arg[1]);
	fw_int(w, prot_flags(c->arg[2]));
}

static void fill_mount_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_ustr(w, c->arg[0]);
	fw_ustr(w, c->arg[1]);
	fw_ustr(w, c->arg[2]);
}

static void fill_mount_e(struct falco_writer *w, struct falco_call *c)
{
	/* MS_MGC_VAL in the top half is a legacy marker, not a flag */
	fw_int(w, c->arg[3] & 0xffffffffUL & ~0xC0ED0000UL);
}

static void fill_umount_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->arg[1] & 0xf);
}

static void fill_setns_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, clone_flags(c->arg[1]));
}

static void fill_unshare_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, clone_flags(c->arg[0]));
}

static void fill_ptrace_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, c->arg[2]);
	fw_int(w, c->arg[3]);
}

static void fill_ptrace_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->arg[0]);
	fw_int(w, (s64)(int)c->arg[1]);
}

static void fill_bpf_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->arg[0]);
}

/* The tail common to execve and clone exits: res ... cgroups. */
static void fill_proc_common(struct falco_writer *w, struct falco_call *c)
{
	struct task_struct *parent;
	pid_t ptid;

	fw_int(w, c->ret);
	fw_proc_exe_args(w);
	fw_int(w, current->pid);
	fw_int(w, current->tgid);
	rcu_read_lock();
	parent = rcu_dereference(current->real_parent);
	ptid = parent ? parent->pid : 0;
	rcu_read_unlock();
	fw_int(w, ptid);
	fw_proc_cwd(w);
	fw_int(w, rlimit(RLIMIT_NOFILE));
	fw_int(w, current->maj_flt);
	fw_int(w, current->min_flt);
	fw_proc_vm(w);
	fw_str(w, current->comm);
	fw_proc_cgroups(w);
}

static void fill_execve_x(struct falco_writer *w, struct falco_call *c)
{
	kuid_t loginuid = audit_get_loginuid(current);
	const struct cred *cred;
	u32 uid, gid;

	fill_proc_common(w, c);
	fw_proc_env(w);
	fw_int(w, falco_proc_tty());
	fw_int(w, task_pgrp_vnr(current));
	fw_int(w, uid_valid(loginuid) ? (s64)from_kuid(&init_user_ns, loginuid) : -1);
	fw_int(w, falco_proc_exe_flags());
	fw_proc_caps(w);
	fw_proc_exe_inode(w);
	rcu_read_lock();
	cred = rcu_dereference(current->cred);
	uid = from_kuid_munged(&init_user_ns, cred->euid);
	gid = from_kgid_munged(&init_user_ns, cred->egid);
	rcu_read_unlock();
	fw_int(w, uid);
	fw_proc_exepath(w);
	fw_int(w, task_pgrp_nr(current));
	fw_int(w, gid);
	/* filename: the registers holding the arguments are cleared by a successful exec */
	fw_empty(w);
}

static void fill_execve_e(struct falco_writer *w, struct falco_call *c)
{
	fw_ustr(w, c->arg[0]);
}

static void fill_execveat_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, dirfd_arg(c->arg[0]));
	fw_ustr(w, c->arg[1]);
	fw_int(w, (c->arg[4] & AT_EMPTY_PATH ? FALCO_EXECVEAT_FLAGS_AT_EMPTY_PATH : 0) |
		  (c->arg[4] & AT_SYMLINK_NOFOLLOW ? FALCO_EXECVEAT_FLAGS_AT_SYMLINK_NOFOLLOW : 0));
}

/* Start time (ns since boot) of the init task of the task's pid namespace. */
static u64 pidns_init_start(struct task_struct *t)
{
	struct pid_namespace *ns;
	struct task_struct *reaper;
	u64 start = 0;

	rcu_read_lock();
	ns = task_active_pid_ns(t);
	reaper = ns ? READ_ONCE(ns->child_reaper) : NULL;
	if (reaper)
		start = reaper->start_time;
	rcu_read_unlock();
	return start;
}

static u64 clone_call_flags(struct falco_call *c)
{
	u64 flags = 0;

	switch (c->nr) {
	case __NR_clone:
		return c->arg[0];
	case __NR_clone3:
		/* struct clone_args starts with the u64 flags */
		if (copy_from_user_nofault(&flags, (const void __user *)c->arg[0], sizeof(flags)))
			return 0;
		return flags;
	case __NR_vfork:
		return CLONE_VFORK | CLONE_VM;
	default:
		return 0;
	}
}

static void fill_clone_x(struct falco_writer *w, struct falco_call *c)
{
	const struct cred *cred;

	fill_proc_common(w, c);
	fw_int(w, clone_flags(clone_call_flags(c)));
	rcu_read_lock();
	cred = rcu_dereference(current->cred);
	fw_int(w, from_kuid_munged(&init_user_ns, cred->euid));
	fw_int(w, from_kgid_munged(&init_user_ns, cred->egid));
	rcu_read_unlock();
	fw_int(w, task_pid_vnr(current));
	fw_int(w, task_tgid_vnr(current));
	fw_int(w, pidns_init_start(current));
}

static void fill_setuid_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (u32)c->arg[0]);
}

static void fill_setres_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (u32)c->arg[0]);
	fw_int(w, (u32)c->arg[1]);
	fw_int(w, (u32)c->arg[2]);
}

static void fill_chdir_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_ustr(w, c->arg[0]);
}

static void fill_pipe2_x(struct falco_writer *w, struct falco_call *c)
{
	fill_pipe_x(w, c);
	fw_int(w, open_flags(c->arg[1]));
}

/* inotify_init1, eventfd2 (+ initval), signalfd4 (+ fd, mask): res, then the flags. */
static void fill_res_flags_x(struct falco_writer *w, struct falco_call *c)
{
	unsigned long flags = c->nr == __NR_inotify_init1 ? c->arg[0] :
			      c->nr == __NR_eventfd2 ? c->arg[1] : c->arg[3];

	fw_int(w, c->ret);
	fw_int(w, open_flags(flags));
	if (c->nr == __NR_eventfd2) {
		fw_int(w, c->arg[0]);
	} else if (c->nr == __NR_signalfd4) {
		u64 mask = 0;

		fw_int(w, (s64)(int)c->arg[0]);
		if (copy_from_user_nofault(&mask, (const void __user *)c->arg[1], sizeof(mask)))
			mask = 0;
		fw_int(w, (u32)mask);
	}
}

static void fill_chown_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	if (c->nr == __NR_fchown)
		fw_int(w, (s64)(int)c->arg[0]);
	else
		fw_ustr(w, c->arg[0]);
	fw_int(w, (u32)c->arg[1]);
	fw_int(w, (u32)c->arg[2]);
}

static void fill_fchownat_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, dirfd_arg(c->arg[0]));
	fw_ustr(w, c->arg[1]);
	fw_int(w, (u32)c->arg[2]);
	fw_int(w, (u32)c->arg[3]);
	fw_int(w, (c->arg[4] & AT_SYMLINK_NOFOLLOW ? FALCO_FCHOWNAT_FLAGS_AT_SYMLINK_NOFOLLOW : 0) |
		  (c->arg[4] & AT_EMPTY_PATH ? FALCO_FCHOWNAT_FLAGS_AT_EMPTY_PATH : 0));
}

static void fill_prctl_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, c->arg[0]);
	/* the name is a string in user memory; every other option takes a number */
	if (c->arg[0] == PR_SET_NAME || c->arg[0] == PR_GET_NAME) {
		fw_ustr(w, c->arg[1]);
		fw_int(w, 0);
	} else {
		fw_empty(w);
		fw_int(w, c->arg[1]);
	}
}

static void fill_memfd_create_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_ustr(w, c->arg[0]);
	fw_int(w, c->arg[1] & (MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_HUGETLB));
}

static void fill_init_module_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_ubuf(w, c->arg[0], c->arg[1]);
	fw_int(w, c->arg[1]);
	fw_ustr(w, c->arg[2]);
}

static void fill_finit_module_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, (s64)(int)c->arg[0]);
	fw_ustr(w, c->arg[1]);
	fw_int(w, c->arg[2] & 7);
}

/* capset reports the capabilities the task holds after the call. */
static void fill_capset_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_proc_caps(w);
}

static void fill_setre_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, (u32)c->arg[0]);
	fw_int(w, (u32)c->arg[1]);
}

static void fill_pidfd_open_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, c->arg[1] & O_NONBLOCK ? FALCO_PIDFD_OPEN_FLAGS_PIDFD_NONBLOCK : 0);
}

static u32 io_uring_setup_flags(u32 f)
{
	static const struct { u32 k; u32 f; } map[] = {
		{ 1U << 0, FALCO_IO_URING_SETUP_FLAGS_IORING_SETUP_IOPOLL },
		{ 1U << 1, FALCO_IO_URING_SETUP_FLAGS_IORING_SETUP_SQPOLL },
		{ 1U << 2, FALCO_IO_URING_SETUP_FLAGS_IORING_SETUP_SQ_AFF },
		{ 1U << 3, FALCO_IO_URING_SETUP_FLAGS_IORING_SETUP_CQSIZE },
		{ 1U << 4, FALCO_IO_URING_SETUP_FLAGS_IORING_SETUP_CLAMP },
		{ 1U << 5, FALCO_IO_URING_SETUP_FLAGS_IORING_SETUP_ATTACH_RW },
		{ 1U << 6, FALCO_IO_URING_SETUP_FLAGS_IORING_SETUP_R_DISABLED },
	};
	u32 r = 0;
	int i;

	for (i = 0; i < ARRAY_SIZE(map); i++)
		if (f & map[i].k)
			r |= map[i].f;
	return r;
}

/* io_uring_setup: what the kernel wrote back into struct io_uring_params. */
static void fill_io_uring_setup_x(struct falco_writer *w, struct falco_call *c)
{
	u32 p[6] = { 0 };	/* sq_entries cq_entries flags sq_thread_cpu sq_thread_idle features */

	if (copy_from_user_nofault(p, (const void __user *)c->arg[1], sizeof(p)))
		memset(p, 0, sizeof(p));
	fw_int(w, c->ret);
	fw_int(w, (u32)c->arg[0]);
	fw_int(w, p[0]);
	fw_int(w, p[1]);
	fw_int(w, io_uring_setup_flags(p[2]));
	fw_int(w, p[3]);
	fw_int(w, p[4]);
	fw_int(w, p[5] & 0x7ff);	/* IORING_FEAT_* bits are the table's */
}

static void fill_prlimit_e(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, (s64)(int)c->arg[0]);
	fw_int(w, c->arg[1] < RLIM_NLIMITS ? c->arg[1] : FALCO_RLIMIT_RESOURCES_RLIMIT_UNKNOWN);
}

/* struct rlimit64 in user memory, as cur and max; -1 for both when there is none. */
static void fw_rlimit(struct falco_writer *w, unsigned long uptr)
{
	u64 lim[2];

	if (!uptr || copy_from_user_nofault(lim, (const void __user *)uptr, sizeof(lim))) {
		fw_int(w, -1);
		fw_int(w, -1);
		return;
	}
	fw_int(w, lim[0]);
	fw_int(w, lim[1]);
}

static void fill_prlimit_x(struct falco_writer *w, struct falco_call *c)
{
	fw_int(w, c->ret);
	fw_rlimit(w, c->arg[2]);
	fw_rlimit(w, c->ret == 0 ? c->arg[3] : 0);
}

struct falco_filler_entry {
	int nr;
	u16 enter;
	u16 exit;
	falco_filler_t fill_enter;
	falco_filler_t fill_exit;
	bool append_enter;
};

/* F: the exit filler writes every exit parameter. A: the exit event of the current schema
 * repeats the enter event's parameters after its own: the enter filler writes them.
 */
#define F(name, ev, fe, fx) { __NR_##name, FALCO_EVT_##ev##_E, FALCO_EVT_##ev##_X, fe, fx, false }
#define A(name, ev, fe, fx) { __NR_##name, FALCO_EVT_##ev##_E, FALCO_EVT_##ev##_X, fe, fx, true }

static const struct falco_filler_entry falco_fillers[] = {
	F(open, OPEN, fill_open_e, fill_open_x),
	F(openat, OPENAT, fill_openat_e, fill_openat_x),
	F(openat2, OPENAT2, fill_openat2_e, fill_openat2_x),
	F(creat, CREAT, fill_creat_e, fill_creat_x),
	A(close, CLOSE, fill_fd0, fill_ret),
	A(read, READ, fill_fd_size_e, fill_read_x),
	A(write, WRITE, fill_fd_size_e, fill_write_x),
	A(pread64, PREAD, fill_fd_size_pos_e, fill_read_x),
	A(pwrite64, PWRITE, fill_fd_size_pos_e, fill_write_x),
	A(readv, READV, fill_fd0, fill_readv_x),
	A(writev, WRITEV, fill_writev_e, fill_writev_x),
	A(preadv, PREADV, fill_preadv_e, fill_readv_x),
	A(pwritev, PWRITEV, fill_pwritev_e, fill_writev_x),
	F(execve, EXECVE, fill_execve_e, fill_execve_x),
	F(execveat, EXECVEAT, fill_execveat_e, fill_execve_x),
	F(clone, CLONE, fill_none, fill_clone_x),
	F(clone3, CLONE3, fill_none, fill_clone_x),
	F(fork, FORK, fill_none, fill_clone_x),
	F(vfork, VFORK, fill_none, fill_clone_x),
	A(socket, SOCKET, fill_socket_e, fill_ret),
	A(socketpair, SOCKETPAIR, fill_socket_e, fill_socketpair_x),
	A(bind, BIND, fill_fd0, fill_bind_x),
	A(connect, CONNECT, fill_connect_e, fill_connect_x),
	A(listen, LISTEN, fill_listen_e, fill_ret),
	F(accept, ACCEPT, fill_none, fill_accept_x),
	A(accept4, ACCEPT4, fill_accept4_e, fill_accept_x),
	A(sendto, SENDTO, fill_sendto_e, fill_write_x),
	A(recvfrom, RECVFROM, fill_fd_size_e, fill_recvfrom_x),
	A(sendmsg, SENDMSG, fill_sendmsg_e, fill_sendmsg_x),
	F(recvmsg, RECVMSG, fill_fd0, fill_recvmsg_x),
	A(shutdown, SHUTDOWN, fill_shutdown_e, fill_ret),
	A(dup, DUP, fill_fd0, fill_ret),
	F(dup2, DUP2, fill_fd0, fill_dup23_x),
	F(dup3, DUP3, fill_fd0, fill_dup23_x),
	A(fcntl, FCNTL, fill_fcntl_e, fill_ret),
	F(pipe, PIPE, fill_none, fill_pipe_x),
	F(pipe2, PIPE2, fill_none, fill_pipe2_x),
	A(eventfd, EVENTFD, fill_eventfd_e, fill_ret),
	F(eventfd2, EVENTFD2, fill_arg0_e, fill_res_flags_x),
	A(signalfd, SIGNALFD, fill_signalfd_e, fill_ret),
	F(signalfd4, SIGNALFD4, fill_signalfd4_e, fill_res_flags_x),
	A(inotify_init, INOTIFY_INIT, fill_inotify_e, fill_ret),
	F(inotify_init1, INOTIFY_INIT1, fill_none, fill_res_flags_x),
	F(chown, CHOWN, fill_none, fill_chown_x),
	F(lchown, LCHOWN, fill_none, fill_chown_x),
	F(fchown, FCHOWN, fill_none, fill_chown_x),
	F(fchownat, FCHOWNAT, fill_none, fill_fchownat_x),
	F(prctl, PRCTL, fill_none, fill_prctl_x),
	F(memfd_create, MEMFD_CREATE, fill_none, fill_memfd_create_x),
	F(init_module, INIT_MODULE, fill_none, fill_init_module_x),
	F(finit_module, FINIT_MODULE, fill_none, fill_finit_module_x),
	F(capset, CAPSET, fill_none, fill_capset_x),
	F(setreuid, SETREUID, fill_none, fill_setre_x),
	F(setregid, SETREGID, fill_none, fill_setre_x),
	F(pidfd_open, PIDFD_OPEN, fill_none, fill_pidfd_open_x),
	F(io_uring_setup, IO_URING_SETUP, fill_none, fill_io_uring_setup_x),
	A(timerfd_create, TIMERFD_CREATE, fill_arg01_e, fill_ret),
	F(userfaultfd, USERFAULTFD, fill_none, fill_userfaultfd_x),
	A(bpf, BPF, fill_bpf_e, fill_ret),
	F(chdir, CHDIR, fill_none, fill_chdir_x),
	A(fchdir, FCHDIR, fill_fd0, fill_ret),
	A(mkdir, MKDIR, fill_mkdir_e, fill_ret_path0_x),
	F(mkdirat, MKDIRAT, fill_none, fill_mkdirat_x),
	F(rmdir, RMDIR, fill_none, fill_ret_path0_x),
	F(unlink, UNLINK, fill_none, fill_ret_path0_x),
	F(unlinkat, UNLINKAT, fill_none, fill_unlinkat_x),
	F(rename, RENAME, fill_none, fill_ret_path01_x),
	F(renameat, RENAMEAT, fill_none, fill_renameat_x),
	F(renameat2, RENAMEAT2, fill_none, fill_renameat_x),
	F(link, LINK, fill_none, fill_ret_path01_x),
	F(linkat, LINKAT, fill_none, fill_linkat_x),
	F(symlink, SYMLINK, fill_none, fill_ret_path01_x),
	F(symlinkat, SYMLINKAT, fill_none, fill_symlinkat_x),
	F(chmod, CHMOD, fill_none, fill_chmod_x),
	F(fchmod, FCHMOD, fill_none, fill_fchmod_x),
	F(fchmodat, FCHMODAT, fill_none, fill_fchmodat_x),
	A(mount, MOUNT, fill_mount_e, fill_mount_x),
	A(umount2, UMOUNT2, fill_umount_e, fill_ret_path0_x),
	A(setuid, SETUID, fill_setuid_e, fill_ret),
	A(setgid, SETGID, fill_setuid_e, fill_ret),
	A(setresuid, SETRESUID, fill_setres_e, fill_ret),
	A(setresgid, SETRESGID, fill_setres_e, fill_ret),
	A(setns, SETNS, fill_setns_e, fill_ret),
	A(unshare, UNSHARE, fill_unshare_e, fill_ret),
	A(ptrace, PTRACE, fill_ptrace_e, fill_ptrace_x),
	A(kill, KILL, fill_kill_e, fill_ret),
	A(tkill, TKILL, fill_kill_e, fill_ret),
	A(tgkill, TGKILL, fill_tgkill_e, fill_ret),
	A(mmap, MMAP, fill_mmap_e, fill_vm_x),
	A(munmap, MUNMAP, fill_munmap_e, fill_vm_x),
	A(mprotect, MPROTECT, fill_mprotect_e, fill_ret),
	A(setpgid, SETPGID, fill_arg01_e, fill_ret),
	F(setsid, SETSID, fill_none, fill_ret),
	F(chroot, CHROOT, fill_none, fill_ret_path0_x),
	A(seccomp, SECCOMP, fill_arg0_e, fill_ret),
	A(prlimit64, PRLIMIT, fill_prlimit_e, fill_prlimit_x),
	A(flock, FLOCK, fill_listen_e, fill_ret),
	A(semget, SEMGET, fill_arg012_e, fill_ret),
};

#undef F
#undef A

int falco_fill_init(void)
{
	int i;

#define FALCO_GENERIC(nr_, sc_) \
	do { \
		if ((nr_) < FALCO_SYSCALL_NR_MAX) { \
			falco_syscalls[nr_].enter = FALCO_EVT_SYSCALL_E; \
			falco_syscalls[nr_].exit = FALCO_EVT_SYSCALL_X; \
			falco_syscalls[nr_].sc = (sc_); \
			falco_syscalls[nr_].fill_enter = fill_generic_e; \
			falco_syscalls[nr_].fill_exit = fill_generic_x; \
		} \
	} while (0);
	FALCO_SYSCALL_MAP(FALCO_GENERIC)
#undef FALCO_GENERIC

	for (i = 0; i < ARRAY_SIZE(falco_fillers); i++) {
		const struct falco_filler_entry *f = &falco_fillers[i];
		struct falco_syscall_desc *d;

		if (f->nr < 0 || f->nr >= FALCO_SYSCALL_NR_MAX)
			return -EINVAL;
		d = &falco_syscalls[f->nr];
		d->enter = f->enter;
		d->exit = f->exit;
		d->fill_enter = f->fill_enter;
		d->fill_exit = f->fill_exit;
		d->append_enter = f->append_enter;
	}
	return 0;
}

void falco_fill_syscall(struct falco_ring *ring, struct falco_call *c, bool enter)
{
	const struct falco_syscall_desc *d = &falco_syscalls[c->nr];
	struct falco_writer w;
	falco_filler_t fill = enter ? d->fill_enter : d->fill_exit;

	/* syscalls the table does not know at all are not reported */
	if (!fill)
		return;
	if (!falco_event_begin(&w, ring, enter ? d->enter : d->exit))
		return;
	fill(&w, c);
	if (!enter && d->append_enter)
		d->fill_enter(&w, c);
	falco_event_commit(&w);
}

/*
 * Signal delivery: the sender is known for signals sent by a process (kill, tkill,
 * sigqueue: si_code <= 0) and for SIGCHLD (the child); 0 otherwise.
 */
void falco_fill_signaldeliver(struct falco_ring *ring, int sig, struct kernel_siginfo *info)
{
	struct falco_writer w;
	pid_t spid = 0;

	if (info != SEND_SIG_NOINFO && info != SEND_SIG_PRIV &&
	    (info->si_code <= 0 || sig == SIGCHLD))
		spid = info->si_pid;
	if (!falco_event_begin(&w, ring, FALCO_EVT_SIGNALDELIVER_E))
		return;
	fw_int(&w, spid);
	fw_int(&w, current->pid);
	fw_int(&w, sig);
	falco_event_commit(&w);
}

void falco_fill_procexit(struct falco_ring *ring, struct task_struct *p)
{
	struct falco_writer w;
	int code = p->exit_code;

	if (!falco_event_begin(&w, ring, FALCO_EVT_PROCEXIT_E))
		return;
	fw_int(&w, code);
	fw_int(&w, (code >> 8) & 0xff);
	fw_int(&w, code & 0x7f);
	fw_int(&w, (code & 0x80) ? 1 : 0);
	falco_event_commit(&w);
}

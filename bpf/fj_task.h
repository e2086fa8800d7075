/* SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 */
/*
 * Reading kernel state with CO-RE: files behind fds, sockets and their tuples, paths (cwd),
 * cgroups, memory counters, and the process description the clone and execve exits carry.
 */
#ifndef FJ_TASK_H
#define FJ_TASK_H

#include "fj_writer.h"
#include "fj_flags.h"

#define FJ_AF_UNIX 1
#define FJ_AF_INET 2
#define FJ_AF_INET6 10
#define FJ_S_IFMT 0170000
#define FJ_S_IFSOCK 0140000
#define FJ_PATH_DEPTH 16
#define FJ_CGROUP_DEPTH 12
#define FJ_CGROUP_SUBSYS 14

/* kernfs_node's parent was renamed __parent in 6.15 */
struct kernfs_node___old {
	struct kernfs_node *parent;
};

static __always_inline struct task_struct *fj_current(void)
{
	return (struct task_struct *)bpf_get_current_task();
}

/* Linux 6.2+: a kernel address seen as a (read-only) BTF object, whose fields are then plain
 * loads instead of one probe read each. Weak: on older kernels it is absent, the branches that
 * use it are dropped at load, and the probe reads below them run. */
extern void *bpf_rdonly_cast(const void *obj, __u32 btf_id) __ksym __weak;

#define FJ_AS_BTF(type, p) ((type *)bpf_rdonly_cast((void *)(p), bpf_core_type_id_kernel(type)))

/* The file behind fd in task t's table (t a BTF pointer). The task, its files and fd table are
 * plain loads (a fault reads 0), where each CO-RE read was a helper call, the dearest part of an
 * event; the slot of the fd array (a pointer to pointers is a plain number to the verifier) is
 * one too on 6.2+, a probe read before. */
static __always_inline struct file *fj_task_fd_file(struct task_struct *t, __s64 fd)
{
	struct fdtable *fdt = t->files->fdt;
	struct file *f = NULL;

	if (fd < 0 || fd >= fdt->max_fds)
		return NULL;
	/* 6.2+: the slot itself as a BTF object too (any structure whose first member is a pointer
	 * serves), a plain load rather than a probe read (a helper call and its nested ones) */
	if (bpf_rdonly_cast)
		return (struct file *)FJ_AS_BTF(struct llist_node, (__u64)fdt->fd + 8 * fd)->next;
	bpf_probe_read_kernel(&f, sizeof(f), &fdt->fd[fd]);
	return f;
}

#define FJ_USER_CS 0x33	/* x86-64 __USER_CS and __USER_DS */
#define FJ_USER_DS 0x2b

/* The user registers saved at syscall entry (the syscall hooks' arguments), without a helper
 * call: x86-64 keeps them at the top of the task's kernel stack, 16 KiB (32 with KASAN; 16 bytes
 * lower with FRED). That candidate is taken only when it holds this syscall's number (orig_ax)
 * and the user code and stack selectors; anything else asks bpf_task_pt_regs, so a kernel laid
 * out otherwise costs one helper call, never wrong arguments. */
static __always_inline struct pt_regs *fj_task_regs(struct task_struct *t, long id)
{
	if (bpf_rdonly_cast) {
		struct pt_regs *r = FJ_AS_BTF(struct pt_regs,
					      (__u64)t->stack + 16384 - bpf_core_type_size(struct pt_regs));

		if (r->orig_ax == id && r->cs == FJ_USER_CS && r->ss == FJ_USER_DS)
			return r;
	}
	return (struct pt_regs *)bpf_task_pt_regs(t);
}

static __always_inline struct file *fj_fd_file(__s64 fd)
{
	return fj_task_fd_file(bpf_get_current_task_btf(), fd);
}

/* Device (encoded as libscap does) and inode number of the file behind fd, 0 when none. */
static __always_inline void fj_fd_dev_ino(struct task_struct *t, __s64 fd, __u32 *dev, __u64 *ino)
{
	struct file *f = fj_task_fd_file(t, fd);
	struct inode *i;

	*dev = 0;
	*ino = 0;
	if (!f)
		return;
	if (bpf_rdonly_cast) {
		i = FJ_AS_BTF(struct file, f)->f_inode;
		if (!i)
			return;
		*ino = i->i_ino;
		*dev = fj_encode_dev(i->i_sb->s_dev);
		return;
	}
	i = BPF_CORE_READ(f, f_inode);
	if (!i)
		return;
	*ino = BPF_CORE_READ(i, i_ino);
	*dev = fj_encode_dev(BPF_CORE_READ(i, i_sb, s_dev));
}

static __always_inline struct sock *fj_file_sock(struct file *f)
{
	struct socket *s;

	if (!f)
		return NULL;
	if (bpf_rdonly_cast) {
		struct file *bf = FJ_AS_BTF(struct file, f);

		if ((bf->f_inode->i_mode & FJ_S_IFMT) != FJ_S_IFSOCK)
			return NULL;
		s = bf->private_data;
		return s ? FJ_AS_BTF(struct socket, s)->sk : NULL;
	}
	if ((BPF_CORE_READ(f, f_inode, i_mode) & FJ_S_IFMT) != FJ_S_IFSOCK)
		return NULL;
	s = BPF_CORE_READ(f, private_data);
	return s ? BPF_CORE_READ(s, sk) : NULL;
}

static __always_inline __u16 fj_ntohs(__u16 v)
{
	return __builtin_bswap16(v);
}

/*
 * SOCKTUPLE: family u8, then for IPv4 sip u32 | sport u16 | dip u32 | dport u16, for IPv6 the same
 * with 16-byte addresses, for unix u64 source | u64 dest | path. Addresses stay in network order,
 * ports in host order. The client side comes first: for an accepted socket the peer is the
 * source. Returns 0 when the fd is no socket of a known family (the parameter is then empty).
 */
static __always_inline int fj_tuple(struct fj_evt *e, struct sock *sk, int accepted)
{
	__u8 *p = fj_at(e);
	__u16 family;

	if (!sk)
		return 0;
	family = BPF_CORE_READ(sk, __sk_common.skc_family);
	if (family == FJ_AF_INET) {
		__u32 laddr = BPF_CORE_READ(sk, __sk_common.skc_rcv_saddr);
		__u32 raddr = BPF_CORE_READ(sk, __sk_common.skc_daddr);
		__u16 lport = fj_ntohs(BPF_CORE_READ((struct inet_sock *)sk, inet_sport));
		__u16 rport = fj_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));

		p[0] = FJ_AF_INET;
		*(__u32 *)(p + 1) = accepted ? raddr : laddr;
		*(__u16 *)(p + 5) = accepted ? rport : lport;
		*(__u32 *)(p + 7) = accepted ? laddr : raddr;
		*(__u16 *)(p + 11) = accepted ? lport : rport;
		fj_len(e, 13);
		return 1;
	}
	if (family == FJ_AF_INET6) {
		struct in6_addr la = BPF_CORE_READ(sk, __sk_common.skc_v6_rcv_saddr);
		struct in6_addr ra = BPF_CORE_READ(sk, __sk_common.skc_v6_daddr);
		__u16 lport = fj_ntohs(BPF_CORE_READ((struct inet_sock *)sk, inet_sport));
		__u16 rport = fj_ntohs(BPF_CORE_READ(sk, __sk_common.skc_dport));

		p[0] = FJ_AF_INET6;
		__builtin_memcpy(p + 1, accepted ? &ra : &la, 16);
		*(__u16 *)(p + 17) = accepted ? rport : lport;
		__builtin_memcpy(p + 19, accepted ? &la : &ra, 16);
		*(__u16 *)(p + 35) = accepted ? lport : rport;
		fj_len(e, 37);
		return 1;
	}
	if (family == FJ_AF_UNIX) {
		struct unix_sock *us = (struct unix_sock *)sk;
		struct sock *peer = BPF_CORE_READ(us, peer);
		struct unix_address *addr = peer ? BPF_CORE_READ((struct unix_sock *)peer, addr) : NULL;
		long n = 0;

		if (!addr)
			addr = BPF_CORE_READ(us, addr);
		p[0] = FJ_AF_UNIX;
		*(__u64 *)(p + 1) = (__u64)sk;
		*(__u64 *)(p + 9) = (__u64)peer;
		if (addr)
			n = bpf_probe_read_kernel_str(p + 17, 108, &addr->name[0].sun_path);
		if (n <= 0) {
			p[17] = 0;
			n = 1;
		}
		fj_len(e, 17 + n);
		return 1;
	}
	return 0;
}

/* SOCKADDR from user memory: family u8, then IPv4 addr u32 | port u16, IPv6 addr[16] | port u16,
 * or a unix path. */
static __always_inline void fj_sockaddr(struct fj_evt *e, __u64 uaddr, __u64 ulen)
{
	__u8 *p = fj_at(e);
	__u16 family = 0;

	if (!uaddr || ulen < 2 || bpf_probe_read_user(&family, 2, (void *)uaddr)) {
		fj_empty(e);
		return;
	}
	if (family == FJ_AF_INET) {
		struct sockaddr_in sin = {};

		bpf_probe_read_user(&sin, sizeof(sin), (void *)uaddr);
		p[0] = FJ_AF_INET;
		*(__u32 *)(p + 1) = sin.sin_addr.s_addr;
		*(__u16 *)(p + 5) = fj_ntohs(sin.sin_port);
		fj_len(e, 7);
	} else if (family == FJ_AF_INET6) {
		struct sockaddr_in6 sin6 = {};

		bpf_probe_read_user(&sin6, sizeof(sin6), (void *)uaddr);
		p[0] = FJ_AF_INET6;
		__builtin_memcpy(p + 1, &sin6.sin6_addr, 16);
		*(__u16 *)(p + 17) = fj_ntohs(sin6.sin6_port);
		fj_len(e, 19);
	} else if (family == FJ_AF_UNIX) {
		long n;

		p[0] = FJ_AF_UNIX;
		n = bpf_probe_read_user_str(p + 1, 108, (void *)(uaddr + 2));
		if (n <= 0) {
			p[1] = 0;
			n = 1;
		}
		fj_len(e, 1 + n);
	} else {
		fj_empty(e);
	}
}

static __always_inline __s64 fj_percpu_counter(struct mm_struct *mm, int i)
{
	struct percpu_counter c;

	if (bpf_core_read(&c, sizeof(c), &mm->rss_stat[i & 3]))
		return 0;
	return c.count > 0 ? c.count : 0;
}

/* Memory of the current process in KiB (4 KiB pages assumed, as on x86_64). */
static __always_inline __u32 fj_vm_size(struct task_struct *t)
{
	struct mm_struct *mm = BPF_CORE_READ(t, mm);

	return mm ? BPF_CORE_READ(mm, total_vm) << 2 : 0;
}

static __always_inline __u32 fj_vm_rss(struct task_struct *t)
{
	struct mm_struct *mm = BPF_CORE_READ(t, mm);

	if (!mm)
		return 0;
	/* MM_FILEPAGES, MM_ANONPAGES, MM_SHMEMPAGES */
	return (fj_percpu_counter(mm, 0) + fj_percpu_counter(mm, 1) + fj_percpu_counter(mm, 3)) << 2;
}

static __always_inline __u32 fj_vm_swap(struct task_struct *t)
{
	struct mm_struct *mm = BPF_CORE_READ(t, mm);

	return mm ? fj_percpu_counter(mm, 2) << 2 : 0;
}

/*
 * Path building. A walk up the dentry tree branches at every step (mount crossing or not), and
 * a verifier following both sides of each branch for 16+ steps never finishes. So each step and
 * each name copy is a global function (common.bpf.c), checked once; the loops that call them
 * have a single way forward.
 */
struct fj_walk {
	__u64 dentry;
	__u64 vfsmount;
	__u64 name;	/* out: the component this step passed, 0 for a mount crossing or the end */
	__u64 done;
};

extern int fj_dentry_step(struct fj_walk *w);
/* Writes '/' and the kernel string at name at offset at of this CPU's scratch (no NUL);
 * returns the bytes written, 0 for a NULL or unreadable name. */
extern int fj_put_name(__u64 name, __u32 at);

/* Writes names collected leaf-first (NULL entries skipped) as "/a/b/c" at offset *plen of the
 * parameter being built. */
static __always_inline void fj_put_components(struct fj_evt *e, __u32 *plen, const unsigned char **names,
					      int depth)
{
	for (int i = depth - 1; i >= 0; i--) {
		int k = fj_put_name((__u64)names[i], e->pos + *plen);

		*plen += k & 511;
	}
	if (*plen == 0) {
		e->buf[e->pos & FJ_MASK] = '/';
		*plen = 1;
	}
}

/* The path of a dentry as seen from the global root, crossing mount points; at most
 * FJ_PATH_DEPTH steps (deeper paths lose their top). */
static __always_inline void fj_dentry_path(struct fj_evt *e, struct dentry *d, struct vfsmount *vm)
{
	const unsigned char *names[FJ_PATH_DEPTH];
	struct fj_walk w = { .dentry = (__u64)d, .vfsmount = (__u64)vm };
	__u32 plen = 0;

	for (int i = 0; i < FJ_PATH_DEPTH; i++) {
		fj_dentry_step(&w);
		names[i] = (const unsigned char *)w.name;
	}
	fj_put_components(e, &plen, names, FJ_PATH_DEPTH);
	e->buf[(e->pos + plen) & FJ_MASK] = 0;
	fj_len(e, plen + 1);
}

#ifdef FJ_DEFINE_MAPS
int fj_dentry_step(struct fj_walk *w)
{
	struct dentry *d, *root, *parent;
	struct vfsmount *vm;
	struct mount *m, *mp;

	if (!w)
		return 0;
	w->name = 0;
	if (w->done || !w->dentry || !w->vfsmount) {
		w->done = 1;
		return 0;
	}
	d = (struct dentry *)w->dentry;
	vm = (struct vfsmount *)w->vfsmount;
	m = container_of(vm, struct mount, mnt);
	root = BPF_CORE_READ(vm, mnt_root);
	parent = BPF_CORE_READ(d, d_parent);
	if (d == root || d == parent) {
		mp = BPF_CORE_READ(m, mnt_parent);
		if (mp == m || !mp) {
			w->done = 1;
			return 0;
		}
		w->dentry = (__u64)BPF_CORE_READ(m, mnt_mountpoint);
		w->vfsmount = (__u64)&mp->mnt;
		return 0;
	}
	w->name = (__u64)BPF_CORE_READ(d, d_name.name);
	w->dentry = (__u64)parent;
	return 0;
}

int fj_put_name(__u64 name, __u32 at)
{
	__u8 *buf = fj_scratch();
	long k;

	if (!buf || !name)
		return 0;
	buf[at & FJ_MASK] = '/';
	k = bpf_probe_read_kernel_str(buf + ((at + 1) & FJ_MASK), 256, (const void *)name);
	return k > 1 ? k : 0;	/* '/' plus the name; its NUL is overwritten by what follows */
}
#endif

static __always_inline struct kernfs_node *fj_kn_parent(struct kernfs_node *kn)
{
	if (bpf_core_field_exists(kn->__parent))
		return BPF_CORE_READ(kn, __parent);
	return BPF_CORE_READ((struct kernfs_node___old *)kn, parent);
}

/*
 * One "subsystem=/path" entry (NUL included) for cgroup subsystem s of css_set cs, written at
 * offset at of this CPU's scratch; returns its length (0 when the subsystem is not attached).
 * A global function (common.bpf.c): the verifier checks it once, not once per caller state.
 */
extern int fj_cgroup_entry(__u64 cs, __u32 s, __u32 at);

/* The process's cgroups, one "subsystem=path" entry per attached subsystem, NUL-separated, as
 * libscap stores them (cgroup v1 hierarchies and the v2 one alike). */
static __always_inline void fj_cgroups(struct fj_evt *e, struct task_struct *t)
{
	__u64 cs = (__u64)BPF_CORE_READ(t, cgroups);
	__u32 plen = 0;

	for (int s = 0; s < FJ_CGROUP_SUBSYS; s++) {
		int n;

		if (plen > FJ_MAX_STR)
			break;
		n = fj_cgroup_entry(cs, s, e->pos + plen);
		if (n < 0 || n > 1024)
			break;
		plen += n;
	}
	fj_len(e, plen);
}

#ifdef FJ_DEFINE_MAPS
int fj_cgroup_entry(__u64 csp, __u32 s, __u32 at)
{
	struct css_set *cs = (struct css_set *)csp;
	struct fj_evt ev = { .pos = at };
	struct fj_evt *e = &ev;
	const unsigned char *names[FJ_CGROUP_DEPTH];
	struct cgroup_subsys_state *css;
	struct kernfs_node *kn;
	const char *ssname;
	__u32 plen = 0, sub = 0;
	int n = 0;
	long k;

	for (int i = 0; i < FJ_CGROUP_DEPTH; i++)
		names[i] = 0;
	e->buf = fj_scratch();
	if (!e->buf || !cs)
		return 0;
	css = BPF_CORE_READ(cs, subsys[s & 15]);
	if (!css)
		return 0;
	ssname = BPF_CORE_READ(css, ss, name);
	kn = BPF_CORE_READ(css, cgroup, kn);
	if (!ssname || !kn)
		return 0;
	k = bpf_probe_read_kernel_str(e->buf + (e->pos & FJ_MASK), 32, ssname);
	if (k <= 1)
		return 0;
	plen = k - 1;
	e->buf[(e->pos + plen) & FJ_MASK] = '=';
	plen++;
	for (int i = 0; i < FJ_CGROUP_DEPTH; i++) {
		struct kernfs_node *parent = fj_kn_parent(kn);

		if (!parent)
			break;
		names[n++] = (const unsigned char *)BPF_CORE_READ(kn, name);
		kn = parent;
	}
	e->pos += plen;
	fj_put_components(e, &sub, names, FJ_CGROUP_DEPTH);
	e->pos -= plen;
	plen += sub;
	e->buf[(e->pos + plen) & FJ_MASK] = 0;
	return (plen + 1) & 1023;
}
#endif

static __always_inline __s64 fj_pid_nr(struct pid *pid)
{
	unsigned int level;

	if (!pid)
		return 0;
	level = BPF_CORE_READ(pid, level);
	return BPF_CORE_READ(pid, numbers[level & 31].nr);
}

static __always_inline __s64 fj_vtid(struct task_struct *t)
{
	return fj_pid_nr(BPF_CORE_READ(t, thread_pid));
}

static __always_inline __s64 fj_vpid(struct task_struct *t)
{
	return fj_pid_nr(BPF_CORE_READ(t, group_leader, thread_pid));
}

static __always_inline __s32 fj_tty(struct task_struct *t)
{
	struct tty_struct *tty = BPF_CORE_READ(t, signal, tty);
	__u32 major, minor;

	if (!tty)
		return 0;
	major = BPF_CORE_READ(tty, driver, major);
	minor = BPF_CORE_READ(tty, driver, minor_start) + BPF_CORE_READ(tty, index);
	return fj_encode_dev(major << 20 | minor);
}

/*
 * The process description shared by the clone family and execve family exits: res, exe (argv[0]),
 * args (the rest of argv, NUL-separated), tid, pid, ptid, cwd, fdlimit, pgft_maj, pgft_min,
 * vm_size, vm_rss, vm_swap, comm, cgroups. The caller writes the event's last five.
 */
static __always_inline void fj_proc_common(struct fj_evt *e, struct task_struct *t, __s64 res)
{
	struct mm_struct *mm = BPF_CORE_READ(t, mm);
	__u64 astart = 0, aend = 0;
	long n0 = 0;
	__u32 len = 0;

	fj_u64(e, res);
	if (mm) {
		astart = BPF_CORE_READ(mm, arg_start);
		aend = BPF_CORE_READ(mm, arg_end);
	}
	if (aend > astart) {
		len = aend - astart;
		if (len > FJ_MAX_ARGS)
			len = FJ_MAX_ARGS;
		n0 = bpf_probe_read_user_str(fj_at(e), FJ_MAX_STR, (void *)astart);
	}
	if (n0 < 0)
		n0 = 0;
	fj_len(e, n0);
	/* args: the rest of the argument area, right after argv[0] */
	if (len > n0) {
		__u32 rest = FJ_BOUND_8191(len - n0);

		if (rest && !bpf_probe_read_user(fj_at(e), rest, (void *)(astart + n0)))
			fj_len(e, rest);
		else
			fj_empty(e);
	} else {
		fj_empty(e);
	}
	fj_u64(e, BPF_CORE_READ(t, pid));
	fj_u64(e, BPF_CORE_READ(t, tgid));
	fj_u64(e, BPF_CORE_READ(t, real_parent, pid));
	fj_dentry_path(e, BPF_CORE_READ(t, fs, pwd.dentry), BPF_CORE_READ(t, fs, pwd.mnt));
	fj_u64(e, BPF_CORE_READ(t, signal, rlim[7].rlim_cur));	/* RLIMIT_NOFILE */
	fj_u64(e, BPF_CORE_READ(t, maj_flt));
	fj_u64(e, BPF_CORE_READ(t, min_flt));
	fj_u32(e, fj_vm_size(t));
	fj_u32(e, fj_vm_rss(t));
	fj_u32(e, fj_vm_swap(t));
	fj_kernel_str(e, &t->comm);
	fj_cgroups(e, t);
}

/* The environment area, as the execve exits carry it. */
static __always_inline void fj_env(struct fj_evt *e, struct task_struct *t)
{
	struct mm_struct *mm = BPF_CORE_READ(t, mm);
	__u64 s = 0, end = 0;
	__u32 len;

	if (mm) {
		s = BPF_CORE_READ(mm, env_start);
		end = BPF_CORE_READ(mm, env_end);
	}
	if (end <= s) {
		fj_empty(e);
		return;
	}
	len = end - s;
	if (len > FJ_MAX_ARGS)
		len = FJ_MAX_ARGS;
	len = FJ_BOUND_8191(len);
	if (len && !bpf_probe_read_user(fj_at(e), len, (void *)s))
		fj_len(e, len);
	else
		fj_empty(e);
}

/* When the init process of the task's pid namespace started, epoch ns (what container.start_ts
 * shows for a container's processes). */
static __always_inline __u64 fj_pidns_init_start(struct task_struct *t)
{
	struct task_struct *reaper = BPF_CORE_READ(t, nsproxy, pid_ns_for_children, child_reaper);

	return reaper ? BPF_CORE_READ(reaper, start_boottime) + fj_boot_epoch_ns : 0;
}

/* execve_flags: EXE_FROM_MEMFD when the executable is a memfd (its dentry is named "memfd:...");
 * the writable and overlay-layer checks are not done. */
static __always_inline __u32 fj_exe_flags(struct file *exe)
{
	char name[8] = {};

	if (!exe)
		return 0;
	bpf_probe_read_kernel_str(name, sizeof(name), BPF_CORE_READ(exe, f_path.dentry, d_name.name));
	if (name[0] == 'm' && name[1] == 'e' && name[2] == 'm' && name[3] == 'f' && name[4] == 'd' && name[5] == ':')
		return 4;	/* EXE_FROM_MEMFD */
	return 0;
}

/* The part of the execve/execveat exits after the process description, up to (not including)
 * filename: env, tty, vpgid, loginuid, flags, capabilities, exe inode and times, uid,
 * trusted_exepath, pgid, gid. */
static __always_inline void fj_exec_rest(struct fj_evt *e, struct task_struct *t)
{
	struct file *exe = BPF_CORE_READ(t, mm, exe_file);
	struct inode *ino = exe ? BPF_CORE_READ(exe, f_inode) : NULL;
	const struct cred *cred = BPF_CORE_READ(t, cred);
	__s64 pgid = fj_pid_nr(BPF_CORE_READ(t, signal, pids[PIDTYPE_PGID]));
	__u64 v = 0;

	fj_env(e, t);
	fj_u32(e, fj_tty(t));
	fj_u64(e, pgid);
	fj_u32(e, BPF_CORE_READ(t, loginuid.val));
	__u32 exe_flags = fj_exe_flags(exe);

	fj_u32(e, exe_flags);
	bpf_core_read(&v, 8, &cred->cap_inheritable);
	fj_u64(e, v);
	bpf_core_read(&v, 8, &cred->cap_permitted);
	fj_u64(e, v);
	bpf_core_read(&v, 8, &cred->cap_effective);
	fj_u64(e, v);
	fj_u64(e, ino ? BPF_CORE_READ(ino, i_ino) : 0);
	if (ino && bpf_core_field_exists(ino->i_ctime_sec)) {
		fj_u64(e, BPF_CORE_READ(ino, i_ctime_sec) * 1000000000ULL + BPF_CORE_READ(ino, i_ctime_nsec));
		fj_u64(e, BPF_CORE_READ(ino, i_mtime_sec) * 1000000000ULL + BPF_CORE_READ(ino, i_mtime_nsec));
	} else {
		fj_u64(e, 0);
		fj_u64(e, 0);
	}
	fj_u32(e, BPF_CORE_READ(cred, euid.val));
	if (exe && (exe_flags & 4)) {
		/* a memfd lives on an internal mount: the kernel's own d_path says "/memfd:NAME (deleted)" */
		__u32 n = fj_put_name((__u64)BPF_CORE_READ(exe, f_path.dentry, d_name.name), e->pos) & 511;

		bpf_probe_read_kernel(e->buf + ((e->pos + n) & FJ_MASK), 11, " (deleted)");
		fj_len(e, n + 11);
	} else if (exe) {
		fj_dentry_path(e, BPF_CORE_READ(exe, f_path.dentry), BPF_CORE_READ(exe, f_path.mnt));
	} else {
		fj_empty(e);
	}
	fj_u64(e, pgid);
	fj_u32(e, BPF_CORE_READ(cred, egid.val));
}

#endif

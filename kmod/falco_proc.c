// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * The process description carried by execve and clone exit events: command line,
 * environment, cwd, memory, cgroups, tty. Read from the current task without sleeping.
 */
#include <linux/kernel.h>
#include <linux/sched.h>
#include <linux/sched/mm.h>
#include <linux/mm.h>
#include <linux/fs_struct.h>
#include <linux/dcache.h>
#include <linux/path.h>
#include <linux/percpu.h>
#include <linux/cgroup.h>
#include <linux/kernfs.h>
#include <linux/tty.h>
#include <linux/uaccess.h>
#include <linux/cred.h>
#include <linux/file.h>
#include <linux/version.h>
#include <uapi/linux/magic.h>

#include "falco.h"

#define FALCO_ARGS_MAX 4096

/* Scratch space per CPU; the probes never nest on a CPU (falco_ring.busy). */
static DEFINE_PER_CPU(char[FALCO_ARGS_MAX], falco_scratch);

/* Reads [start, end) of the current mm's user memory into the scratch buffer. */
static long read_mm_range(unsigned long start, unsigned long end, char **out)
{
	char *buf = this_cpu_ptr(&falco_scratch[0]);
	unsigned long len;

	*out = buf;
	if (end <= start)
		return 0;
	len = min_t(unsigned long, end - start, FALCO_ARGS_MAX);
	if (copy_from_user_nofault(buf, (const void __user *)start, len))
		return -EFAULT;
	buf[len - 1] = '\0';
	return len;
}

/* exe (argv[0]) then args (the rest, each NUL-terminated). */
void fw_proc_exe_args(struct falco_writer *w)
{
	struct mm_struct *mm = current->mm;
	char *buf;
	long len = -EFAULT;
	size_t exe_len;

	if (mm)
		len = read_mm_range(mm->arg_start, mm->arg_end, &buf);
	if (len <= 0) {
		fw_str(w, current->comm);
		fw_empty(w);
		if (len < 0)
			w->truncated = true;
		return;
	}
	exe_len = strnlen(buf, len) + 1;
	if (exe_len > len)
		exe_len = len;
	fw_bytes(w, buf, exe_len);
	fw_bytes(w, buf + exe_len, len - exe_len);
}

void fw_proc_env(struct falco_writer *w)
{
	struct mm_struct *mm = current->mm;
	char *buf;
	long len = -EFAULT;

	if (mm)
		len = read_mm_range(mm->env_start, mm->env_end, &buf);
	if (len <= 0) {
		fw_empty(w);
		if (len < 0)
			w->truncated = true;
		return;
	}
	fw_bytes(w, buf, len);
}

void fw_proc_cwd(struct falco_writer *w)
{
	struct fs_struct *fs = current->fs;
	char *buf = this_cpu_ptr(&falco_scratch[0]);
	char *path;

	if (!fs) {
		fw_empty(w);
		return;
	}
	/*
	 * d_path walks RCU-protected dentries; holding fs->lock keeps pwd from changing
	 * under us without taking references (dropping one may sleep).
	 */
	rcu_read_lock();
	spin_lock(&fs->lock);
	path = d_path(&fs->pwd, buf, FALCO_ARGS_MAX);
	spin_unlock(&fs->lock);
	rcu_read_unlock();
	if (IS_ERR(path)) {
		fw_empty(w);
		w->truncated = true;
		return;
	}
	fw_str(w, path);
}

void fw_proc_vm(struct falco_writer *w)
{
	struct mm_struct *mm = current->mm;
	u32 size = 0, rss = 0, swap = 0;

	if (mm) {
		size = mm->total_vm << (PAGE_SHIFT - 10);
		rss = get_mm_rss(mm) << (PAGE_SHIFT - 10);
		swap = get_mm_counter(mm, MM_SWAPENTS) << (PAGE_SHIFT - 10);
	}
	fw_int(w, size);
	fw_int(w, rss);
	fw_int(w, swap);
}

/*
 * cgroups as "controller=path" strings. With the unified hierarchy every controller
 * sees the same path, the task's cgroup in the default hierarchy.
 */
void fw_proc_cgroups(struct falco_writer *w)
{
	static const char * const controllers[] = {
		"cpuset", "cpu", "cpuacct", "io", "memory", "devices", "freezer",
		"net_cls", "perf_event", "net_prio", "hugetlb", "pids", "rdma", "misc",
	};
	char *buf = this_cpu_ptr(&falco_scratch[0]);
	char path[256];
	struct cgroup *cgrp;
	size_t off = 0;
	int i, n;

	rcu_read_lock();
	cgrp = task_dfl_cgroup(current);
	n = cgrp && cgrp->kn ? kernfs_path(cgrp->kn, path, sizeof(path)) : -1;
	rcu_read_unlock();
	if (n < 0 || n >= sizeof(path))
		strscpy(path, "/", sizeof(path));
	for (i = 0; i < ARRAY_SIZE(controllers); i++) {
		n = snprintf(buf + off, FALCO_ARGS_MAX - off, "%s=%s", controllers[i], path);
		if (n < 0 || off + n + 1 > FALCO_ARGS_MAX)
			break;
		off += n + 1;
	}
	fw_bytes(w, buf, off);
}

u32 falco_proc_tty(void)
{
	struct tty_struct *tty = get_current_tty();
	u32 dev = 0;

	if (tty) {
		dev = new_encode_dev(tty_devnum(tty));
		tty_kref_put(tty);
	}
	return dev;
}

static struct file *exe_file_rcu(void)
{
	struct mm_struct *mm = current->mm;

	return mm ? rcu_dereference(mm->exe_file) : NULL;
}

static u64 timespec_ns(struct timespec64 t)
{
	return (u64)t.tv_sec * NSEC_PER_SEC + t.tv_nsec;
}

/* exe_ino, exe_ino_ctime, exe_ino_mtime of the executable. */
void fw_proc_exe_inode(struct falco_writer *w)
{
	struct timespec64 ct = { 0 }, mt = { 0 };
	struct inode *inode = NULL;
	struct file *exe;
	u64 ino = 0;

	rcu_read_lock();
	exe = exe_file_rcu();
	if (exe)
		inode = file_inode(exe);
	if (inode) {
		ino = inode->i_ino;
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 7, 0)
		ct = inode_get_ctime(inode);
		mt = inode_get_mtime(inode);
#elif LINUX_VERSION_CODE >= KERNEL_VERSION(6, 6, 0)
		ct = inode_get_ctime(inode);
		mt = inode->i_mtime;
#else
		ct = inode->i_ctime;
		mt = inode->i_mtime;
#endif
	}
	rcu_read_unlock();
	fw_int(w, ino);
	fw_int(w, timespec_ns(ct));
	fw_int(w, timespec_ns(mt));
}

/* The executable's path as the kernel resolved it (not argv[0]). */
void fw_proc_exepath(struct falco_writer *w)
{
	char *buf = this_cpu_ptr(&falco_scratch[0]);
	struct file *exe;
	char *path = ERR_PTR(-ENOENT);

	rcu_read_lock();
	exe = exe_file_rcu();
	if (exe)
		path = d_path(&exe->f_path, buf, FALCO_ARGS_MAX);
	rcu_read_unlock();
	if (IS_ERR(path)) {
		fw_empty(w);
		return;
	}
	fw_str(w, path);
}

static u64 cap_bits(kernel_cap_t c)
{
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 3, 0)
	return c.val;
#else
	return ((u64)c.cap[1] << 32) | c.cap[0];
#endif
}

/* cap_inheritable, cap_permitted, cap_effective (Linux capability bit numbers). */
void fw_proc_caps(struct falco_writer *w)
{
	const struct cred *cred;
	u64 inh, prm, eff;

	rcu_read_lock();
	cred = rcu_dereference(current->cred);
	inh = cap_bits(cred->cap_inheritable);
	prm = cap_bits(cred->cap_permitted);
	eff = cap_bits(cred->cap_effective);
	rcu_read_unlock();
	fw_int(w, inh);
	fw_int(w, prm);
	fw_int(w, eff);
}

/*
 * The overlayfs layer an executable comes from: the upper one (written in the container)
 * or a lower one (shipped in the image). overlayfs exports no accessor for it; its inode
 * (struct ovl_inode) keeps the upper dentry right after the VFS inode, NULL when the file
 * exists in lower layers only. That layout holds in the kernels vm-test boots (6.1, 6.12)
 * and is the one libscap's own drivers read.
 */
static u32 overlay_layer_flags(struct inode *inode)
{
	struct dentry *upper;

	if (inode->i_sb->s_magic != OVERLAYFS_SUPER_MAGIC)
		return 0;
	upper = READ_ONCE(*(struct dentry **)(inode + 1));
	return upper ? FALCO_EXECVE_FLAGS_EXE_UPPER_LAYER : FALCO_EXECVE_FLAGS_EXE_LOWER_LAYER;
}

/*
 * The execve flags: EXE_FROM_MEMFD when the executable is a memfd, EXE_UPPER_LAYER or
 * EXE_LOWER_LAYER on overlayfs, EXE_WRITABLE when the task could write it. The write check
 * uses the mode bits, the owner, the groups and CAP_DAC_OVERRIDE only: inode_permission()
 * may sleep (ACLs, LSMs), which the probe cannot.
 */
u32 falco_proc_exe_flags(void)
{
	const struct cred *cred;
	struct inode *inode;
	struct file *exe;
	u32 flags = 0;
	umode_t mode;

	rcu_read_lock();
	exe = exe_file_rcu();
	if (!exe)
		goto out;
	if (!strncmp(exe->f_path.dentry->d_name.name, "memfd:", 6))
		flags |= FALCO_EXECVE_FLAGS_EXE_FROM_MEMFD;
	inode = file_inode(exe);
	flags |= overlay_layer_flags(inode);
	cred = rcu_dereference(current->cred);
	mode = inode->i_mode;
	if (IS_RDONLY(inode) || IS_IMMUTABLE(inode))
		goto out;
	if (cap_raised(cred->cap_effective, CAP_DAC_OVERRIDE) ||
	    (uid_eq(cred->fsuid, inode->i_uid) ? mode & 0200 :
	     in_group_p(inode->i_gid) ? mode & 0020 : mode & 0002))
		flags |= FALCO_EXECVE_FLAGS_EXE_WRITABLE;
out:
	rcu_read_unlock();
	return flags;
}

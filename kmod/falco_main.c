// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * falco.ko: reports system calls into per-CPU rings that user space maps.
 *
 * One character device per possible CPU, /dev/falco<N>. Opening one allocates that CPU's
 * ring; the first open registers the tracepoint probes, the last release unregisters them.
 * The ring layout and the ioctls are in api/falco_ring_api.h.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/kernel.h>
#include <linux/cdev.h>
#include <linux/device.h>
#include <linux/fs.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/percpu.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/version.h>
#include <linux/tracepoint.h>
#include <linux/uaccess.h>
#include <linux/timekeeping.h>
#include <linux/compat.h>
#include <asm/syscall.h>
#include <asm/unistd.h>

#include "falco.h"

static unsigned int data_size_kb = FALCO_DEFAULT_DATA_SIZE >> 10;
module_param(data_size_kb, uint, 0444);
MODULE_PARM_DESC(data_size_kb, "Ring data area per CPU in KiB (a power of two, >= 64)");

unsigned int falco_snaplen = FALCO_DEFAULT_SNAPLEN;
unsigned long falco_syscalls_of_interest[BITS_TO_LONGS(FALCO_SYSCALL_NR_MAX)];
bool falco_syscall_filter;

struct falco_dev {
	struct cdev cdev;
	struct mutex lock;	/* serializes open/release/mmap/ioctl of this device */
	struct falco_ring *ring;	/* owned while the device is open */
	bool open;
	int cpu;
};

static dev_t falco_devt;
static struct class *falco_class;
static struct falco_dev *falco_devs;	/* indexed by CPU, nr_cpu_ids entries */
static DEFINE_PER_CPU(struct falco_ring __rcu *, falco_rings);
static DEFINE_PER_CPU(bool, falco_capturing);

static DEFINE_MUTEX(falco_probes_lock);	/* probe registration and the consumer count */
static unsigned int falco_consumers;
/* A process whose events are left out (FALCO_IOCTL_IGNORE_CALLER): the consumer itself. 0: none. */
static pid_t falco_ignored_tgid;

static struct tracepoint *tp_sys_enter;
static struct tracepoint *tp_sys_exit;
static struct tracepoint *tp_sched_process_exit;
static struct tracepoint *tp_signal_deliver;

/*
 * The parameter writers below run for every parameter of every event: fw_set_len() and
 * fw_take() are inlined into them, so writing an integer is one call, not three.
 */
static __always_inline void fw_set_len(struct falco_writer *w, u32 len)
{
	char *lens = w->base + FALCO_EVT_HDR_SIZE;

	if (w->lensize == 2) {
		u16 l = len;

		memcpy(lens + w->nparam * 2, &l, 2);
	} else {
		memcpy(lens + w->nparam * 4, &len, 4);
	}
	w->nparam++;
}

/* len bytes for the next parameter (the caller checked there is one), or NULL. */
static __always_inline char *fw_take(struct falco_writer *w, u32 len)
{
	char *p;

	if (unlikely(len > FALCO_MAX_EVENT_SIZE - w->pos || (w->lensize == 2 && len > 0xffff))) {
		w->truncated = true;
		fw_set_len(w, 0);
		return NULL;
	}
	p = w->base + w->pos;
	w->pos += len;
	fw_set_len(w, len);
	return p;
}

char *fw_reserve(struct falco_writer *w, u32 len)
{
	if (w->nparam >= w->evinfo->nparams)
		return NULL;
	return fw_take(w, len);
}

/* The byte width of an integer parameter of each type: the table's, 8 where it has none. */
static u8 falco_int_width[256] __read_mostly;

static void falco_int_widths_init(void)
{
	static const unsigned char widths[] = FALCO_PT_WIDTHS;
	unsigned int i, width;

	for (i = 0; i < ARRAY_SIZE(falco_int_width); i++) {
		width = i < ARRAY_SIZE(widths) ? widths[i] : 0;
		falco_int_width[i] = width == 0 || width > 8 ? 8 : width;
	}
}

/* fw_int() near the end of the event's reservation, or on big-endian: each width apart. */
static noinline void fw_int_exact(struct falco_writer *w, u64 value, unsigned int width)
{
	char *p = fw_take(w, width);

	if (!p)
		return;
	switch (width) {
	case 1: { u8 v = value; memcpy(p, &v, 1); break; }
	case 2: { u16 v = value; memcpy(p, &v, 2); break; }
	case 4: { u32 v = value; memcpy(p, &v, 4); break; }
	default: memcpy(p, &value, 8); break;
	}
}

/* An integer, written with the width the event table gives this parameter. */
void fw_int(struct falco_writer *w, u64 value)
{
	unsigned int width;

	if (unlikely(w->nparam >= w->evinfo->nparams))
		return;
	width = falco_int_width[w->evinfo->types[w->nparam]];
	if (IS_ENABLED(CONFIG_CPU_BIG_ENDIAN) ||
	    unlikely(FALCO_MAX_EVENT_SIZE - w->pos < sizeof(value))) {
		fw_int_exact(w, value, width);
		return;
	}
	/*
	 * One 8-byte store whatever the width: on little-endian its first width bytes are the
	 * value cut to that width. The bytes after them are inside the event's reservation
	 * (checked above) and unpublished: the next parameter or event overwrites them, or
	 * they are padding.
	 */
	memcpy(w->base + w->pos, &value, sizeof(value));
	w->pos += width;
	fw_set_len(w, width);
}

void fw_bytes(struct falco_writer *w, const void *src, u32 len)
{
	char *p = fw_reserve(w, len);

	if (p)
		memcpy(p, src, len);
}

void fw_str(struct falco_writer *w, const char *s)
{
	fw_bytes(w, s, strnlen(s, PATH_MAX - 1) + 1);
}

void fw_empty(struct falco_writer *w)
{
	if (w->nparam < w->evinfo->nparams)
		fw_set_len(w, 0);
}

/*
 * Copies a NUL-terminated user string without faulting: strncpy_from_user() with page
 * faults disabled returns -EFAULT instead of sleeping, like strncpy_from_user_nofault()
 * (not exported to modules). It reads a word at a time and stops at the NUL, where
 * copy_from_user_nofault() of a whole chunk would copy up to a page per path.
 * Returns the length without the NUL (room when there is none in room bytes), or -EFAULT.
 */
static long falco_ustrncpy(char *dst, unsigned long src, long room)
{
	long n;

	pagefault_disable();
	n = strncpy_from_user(dst, (const char __user *)src, room);
	pagefault_enable();
	return n;
}

/* A NUL-terminated user string (a path), read without faulting, at most PATH_MAX. */
void fw_ustr(struct falco_writer *w, unsigned long uptr)
{
	u32 room;
	long n;
	char *p;

	if (w->nparam >= w->evinfo->nparams)
		return;
	if (!uptr) {
		fw_str(w, "(NULL)");
		return;
	}
	room = min_t(u32, PATH_MAX, FALCO_MAX_EVENT_SIZE - w->pos);
	p = w->base + w->pos;
	n = falco_ustrncpy(p, uptr, room);
	if (n < 0) {
		w->truncated = true;
		fw_set_len(w, 0);
		return;
	}
	if (n >= room) {
		n = room - 1;
		w->truncated = true;
	}
	p[n] = '\0';
	w->pos += n + 1;
	fw_set_len(w, n + 1);
}

/* len bytes of user memory (capped by the snaplen), read without faulting. */
void fw_ubuf(struct falco_writer *w, unsigned long uptr, unsigned long len)
{
	u32 room = FALCO_MAX_EVENT_SIZE - w->pos;
	char *p = w->base + w->pos;

	if (w->nparam >= w->evinfo->nparams)
		return;
	len = min_t(unsigned long, len, READ_ONCE(falco_snaplen));
	if (len > room) {
		len = room;
		w->truncated = true;
	}
	if (!uptr || !len) {
		fw_set_len(w, 0);
		return;
	}
	if (copy_from_user_nofault(p, (const void __user *)uptr, len)) {
		/* keep the event, without the data that could not be read */
		w->truncated = true;
		fw_set_len(w, 0);
		return;
	}
	w->pos += len;
	fw_set_len(w, len);
}

/*
 * The probes run with preemption disabled (tracepoints take the sched-RCU read side);
 * disabling it again keeps per-CPU access right on kernels where syscall tracepoints
 * may fault. They never sleep: user memory is read with the _nofault helpers.
 */
static struct falco_ring *falco_ring_enter(void)
{
	struct falco_ring *ring;

	if (!this_cpu_read(falco_capturing))
		return NULL;
	ring = rcu_dereference_sched(*this_cpu_ptr(&falco_rings));
	if (!ring)
		return NULL;
	if (ring->busy) {
		ring->info->n_drops_nested++;
		return NULL;
	}
	ring->busy = true;
	return ring;
}

/* Process creation and exec are reported whatever the filter: the process table needs them. */
static bool falco_is_lifecycle(long nr)
{
	switch (nr) {
	case __NR_execve:
	case __NR_execveat:
	case __NR_clone:
	case __NR_clone3:
	case __NR_fork:
	case __NR_vfork:
		return true;
	default:
		return false;
	}
}

/* Inlined into both syscall probes: one call fewer for every event. */
static __always_inline void falco_syscall_probe(struct pt_regs *regs, long ret, bool enter)
{
	struct falco_ring *ring;
	long nr;

	preempt_disable_notrace();
	ring = falco_ring_enter();
	if (!ring)
		goto out;
	nr = syscall_get_nr(current, regs);
	if (nr >= 0 && nr < FALCO_SYSCALL_NR_MAX &&
	    (!READ_ONCE(falco_syscall_filter) || test_bit(nr, falco_syscalls_of_interest) ||
	     falco_is_lifecycle(nr))) {
		/* built here, not above: the filter's early return skips it (stack init included) */
		struct falco_call c = { .regs = regs, .nr = nr, .ret = ret };

		syscall_get_arguments(current, regs, c.arg);
		falco_fill_syscall(ring, &c, enter);
	}
	ring->busy = false;
out:
	preempt_enable_notrace();
}

static bool falco_ignored(struct task_struct *task)
{
	pid_t ignored = READ_ONCE(falco_ignored_tgid);

	return ignored && task->tgid == ignored;
}

static void probe_sys_enter(void *data, struct pt_regs *regs, long id)
{
	/* 32-bit syscalls have other numbers: not reported */
	if (in_compat_syscall() || falco_ignored(current))
		return;
	falco_syscall_probe(regs, 0, true);
}

static void probe_sys_exit(void *data, struct pt_regs *regs, long ret)
{
	if (in_compat_syscall() || falco_ignored(current))
		return;
	falco_syscall_probe(regs, ret, false);
}

static void probe_sched_process_exit(void *data, struct task_struct *p)
{
	struct falco_ring *ring;

	if (falco_ignored(p))
		return;
	preempt_disable_notrace();
	ring = falco_ring_enter();
	if (ring) {
		falco_fill_procexit(ring, p);
		ring->busy = false;
	}
	preempt_enable_notrace();
}

/* Called with the task's siglock held and interrupts off: write the event, nothing more. */
static void probe_signal_deliver(void *data, int sig, struct kernel_siginfo *info,
				 struct k_sigaction *ka)
{
	struct falco_ring *ring;

	preempt_disable_notrace();
	ring = falco_ring_enter();
	if (ring) {
		falco_fill_signaldeliver(ring, sig, info);
		ring->busy = false;
	}
	preempt_enable_notrace();
}

static void falco_find_tracepoint(struct tracepoint *tp, void *priv)
{
	if (!strcmp(tp->name, "sys_enter"))
		tp_sys_enter = tp;
	else if (!strcmp(tp->name, "sys_exit"))
		tp_sys_exit = tp;
	else if (!strcmp(tp->name, "sched_process_exit"))
		tp_sched_process_exit = tp;
	else if (!strcmp(tp->name, "signal_deliver"))
		tp_signal_deliver = tp;
}

static int falco_probes_register(void)
{
	int err;

	err = tracepoint_probe_register(tp_sys_enter, probe_sys_enter, NULL);
	if (err)
		return err;
	err = tracepoint_probe_register(tp_sys_exit, probe_sys_exit, NULL);
	if (err)
		goto err_exit;
	err = tracepoint_probe_register(tp_sched_process_exit, probe_sched_process_exit, NULL);
	if (err)
		goto err_procexit;
	err = tracepoint_probe_register(tp_signal_deliver, probe_signal_deliver, NULL);
	if (err)
		goto err_signal;
	return 0;

err_signal:
	tracepoint_probe_unregister(tp_sched_process_exit, probe_sched_process_exit, NULL);
err_procexit:
	tracepoint_probe_unregister(tp_sys_exit, probe_sys_exit, NULL);
err_exit:
	tracepoint_probe_unregister(tp_sys_enter, probe_sys_enter, NULL);
	tracepoint_synchronize_unregister();
	return err;
}

static void falco_probes_unregister(void)
{
	tracepoint_probe_unregister(tp_signal_deliver, probe_signal_deliver, NULL);
	tracepoint_probe_unregister(tp_sched_process_exit, probe_sched_process_exit, NULL);
	tracepoint_probe_unregister(tp_sys_exit, probe_sys_exit, NULL);
	tracepoint_probe_unregister(tp_sys_enter, probe_sys_enter, NULL);
	/* no probe runs past this point */
	tracepoint_synchronize_unregister();
}

static void falco_ring_free(struct falco_ring *ring)
{
	u32 i;

	if (!ring)
		return;
	if (ring->data)
		vunmap(ring->data);
	if (ring->pages) {
		/* pages still mapped by user space live on until munmap (vm_insert_page holds a ref) */
		for (i = 0; i < ring->npages; i++)
			if (ring->pages[i])
				__free_page(ring->pages[i]);
		kvfree(ring->pages);
	}
	if (ring->info_page)
		__free_page(ring->info_page);
	kfree(ring);
}

static struct falco_ring *falco_ring_alloc(int cpu, u32 size)
{
	struct falco_ring *ring;
	struct page **twice;
	u32 i;

	ring = kzalloc(sizeof(*ring), GFP_KERNEL);
	if (!ring)
		return NULL;
	ring->size = size;
	ring->npages = size >> PAGE_SHIFT;
	ring->info_page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	ring->pages = kvcalloc(ring->npages, sizeof(*ring->pages), GFP_KERNEL);
	if (!ring->info_page || !ring->pages)
		goto err;
	for (i = 0; i < ring->npages; i++) {
		ring->pages[i] = alloc_page(GFP_KERNEL | __GFP_ZERO);
		if (!ring->pages[i])
			goto err;
	}
	/* the kernel view maps the data twice too, so an event is written in one piece */
	twice = kvcalloc(2 * ring->npages, sizeof(*twice), GFP_KERNEL);
	if (!twice)
		goto err;
	for (i = 0; i < ring->npages; i++) {
		twice[i] = ring->pages[i];
		twice[i + ring->npages] = ring->pages[i];
	}
	ring->data = vmap(twice, 2 * ring->npages, VM_MAP, PAGE_KERNEL);
	kvfree(twice);
	if (!ring->data)
		goto err;
	ring->info = page_address(ring->info_page);
	ring->info->data_size = size;
	ring->info->api_version = FALCO_API_VERSION;
	ring->info->schema_hash = FALCO_SCHEMA_HASH;
	ring->info->cpu = cpu;
	return ring;

err:
	falco_ring_free(ring);
	return NULL;
}

static int falco_open(struct inode *inode, struct file *file)
{
	struct falco_dev *dev = container_of(inode->i_cdev, struct falco_dev, cdev);
	struct falco_ring *ring;
	int err = 0;

	mutex_lock(&dev->lock);
	if (dev->open) {
		err = -EBUSY;
		goto out;
	}
	ring = falco_ring_alloc(dev->cpu, data_size_kb << 10);
	if (!ring) {
		err = -ENOMEM;
		goto out;
	}
	mutex_lock(&falco_probes_lock);
	if (falco_consumers == 0)
		err = falco_probes_register();
	if (!err)
		falco_consumers++;
	mutex_unlock(&falco_probes_lock);
	if (err) {
		falco_ring_free(ring);
		goto out;
	}
	dev->ring = ring;
	dev->open = true;
	per_cpu(falco_capturing, dev->cpu) = false;
	rcu_assign_pointer(per_cpu(falco_rings, dev->cpu), ring);
	file->private_data = dev;
out:
	mutex_unlock(&dev->lock);
	return err;
}

static int falco_release(struct inode *inode, struct file *file)
{
	struct falco_dev *dev = file->private_data;

	mutex_lock(&dev->lock);
	per_cpu(falco_capturing, dev->cpu) = false;
	RCU_INIT_POINTER(per_cpu(falco_rings, dev->cpu), NULL);
	mutex_lock(&falco_probes_lock);
	if (--falco_consumers == 0) {
		falco_probes_unregister();
		WRITE_ONCE(falco_ignored_tgid, 0);
	}
	mutex_unlock(&falco_probes_lock);
	/* probes read the ring pointer inside sched-RCU read sections: wait them out */
	synchronize_rcu();
	falco_ring_free(dev->ring);
	dev->ring = NULL;
	dev->open = false;
	mutex_unlock(&dev->lock);
	return 0;
}

static int falco_mmap_pages(struct vm_area_struct *vma, struct page **pages, u32 n, u32 times)
{
	unsigned long addr = vma->vm_start;
	u32 t, i;
	int err;

	for (t = 0; t < times; t++) {
		for (i = 0; i < n; i++) {
			err = vm_insert_page(vma, addr, pages[i]);
			if (err)
				return err;
			addr += PAGE_SIZE;
		}
	}
	return 0;
}

static int falco_mmap(struct file *file, struct vm_area_struct *vma)
{
	struct falco_dev *dev = file->private_data;
	unsigned long len = vma->vm_end - vma->vm_start;
	struct falco_ring *ring;
	int err = -EINVAL;

	mutex_lock(&dev->lock);
	ring = dev->ring;
	if (vma->vm_pgoff == 0 && len == FALCO_INFO_SIZE) {
		err = falco_mmap_pages(vma, &ring->info_page, 1, 1);
	} else if (vma->vm_pgoff == FALCO_INFO_SIZE >> PAGE_SHIFT && len == 2UL * ring->size) {
		/* the data area is the kernel's to write: read-only for user space */
		if (vma->vm_flags & VM_WRITE) {
			err = -EPERM;
			goto out;
		}
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 3, 0)
		vm_flags_clear(vma, VM_MAYWRITE);
#else
		vma->vm_flags &= ~VM_MAYWRITE;
#endif
		err = falco_mmap_pages(vma, ring->pages, ring->npages, 2);
	}
out:
	mutex_unlock(&dev->lock);
	return err;
}

static long falco_ioctl(struct file *file, unsigned int cmd, unsigned long arg)
{
	struct falco_dev *dev = file->private_data;
	struct falco_ring_info *info;
	struct falco_counters cnt;
	struct falco_versions ver;
	long err = 0;

	mutex_lock(&dev->lock);
	info = dev->ring->info;
	switch (cmd) {
	case FALCO_IOCTL_START:
		WRITE_ONCE(info->capturing, 1);
		per_cpu(falco_capturing, dev->cpu) = true;
		break;
	case FALCO_IOCTL_STOP:
		per_cpu(falco_capturing, dev->cpu) = false;
		WRITE_ONCE(info->capturing, 0);
		break;
	case FALCO_IOCTL_SET_SNAPLEN:
		if (arg > FALCO_MAX_SNAPLEN)
			err = -EINVAL;
		else
			WRITE_ONCE(falco_snaplen, arg);
		break;
	case FALCO_IOCTL_SYSCALL_ADD:
		if (arg >= FALCO_SYSCALL_NR_MAX) {
			err = -EINVAL;
			break;
		}
		set_bit(arg, falco_syscalls_of_interest);
		WRITE_ONCE(falco_syscall_filter, true);
		break;
	case FALCO_IOCTL_IGNORE_CALLER:
		/* the caller's tgid as the probes see it (the initial pid namespace) */
		WRITE_ONCE(falco_ignored_tgid, arg ? task_tgid_nr(current) : 0);
		break;
	case FALCO_IOCTL_SYSCALL_CLEAR:
		WRITE_ONCE(falco_syscall_filter, false);
		bitmap_zero(falco_syscalls_of_interest, FALCO_SYSCALL_NR_MAX);
		break;
	case FALCO_IOCTL_GET_COUNTERS:
		cnt.n_evts = READ_ONCE(info->n_evts);
		cnt.n_drops_buffer = READ_ONCE(info->n_drops_buffer);
		cnt.n_drops_pf = READ_ONCE(info->n_drops_pf);
		cnt.n_drops_nested = READ_ONCE(info->n_drops_nested);
		cnt.n_drops_oversize = READ_ONCE(info->n_drops_oversize);
		cnt.n_truncated = READ_ONCE(info->n_truncated);
		if (copy_to_user((void __user *)arg, &cnt, sizeof(cnt)))
			err = -EFAULT;
		break;
	case FALCO_IOCTL_GET_VERSIONS:
		memset(&ver, 0, sizeof(ver));
		ver.api_version = FALCO_API_VERSION;
		ver.event_max = FALCO_EVENT_MAX;
		ver.schema_hash = FALCO_SCHEMA_HASH;
		if (copy_to_user((void __user *)arg, &ver, sizeof(ver)))
			err = -EFAULT;
		break;
	default:
		err = -ENOTTY;
	}
	mutex_unlock(&dev->lock);
	return err;
}

static const struct file_operations falco_fops = {
	.owner = THIS_MODULE,
	.open = falco_open,
	.release = falco_release,
	.mmap = falco_mmap,
	.unlocked_ioctl = falco_ioctl,
	.llseek = noop_llseek,
};

static char *falco_devnode(
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 2, 0)
			   const struct device *dev,
#else
			   struct device *dev,
#endif
			   umode_t *mode)
{
	if (mode)
		*mode = 0600;
	return NULL;
}

static void falco_devices_destroy(int created)
{
	int cpu;

	for (cpu = 0; cpu < created; cpu++) {
		device_destroy(falco_class, MKDEV(MAJOR(falco_devt), cpu));
		cdev_del(&falco_devs[cpu].cdev);
	}
}

static int __init falco_init(void)
{
	int cpu, err;

	if (data_size_kb < 64 || !is_power_of_2(data_size_kb) ||
	    (u64)data_size_kb << 10 > (1ULL << 30) ||
	    (data_size_kb << 10) < 2 * FALCO_MAX_EVENT_SIZE) {
		pr_err("data_size_kb must be a power of two between 128 and 1048576\n");
		return -EINVAL;
	}
	for_each_kernel_tracepoint(falco_find_tracepoint, NULL);
	if (!tp_sys_enter || !tp_sys_exit || !tp_sched_process_exit || !tp_signal_deliver) {
		pr_err("syscall, sched or signal tracepoints not found\n");
		return -ENOENT;
	}
	falco_int_widths_init();
	err = falco_fill_init();
	if (err)
		return err;
	falco_devs = kcalloc(nr_cpu_ids, sizeof(*falco_devs), GFP_KERNEL);
	if (!falco_devs)
		return -ENOMEM;
	err = alloc_chrdev_region(&falco_devt, 0, nr_cpu_ids, FALCO_DEVICE_NAME);
	if (err)
		goto err_free;
#if LINUX_VERSION_CODE >= KERNEL_VERSION(6, 4, 0)
	falco_class = class_create(FALCO_DEVICE_NAME);
#else
	falco_class = class_create(THIS_MODULE, FALCO_DEVICE_NAME);
#endif
	if (IS_ERR(falco_class)) {
		err = PTR_ERR(falco_class);
		goto err_region;
	}
	falco_class->devnode = falco_devnode;
	/* a device for every possible CPU, so CPUs coming online later have one */
	for (cpu = 0; cpu < nr_cpu_ids; cpu++) {
		struct falco_dev *dev = &falco_devs[cpu];
		struct device *d;

		mutex_init(&dev->lock);
		dev->cpu = cpu;
		cdev_init(&dev->cdev, &falco_fops);
		dev->cdev.owner = THIS_MODULE;
		err = cdev_add(&dev->cdev, MKDEV(MAJOR(falco_devt), cpu), 1);
		if (err)
			goto err_devices;
		d = device_create(falco_class, NULL, MKDEV(MAJOR(falco_devt), cpu), NULL,
				  FALCO_DEVICE_NAME "%d", cpu);
		if (IS_ERR(d)) {
			cdev_del(&dev->cdev);
			err = PTR_ERR(d);
			goto err_devices;
		}
	}
	pr_info("loaded: %u CPUs, %u KiB per ring, api %d, schema %016llx\n",
		nr_cpu_ids, data_size_kb, FALCO_API_VERSION, FALCO_SCHEMA_HASH);
	return 0;

err_devices:
	falco_devices_destroy(cpu);
	class_destroy(falco_class);
err_region:
	unregister_chrdev_region(falco_devt, nr_cpu_ids);
err_free:
	kfree(falco_devs);
	return err;
}

static void __exit falco_exit(void)
{
	/* every device is closed here (open files pin the module), so no probe is registered */
	falco_devices_destroy(nr_cpu_ids);
	class_destroy(falco_class);
	unregister_chrdev_region(falco_devt, nr_cpu_ids);
	kfree(falco_devs);
	pr_info("unloaded\n");
}

module_init(falco_init);
module_exit(falco_exit);

MODULE_LICENSE("Dual MIT/GPL");
MODULE_AUTHOR("The falcoj authors");
MODULE_DESCRIPTION("Reports system calls into per-CPU rings for falcoj");
MODULE_VERSION("0.1.0");

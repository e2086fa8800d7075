// SPDX-License-Identifier: (GPL-2.0-only OR MIT)
/*
 * .scap writer. Every block is: u32 type, u32 total length, body padded to 4 bytes,
 * u32 total length again. Integers are little-endian (the machine's own order, which
 * the section header's magic declares).
 */
#define _GNU_SOURCE
#include "falcoj/scap_writer.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct buf {
	uint8_t *p;
	size_t len;
	size_t cap;
	int oom;
};

static void buf_put(struct buf *b, const void *src, size_t n)
{
	if (b->oom)
		return;
	if (b->len + n > b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 65536;
		uint8_t *p;

		while (cap < b->len + n)
			cap *= 2;
		p = realloc(b->p, cap);
		if (!p) {
			b->oom = 1;
			return;
		}
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, src, n);
	b->len += n;
}

static void put_u8(struct buf *b, uint8_t v) { buf_put(b, &v, 1); }
static void put_u16(struct buf *b, uint16_t v) { buf_put(b, &v, 2); }
static void put_u32(struct buf *b, uint32_t v) { buf_put(b, &v, 4); }
static void put_u64(struct buf *b, uint64_t v) { buf_put(b, &v, 8); }

/* A length-prefixed (u16) byte string. */
static void put_lstr(struct buf *b, const char *s, size_t n)
{
	if (n > 0xffff)
		n = 0xffff;
	put_u16(b, (uint16_t)n);
	buf_put(b, s, n);
}

static void set_err(struct fj_scap_writer *w, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(w->err, sizeof(w->err), fmt, ap);
	va_end(ap);
}

static int write_block(struct fj_scap_writer *w, uint32_t type, const void *body, size_t len)
{
	static const uint8_t zeros[4];
	size_t padded = (len + 3) & ~(size_t)3;
	uint32_t total = (uint32_t)(8 + padded + 4);

	if (fwrite(&type, 4, 1, w->f) != 1 || fwrite(&total, 4, 1, w->f) != 1 ||
	    (len && fwrite(body, len, 1, w->f) != 1) ||
	    (padded > len && fwrite(zeros, padded - len, 1, w->f) != 1) ||
	    fwrite(&total, 4, 1, w->f) != 1) {
		set_err(w, "write: %s", strerror(errno));
		return -1;
	}
	return 0;
}

/* Reads a small file whole; returns bytes read (0 on error). */
static size_t read_small(const char *path, char *dst, size_t cap)
{
	FILE *f = fopen(path, "re");
	size_t n;

	if (!f)
		return 0;
	n = fread(dst, 1, cap, f);
	fclose(f);
	return n;
}

static void read_link(const char *path, char *dst, size_t cap)
{
	ssize_t n = readlink(path, dst, cap - 1);

	dst[n > 0 ? n : 0] = '\0';
}

/* Value of "Key:" in a /proc status file: the field'th number after it. */
static long long status_num(const char *status, const char *key, int field)
{
	const char *p = strstr(status, key);
	long long v = 0;
	int i;

	if (!p)
		return -1;
	p += strlen(key);
	for (i = 0; i <= field; i++) {
		char *end;

		while (*p == ' ' || *p == '\t')
			p++;
		v = strtoll(p, &end, 10);
		if (end == p)
			return -1;
		p = end;
	}
	return v;
}

/* The last number on the line of "Key:" (the innermost namespace's id). */
static long long status_last(const char *status, const char *key)
{
	const char *p = strstr(status, key);
	long long v = -1;

	if (!p)
		return -1;
	p += strlen(key);
	while (*p && *p != '\n') {
		char *end;

		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\n' || !*p)
			break;
		v = strtoll(p, &end, 10);
		if (end == p)
			break;
		p = end;
	}
	return v;
}

struct stat_fields {
	long long ppid, pgrp, session, tty, minflt, majflt;
};

static int parse_stat(const char *stat, struct stat_fields *s)
{
	/* after "pid (comm) ": state ppid pgrp session tty_nr tpgid flags minflt cminflt majflt */
	const char *p = strrchr(stat, ')');
	char state;

	if (!p)
		return -1;
	if (sscanf(p + 2, "%c %lld %lld %lld %lld %*d %*u %lld %*u %lld", &state, &s->ppid,
		   &s->pgrp, &s->session, &s->tty, &s->minflt, &s->majflt) != 7)
		return -1;
	return 0;
}

static uint64_t fdlimit_of(const char *dir)
{
	char path[PATH_MAX + 16], buf[4096];
	size_t n;
	char *p;

	snprintf(path, sizeof(path), "%s/limits", dir);
	n = read_small(path, buf, sizeof(buf) - 1);
	buf[n] = '\0';
	p = strstr(buf, "Max open files");
	if (!p)
		return 0;
	return strtoull(p + strlen("Max open files"), NULL, 10);
}

static void put_thread(struct buf *b, const char *proc_root, const char *pid, const char *tid)
{
	char dir[PATH_MAX], path[PATH_MAX + 32];
	static char status[8192], stat[4096], cmdline[4096], env[4096], cgroup[4096];
	char comm[64], exepath[PATH_MAX], cwd[PATH_MAX], root[PATH_MAX], loginuid[32];
	struct stat_fields sf = { 0 };
	size_t n, cmdlen, envlen, exelen;
	struct buf e = { 0 };
	const char *cgpath = "/";
	char *nl, *p;

	snprintf(dir, sizeof(dir), "%s/%s/task/%s", proc_root, pid, tid);
	snprintf(path, sizeof(path), "%s/status", dir);
	n = read_small(path, status, sizeof(status) - 1);
	if (!n)
		return;
	status[n] = '\0';
	snprintf(path, sizeof(path), "%s/stat", dir);
	n = read_small(path, stat, sizeof(stat) - 1);
	stat[n] = '\0';
	if (parse_stat(stat, &sf) != 0)
		return;
	snprintf(path, sizeof(path), "%s/comm", dir);
	n = read_small(path, comm, sizeof(comm) - 1);
	comm[n] = '\0';
	nl = strchr(comm, '\n');
	if (nl)
		*nl = '\0';
	snprintf(path, sizeof(path), "%s/%s/cmdline", proc_root, pid);
	cmdlen = read_small(path, cmdline, sizeof(cmdline));
	snprintf(path, sizeof(path), "%s/%s/environ", proc_root, pid);
	envlen = read_small(path, env, sizeof(env));
	snprintf(path, sizeof(path), "%s/%s/exe", proc_root, pid);
	read_link(path, exepath, sizeof(exepath));
	snprintf(path, sizeof(path), "%s/%s/cwd", proc_root, pid);
	read_link(path, cwd, sizeof(cwd));
	snprintf(path, sizeof(path), "%s/%s/root", proc_root, pid);
	read_link(path, root, sizeof(root));
	snprintf(path, sizeof(path), "%s/%s/loginuid", proc_root, pid);
	n = read_small(path, loginuid, sizeof(loginuid) - 1);
	loginuid[n] = '\0';
	snprintf(path, sizeof(path), "%s/%s/cgroup", proc_root, pid);
	n = read_small(path, cgroup, sizeof(cgroup) - 1);
	cgroup[n] = '\0';
	p = strstr(cgroup, "0::");
	if (p) {
		cgpath = p + 3;
		nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
	}

	/* exe is argv[0]; kernel threads have no command line: their comm stands in */
	exelen = cmdlen ? strnlen(cmdline, cmdlen) : 0;
	put_u64(&e, strtoull(tid, NULL, 10));
	put_u64(&e, strtoull(pid, NULL, 10));
	put_u64(&e, (uint64_t)status_num(status, "PPid:", 0));
	put_u64(&e, (uint64_t)sf.session);
	put_u64(&e, (uint64_t)sf.pgrp);
	put_lstr(&e, comm, strlen(comm));
	if (exelen)
		put_lstr(&e, cmdline, exelen);
	else
		put_lstr(&e, comm, strlen(comm));
	put_lstr(&e, exepath, strlen(exepath));
	if (cmdlen > exelen + 1)
		put_lstr(&e, cmdline + exelen + 1, cmdlen - exelen - 1);
	else
		put_lstr(&e, "", 0);
	put_lstr(&e, cwd, strlen(cwd));
	put_u64(&e, fdlimit_of(dir));
	put_u32(&e, 0);				/* flags */
	put_u32(&e, (uint32_t)status_num(status, "Uid:", 1));
	put_u32(&e, (uint32_t)status_num(status, "Gid:", 1));
	put_u32(&e, (uint32_t)(status_num(status, "VmSize:", 0) > 0 ? status_num(status, "VmSize:", 0) : 0));
	put_u32(&e, (uint32_t)(status_num(status, "VmRSS:", 0) > 0 ? status_num(status, "VmRSS:", 0) : 0));
	put_u32(&e, (uint32_t)(status_num(status, "VmSwap:", 0) > 0 ? status_num(status, "VmSwap:", 0) : 0));
	put_u64(&e, (uint64_t)sf.majflt);
	put_u64(&e, (uint64_t)sf.minflt);
	put_lstr(&e, env, envlen);
	put_u64(&e, (uint64_t)status_last(status, "NSpid:"));	/* vtid */
	put_u64(&e, (uint64_t)status_last(status, "NStgid:"));	/* vpid */
	{
		char cg[4096];
		size_t off = 0;
		static const char * const ctl[] = { "cpuset", "cpu", "cpuacct", "io", "memory",
			"devices", "freezer", "net_cls", "perf_event", "net_prio", "hugetlb", "pids" };
		size_t i;

		for (i = 0; i < sizeof(ctl) / sizeof(ctl[0]); i++) {
			int k = snprintf(cg + off, sizeof(cg) - off, "%s=%s", ctl[i], cgpath);

			if (k < 0 || off + k + 1 > sizeof(cg))
				break;
			off += k + 1;
		}
		put_lstr(&e, cg, off);
	}
	put_lstr(&e, root, strlen(root));
	put_u64(&e, 0);				/* pidns_init_start_ts */
	put_u32(&e, (uint32_t)sf.tty);
	put_u32(&e, loginuid[0] ? (uint32_t)strtoul(loginuid, NULL, 10) : UINT32_MAX);
	if (e.oom) {
		free(e.p);
		b->oom = 1;
		return;
	}
	/* each entry starts with its own length, that u32 included */
	put_u32(b, (uint32_t)(e.len + 4));
	buf_put(b, e.p, e.len);
	free(e.p);
}

static int is_number(const char *s)
{
	if (!*s)
		return 0;
	for (; *s; s++)
		if (!isdigit((unsigned char)*s))
			return 0;
	return 1;
}

static int write_proclist(struct fj_scap_writer *w, const char *proc_root)
{
	struct buf b = { 0 };
	struct dirent *pe, *te;
	DIR *pd, *td;
	char path[PATH_MAX];
	int rc;

	pd = opendir(proc_root);
	if (!pd) {
		set_err(w, "%s: %s", proc_root, strerror(errno));
		return -1;
	}
	while ((pe = readdir(pd)) != NULL) {
		if (!is_number(pe->d_name))
			continue;
		snprintf(path, sizeof(path), "%s/%s/task", proc_root, pe->d_name);
		td = opendir(path);
		if (!td)
			continue;
		while ((te = readdir(td)) != NULL)
			if (is_number(te->d_name))
				put_thread(&b, proc_root, pe->d_name, te->d_name);
		closedir(td);
	}
	closedir(pd);
	if (b.oom) {
		free(b.p);
		set_err(w, "out of memory");
		return -1;
	}
	rc = write_block(w, FJ_SCAP_PL_BLOCK_V9, b.p, b.len);
	free(b.p);
	return rc;
}

/* Users and groups from /etc/passwd and /etc/group. */
static int write_userlist(struct fj_scap_writer *w)
{
	struct buf b = { 0 };
	char line[1024];
	FILE *f;
	int rc;

	f = fopen("/etc/passwd", "re");
	while (f && fgets(line, sizeof(line), f)) {
		char *fld[7] = { 0 };
		char *tok = line;
		int i;

		line[strcspn(line, "\n")] = '\0';
		for (i = 0; i < 7; i++) {
			fld[i] = strsep(&tok, ":");
			if (!fld[i])
				break;
		}
		if (i < 7)
			continue;
		{
			size_t len = 4 + 1 + 4 + 4 + 2 + strlen(fld[0]) + 2 + strlen(fld[5]) + 2 +
				     strlen(fld[6]);

			put_u32(&b, (uint32_t)len);
			put_u8(&b, 0);	/* user */
			put_u32(&b, (uint32_t)strtoul(fld[2], NULL, 10));
			put_u32(&b, (uint32_t)strtoul(fld[3], NULL, 10));
			put_lstr(&b, fld[0], strlen(fld[0]));
			put_lstr(&b, fld[5], strlen(fld[5]));
			put_lstr(&b, fld[6], strlen(fld[6]));
		}
	}
	if (f)
		fclose(f);
	f = fopen("/etc/group", "re");
	while (f && fgets(line, sizeof(line), f)) {
		char *name, *pw, *gid, *tok = line;

		line[strcspn(line, "\n")] = '\0';
		name = strsep(&tok, ":");
		pw = strsep(&tok, ":");
		gid = strsep(&tok, ":");
		if (!name || !pw || !gid)
			continue;
		put_u32(&b, (uint32_t)(4 + 1 + 4 + 2 + strlen(name)));
		put_u8(&b, 1);	/* group */
		put_u32(&b, (uint32_t)strtoul(gid, NULL, 10));
		put_lstr(&b, name, strlen(name));
	}
	if (f)
		fclose(f);
	if (b.oom) {
		free(b.p);
		set_err(w, "out of memory");
		return -1;
	}
	rc = write_block(w, FJ_SCAP_UL_BLOCK_V2, b.p, b.len);
	free(b.p);
	return rc;
}

static int write_machine_info(struct fj_scap_writer *w)
{
	struct buf b = { 0 };
	char hostname[128] = { 0 };
	long pages = sysconf(_SC_PHYS_PAGES), psize = sysconf(_SC_PAGESIZE);
	char pidmax[32];
	size_t n;
	int rc;

	gethostname(hostname, sizeof(hostname) - 1);
	n = read_small("/proc/sys/kernel/pid_max", pidmax, sizeof(pidmax) - 1);
	pidmax[n] = '\0';
	put_u32(&b, (uint32_t)sysconf(_SC_NPROCESSORS_CONF));
	put_u64(&b, pages > 0 && psize > 0 ? (uint64_t)pages * (uint64_t)psize : 0);
	put_u64(&b, strtoull(pidmax, NULL, 10));
	buf_put(&b, hostname, sizeof(hostname));
	put_u64(&b, 0);
	put_u64(&b, 0);
	put_u64(&b, 0);
	put_u64(&b, 0);
	if (b.oom) {
		free(b.p);
		set_err(w, "out of memory");
		return -1;
	}
	/* libscap's scap_machine_info is packed: 180 bytes, no padding after num_cpus */
	rc = write_block(w, FJ_SCAP_MI_BLOCK, b.p, b.len);
	free(b.p);
	return rc;
}

int fj_scap_open(struct fj_scap_writer *w, const char *path, const char *proc_root)
{
	struct buf b = { 0 };
	int rc;

	memset(w, 0, sizeof(*w));
	w->buf_cap = 1 << 20;
	w->buf = malloc(w->buf_cap);
	if (!w->buf) {
		set_err(w, "out of memory");
		return -1;
	}
	w->f = fopen(path, "we");
	if (!w->f) {
		set_err(w, "%s: %s", path, strerror(errno));
		free(w->buf);
		w->buf = NULL;
		return -1;
	}
	put_u32(&b, FJ_SCAP_SHB_MAGIC);
	put_u16(&b, 1);		/* major */
	put_u16(&b, 2);		/* minor */
	put_u64(&b, UINT64_MAX);	/* section length: unknown */
	rc = b.oom ? -1 : write_block(w, FJ_SCAP_SHB_BLOCK, b.p, b.len);
	free(b.p);
	if (rc == 0)
		rc = write_machine_info(w);
	if (rc == 0)
		rc = write_proclist(w, proc_root ? proc_root : "/proc");
	if (rc == 0)
		rc = write_userlist(w);
	if (rc != 0) {
		fclose(w->f);
		w->f = NULL;
		free(w->buf);
		w->buf = NULL;
	}
	return rc;
}

/*
 * Event blocks are assembled in the writer's own buffer and written in large chunks: one
 * memcpy per event instead of six locked stdio calls (the capture loop's hot path).
 */
static int flush_events(struct fj_scap_writer *w)
{
	if (w->buf_len && fwrite(w->buf, w->buf_len, 1, w->f) != 1) {
		set_err(w, "write: %s", strerror(errno));
		return -1;
	}
	w->buf_len = 0;
	return 0;
}

int fj_scap_write_event(struct fj_scap_writer *w, uint16_t cpu, const struct falco_evt_hdr *ev)
{
	size_t len = ev->len;
	size_t body = 2 + len;
	size_t padded = (body + 3) & ~(size_t)3;
	uint32_t type = FJ_SCAP_EV_BLOCK_V2;
	uint32_t total = (uint32_t)(8 + padded + 4);
	uint8_t *p;

	if (w->buf_len + total > w->buf_cap && flush_events(w) != 0)
		return -1;
	if (total > w->buf_cap) {
		set_err(w, "event of %zu bytes is too large", len);
		return -1;
	}
	p = w->buf + w->buf_len;
	memcpy(p, &type, 4);
	memcpy(p + 4, &total, 4);
	memcpy(p + 8, &cpu, 2);
	memcpy(p + 10, ev, len);
	memset(p + 8 + body, 0, padded - body);
	memcpy(p + 8 + padded, &total, 4);
	w->buf_len += total;
	w->events++;
	return 0;
}

int fj_scap_close(struct fj_scap_writer *w)
{
	int rc = 0;

	if (w->f && flush_events(w) != 0)
		rc = -1;
	if (w->f && fclose(w->f) != 0 && rc == 0) {
		set_err(w, "close: %s", strerror(errno));
		rc = -1;
	}
	w->f = NULL;
	free(w->buf);
	w->buf = NULL;
	return rc;
}

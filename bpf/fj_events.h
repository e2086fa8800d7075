/* SPDX-License-Identifier: GPL-2.0-only OR Apache-2.0 */
/*
 * The libscap event type codes the eBPF driver emits. Until the generated header from
 * events.table is in main, they live here; EbpfEventCodesTest checks every one of them (name,
 * direction and parameter count) against the event table.
 */
#ifndef FJ_EVENTS_H
#define FJ_EVENTS_H

#define FJ_GENERIC_E 0
#define FJ_GENERIC_X 1
#define FJ_OPEN_E 2
#define FJ_OPEN_X 3
#define FJ_CLOSE_E 4
#define FJ_CLOSE_X 5
#define FJ_SOCKET_E 18
#define FJ_SOCKET_X 19
#define FJ_BIND_E 20
#define FJ_BIND_X 21
#define FJ_CONNECT_E 22
#define FJ_CONNECT_X 23
#define FJ_LISTEN_E 24
#define FJ_LISTEN_X 25
#define FJ_SOCKETPAIR_E 42
#define FJ_SOCKETPAIR_X 43
#define FJ_CREAT_E 58
#define FJ_CREAT_X 59
#define FJ_PIPE_E 60
#define FJ_PIPE_X 61
#define FJ_CHDIR_E 94
#define FJ_CHDIR_X 95
#define FJ_FCHDIR_E 96
#define FJ_FCHDIR_X 97
#define FJ_DUP_E 124
#define FJ_DUP_X 125
#define FJ_KILL_E 128
#define FJ_KILL_X 129
#define FJ_FCNTL_E 150
#define FJ_FCNTL_X 151
#define FJ_MMAP_E 160
#define FJ_MMAP_X 161
#define FJ_PTRACE_E 168
#define FJ_PTRACE_X 169
#define FJ_RENAME_E 174
#define FJ_RENAME_X 175
#define FJ_RENAMEAT_E 176
#define FJ_RENAMEAT_X 177
#define FJ_SYMLINK_E 178
#define FJ_SYMLINK_X 179
#define FJ_SYMLINKAT_E 180
#define FJ_SYMLINKAT_X 181
#define FJ_PROCEXIT_E 186
#define FJ_SETRESUID_E 192
#define FJ_SETRESUID_X 193
#define FJ_SETRESGID_E 194
#define FJ_SETRESGID_X 195
#define FJ_SETUID_E 198
#define FJ_SETUID_X 199
#define FJ_SETGID_E 200
#define FJ_SETGID_X 201
#define FJ_CLONE_E 222
#define FJ_CLONE_X 223
#define FJ_FORK_E 224
#define FJ_FORK_X 225
#define FJ_VFORK_E 226
#define FJ_VFORK_X 227
#define FJ_SETNS_E 240
#define FJ_SETNS_X 241
#define FJ_ACCEPT_E 246
#define FJ_ACCEPT_X 247
#define FJ_ACCEPT4_E 248
#define FJ_ACCEPT4_X 249
#define FJ_CHROOT_E 266
#define FJ_CHROOT_X 267
#define FJ_MKDIR_E 276
#define FJ_MKDIR_X 277
#define FJ_RMDIR_E 278
#define FJ_RMDIR_X 279
#define FJ_UNSHARE_E 284
#define FJ_UNSHARE_X 285
#define FJ_EXECVE_E 292
#define FJ_EXECVE_X 293
#define FJ_UNLINK_E 300
#define FJ_UNLINK_X 301
#define FJ_UNLINKAT_E 302
#define FJ_UNLINKAT_X 303
#define FJ_MKDIRAT_E 304
#define FJ_MKDIRAT_X 305
#define FJ_OPENAT_E 306
#define FJ_OPENAT_X 307
#define FJ_LINK_E 308
#define FJ_LINK_X 309
#define FJ_LINKAT_E 310
#define FJ_LINKAT_X 311
#define FJ_FCHMODAT_E 312
#define FJ_FCHMODAT_X 313
#define FJ_CHMOD_E 314
#define FJ_CHMOD_X 315
#define FJ_FCHMOD_E 316
#define FJ_FCHMOD_X 317
#define FJ_RENAMEAT2_E 318
#define FJ_RENAMEAT2_X 319
#define FJ_OPENAT2_E 326
#define FJ_OPENAT2_X 327
#define FJ_MPROTECT_E 328
#define FJ_MPROTECT_X 329
#define FJ_EXECVEAT_E 330
#define FJ_EXECVEAT_X 331
#define FJ_CLONE3_E 334
#define FJ_CLONE3_X 335

/* Parameter counts of the process events the process filler writes. */
#define FJ_CLONE_X_NPARAMS 20
#define FJ_EXECVE_X_NPARAMS 20
#define FJ_PROCEXIT_NPARAMS 4

#endif

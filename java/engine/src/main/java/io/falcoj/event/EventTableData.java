// Generated from events.table by EventTableSourceTest (java/engine/src/test): do not edit.
// After a change to events.table: mvn -o -pl java/engine test -Dtest=EventTableSourceTest -Dfalcoj.regenerate=true
package io.falcoj.event;

import java.util.List;

/**
 * The event table as code: building the objects directly costs a small part of parsing
 * events.table at every start (mostly in the interpreter). EventTableSourceTest checks that
 * this describes every event exactly as the text does.
 */
final class EventTableData {
	private EventTableData() {
	}

	static EventTable table() {
		FlagTable[] f = flagTables();
		ParamInfo[][] d = dynamicTables();
		ParamInfo[] p = params(f, d);
		EventInfo[] e = new EventInfo[448];
		events0(e, p);
		events1(e, p);
		events2(e, p);
		events3(e, p);
		events4(e, p);
		events5(e, p);
		events6(e, p);
		return new EventTable(e, syscallNames());
	}

	private static ParamInfo p(String name, ParamType type, PrintFormat format) {
		return new ParamInfo(name, type, format, null, null, -1);
	}

	private static ParamInfo p(String name, ParamType type, PrintFormat format, FlagTable flags,
			ParamInfo[] dynamic, int dirfd) {
		return new ParamInfo(name, type, format, flags, dynamic, dirfd);
	}

	private static EventInfo ev(int code, String name, Direction direction, EventCategory category, int flags,
			EventSource source, ParamInfo... params) {
		return new EventInfo(code, name, direction, category, flags, List.of(params), source);
	}

	private static FlagTable flags(String name, String[] names, long[] values) {
		FlagTable.Flag[] flags = new FlagTable.Flag[names.length];
		for (int i = 0; i < names.length; i++) {
			flags[i] = new FlagTable.Flag(names[i], values[i]);
		}
		return new FlagTable(name, List.of(flags));
	}

	private static FlagTable[] flagTables() {
		return new FlagTable[] {
			flags("file_flags", new String[] {"O_LARGEFILE", "O_DIRECTORY", "O_DIRECT", "O_TRUNC", "O_SYNC", "O_NONBLOCK", "O_EXCL", "O_DSYNC", "O_APPEND", "O_CREAT", "O_RDWR", "O_WRONLY", "O_RDONLY", "O_CLOEXEC", "O_NONE", "O_TMPFILE", "O_F_CREATED", "FD_UPPER_LAYER", "FD_LOWER_LAYER"},
					new long[] {2048L, 1024L, 512L, 256L, 128L, 64L, 32L, 16L, 8L, 4L, 3L, 2L, 1L, 4096L, 0L, 8192L, 16384L, 32768L, 65536L}),
			flags("clone_flags", new String[] {"CLONE_FILES", "CLONE_FS", "CLONE_IO", "CLONE_NEWIPC", "CLONE_NEWNET", "CLONE_NEWNS", "CLONE_NEWPID", "CLONE_NEWUTS", "CLONE_PARENT", "CLONE_PARENT_SETTID", "CLONE_PTRACE", "CLONE_SIGHAND", "CLONE_SYSVSEM", "CLONE_THREAD", "CLONE_UNTRACED", "CLONE_VM", "CLONE_INVERTED", "NAME_CHANGED", "CLOSED", "CLONE_NEWUSER", "CLONE_CHILD_CLEARTID", "CLONE_CHILD_SETTID", "CLONE_SETTLS", "CLONE_STOPPED", "CLONE_VFORK", "CLONE_NEWCGROUP"},
					new long[] {1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 1024L, 2048L, 4096L, 8192L, 16384L, 32768L, 65536L, 131072L, 262144L, 1048576L, 8388608L, 16777216L, 33554432L, 67108864L, 134217728L, 268435456L}),
			flags("socket_families", new String[] {"AF_NFC", "AF_ALG", "AF_CAIF", "AF_IEEE802154", "AF_PHONET", "AF_ISDN", "AF_RXRPC", "AF_IUCV", "AF_BLUETOOTH", "AF_TIPC", "AF_CAN", "AF_LLC", "AF_WANPIPE", "AF_PPPOX", "AF_IRDA", "AF_SNA", "AF_RDS", "AF_ATMSVC", "AF_ECONET", "AF_ASH", "AF_PACKET", "AF_ROUTE", "AF_NETLINK", "AF_KEY", "AF_SECURITY", "AF_NETBEUI", "AF_DECnet", "AF_ROSE", "AF_INET6", "AF_X25", "AF_ATMPVC", "AF_BRIDGE", "AF_NETROM", "AF_APPLETALK", "AF_IPX", "AF_AX25", "AF_INET", "AF_LOCAL", "AF_UNIX", "AF_UNSPEC"},
					new long[] {39L, 38L, 37L, 36L, 35L, 34L, 33L, 32L, 31L, 30L, 29L, 26L, 25L, 24L, 23L, 22L, 21L, 20L, 19L, 18L, 17L, 16L, 16L, 15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L, 1L, 0L}),
			flags("shutdown_how", new String[] {"SHUT_UNKNOWN", "SHUT_RDWR", "SHUT_WR", "SHUT_RD"},
					new long[] {65535L, 2L, 1L, 0L}),
			flags("sockopt_levels", new String[] {"SOL_SOCKET", "SOL_TCP", "UNKNOWN"},
					new long[] {1L, 2L, 0L}),
			flags("sockopt_options", new String[] {"SO_COOKIE", "SO_MEMINFO", "SO_PEERGROUPS", "SO_ATTACH_BPF", "SO_INCOMING_CPU", "SO_BPF_EXTENSIONS", "SO_MAX_PACING_RATE", "SO_BUSY_POLL", "SO_SELECT_ERR_QUEUE", "SO_LOCK_FILTER", "SO_NOFCS", "SO_PEEK_OFF", "SO_WIFI_STATUS", "SO_RXQ_OVFL", "SO_DOMAIN", "SO_PROTOCOL", "SO_TIMESTAMPING", "SO_MARK", "SO_TIMESTAMPNS", "SO_PASSSEC", "SO_PEERSEC", "SO_ACCEPTCONN", "SO_TIMESTAMP", "SO_PEERNAME", "SO_DETACH_FILTER", "SO_ATTACH_FILTER", "SO_BINDTODEVICE", "SO_SECURITY_ENCRYPTION_NETWORK", "SO_SECURITY_ENCRYPTION_TRANSPORT", "SO_SECURITY_AUTHENTICATION", "SO_SNDTIMEO", "SO_RCVTIMEO", "SO_SNDLOWAT", "SO_RCVLOWAT", "SO_PEERCRED", "SO_PASSCRED", "SO_REUSEPORT", "SO_BSDCOMPAT", "SO_LINGER", "SO_PRIORITY", "SO_NO_CHECK", "SO_OOBINLINE", "SO_KEEPALIVE", "SO_RCVBUFFORCE", "SO_SNDBUFFORCE", "SO_RCVBUF", "SO_SNDBUF", "SO_BROADCAST", "SO_DONTROUTE", "SO_ERROR", "SO_TYPE", "SO_REUSEADDR", "SO_DEBUG", "UNKNOWN"},
					new long[] {53L, 52L, 51L, 50L, 49L, 48L, 47L, 46L, 45L, 44L, 43L, 42L, 41L, 40L, 39L, 38L, 37L, 36L, 35L, 34L, 31L, 30L, 29L, 28L, 27L, 26L, 25L, 24L, 23L, 22L, 21L, 20L, 19L, 18L, 17L, 16L, 15L, 14L, 13L, 12L, 11L, 10L, 9L, 33L, 32L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L, 0L}),
			flags("creat_flags", new String[] {"FD_UPPER_LAYER_CREAT", "FD_LOWER_LAYER_CREAT"},
					new long[] {1L, 2L}),
			flags("futex_operations", new String[] {"FUTEX_CLOCK_REALTIME", "FUTEX_PRIVATE_FLAG", "FUTEX_CMP_REQUEUE_PI", "FUTEX_WAIT_REQUEUE_PI", "FUTEX_WAKE_BITSET", "FUTEX_WAIT_BITSET", "FUTEX_TRYLOCK_PI", "FUTEX_UNLOCK_PI", "FUTEX_LOCK_PI", "FUTEX_WAKE_OP", "FUTEX_CMP_REQUEUE", "FUTEX_REQUEUE", "FUTEX_FD", "FUTEX_WAKE", "FUTEX_WAIT"},
					new long[] {256L, 128L, 12L, 11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L, 0L}),
			flags("lseek_whence", new String[] {"SEEK_END", "SEEK_CUR", "SEEK_SET"},
					new long[] {2L, 1L, 0L}),
			flags("rlimit_resources", new String[] {"RLIMIT_UNKNOWN", "RLIMIT_RTTIME", "RLIMIT_RTPRIO", "RLIMIT_NICE", "RLIMIT_MSGQUEUE", "RLIMIT_SIGPENDING", "RLIMIT_LOCKS", "RLIMIT_AS", "RLIMIT_MEMLOCK", "RLIMIT_NOFILE", "RLIMIT_NPROC", "RLIMIT_RSS", "RLIMIT_CORE", "RLIMIT_STACK", "RLIMIT_DATA", "RLIMIT_FSIZE", "RLIMIT_CPU"},
					new long[] {255L, 15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L, 0L}),
			flags("fcntl_commands", new String[] {"F_GETPIPE_SZ", "F_SETPIPE_SZ", "F_NOTIFY", "F_DUPFD_CLOEXEC", "F_CANCELLK", "F_GETLEASE", "F_SETLEASE", "F_GETOWN_EX", "F_SETOWN_EX", "F_SETLKW64", "F_SETLK64", "F_GETLK64", "F_GETSIG", "F_SETSIG", "F_GETOWN", "F_SETOWN", "F_SETLKW", "F_SETLK", "F_GETLK", "F_SETFL", "F_GETFL", "F_SETFD", "F_GETFD", "F_DUPFD", "F_OFD_GETLK", "F_OFD_SETLK", "F_OFD_SETLKW", "UNKNOWN"},
					new long[] {29L, 28L, 27L, 26L, 25L, 24L, 23L, 22L, 21L, 19L, 18L, 17L, 15L, 13L, 12L, 10L, 9L, 8L, 6L, 5L, 4L, 3L, 2L, 1L, 30L, 31L, 32L, 0L}),
			flags("prot_flags", new String[] {"PROT_READ", "PROT_WRITE", "PROT_EXEC", "PROT_SEM", "PROT_GROWSDOWN", "PROT_GROWSUP", "PROT_SAO", "PROT_NONE"},
					new long[] {1L, 2L, 4L, 8L, 16L, 32L, 64L, 0L}),
			flags("mmap_flags", new String[] {"MAP_SHARED", "MAP_PRIVATE", "MAP_FIXED", "MAP_ANONYMOUS", "MAP_32BIT", "MAP_RENAME", "MAP_NORESERVE", "MAP_POPULATE", "MAP_NONBLOCK", "MAP_GROWSDOWN", "MAP_DENYWRITE", "MAP_EXECUTABLE", "MAP_INHERIT", "MAP_FILE", "MAP_LOCKED"},
					new long[] {1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 1024L, 2048L, 4096L, 8192L, 16384L}),
			flags("splice_flags", new String[] {"SPLICE_F_MOVE", "SPLICE_F_NONBLOCK", "SPLICE_F_MORE", "SPLICE_F_GIFT"},
					new long[] {1L, 2L, 4L, 8L}),
			flags("ptrace_requests", new String[] {"PTRACE_SINGLEBLOCK", "PTRACE_SYSEMU_SINGLESTEP", "PTRACE_SYSEMU", "PTRACE_ARCH_PRCTL", "PTRACE_SET_THREAD_AREA", "PTRACE_GET_THREAD_AREA", "PTRACE_OLDSETOPTIONS", "PTRACE_SETFPXREGS", "PTRACE_GETFPXREGS", "PTRACE_SETFPREGS", "PTRACE_GETFPREGS", "PTRACE_SETREGS", "PTRACE_GETREGS", "PTRACE_SETSIGMASK", "PTRACE_GETSIGMASK", "PTRACE_PEEKSIGINFO", "PTRACE_LISTEN", "PTRACE_INTERRUPT", "PTRACE_SEIZE", "PTRACE_SETREGSET", "PTRACE_GETREGSET", "PTRACE_SETSIGINFO", "PTRACE_GETSIGINFO", "PTRACE_GETEVENTMSG", "PTRACE_SETOPTIONS", "PTRACE_SYSCALL", "PTRACE_DETACH", "PTRACE_ATTACH", "PTRACE_SINGLESTEP", "PTRACE_KILL", "PTRACE_CONT", "PTRACE_POKEUSR", "PTRACE_POKEDATA", "PTRACE_POKETEXT", "PTRACE_PEEKUSR", "PTRACE_PEEKDATA", "PTRACE_PEEKTEXT", "PTRACE_TRACEME", "PTRACE_UNKNOWN"},
					new long[] {38L, 37L, 36L, 35L, 34L, 33L, 32L, 31L, 30L, 29L, 28L, 27L, 26L, 25L, 24L, 23L, 22L, 21L, 20L, 19L, 18L, 17L, 16L, 15L, 14L, 13L, 12L, 11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L, 0L}),
			flags("quotactl_cmds", new String[] {"Q_QUOTAON", "Q_QUOTAOFF", "Q_GETFMT", "Q_GETINFO", "Q_SETINFO", "Q_GETQUOTA", "Q_SETQUOTA", "Q_SYNC", "Q_XQUOTAON", "Q_XQUOTAOFF", "Q_XGETQUOTA", "Q_XSETQLIM", "Q_XGETQSTAT", "Q_XQUOTARM", "Q_XQUOTASYNC"},
					new long[] {1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 1024L, 2048L, 4096L, 8192L, 16384L}),
			flags("quotactl_types", new String[] {"USRQUOTA", "GRPQUOTA"},
					new long[] {1L, 2L}),
			flags("quotactl_quota_fmts", new String[] {"QFMT_NOT_USED", "QFMT_VFS_OLD", "QFMT_VFS_V0", "QFMT_VFS_V1"},
					new long[] {1L, 2L, 4L, 8L}),
			flags("quotactl_dqi_flags", new String[] {"DQF_NONE", "V1_DQF_RSQUASH"},
					new long[] {1L, 2L}),
			flags("flock_flags", new String[] {"LOCK_SH", "LOCK_EX", "LOCK_NB", "LOCK_UN", "LOCK_NONE"},
					new long[] {1L, 2L, 4L, 8L, 0L}),
			flags("semop_flags", new String[] {"IPC_NOWAIT", "SEM_UNDO"},
					new long[] {1L, 2L}),
			flags("semctl_commands", new String[] {"IPC_STAT", "IPC_SET", "IPC_RMID", "IPC_INFO", "SEM_INFO", "SEM_STAT", "GETALL", "GETNCNT", "GETPID", "GETVAL", "GETZCNT", "SETALL", "SETVAL"},
					new long[] {1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 1024L, 2048L, 4096L}),
			flags("mount_flags", new String[] {"RDONLY", "NOSUID", "NODEV", "NOEXEC", "SYNCHRONOUS", "REMOUNT", "MANDLOCK", "DIRSYNC", "NOATIME", "NODIRATIME", "BIND", "MOVE", "REC", "SILENT", "POSIXACL", "UNBINDABLE", "PRIVATE", "SLAVE", "SHARED", "RELATIME", "KERNMOUNT", "I_VERSION", "STRICTATIME", "LAZYTIME", "NOSEC", "BORN", "ACTIVE", "NOUSER"},
					new long[] {1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 1024L, 2048L, 4096L, 8192L, 16384L, 32768L, 65536L, 131072L, 262144L, 524288L, 1048576L, 2097152L, 4194304L, 8388608L, 16777216L, 33554432L, 268435456L, 536870912L, 1073741824L, 2147483648L}),
			flags("umount_flags", new String[] {"FORCE", "DETACH", "EXPIRE", "NOFOLLOW"},
					new long[] {1L, 2L, 4L, 8L}),
			flags("semget_flags", new String[] {"IPC_EXCL", "IPC_CREAT"},
					new long[] {16384L, 8192L}),
			flags("access_flags", new String[] {"F_OK", "R_OK", "W_OK", "X_OK"},
					new long[] {0L, 4L, 2L, 1L}),
			flags("pf_flags", new String[] {"PROTECTION_VIOLATION", "PAGE_NOT_PRESENT", "WRITE_ACCESS", "READ_ACCESS", "USER_FAULT", "SUPERVISOR_FAULT", "RESERVED_PAGE", "INSTRUCTION_FETCH"},
					new long[] {1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L}),
			flags("execve_flags", new String[] {"EXE_WRITABLE", "EXE_UPPER_LAYER", "EXE_FROM_MEMFD", "EXE_LOWER_LAYER"},
					new long[] {1L, 2L, 4L, 8L}),
			flags("unlinkat_flags", new String[] {"AT_REMOVEDIR"},
					new long[] {512L}),
			flags("linkat_flags", new String[] {"AT_SYMLINK_FOLLOW", "AT_EMPTY_PATH"},
					new long[] {1024L, 4096L}),
			flags("chmod_mode", new String[] {"S_IXOTH", "S_IWOTH", "S_IROTH", "S_IXGRP", "S_IWGRP", "S_IRGRP", "S_IXUSR", "S_IWUSR", "S_IRUSR", "S_ISVTX", "S_ISGID", "S_ISUID"},
					new long[] {1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 1024L, 2048L}),
			flags("renameat2_flags", new String[] {"RENAME_NOREPLACE", "RENAME_EXCHANGE", "RENAME_WHITEOUT"},
					new long[] {1L, 2L, 4L}),
			flags("openat2_flags", new String[] {"RESOLVE_BENEATH", "RESOLVE_IN_ROOT", "RESOLVE_NO_MAGICLINKS", "RESOLVE_NO_SYMLINKS", "RESOLVE_NO_XDEV", "RESOLVE_CACHED"},
					new long[] {1L, 2L, 4L, 8L, 16L, 32L}),
			flags("execveat_flags", new String[] {"AT_EMPTY_PATH", "AT_SYMLINK_NOFOLLOW"},
					new long[] {1L, 2L}),
			flags("io_uring_setup_flags", new String[] {"IORING_SETUP_IOPOLL", "IORING_SETUP_SQPOLL", "IORING_SQ_NEED_WAKEUP", "IORING_SETUP_SQ_AFF", "IORING_SETUP_CQSIZE", "IORING_SETUP_CLAMP", "IORING_SETUP_ATTACH_RW", "IORING_SETUP_R_DISABLED"},
					new long[] {1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L}),
			flags("io_uring_setup_feats", new String[] {"IORING_FEAT_SINGLE_MMAP", "IORING_FEAT_NODROP", "IORING_FEAT_SUBMIT_STABLE", "IORING_FEAT_RW_CUR_POS", "IORING_FEAT_CUR_PERSONALITY", "IORING_FEAT_FAST_POLL", "IORING_FEAT_POLL_32BITS", "IORING_FEAT_SQPOLL_NONFIXED", "IORING_FEAT_ENTER_EXT_ARG", "IORING_FEAT_NATIVE_WORKERS", "IORING_FEAT_RSRC_TAGS"},
					new long[] {1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 1024L}),
			flags("io_uring_enter_flags", new String[] {"IORING_ENTER_GETEVENTS", "IORING_ENTER_SQ_WAKEUP", "IORING_ENTER_SQ_WAIT", "IORING_ENTER_EXT_ARG"},
					new long[] {1L, 2L, 4L, 8L}),
			flags("io_uring_register_opcodes", new String[] {"IORING_REGISTER_BUFFERS", "IORING_UNREGISTER_BUFFERS", "IORING_REGISTER_FILES", "IORING_UNREGISTER_FILES", "IORING_REGISTER_EVENTFD", "IORING_UNREGISTER_EVENTFD", "IORING_REGISTER_FILES_UPDATE", "IORING_REGISTER_EVENTFD_ASYNC", "IORING_REGISTER_PROBE", "IORING_REGISTER_PERSONALITY", "IORING_UNREGISTER_PERSONALITY", "IORING_REGISTER_RESTRICTIONS", "IORING_REGISTER_ENABLE_RINGS", "IORING_REGISTER_FILES2", "IORING_REGISTER_FILES_UPDATE2", "IORING_REGISTER_BUFFERS2", "IORING_REGISTER_BUFFERS_UPDATE", "IORING_REGISTER_IOWQ_AFF", "IORING_UNREGISTER_IOWQ_AFF", "IORING_REGISTER_IOWQ_MAX_WORKERS", "IORING_REGISTER_RING_FDS", "IORING_UNREGISTER_RING_FDS"},
					new long[] {0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L}),
			flags("mlockall_flags", new String[] {"MCL_CURRENT", "MCL_FUTURE", "MCL_ONFAULT"},
					new long[] {1L, 2L, 4L}),
			flags("bpf_commands", new String[] {"BPF_MAP_CREATE", "BPF_MAP_LOOKUP_ELEM", "BPF_MAP_UPDATE_ELEM", "BPF_MAP_DELETE_ELEM", "BPF_MAP_GET_NEXT_KEY", "BPF_PROG_LOAD", "BPF_OBJ_PIN", "BPF_OBJ_GET", "BPF_PROG_ATTACH", "BPF_PROG_DETACH", "BPF_PROG_TEST_RUN", "BPF_PROG_RUN", "BPF_PROG_GET_NEXT_ID", "BPF_MAP_GET_NEXT_ID", "BPF_PROG_GET_FD_BY_ID", "BPF_MAP_GET_FD_BY_ID", "BPF_OBJ_GET_INFO_BY_FD", "BPF_PROG_QUERY", "BPF_RAW_TRACEPOINT_OPEN", "BPF_BTF_LOAD", "BPF_BTF_GET_FD_BY_ID", "BPF_TASK_FD_QUERY", "BPF_MAP_LOOKUP_AND_DELETE_ELEM", "BPF_MAP_FREEZE", "BPF_BTF_GET_NEXT_ID", "BPF_MAP_LOOKUP_BATCH", "BPF_MAP_LOOKUP_AND_DELETE_BATCH", "BPF_MAP_UPDATE_BATCH", "BPF_MAP_DELETE_BATCH", "BPF_LINK_CREATE", "BPF_LINK_UPDATE", "BPF_LINK_GET_FD_BY_ID", "BPF_LINK_GET_NEXT_ID", "BPF_ENABLE_STATS", "BPF_ITER_CREATE", "BPF_LINK_DETACH", "BPF_PROG_BIND_MAP"},
					new long[] {0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L, 20L, 21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 29L, 30L, 31L, 32L, 33L, 34L, 35L}),
			flags("mlock2_flags", new String[] {"MLOCK_ONFAULT"},
					new long[] {1L}),
			flags("fsconfig_cmds", new String[] {"FSCONFIG_SET_FLAG", "FSCONFIG_SET_STRING", "FSCONFIG_SET_BINARY", "FSCONFIG_SET_PATH", "FSCONFIG_SET_PATH_EMPTY", "FSCONFIG_SET_FD", "FSCONFIG_CMD_CREATE", "FSCONFIG_CMD_RECONFIGURE"},
					new long[] {0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L}),
			flags("epoll_create1_flags", new String[] {"EPOLL_CLOEXEC"},
					new long[] {1L}),
			flags("fchownat_flags", new String[] {"AT_SYMLINK_NOFOLLOW", "AT_EMPTY_PATH"},
					new long[] {1024L, 4096L}),
			flags("prctl_options", new String[] {"PR_GET_DUMPABLE", "PR_SET_DUMPABLE", "PR_GET_KEEPCAPS", "PR_SET_KEEPCAPS", "PR_SET_NAME", "PR_GET_NAME", "PR_GET_SECCOMP", "PR_SET_SECCOMP", "PR_CAPBSET_READ", "PR_CAPBSET_DROP", "PR_GET_SECUREBITS", "PR_SET_SECUREBITS", "PR_MCE_KILL", "PR_MCE_KILL", "PR_SET_MM", "PR_SET_CHILD_SUBREAPER", "PR_GET_CHILD_SUBREAPER", "PR_SET_NO_NEW_PRIVS", "PR_GET_NO_NEW_PRIVS", "PR_GET_TID_ADDRESS", "PR_SET_THP_DISABLE", "PR_GET_THP_DISABLE", "PR_CAP_AMBIENT"},
					new long[] {3L, 4L, 7L, 8L, 15L, 16L, 21L, 22L, 23L, 24L, 27L, 28L, 33L, 33L, 35L, 36L, 37L, 38L, 39L, 40L, 41L, 42L, 47L}),
			flags("memfd_create_flags", new String[] {"MFD_CLOEXEC", "MFD_ALLOW_SEALING", "MFD_HUGETLB"},
					new long[] {1L, 2L, 4L}),
			flags("pidfd_open_flags", new String[] {"PIDFD_NONBLOCK"},
					new long[] {1L}),
			flags("finit_module_flags", new String[] {"MODULE_INIT_IGNORE_MODVERSIONS", "MODULE_INIT_IGNORE_VERMAGIC", "MODULE_INIT_COMPRESSED_FILE"},
					new long[] {1L, 2L, 4L}),
			flags("mknod_mode", new String[] {"S_IXOTH", "S_IWOTH", "S_IROTH", "S_IXGRP", "S_IWGRP", "S_IRGRP", "S_IXUSR", "S_IWUSR", "S_IRUSR", "S_ISVTX", "S_ISGID", "S_ISUID", "S_IFREG", "S_IFCHR", "S_IFBLK", "S_IFIFO", "S_IFSOCK"},
					new long[] {1L, 2L, 4L, 8L, 16L, 32L, 64L, 128L, 256L, 512L, 1024L, 2048L, 32768L, 8192L, 24576L, 4096L, 49152L}),
			flags("newfstatat_flags", new String[] {"AT_EMPTY_PATH", "AT_NO_AUTOMOUNT", "AT_SYMLINK_NOFOLLOW"},
					new long[] {4096L, 2048L, 256L}),
			flags("delete_module_flags", new String[] {"O_NONBLOCK", "O_TRUNC"},
					new long[] {2L, 1L}),
			flags("anon_inode_fd_types", new String[] {"ANON_INODE_FD_TYPE_UNKNOWN", "ANON_INODE_FD_TYPE_EVENTFD", "ANON_INODE_FD_TYPE_EVENTPOLL", "ANON_INODE_FD_TYPE_INOTIFY", "ANON_INODE_FD_TYPE_SIGNALFD", "ANON_INODE_FD_TYPE_TIMERFD", "ANON_INODE_FD_TYPE_IO_URING", "ANON_INODE_FD_TYPE_USERFAULTFD", "ANON_INODE_FD_TYPE_PIDFD", "ANON_INODE_FD_TYPE_BPF_MAP", "ANON_INODE_FD_TYPE_BPF_PROG", "ANON_INODE_FD_TYPE_BPF_LINK", "ANON_INODE_FD_TYPE_PERF_EVENT", "ANON_INODE_FD_TYPE_DMABUF"},
					new long[] {0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L}),
		};
	}

	private static ParamInfo[][] dynamicTables() {
		return new ParamInfo[][] {
			{p("", ParamType.BYTEBUF, PrintFormat.HEX), p("", ParamType.ERRNO, PrintFormat.DEC), p("", ParamType.UINT32, PrintFormat.DEC), p("", ParamType.UINT64, PrintFormat.DEC), p("", ParamType.RELTIME, PrintFormat.DEC)},
			{p("", ParamType.UINT64, PrintFormat.HEX), p("", ParamType.SIGTYPE, PrintFormat.DEC)},
			{p("", ParamType.FD, PrintFormat.DEC), p("", ParamType.ERRNO, PrintFormat.DEC)},
		};
	}

	private static ParamInfo[] params(FlagTable[] f, ParamInfo[][] d) {
		return new ParamInfo[] {
			p("ID", ParamType.SYSCALLID, PrintFormat.DEC),
			p("nativeID", ParamType.UINT16, PrintFormat.DEC),
			p("name", ParamType.FSPATH, PrintFormat.NA),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[0], null, -1),
			p("mode", ParamType.UINT32, PrintFormat.OCT),
			p("fd", ParamType.FD, PrintFormat.DEC),
			p("dev", ParamType.UINT32, PrintFormat.HEX),
			p("ino", ParamType.UINT64, PrintFormat.DEC),
			p("res", ParamType.ERRNO, PrintFormat.DEC),
			p("size", ParamType.UINT32, PrintFormat.DEC),
			p("data", ParamType.BYTEBUF, PrintFormat.NA),
			p("res", ParamType.UINT64, PrintFormat.HEX),
			p("exe", ParamType.CHARBUF, PrintFormat.NA),
			p("args", ParamType.BYTEBUF, PrintFormat.NA),
			p("tid", ParamType.PID, PrintFormat.DEC),
			p("pid", ParamType.PID, PrintFormat.DEC),
			p("ptid", ParamType.PID, PrintFormat.DEC),
			p("cwd", ParamType.CHARBUF, PrintFormat.NA),
			p("fdlimit", ParamType.UINT64, PrintFormat.DEC),
			p("res", ParamType.PID, PrintFormat.DEC),
			p("fdlimit", ParamType.INT64, PrintFormat.DEC),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[1], null, -1),
			p("uid", ParamType.UINT32, PrintFormat.DEC),
			p("gid", ParamType.UINT32, PrintFormat.DEC),
			p("domain", ParamType.ENUMFLAGS32, PrintFormat.DEC, f[2], null, -1),
			p("type", ParamType.UINT32, PrintFormat.DEC),
			p("proto", ParamType.UINT32, PrintFormat.DEC),
			p("addr", ParamType.SOCKADDR, PrintFormat.NA),
			p("tuple", ParamType.SOCKTUPLE, PrintFormat.NA),
			p("backlog", ParamType.INT32, PrintFormat.DEC),
			p("queuepct", ParamType.UINT8, PrintFormat.DEC),
			p("how", ParamType.ENUMFLAGS8, PrintFormat.HEX, f[3], null, -1),
			p("fd1", ParamType.FD, PrintFormat.DEC),
			p("fd2", ParamType.FD, PrintFormat.DEC),
			p("source", ParamType.UINT64, PrintFormat.HEX),
			p("peer", ParamType.UINT64, PrintFormat.HEX),
			p("level", ParamType.ENUMFLAGS8, PrintFormat.DEC, f[4], null, -1),
			p("optname", ParamType.ENUMFLAGS8, PrintFormat.DEC, f[5], null, -1),
			p("val", ParamType.DYN, PrintFormat.DEC, null, d[0], -1),
			p("optlen", ParamType.UINT32, PrintFormat.DEC),
			p("msgcontrol", ParamType.BYTEBUF, PrintFormat.NA),
			p("flags", ParamType.INT32, PrintFormat.HEX),
			p("creat_flags", ParamType.FLAGS16, PrintFormat.HEX, f[6], null, -1),
			p("initval", ParamType.UINT64, PrintFormat.DEC),
			p("flags", ParamType.UINT32, PrintFormat.HEX),
			p("res", ParamType.FD, PrintFormat.DEC),
			p("addr", ParamType.UINT64, PrintFormat.HEX),
			p("op", ParamType.FLAGS16, PrintFormat.HEX, f[7], null, -1),
			p("val", ParamType.UINT64, PrintFormat.DEC),
			p("path", ParamType.FSPATH, PrintFormat.NA),
			p("fd", ParamType.FD, PrintFormat.NA),
			p("maxevents", ParamType.ERRNO, PrintFormat.DEC),
			p("fds", ParamType.FDLIST, PrintFormat.DEC),
			p("timeout", ParamType.INT64, PrintFormat.DEC),
			p("offset", ParamType.UINT64, PrintFormat.DEC),
			p("whence", ParamType.ENUMFLAGS8, PrintFormat.DEC, f[8], null, -1),
			p("request", ParamType.UINT64, PrintFormat.HEX),
			p("path", ParamType.CHARBUF, PrintFormat.NA),
			p("mode", ParamType.UINT32, PrintFormat.HEX),
			p("dirfd", ParamType.FD, PrintFormat.DEC),
			p("name", ParamType.CHARBUF, PrintFormat.NA),
			p("oldpath", ParamType.FSPATH, PrintFormat.NA),
			p("newpath", ParamType.FSPATH, PrintFormat.NA),
			p("olddir", ParamType.FD, PrintFormat.DEC),
			p("oldpath", ParamType.CHARBUF, PrintFormat.NA),
			p("newdir", ParamType.FD, PrintFormat.DEC),
			p("newpath", ParamType.CHARBUF, PrintFormat.NA),
			p("pos", ParamType.UINT64, PrintFormat.DEC),
			p("mask", ParamType.UINT32, PrintFormat.HEX),
			p("flags", ParamType.UINT8, PrintFormat.HEX),
			p("sig", ParamType.SIGTYPE, PrintFormat.DEC),
			p("interval", ParamType.RELTIME, PrintFormat.DEC),
			p("clockid", ParamType.UINT8, PrintFormat.DEC),
			p("resource", ParamType.ENUMFLAGS8, PrintFormat.DEC, f[9], null, -1),
			p("cur", ParamType.INT64, PrintFormat.DEC),
			p("max", ParamType.INT64, PrintFormat.DEC),
			p("newcur", ParamType.INT64, PrintFormat.DEC),
			p("newmax", ParamType.INT64, PrintFormat.DEC),
			p("oldcur", ParamType.INT64, PrintFormat.DEC),
			p("oldmax", ParamType.INT64, PrintFormat.DEC),
			p("pid", ParamType.INT64, PrintFormat.DEC),
			p("next", ParamType.PID, PrintFormat.DEC),
			p("ratio", ParamType.UINT32, PrintFormat.DEC),
			p("cmd", ParamType.ENUMFLAGS8, PrintFormat.DEC, f[10], null, -1),
			p("pgft_maj", ParamType.UINT64, PrintFormat.DEC),
			p("pgft_min", ParamType.UINT64, PrintFormat.DEC),
			p("vm_size", ParamType.UINT32, PrintFormat.DEC),
			p("vm_rss", ParamType.UINT32, PrintFormat.DEC),
			p("vm_swap", ParamType.UINT32, PrintFormat.DEC),
			p("length", ParamType.UINT64, PrintFormat.DEC),
			p("prot", ParamType.FLAGS32, PrintFormat.HEX, f[11], null, -1),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[12], null, -1),
			p("res", ParamType.ERRNO, PrintFormat.HEX),
			p("pgoffset", ParamType.UINT64, PrintFormat.DEC),
			p("fd_in", ParamType.FD, PrintFormat.DEC),
			p("fd_out", ParamType.FD, PrintFormat.DEC),
			p("size", ParamType.UINT64, PrintFormat.DEC),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[13], null, -1),
			p("request", ParamType.ENUMFLAGS16, PrintFormat.DEC, f[14], null, -1),
			p("addr", ParamType.DYN, PrintFormat.HEX, null, d[1], -1),
			p("data", ParamType.DYN, PrintFormat.HEX, null, d[1], -1),
			p("argument", ParamType.UINT64, PrintFormat.HEX),
			p("env", ParamType.BYTEBUF, PrintFormat.NA),
			p("olddirfd", ParamType.FD, PrintFormat.DEC),
			p("oldpath", ParamType.FSRELPATH, PrintFormat.NA, null, null, 1),
			p("newdirfd", ParamType.FD, PrintFormat.DEC),
			p("newpath", ParamType.FSRELPATH, PrintFormat.NA, null, null, 3),
			p("target", ParamType.CHARBUF, PrintFormat.NA),
			p("linkpath", ParamType.FSPATH, PrintFormat.NA),
			p("linkdirfd", ParamType.FD, PrintFormat.DEC),
			p("linkpath", ParamType.FSRELPATH, PrintFormat.NA, null, null, 2),
			p("status", ParamType.ERRNO, PrintFormat.DEC),
			p("ret", ParamType.ERRNO, PrintFormat.DEC),
			p("core", ParamType.UINT8, PrintFormat.DEC),
			p("reaper_tid", ParamType.PID, PrintFormat.DEC),
			p("out_fd", ParamType.FD, PrintFormat.DEC),
			p("in_fd", ParamType.FD, PrintFormat.DEC),
			p("cmd", ParamType.FLAGS16, PrintFormat.DEC, f[15], null, -1),
			p("type", ParamType.FLAGS8, PrintFormat.DEC, f[16], null, -1),
			p("id", ParamType.UINT32, PrintFormat.DEC),
			p("quota_fmt", ParamType.FLAGS8, PrintFormat.DEC, f[17], null, -1),
			p("special", ParamType.CHARBUF, PrintFormat.NA),
			p("quotafilepath", ParamType.CHARBUF, PrintFormat.NA),
			p("dqb_bhardlimit", ParamType.UINT64, PrintFormat.DEC),
			p("dqb_bsoftlimit", ParamType.UINT64, PrintFormat.DEC),
			p("dqb_curspace", ParamType.UINT64, PrintFormat.DEC),
			p("dqb_ihardlimit", ParamType.UINT64, PrintFormat.DEC),
			p("dqb_isoftlimit", ParamType.UINT64, PrintFormat.DEC),
			p("dqb_btime", ParamType.RELTIME, PrintFormat.DEC),
			p("dqb_itime", ParamType.RELTIME, PrintFormat.DEC),
			p("dqi_bgrace", ParamType.RELTIME, PrintFormat.DEC),
			p("dqi_igrace", ParamType.RELTIME, PrintFormat.DEC),
			p("dqi_flags", ParamType.FLAGS8, PrintFormat.DEC, f[18], null, -1),
			p("quota_fmt_out", ParamType.FLAGS8, PrintFormat.DEC, f[17], null, -1),
			p("ruid", ParamType.UID, PrintFormat.DEC),
			p("euid", ParamType.UID, PrintFormat.DEC),
			p("suid", ParamType.UID, PrintFormat.DEC),
			p("rgid", ParamType.GID, PrintFormat.DEC),
			p("egid", ParamType.GID, PrintFormat.DEC),
			p("sgid", ParamType.GID, PrintFormat.DEC),
			p("event_type", ParamType.UINT32, PrintFormat.DEC),
			p("event_data", ParamType.UINT64, PrintFormat.DEC),
			p("uid", ParamType.UID, PrintFormat.DEC),
			p("gid", ParamType.GID, PrintFormat.DEC),
			p("comm", ParamType.CHARBUF, PrintFormat.NA),
			p("cgroups", ParamType.BYTEBUF, PrintFormat.NA),
			p("vtid", ParamType.PID, PrintFormat.DEC),
			p("vpid", ParamType.PID, PrintFormat.DEC),
			p("pidns_init_start_ts", ParamType.UINT64, PrintFormat.DEC),
			p("id", ParamType.CHARBUF, PrintFormat.NA),
			p("image", ParamType.CHARBUF, PrintFormat.NA),
			p("spid", ParamType.PID, PrintFormat.DEC),
			p("dpid", ParamType.PID, PrintFormat.DEC),
			p("cpu_usr", ParamType.UINT64, PrintFormat.DEC),
			p("cpu_sys", ParamType.UINT64, PrintFormat.DEC),
			p("nstype", ParamType.FLAGS32, PrintFormat.HEX, f[1], null, -1),
			p("operation", ParamType.FLAGS32, PrintFormat.HEX, f[19], null, -1),
			p("cpu", ParamType.UINT32, PrintFormat.DEC),
			p("action", ParamType.UINT32, PrintFormat.DEC),
			p("queuelen", ParamType.UINT32, PrintFormat.DEC),
			p("queuemax", ParamType.UINT32, PrintFormat.DEC),
			p("semid", ParamType.INT32, PrintFormat.DEC),
			p("nsops", ParamType.UINT32, PrintFormat.DEC),
			p("sem_num_0", ParamType.UINT16, PrintFormat.DEC),
			p("sem_op_0", ParamType.INT16, PrintFormat.DEC),
			p("sem_flg_0", ParamType.FLAGS16, PrintFormat.HEX, f[20], null, -1),
			p("sem_num_1", ParamType.UINT16, PrintFormat.DEC),
			p("sem_op_1", ParamType.INT16, PrintFormat.DEC),
			p("sem_flg_1", ParamType.FLAGS16, PrintFormat.HEX, f[20], null, -1),
			p("semnum", ParamType.INT32, PrintFormat.DEC),
			p("cmd", ParamType.FLAGS16, PrintFormat.HEX, f[21], null, -1),
			p("val", ParamType.INT32, PrintFormat.DEC),
			p("timeout", ParamType.RELTIME, PrintFormat.DEC),
			p("sigmask", ParamType.SIGSET, PrintFormat.DEC),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[22], null, -1),
			p("dev", ParamType.CHARBUF, PrintFormat.NA),
			p("dir", ParamType.FSPATH, PrintFormat.NA),
			p("type", ParamType.CHARBUF, PrintFormat.NA),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[23], null, -1),
			p("json", ParamType.CHARBUF, PrintFormat.NA),
			p("key", ParamType.INT32, PrintFormat.HEX),
			p("nsems", ParamType.INT32, PrintFormat.DEC),
			p("semflg", ParamType.FLAGS32, PrintFormat.HEX, f[24], null, -1),
			p("mode", ParamType.FLAGS32, PrintFormat.HEX, f[25], null, -1),
			p("id", ParamType.INT64, PrintFormat.DEC),
			p("tags", ParamType.CHARBUFARRAY, PrintFormat.NA),
			p("args", ParamType.CHARBUF_PAIR_ARRAY, PrintFormat.NA),
			p("id", ParamType.CHARBUF, PrintFormat.DEC),
			p("desc", ParamType.CHARBUF, PrintFormat.NA),
			p("tty", ParamType.INT32, PrintFormat.DEC),
			p("source", ParamType.CHARBUF, PrintFormat.DEC),
			p("description", ParamType.CHARBUF, PrintFormat.NA),
			p("scope", ParamType.CHARBUF, PrintFormat.NA),
			p("filename", ParamType.FSPATH, PrintFormat.NA),
			p("ip", ParamType.UINT64, PrintFormat.HEX),
			p("error", ParamType.FLAGS32, PrintFormat.HEX, f[26], null, -1),
			p("tty", ParamType.UINT32, PrintFormat.DEC),
			p("vpgid", ParamType.PID, PrintFormat.DEC),
			p("loginuid", ParamType.UID, PrintFormat.DEC),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[27], null, -1),
			p("cap_inheritable", ParamType.UINT64, PrintFormat.HEX),
			p("cap_permitted", ParamType.UINT64, PrintFormat.HEX),
			p("cap_effective", ParamType.UINT64, PrintFormat.HEX),
			p("exe_ino", ParamType.UINT64, PrintFormat.DEC),
			p("exe_ino_ctime", ParamType.ABSTIME, PrintFormat.DEC),
			p("exe_ino_mtime", ParamType.ABSTIME, PrintFormat.DEC),
			p("trusted_exepath", ParamType.FSPATH, PrintFormat.NA),
			p("pgid", ParamType.PID, PrintFormat.NA),
			p("pgid", ParamType.PID, PrintFormat.DEC),
			p("cmd", ParamType.INT64, PrintFormat.DEC),
			p("res_or_fd", ParamType.DYN, PrintFormat.DEC, null, d[2], -1),
			p("op", ParamType.UINT64, PrintFormat.DEC),
			p("flags", ParamType.UINT64, PrintFormat.HEX),
			p("name", ParamType.FSRELPATH, PrintFormat.NA, null, null, 1),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[28], null, -1),
			p("path", ParamType.FSRELPATH, PrintFormat.NA, null, null, 1),
			p("name", ParamType.FSRELPATH, PrintFormat.NA, null, null, 0),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[29], null, -1),
			p("filename", ParamType.FSRELPATH, PrintFormat.NA, null, null, 1),
			p("mode", ParamType.MODE, PrintFormat.OCT, f[30], null, -1),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[31], null, -1),
			p("plugin_id", ParamType.UINT32, PrintFormat.DEC),
			p("event_data", ParamType.BYTEBUF, PrintFormat.NA),
			p("resolve", ParamType.FLAGS32, PrintFormat.HEX, f[32], null, -1),
			p("pathname", ParamType.FSRELPATH, PrintFormat.NA, null, null, 0),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[33], null, -1),
			p("fdin", ParamType.FD, PrintFormat.DEC),
			p("offin", ParamType.UINT64, PrintFormat.DEC),
			p("len", ParamType.UINT64, PrintFormat.DEC),
			p("fdout", ParamType.FD, PrintFormat.DEC),
			p("offout", ParamType.UINT64, PrintFormat.DEC),
			p("mountfd", ParamType.FD, PrintFormat.DEC),
			p("entries", ParamType.UINT32, PrintFormat.DEC),
			p("sq_entries", ParamType.UINT32, PrintFormat.DEC),
			p("cq_entries", ParamType.UINT32, PrintFormat.DEC),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[34], null, -1),
			p("sq_thread_cpu", ParamType.UINT32, PrintFormat.DEC),
			p("sq_thread_idle", ParamType.UINT32, PrintFormat.DEC),
			p("features", ParamType.FLAGS32, PrintFormat.HEX, f[35], null, -1),
			p("to_submit", ParamType.UINT32, PrintFormat.DEC),
			p("min_complete", ParamType.UINT32, PrintFormat.DEC),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[36], null, -1),
			p("sig", ParamType.SIGSET, PrintFormat.DEC),
			p("opcode", ParamType.ENUMFLAGS16, PrintFormat.DEC, f[37], null, -1),
			p("arg", ParamType.UINT64, PrintFormat.HEX),
			p("nr_args", ParamType.UINT32, PrintFormat.DEC),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[38], null, -1),
			p("home", ParamType.CHARBUF, PrintFormat.NA),
			p("shell", ParamType.CHARBUF, PrintFormat.NA),
			p("container_id", ParamType.CHARBUF, PrintFormat.NA),
			p("oldfd", ParamType.FD, PrintFormat.DEC),
			p("newfd", ParamType.FD, PrintFormat.DEC),
			p("cmd", ParamType.ENUMFLAGS32, PrintFormat.DEC, f[39], null, -1),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[40], null, -1),
			p("cmd", ParamType.ENUMFLAGS32, PrintFormat.DEC, f[41], null, -1),
			p("key", ParamType.CHARBUF, PrintFormat.NA),
			p("value_bytebuf", ParamType.BYTEBUF, PrintFormat.NA),
			p("value_charbuf", ParamType.CHARBUF, PrintFormat.NA),
			p("aux", ParamType.INT32, PrintFormat.DEC),
			p("size", ParamType.INT32, PrintFormat.DEC),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[42], null, -1),
			p("pathname", ParamType.FSRELPATH, PrintFormat.NA, null, null, 1),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[43], null, -1),
			p("flags", ParamType.FLAGS16, PrintFormat.HEX, f[0], null, -1),
			p("option", ParamType.ENUMFLAGS32, PrintFormat.DEC, f[44], null, -1),
			p("arg2_str", ParamType.CHARBUF, PrintFormat.NA),
			p("arg2_int", ParamType.INT64, PrintFormat.DEC),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[45], null, -1),
			p("pid_fd", ParamType.FD, PrintFormat.DEC),
			p("target_fd", ParamType.FD, PrintFormat.DEC),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[46], null, -1),
			p("img", ParamType.BYTEBUF, PrintFormat.NA),
			p("uargs", ParamType.CHARBUF, PrintFormat.NA),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[47], null, -1),
			p("mode", ParamType.MODE, PrintFormat.OCT, f[48], null, -1),
			p("dev", ParamType.UINT32, PrintFormat.DEC),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[49], null, -1),
			p("res", ParamType.INT64, PrintFormat.DEC),
			p("flags", ParamType.FLAGS32, PrintFormat.HEX, f[50], null, -1),
			p("rgid", ParamType.UID, PrintFormat.DEC),
			p("egid", ParamType.UID, PrintFormat.DEC),
			p("tgid", ParamType.PID, PrintFormat.DEC),
			p("ppid", ParamType.PID, PrintFormat.DEC),
			p("sid", ParamType.PID, PrintFormat.DEC),
			p("argv", ParamType.CHARBUFARRAY, PrintFormat.NA),
			p("exepath", ParamType.FSPATH, PrintFormat.NA),
			p("env", ParamType.CHARBUFARRAY, PrintFormat.NA),
			p("exe_ino_num", ParamType.UINT64, PrintFormat.DEC),
			p("vtgid", ParamType.PID, PrintFormat.DEC),
			p("cgroups", ParamType.CHARBUFARRAY, PrintFormat.NA),
			p("root", ParamType.FSPATH, PrintFormat.NA),
			p("sk_type", ParamType.UINT16, PrintFormat.DEC),
			p("sk_proto", ParamType.UINT16, PrintFormat.DEC),
			p("local_ip", ParamType.IPV4ADDR, PrintFormat.HEX),
			p("local_port", ParamType.PORT, PrintFormat.HEX),
			p("remote_ip", ParamType.IPV4ADDR, PrintFormat.HEX),
			p("remote_port", ParamType.PORT, PrintFormat.HEX),
			p("ino_num", ParamType.UINT64, PrintFormat.DEC),
			p("local_ip", ParamType.IPV6ADDR, PrintFormat.HEX),
			p("remote_ip", ParamType.IPV6ADDR, PrintFormat.HEX),
			p("sk_pointer", ParamType.UINT64, PrintFormat.NA),
			p("sun_path", ParamType.FSPATH, PrintFormat.NA),
			p("mnt_id", ParamType.UINT32, PrintFormat.DEC),
			p("fd_type", ParamType.FLAGS8, PrintFormat.DEC, f[51], null, -1),
		};
	}

	private static String[] syscallNames() {
		return new String[] {
			"<unknown>", "restart_syscall", "exit", "read", "write", "open", "close", "creat",
			"link", "unlink", "chdir", "time", "mknod", "chmod", "stat", "lseek",
			"getpid", "mount", "ptrace", "alarm", "fstat", "pause", "utime", "access",
			"sync", "kill", "rename", "mkdir", "rmdir", "dup", "pipe", "times",
			"brk", "acct", "ioctl", "fcntl", "setpgid", "umask", "chroot", "ustat",
			"dup2", "getppid", "getpgrp", "setsid", "sethostname", "setrlimit", "getrusage", "gettimeofday",
			"settimeofday", "symlink", "lstat", "readlink", "uselib", "swapon", "reboot", "mmap",
			"munmap", "truncate", "ftruncate", "fchmod", "getpriority", "setpriority", "statfs", "fstatfs",
			"syslog", "setitimer", "getitimer", "uname", "vhangup", "wait4", "swapoff", "sysinfo",
			"fsync", "setdomainname", "adjtimex", "mprotect", "init_module", "delete_module", "quotactl", "getpgid",
			"fchdir", "sysfs", "personality", "getdents", "select", "flock", "msync", "readv",
			"writev", "getsid", "fdatasync", "mlock", "munlock", "mlockall", "munlockall", "sched_setparam",
			"sched_getparam", "sched_setscheduler", "sched_getscheduler", "sched_yield", "sched_get_priority_max", "sched_get_priority_min", "sched_rr_get_interval", "nanosleep",
			"mremap", "poll", "prctl", "rt_sigaction", "rt_sigprocmask", "rt_sigpending", "rt_sigtimedwait", "rt_sigqueueinfo",
			"rt_sigsuspend", "getcwd", "capget", "capset", "sendfile", "getrlimit", "lchown", "getuid",
			"getgid", "geteuid", "getegid", "setreuid", "setregid", "getgroups", "setgroups", "fchown",
			"setresuid", "getresuid", "setresgid", "getresgid", "chown", "setuid", "setgid", "setfsuid",
			"setfsgid", "pivot_root", "mincore", "madvise", "gettid", "setxattr", "lsetxattr", "fsetxattr",
			"getxattr", "lgetxattr", "fgetxattr", "listxattr", "llistxattr", "flistxattr", "removexattr", "lremovexattr",
			"fremovexattr", "tkill", "futex", "sched_setaffinity", "sched_getaffinity", "set_thread_area", "get_thread_area", "io_setup",
			"io_destroy", "io_getevents", "io_submit", "io_cancel", "exit_group", "epoll_create", "epoll_ctl", "epoll_wait",
			"remap_file_pages", "set_tid_address", "timer_create", "timer_settime", "timer_gettime", "timer_getoverrun", "timer_delete", "clock_settime",
			"clock_gettime", "clock_getres", "clock_nanosleep", "tgkill", "utimes", "mq_open", "mq_unlink", "mq_timedsend",
			"mq_timedreceive", "mq_notify", "mq_getsetattr", "kexec_load", "waitid", "add_key", "request_key", "keyctl",
			"ioprio_set", "ioprio_get", "inotify_init", "inotify_add_watch", "inotify_rm_watch", "openat", "mkdirat", "mknodat",
			"fchownat", "futimesat", "unlinkat", "renameat", "linkat", "symlinkat", "readlinkat", "fchmodat",
			"faccessat", "pselect6", "ppoll", "unshare", "set_robust_list", "get_robust_list", "splice", "tee",
			"vmsplice", "getcpu", "epoll_pwait", "utimensat", "signalfd", "timerfd_create", "eventfd", "timerfd_settime",
			"timerfd_gettime", "signalfd4", "eventfd2", "epoll_create1", "dup3", "pipe2", "inotify_init1", "preadv",
			"pwritev", "rt_tgsigqueueinfo", "perf_event_open", "fanotify_init", "prlimit64", "clock_adjtime", "syncfs", "setns",
			"getdents64", "socket", "bind", "connect", "listen", "accept", "getsockname", "getpeername",
			"socketpair", "sendto", "recvfrom", "shutdown", "setsockopt", "getsockopt", "sendmsg", "sendmmsg",
			"recvmsg", "recvmmsg", "accept4", "semop", "semget", "semctl", "msgsnd", "msgrcv",
			"msgget", "msgctl", "shmdt", "shmget", "shmctl", "statfs64", "fstatfs64", "fstatat64",
			"sendfile64", "ugetrlimit", "bdflush", "sigprocmask", "ipc", "socketcall", "stat64", "lstat64",
			"fstat64", "fcntl64", "mmap2", "newselect", "sgetmask", "ssetmask", "sigpending", "olduname",
			"umount", "signal", "nice", "stime", "llseek", "waitpid", "pread64", "pwrite64",
			"arch_prctl", "shmat", "sigreturn", "fallocate", "newfstatat", "process_vm_readv", "process_vm_writev", "fork",
			"vfork", "setuid", "getuid", "setgid", "geteuid", "getgid", "setresuid", "setresgid",
			"getresuid", "getresgid", "finit_module", "bpf", "seccomp", "sigaltstack", "getrandom", "fadvise64",
			"renameat2", "userfaultfd", "openat2", "umount2", "execve", "execveat", "copy_file_range", "clone",
			"clone3", "open_by_handle_at", "io_uring_setup", "io_uring_enter", "io_uring_register", "mlock2", "getegid32", "fsconfig",
			"fspick", "fsmount", "fsopen", "open_tree", "move_mount", "mount_setattr", "memfd_create", "memfd_secret",
			"ioperm", "kexec_file_load", "pidfd_getfd", "pidfd_open", "pidfd_send_signal", "pkey_alloc", "pkey_mprotect", "pkey_free",
			"landlock_create_ruleset", "quotactl_fd", "landlock_restrict_self", "landlock_add_rule", "epoll_pwait2", "migrate_pages", "move_pages", "preadv2",
			"pwritev2", "kcmp", "sched_setattr", "mbind", "epoll_ctl_old", "lookup_dcookie", "modify_ldt", "statx",
			"set_mempolicy", "io_pgetevents", "set_mempolicy_home_node", "semtimedop", "get_kernel_syms", "readahead", "futex_waitv", "getpmsg",
			"name_to_handle_at", "process_mrelease", "nfsservctl", "epoll_wait_old", "rseq", "create_module", null, "sched_getattr",
			"faccessat2", "_sysctl", "query_module", "get_mempolicy", "sync_file_range", "process_madvise", "membarrier", "iopl",
			"close_range", "fanotify_mark", "recv", "send", "sched_process_exit", "sched_switch", "page_fault_user", "page_fault_kernel",
			"signal_deliver", "timerfd", "s390_pci_mmio_read", "sigaction", "s390_pci_mmio_write", "readdir", "s390_sthyi", "sigsuspend",
			"idle", "s390_runtime_instr", "sigreturn", "s390_guarded_storage", "cachestat", "fchmodat2", "map_shadow_stack", "riscv_flush_icache",
			"riscv_hwprobe", "futex_wake", "futex_requeue", "futex_wait", "oldstat", "switch_endian", "multiplexer", "oldlstat",
			"spu_create", "sync_file_range2", "oldfstat", "spu_run", "swapcontext", "pciconfig_write", "rtas", "pciconfig_read",
			"sys_debug_setcontext", "vm86", "oldolduname", "subpage_prot", "pciconfig_iobase", "listmount", "statmount", "lsm_get_self_attr",
			"lsm_set_self_attr", "lsm_list_modules", "mseal", "uretprobe", "removexattrat", "listxattrat", "getxattrat", "setxattrat",
			"open_tree_attr", "file_getattr", "file_setattr", "listns", "uprobe",
		};
	}

	private static void events0(EventInfo[] e, ParamInfo[] p) {
		e[0] = ev(0, "syscall", Direction.ENTER, EventCategory.OTHER, 4608, EventSource.SYSCALL, p[0], p[1]);
		e[1] = ev(1, "syscall", Direction.EXIT, EventCategory.OTHER, 4096, EventSource.SYSCALL, p[0], p[1]);
		e[2] = ev(2, "open", Direction.ENTER, EventCategory.FILE, 4129, EventSource.SYSCALL, p[2], p[3], p[4]);
		e[3] = ev(3, "open", Direction.EXIT, EventCategory.FILE, 4129, EventSource.SYSCALL, p[5], p[2], p[3], p[4], p[6], p[7]);
		e[4] = ev(4, "close", Direction.ENTER, EventCategory.IO_OTHER, 4646, EventSource.SYSCALL, p[5]);
		e[5] = ev(5, "close", Direction.EXIT, EventCategory.IO_OTHER, 4134, EventSource.SYSCALL, p[8], p[5]);
		e[6] = ev(6, "read", Direction.ENTER, EventCategory.IO_READ, 4620, EventSource.SYSCALL, p[5], p[9]);
		e[7] = ev(7, "read", Direction.EXIT, EventCategory.IO_READ, 4108, EventSource.SYSCALL, p[8], p[10], p[5], p[9]);
		e[8] = ev(8, "write", Direction.ENTER, EventCategory.IO_WRITE, 4628, EventSource.SYSCALL, p[5], p[9]);
		e[9] = ev(9, "write", Direction.EXIT, EventCategory.IO_WRITE, 4116, EventSource.SYSCALL, p[8], p[10], p[5], p[9]);
		e[10] = ev(10, "brk", Direction.ENTER, EventCategory.MEMORY, 4608, EventSource.SYSCALL, p[9]);
		e[11] = ev(11, "brk", Direction.EXIT, EventCategory.MEMORY, 4608, EventSource.SYSCALL, p[11]);
		e[12] = ev(12, "execve", Direction.ENTER, EventCategory.PROCESS, 4640, EventSource.SYSCALL);
		e[13] = ev(13, "execve", Direction.EXIT, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[8], p[12], p[13], p[14], p[15], p[16], p[17], p[18]);
		e[14] = ev(14, "clone", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[15] = ev(15, "clone", Direction.EXIT, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[19], p[12], p[13], p[14], p[15], p[16], p[17], p[20], p[21], p[22], p[23]);
		e[16] = ev(16, "procexit", Direction.ENTER, EventCategory.PROCESS, 4640, EventSource.TRACEPOINT);
		e[17] = ev(17, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[18] = ev(18, "socket", Direction.ENTER, EventCategory.NET, 4641, EventSource.SYSCALL, p[24], p[25], p[26]);
		e[19] = ev(19, "socket", Direction.EXIT, EventCategory.NET, 4129, EventSource.SYSCALL, p[5], p[24], p[25], p[26]);
		e[20] = ev(20, "bind", Direction.ENTER, EventCategory.NET, 4644, EventSource.SYSCALL, p[5]);
		e[21] = ev(21, "bind", Direction.EXIT, EventCategory.NET, 4132, EventSource.SYSCALL, p[8], p[27], p[5]);
		e[22] = ev(22, "connect", Direction.ENTER, EventCategory.NET, 4132, EventSource.SYSCALL, p[5], p[27]);
		e[23] = ev(23, "connect", Direction.EXIT, EventCategory.NET, 4132, EventSource.SYSCALL, p[8], p[28], p[5], p[27]);
		e[24] = ev(24, "listen", Direction.ENTER, EventCategory.NET, 4612, EventSource.SYSCALL, p[5], p[29]);
		e[25] = ev(25, "listen", Direction.EXIT, EventCategory.NET, 4100, EventSource.SYSCALL, p[8], p[5], p[29]);
		e[26] = ev(26, "accept", Direction.ENTER, EventCategory.NET, 545, EventSource.SYSCALL);
		e[27] = ev(27, "accept", Direction.EXIT, EventCategory.NET, 4641, EventSource.SYSCALL, p[5], p[28], p[30]);
		e[28] = ev(28, "send", Direction.ENTER, EventCategory.IO_WRITE, 4628, EventSource.SYSCALL, p[5], p[9]);
		e[29] = ev(29, "send", Direction.EXIT, EventCategory.IO_WRITE, 4116, EventSource.SYSCALL, p[8], p[10], p[5], p[9], p[28]);
		e[30] = ev(30, "sendto", Direction.ENTER, EventCategory.IO_WRITE, 4660, EventSource.SYSCALL, p[5], p[9], p[28]);
		e[31] = ev(31, "sendto", Direction.EXIT, EventCategory.IO_WRITE, 4148, EventSource.SYSCALL, p[8], p[10], p[5], p[9], p[28]);
		e[32] = ev(32, "recv", Direction.ENTER, EventCategory.IO_READ, 4620, EventSource.SYSCALL, p[5], p[9]);
		e[33] = ev(33, "recv", Direction.EXIT, EventCategory.IO_READ, 4108, EventSource.SYSCALL, p[8], p[10], p[5], p[9], p[28]);
		e[34] = ev(34, "recvfrom", Direction.ENTER, EventCategory.IO_READ, 4652, EventSource.SYSCALL, p[5], p[9]);
		e[35] = ev(35, "recvfrom", Direction.EXIT, EventCategory.IO_READ, 4140, EventSource.SYSCALL, p[8], p[10], p[28], p[5], p[9]);
		e[36] = ev(36, "shutdown", Direction.ENTER, EventCategory.NET, 4644, EventSource.SYSCALL, p[5], p[31]);
		e[37] = ev(37, "shutdown", Direction.EXIT, EventCategory.NET, 4132, EventSource.SYSCALL, p[8], p[5], p[31]);
		e[38] = ev(38, "getsockname", Direction.ENTER, EventCategory.NET, 512, EventSource.SYSCALL);
		e[39] = ev(39, "getsockname", Direction.EXIT, EventCategory.NET, 0, EventSource.SYSCALL);
		e[40] = ev(40, "getpeername", Direction.ENTER, EventCategory.NET, 512, EventSource.SYSCALL);
		e[41] = ev(41, "getpeername", Direction.EXIT, EventCategory.NET, 0, EventSource.SYSCALL);
		e[42] = ev(42, "socketpair", Direction.ENTER, EventCategory.IPC, 4641, EventSource.SYSCALL, p[24], p[25], p[26]);
		e[43] = ev(43, "socketpair", Direction.EXIT, EventCategory.IPC, 4129, EventSource.SYSCALL, p[8], p[32], p[33], p[34], p[35], p[24], p[25], p[26]);
		e[44] = ev(44, "setsockopt", Direction.ENTER, EventCategory.NET, 512, EventSource.SYSCALL);
		e[45] = ev(45, "setsockopt", Direction.EXIT, EventCategory.NET, 4, EventSource.SYSCALL, p[8], p[5], p[36], p[37], p[38], p[39]);
		e[46] = ev(46, "getsockopt", Direction.ENTER, EventCategory.NET, 544, EventSource.SYSCALL);
		e[47] = ev(47, "getsockopt", Direction.EXIT, EventCategory.NET, 36, EventSource.SYSCALL, p[8], p[5], p[36], p[37], p[38], p[39]);
		e[48] = ev(48, "sendmsg", Direction.ENTER, EventCategory.IO_WRITE, 4660, EventSource.SYSCALL, p[5], p[9], p[28]);
		e[49] = ev(49, "sendmsg", Direction.EXIT, EventCategory.IO_WRITE, 4148, EventSource.SYSCALL, p[8], p[10], p[5], p[9], p[28]);
		e[50] = ev(50, "sendmmsg", Direction.ENTER, EventCategory.IO_WRITE, 512, EventSource.SYSCALL);
		e[51] = ev(51, "sendmmsg", Direction.EXIT, EventCategory.IO_WRITE, 4148, EventSource.SYSCALL, p[8], p[5], p[9], p[10], p[28]);
		e[52] = ev(52, "recvmsg", Direction.ENTER, EventCategory.IO_READ, 4652, EventSource.SYSCALL, p[5]);
		e[53] = ev(53, "recvmsg", Direction.EXIT, EventCategory.IO_READ, 4140, EventSource.SYSCALL, p[8], p[9], p[10], p[28], p[40], p[5]);
		e[54] = ev(54, "recvmmsg", Direction.ENTER, EventCategory.IO_READ, 512, EventSource.SYSCALL);
		e[55] = ev(55, "recvmmsg", Direction.EXIT, EventCategory.IO_READ, 4140, EventSource.SYSCALL, p[8], p[5], p[9], p[10], p[28], p[40]);
		e[56] = ev(56, "accept", Direction.ENTER, EventCategory.NET, 4641, EventSource.SYSCALL, p[41]);
		e[57] = ev(57, "accept", Direction.EXIT, EventCategory.NET, 4641, EventSource.SYSCALL, p[5], p[28], p[30]);
		e[58] = ev(58, "creat", Direction.ENTER, EventCategory.FILE, 4129, EventSource.SYSCALL, p[2], p[4]);
		e[59] = ev(59, "creat", Direction.EXIT, EventCategory.FILE, 4129, EventSource.SYSCALL, p[5], p[2], p[4], p[6], p[7], p[42]);
		e[60] = ev(60, "pipe", Direction.ENTER, EventCategory.IPC, 545, EventSource.SYSCALL);
		e[61] = ev(61, "pipe", Direction.EXIT, EventCategory.IPC, 33, EventSource.SYSCALL, p[8], p[32], p[33], p[7]);
		e[62] = ev(62, "eventfd", Direction.ENTER, EventCategory.IPC, 4641, EventSource.SYSCALL, p[43], p[44]);
		e[63] = ev(63, "eventfd", Direction.EXIT, EventCategory.IPC, 4129, EventSource.SYSCALL, p[45], p[43], p[44]);
	}

	private static void events1(EventInfo[] e, ParamInfo[] p) {
		e[64] = ev(64, "futex", Direction.ENTER, EventCategory.IPC, 4608, EventSource.SYSCALL, p[46], p[47], p[48]);
		e[65] = ev(65, "futex", Direction.EXIT, EventCategory.IPC, 4096, EventSource.SYSCALL, p[8], p[46], p[47], p[48]);
		e[66] = ev(66, "stat", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[67] = ev(67, "stat", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[49]);
		e[68] = ev(68, "lstat", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[69] = ev(69, "lstat", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[49]);
		e[70] = ev(70, "fstat", Direction.ENTER, EventCategory.FILE, 4612, EventSource.SYSCALL, p[50]);
		e[71] = ev(71, "fstat", Direction.EXIT, EventCategory.FILE, 4100, EventSource.SYSCALL, p[8], p[50]);
		e[72] = ev(72, "stat64", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[73] = ev(73, "stat64", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[49]);
		e[74] = ev(74, "lstat64", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[75] = ev(75, "lstat64", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[49]);
		e[76] = ev(76, "fstat64", Direction.ENTER, EventCategory.FILE, 516, EventSource.SYSCALL, p[50]);
		e[77] = ev(77, "fstat64", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8]);
		e[78] = ev(78, "epoll_wait", Direction.ENTER, EventCategory.WAIT, 4736, EventSource.SYSCALL, p[51]);
		e[79] = ev(79, "epoll_wait", Direction.EXIT, EventCategory.WAIT, 4224, EventSource.SYSCALL, p[8], p[51]);
		e[80] = ev(80, "poll", Direction.ENTER, EventCategory.WAIT, 4736, EventSource.SYSCALL, p[52], p[53]);
		e[81] = ev(81, "poll", Direction.EXIT, EventCategory.WAIT, 4224, EventSource.SYSCALL, p[8], p[52], p[53]);
		e[82] = ev(82, "select", Direction.ENTER, EventCategory.WAIT, 640, EventSource.SYSCALL);
		e[83] = ev(83, "select", Direction.EXIT, EventCategory.WAIT, 128, EventSource.SYSCALL, p[8]);
		e[84] = ev(84, "select", Direction.ENTER, EventCategory.WAIT, 640, EventSource.SYSCALL);
		e[85] = ev(85, "select", Direction.EXIT, EventCategory.WAIT, 4736, EventSource.SYSCALL, p[8]);
		e[86] = ev(86, "lseek", Direction.ENTER, EventCategory.FILE, 4612, EventSource.SYSCALL, p[5], p[54], p[55]);
		e[87] = ev(87, "lseek", Direction.EXIT, EventCategory.FILE, 4100, EventSource.SYSCALL, p[8], p[5], p[54], p[55]);
		e[88] = ev(88, "llseek", Direction.ENTER, EventCategory.FILE, 4612, EventSource.SYSCALL, p[5], p[54], p[55]);
		e[89] = ev(89, "llseek", Direction.EXIT, EventCategory.FILE, 4100, EventSource.SYSCALL, p[8], p[5], p[54], p[55]);
		e[90] = ev(90, "ioctl", Direction.ENTER, EventCategory.IO_OTHER, 4612, EventSource.SYSCALL, p[5], p[56]);
		e[91] = ev(91, "ioctl", Direction.EXIT, EventCategory.IO_OTHER, 4612, EventSource.SYSCALL, p[8]);
		e[92] = ev(92, "getcwd", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[93] = ev(93, "getcwd", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[57]);
		e[94] = ev(94, "chdir", Direction.ENTER, EventCategory.FILE, 544, EventSource.SYSCALL);
		e[95] = ev(95, "chdir", Direction.EXIT, EventCategory.FILE, 32, EventSource.SYSCALL, p[8], p[57]);
		e[96] = ev(96, "fchdir", Direction.ENTER, EventCategory.FILE, 4644, EventSource.SYSCALL, p[50]);
		e[97] = ev(97, "fchdir", Direction.EXIT, EventCategory.FILE, 4132, EventSource.SYSCALL, p[8], p[50]);
		e[98] = ev(98, "mkdir", Direction.ENTER, EventCategory.FILE, 4608, EventSource.SYSCALL, p[49], p[58]);
		e[99] = ev(99, "mkdir", Direction.EXIT, EventCategory.FILE, 4608, EventSource.SYSCALL, p[8]);
		e[100] = ev(100, "rmdir", Direction.ENTER, EventCategory.FILE, 4608, EventSource.SYSCALL, p[49]);
		e[101] = ev(101, "rmdir", Direction.EXIT, EventCategory.FILE, 4608, EventSource.SYSCALL, p[8]);
		e[102] = ev(102, "openat", Direction.ENTER, EventCategory.FILE, 4641, EventSource.SYSCALL, p[59], p[60], p[3], p[4]);
		e[103] = ev(103, "openat", Direction.EXIT, EventCategory.FILE, 4641, EventSource.SYSCALL, p[5]);
		e[104] = ev(104, "link", Direction.ENTER, EventCategory.FILE, 4608, EventSource.SYSCALL, p[61], p[62]);
		e[105] = ev(105, "link", Direction.EXIT, EventCategory.FILE, 4608, EventSource.SYSCALL, p[8]);
		e[106] = ev(106, "linkat", Direction.ENTER, EventCategory.FILE, 4608, EventSource.SYSCALL, p[63], p[64], p[65], p[66]);
		e[107] = ev(107, "linkat", Direction.EXIT, EventCategory.FILE, 4608, EventSource.SYSCALL, p[8]);
		e[108] = ev(108, "unlink", Direction.ENTER, EventCategory.FILE, 4608, EventSource.SYSCALL, p[49]);
		e[109] = ev(109, "unlink", Direction.EXIT, EventCategory.FILE, 4608, EventSource.SYSCALL, p[8]);
		e[110] = ev(110, "unlinkat", Direction.ENTER, EventCategory.FILE, 4608, EventSource.SYSCALL, p[59], p[60]);
		e[111] = ev(111, "unlinkat", Direction.EXIT, EventCategory.FILE, 4608, EventSource.SYSCALL, p[8]);
		e[112] = ev(112, "pread", Direction.ENTER, EventCategory.IO_READ, 4620, EventSource.SYSCALL, p[5], p[9], p[67]);
		e[113] = ev(113, "pread", Direction.EXIT, EventCategory.IO_READ, 4108, EventSource.SYSCALL, p[8], p[10], p[5], p[9], p[67]);
		e[114] = ev(114, "pwrite", Direction.ENTER, EventCategory.IO_WRITE, 4628, EventSource.SYSCALL, p[5], p[9], p[67]);
		e[115] = ev(115, "pwrite", Direction.EXIT, EventCategory.IO_WRITE, 4116, EventSource.SYSCALL, p[8], p[10], p[5], p[9], p[67]);
		e[116] = ev(116, "readv", Direction.ENTER, EventCategory.IO_READ, 4620, EventSource.SYSCALL, p[5]);
		e[117] = ev(117, "readv", Direction.EXIT, EventCategory.IO_READ, 4108, EventSource.SYSCALL, p[8], p[9], p[10], p[5]);
		e[118] = ev(118, "writev", Direction.ENTER, EventCategory.IO_WRITE, 4628, EventSource.SYSCALL, p[5], p[9]);
		e[119] = ev(119, "writev", Direction.EXIT, EventCategory.IO_WRITE, 4116, EventSource.SYSCALL, p[8], p[10], p[5], p[9]);
		e[120] = ev(120, "preadv", Direction.ENTER, EventCategory.IO_READ, 4620, EventSource.SYSCALL, p[5], p[67]);
		e[121] = ev(121, "preadv", Direction.EXIT, EventCategory.IO_READ, 4108, EventSource.SYSCALL, p[8], p[9], p[10], p[5], p[67]);
		e[122] = ev(122, "pwritev", Direction.ENTER, EventCategory.IO_WRITE, 4628, EventSource.SYSCALL, p[5], p[9], p[67]);
		e[123] = ev(123, "pwritev", Direction.EXIT, EventCategory.IO_WRITE, 4116, EventSource.SYSCALL, p[8], p[10], p[5], p[9], p[67]);
		e[124] = ev(124, "dup", Direction.ENTER, EventCategory.IO_OTHER, 4645, EventSource.SYSCALL, p[5]);
		e[125] = ev(125, "dup", Direction.EXIT, EventCategory.IO_OTHER, 4645, EventSource.SYSCALL, p[45]);
		e[126] = ev(126, "signalfd", Direction.ENTER, EventCategory.SIGNAL, 4641, EventSource.SYSCALL, p[5], p[68], p[69]);
		e[127] = ev(127, "signalfd", Direction.EXIT, EventCategory.SIGNAL, 4129, EventSource.SYSCALL, p[45], p[5], p[68], p[69]);
	}

	private static void events2(EventInfo[] e, ParamInfo[] p) {
		e[128] = ev(128, "kill", Direction.ENTER, EventCategory.SIGNAL, 4608, EventSource.SYSCALL, p[15], p[70]);
		e[129] = ev(129, "kill", Direction.EXIT, EventCategory.SIGNAL, 4096, EventSource.SYSCALL, p[8], p[15], p[70]);
		e[130] = ev(130, "tkill", Direction.ENTER, EventCategory.SIGNAL, 4608, EventSource.SYSCALL, p[14], p[70]);
		e[131] = ev(131, "tkill", Direction.EXIT, EventCategory.SIGNAL, 4096, EventSource.SYSCALL, p[8], p[14], p[70]);
		e[132] = ev(132, "tgkill", Direction.ENTER, EventCategory.SIGNAL, 4608, EventSource.SYSCALL, p[15], p[14], p[70]);
		e[133] = ev(133, "tgkill", Direction.EXIT, EventCategory.SIGNAL, 4096, EventSource.SYSCALL, p[8], p[15], p[14], p[70]);
		e[134] = ev(134, "nanosleep", Direction.ENTER, EventCategory.SLEEP, 4736, EventSource.SYSCALL, p[71]);
		e[135] = ev(135, "nanosleep", Direction.EXIT, EventCategory.SLEEP, 4224, EventSource.SYSCALL, p[8], p[71]);
		e[136] = ev(136, "timerfd_create", Direction.ENTER, EventCategory.TIME, 4641, EventSource.SYSCALL, p[72], p[69]);
		e[137] = ev(137, "timerfd_create", Direction.EXIT, EventCategory.TIME, 4129, EventSource.SYSCALL, p[45], p[72], p[69]);
		e[138] = ev(138, "inotify_init", Direction.ENTER, EventCategory.IPC, 4641, EventSource.SYSCALL, p[69]);
		e[139] = ev(139, "inotify_init", Direction.EXIT, EventCategory.IPC, 4129, EventSource.SYSCALL, p[45], p[69]);
		e[140] = ev(140, "getrlimit", Direction.ENTER, EventCategory.PROCESS, 4608, EventSource.SYSCALL, p[73]);
		e[141] = ev(141, "getrlimit", Direction.EXIT, EventCategory.PROCESS, 4096, EventSource.SYSCALL, p[8], p[74], p[75], p[73]);
		e[142] = ev(142, "setrlimit", Direction.ENTER, EventCategory.PROCESS, 4608, EventSource.SYSCALL, p[73]);
		e[143] = ev(143, "setrlimit", Direction.EXIT, EventCategory.PROCESS, 4096, EventSource.SYSCALL, p[8], p[74], p[75], p[73]);
		e[144] = ev(144, "prlimit", Direction.ENTER, EventCategory.PROCESS, 4608, EventSource.SYSCALL, p[15], p[73]);
		e[145] = ev(145, "prlimit", Direction.EXIT, EventCategory.PROCESS, 4096, EventSource.SYSCALL, p[8], p[76], p[77], p[78], p[79], p[80], p[73]);
		e[146] = ev(146, "switch", Direction.ENTER, EventCategory.SCHEDULER, 4864, EventSource.TRACEPOINT, p[81]);
		e[147] = ev(147, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[148] = ev(148, "drop", Direction.ENTER, EventCategory.INTERNAL, 256, EventSource.METAEVENT, p[82]);
		e[149] = ev(149, "drop", Direction.EXIT, EventCategory.INTERNAL, 256, EventSource.METAEVENT, p[82]);
		e[150] = ev(150, "fcntl", Direction.ENTER, EventCategory.IO_OTHER, 4644, EventSource.SYSCALL, p[5], p[83]);
		e[151] = ev(151, "fcntl", Direction.EXIT, EventCategory.IO_OTHER, 4132, EventSource.SYSCALL, p[45], p[5], p[83]);
		e[152] = ev(152, "switch", Direction.ENTER, EventCategory.SCHEDULER, 0, EventSource.TRACEPOINT, p[81], p[84], p[85], p[86], p[87], p[88]);
		e[153] = ev(153, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[154] = ev(154, "execve", Direction.ENTER, EventCategory.PROCESS, 4640, EventSource.SYSCALL);
		e[155] = ev(155, "execve", Direction.EXIT, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[8], p[12], p[13], p[14], p[15], p[16], p[17], p[18], p[84], p[85], p[86], p[87], p[88]);
		e[156] = ev(156, "clone", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[157] = ev(157, "clone", Direction.EXIT, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[19], p[12], p[13], p[14], p[15], p[16], p[17], p[20], p[84], p[85], p[86], p[87], p[88], p[21], p[22], p[23]);
		e[158] = ev(158, "brk", Direction.ENTER, EventCategory.MEMORY, 4608, EventSource.SYSCALL, p[46]);
		e[159] = ev(159, "brk", Direction.EXIT, EventCategory.MEMORY, 4096, EventSource.SYSCALL, p[11], p[86], p[87], p[88], p[46]);
		e[160] = ev(160, "mmap", Direction.ENTER, EventCategory.MEMORY, 4612, EventSource.SYSCALL, p[46], p[89], p[90], p[91], p[5], p[54]);
		e[161] = ev(161, "mmap", Direction.EXIT, EventCategory.MEMORY, 4100, EventSource.SYSCALL, p[92], p[86], p[87], p[88], p[46], p[89], p[90], p[91], p[5], p[54]);
		e[162] = ev(162, "mmap2", Direction.ENTER, EventCategory.MEMORY, 4612, EventSource.SYSCALL, p[46], p[89], p[90], p[91], p[5], p[93]);
		e[163] = ev(163, "mmap2", Direction.EXIT, EventCategory.MEMORY, 4100, EventSource.SYSCALL, p[92], p[86], p[87], p[88], p[46], p[89], p[90], p[91], p[5], p[93]);
		e[164] = ev(164, "munmap", Direction.ENTER, EventCategory.MEMORY, 4608, EventSource.SYSCALL, p[46], p[89]);
		e[165] = ev(165, "munmap", Direction.EXIT, EventCategory.MEMORY, 4096, EventSource.SYSCALL, p[8], p[86], p[87], p[88], p[46], p[89]);
		e[166] = ev(166, "splice", Direction.ENTER, EventCategory.IO_OTHER, 4612, EventSource.SYSCALL, p[94], p[95], p[96], p[97]);
		e[167] = ev(167, "splice", Direction.EXIT, EventCategory.IO_OTHER, 4100, EventSource.SYSCALL, p[8], p[94], p[95], p[96], p[97]);
		e[168] = ev(168, "ptrace", Direction.ENTER, EventCategory.PROCESS, 4608, EventSource.SYSCALL, p[98], p[15]);
		e[169] = ev(169, "ptrace", Direction.EXIT, EventCategory.PROCESS, 4096, EventSource.SYSCALL, p[8], p[99], p[100], p[98], p[15]);
		e[170] = ev(170, "ioctl", Direction.ENTER, EventCategory.IO_OTHER, 4612, EventSource.SYSCALL, p[5], p[56], p[101]);
		e[171] = ev(171, "ioctl", Direction.EXIT, EventCategory.IO_OTHER, 4100, EventSource.SYSCALL, p[8], p[5], p[56], p[101]);
		e[172] = ev(172, "execve", Direction.ENTER, EventCategory.PROCESS, 4640, EventSource.SYSCALL);
		e[173] = ev(173, "execve", Direction.EXIT, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[8], p[12], p[13], p[14], p[15], p[16], p[17], p[18], p[84], p[85], p[86], p[87], p[88], p[102]);
		e[174] = ev(174, "rename", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[175] = ev(175, "rename", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[61], p[62]);
		e[176] = ev(176, "renameat", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[177] = ev(177, "renameat", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[103], p[104], p[105], p[106]);
		e[178] = ev(178, "symlink", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[179] = ev(179, "symlink", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[107], p[108]);
		e[180] = ev(180, "symlinkat", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[181] = ev(181, "symlinkat", Direction.EXIT, EventCategory.FILE, 4, EventSource.SYSCALL, p[8], p[107], p[109], p[110]);
		e[182] = ev(182, "fork", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[183] = ev(183, "fork", Direction.EXIT, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[19], p[12], p[13], p[14], p[15], p[16], p[17], p[20], p[84], p[85], p[86], p[87], p[88], p[21], p[22], p[23]);
		e[184] = ev(184, "vfork", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[185] = ev(185, "vfork", Direction.EXIT, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[19], p[12], p[13], p[14], p[15], p[16], p[17], p[20], p[84], p[85], p[86], p[87], p[88], p[21], p[22], p[23]);
		e[186] = ev(186, "procexit", Direction.ENTER, EventCategory.PROCESS, 32, EventSource.TRACEPOINT, p[111], p[112], p[70], p[113], p[114]);
		e[187] = ev(187, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[188] = ev(188, "sendfile", Direction.ENTER, EventCategory.IO_WRITE, 4612, EventSource.SYSCALL, p[115], p[116], p[54], p[96]);
		e[189] = ev(189, "sendfile", Direction.EXIT, EventCategory.IO_WRITE, 4100, EventSource.SYSCALL, p[8], p[54], p[115], p[116], p[96]);
		e[190] = ev(190, "quotactl", Direction.ENTER, EventCategory.USER, 4608, EventSource.SYSCALL, p[117], p[118], p[119], p[120]);
		e[191] = ev(191, "quotactl", Direction.EXIT, EventCategory.USER, 4096, EventSource.SYSCALL, p[8], p[121], p[122], p[123], p[124], p[125], p[126], p[127], p[128], p[129], p[130], p[131], p[132], p[133], p[117], p[118], p[119], p[120]);
	}

	private static void events3(EventInfo[] e, ParamInfo[] p) {
		e[192] = ev(192, "setresuid", Direction.ENTER, EventCategory.USER, 4640, EventSource.SYSCALL, p[134], p[135], p[136]);
		e[193] = ev(193, "setresuid", Direction.EXIT, EventCategory.USER, 4128, EventSource.SYSCALL, p[8], p[134], p[135], p[136]);
		e[194] = ev(194, "setresgid", Direction.ENTER, EventCategory.USER, 4640, EventSource.SYSCALL, p[137], p[138], p[139]);
		e[195] = ev(195, "setresgid", Direction.EXIT, EventCategory.USER, 4128, EventSource.SYSCALL, p[8], p[137], p[138], p[139]);
		e[196] = ev(196, "scapevent", Direction.ENTER, EventCategory.INTERNAL, 256, EventSource.METAEVENT, p[140], p[141]);
		e[197] = ev(197, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[198] = ev(198, "setuid", Direction.ENTER, EventCategory.USER, 4640, EventSource.SYSCALL, p[142]);
		e[199] = ev(199, "setuid", Direction.EXIT, EventCategory.USER, 4128, EventSource.SYSCALL, p[8], p[142]);
		e[200] = ev(200, "setgid", Direction.ENTER, EventCategory.USER, 4640, EventSource.SYSCALL, p[143]);
		e[201] = ev(201, "setgid", Direction.EXIT, EventCategory.USER, 4128, EventSource.SYSCALL, p[8], p[143]);
		e[202] = ev(202, "getuid", Direction.ENTER, EventCategory.USER, 512, EventSource.SYSCALL);
		e[203] = ev(203, "getuid", Direction.EXIT, EventCategory.USER, 0, EventSource.SYSCALL, p[142]);
		e[204] = ev(204, "geteuid", Direction.ENTER, EventCategory.USER, 512, EventSource.SYSCALL);
		e[205] = ev(205, "geteuid", Direction.EXIT, EventCategory.USER, 0, EventSource.SYSCALL, p[135]);
		e[206] = ev(206, "getgid", Direction.ENTER, EventCategory.USER, 512, EventSource.SYSCALL);
		e[207] = ev(207, "getgid", Direction.EXIT, EventCategory.USER, 0, EventSource.SYSCALL, p[143]);
		e[208] = ev(208, "getegid", Direction.ENTER, EventCategory.USER, 512, EventSource.SYSCALL);
		e[209] = ev(209, "getegid", Direction.EXIT, EventCategory.USER, 0, EventSource.SYSCALL, p[138]);
		e[210] = ev(210, "getresuid", Direction.ENTER, EventCategory.USER, 512, EventSource.SYSCALL);
		e[211] = ev(211, "getresuid", Direction.EXIT, EventCategory.USER, 0, EventSource.SYSCALL, p[8], p[134], p[135], p[136]);
		e[212] = ev(212, "getresgid", Direction.ENTER, EventCategory.USER, 512, EventSource.SYSCALL);
		e[213] = ev(213, "getresgid", Direction.EXIT, EventCategory.USER, 0, EventSource.SYSCALL, p[8], p[137], p[138], p[139]);
		e[214] = ev(214, "execve", Direction.ENTER, EventCategory.PROCESS, 4640, EventSource.SYSCALL);
		e[215] = ev(215, "execve", Direction.EXIT, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[8], p[12], p[13], p[14], p[15], p[16], p[17], p[18], p[84], p[85], p[86], p[87], p[88], p[144], p[102]);
		e[216] = ev(216, "clone", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[217] = ev(217, "clone", Direction.EXIT, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[19], p[12], p[13], p[14], p[15], p[16], p[17], p[20], p[84], p[85], p[86], p[87], p[88], p[144], p[21], p[22], p[23]);
		e[218] = ev(218, "fork", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[219] = ev(219, "fork", Direction.EXIT, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[19], p[12], p[13], p[14], p[15], p[16], p[17], p[20], p[84], p[85], p[86], p[87], p[88], p[144], p[21], p[22], p[23]);
		e[220] = ev(220, "vfork", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[221] = ev(221, "vfork", Direction.EXIT, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[19], p[12], p[13], p[14], p[15], p[16], p[17], p[20], p[84], p[85], p[86], p[87], p[88], p[144], p[21], p[22], p[23]);
		e[222] = ev(222, "clone", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[223] = ev(223, "clone", Direction.EXIT, EventCategory.PROCESS, 4128, EventSource.SYSCALL, p[19], p[12], p[13], p[14], p[15], p[16], p[17], p[20], p[84], p[85], p[86], p[87], p[88], p[144], p[145], p[21], p[22], p[23], p[146], p[147], p[148]);
		e[224] = ev(224, "fork", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[225] = ev(225, "fork", Direction.EXIT, EventCategory.PROCESS, 4128, EventSource.SYSCALL, p[19], p[12], p[13], p[14], p[15], p[16], p[17], p[20], p[84], p[85], p[86], p[87], p[88], p[144], p[145], p[21], p[22], p[23], p[146], p[147], p[148]);
		e[226] = ev(226, "vfork", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[227] = ev(227, "vfork", Direction.EXIT, EventCategory.PROCESS, 4128, EventSource.SYSCALL, p[19], p[12], p[13], p[14], p[15], p[16], p[17], p[20], p[84], p[85], p[86], p[87], p[88], p[144], p[145], p[21], p[22], p[23], p[146], p[147], p[148]);
		e[228] = ev(228, "container", Direction.ENTER, EventCategory.INTERNAL, 4896, EventSource.METAEVENT, p[149], p[25], p[60], p[150]);
		e[229] = ev(229, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[230] = ev(230, "execve", Direction.ENTER, EventCategory.PROCESS, 4640, EventSource.SYSCALL);
		e[231] = ev(231, "execve", Direction.EXIT, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[8], p[12], p[13], p[14], p[15], p[16], p[17], p[18], p[84], p[85], p[86], p[87], p[88], p[144], p[145], p[102]);
		e[232] = ev(232, "signaldeliver", Direction.ENTER, EventCategory.SIGNAL, 0, EventSource.TRACEPOINT, p[151], p[152], p[70]);
		e[233] = ev(233, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[234] = ev(234, "procinfo", Direction.ENTER, EventCategory.INTERNAL, 256, EventSource.METAEVENT, p[153], p[154]);
		e[235] = ev(235, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[236] = ev(236, "getdents", Direction.ENTER, EventCategory.FILE, 4612, EventSource.SYSCALL, p[50]);
		e[237] = ev(237, "getdents", Direction.EXIT, EventCategory.FILE, 4100, EventSource.SYSCALL, p[8], p[50]);
		e[238] = ev(238, "getdents64", Direction.ENTER, EventCategory.FILE, 4612, EventSource.SYSCALL, p[50]);
		e[239] = ev(239, "getdents64", Direction.EXIT, EventCategory.FILE, 4100, EventSource.SYSCALL, p[8], p[50]);
		e[240] = ev(240, "setns", Direction.ENTER, EventCategory.PROCESS, 4612, EventSource.SYSCALL, p[50], p[155]);
		e[241] = ev(241, "setns", Direction.EXIT, EventCategory.PROCESS, 4100, EventSource.SYSCALL, p[8], p[50], p[155]);
		e[242] = ev(242, "flock", Direction.ENTER, EventCategory.FILE, 4612, EventSource.SYSCALL, p[50], p[156]);
		e[243] = ev(243, "flock", Direction.EXIT, EventCategory.FILE, 4100, EventSource.SYSCALL, p[8], p[50], p[156]);
		e[244] = ev(244, "cpu_hotplug", Direction.ENTER, EventCategory.SYSTEM, 288, EventSource.METAEVENT, p[157], p[158]);
		e[245] = ev(245, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[246] = ev(246, "accept", Direction.ENTER, EventCategory.NET, 545, EventSource.SYSCALL);
		e[247] = ev(247, "accept", Direction.EXIT, EventCategory.NET, 33, EventSource.SYSCALL, p[5], p[28], p[30], p[159], p[160]);
		e[248] = ev(248, "accept", Direction.ENTER, EventCategory.NET, 4641, EventSource.SYSCALL, p[41]);
		e[249] = ev(249, "accept", Direction.EXIT, EventCategory.NET, 4641, EventSource.SYSCALL, p[5], p[28], p[30], p[159], p[160]);
		e[250] = ev(250, "semop", Direction.ENTER, EventCategory.PROCESS, 4608, EventSource.SYSCALL, p[161]);
		e[251] = ev(251, "semop", Direction.EXIT, EventCategory.PROCESS, 4096, EventSource.SYSCALL, p[8], p[162], p[163], p[164], p[165], p[166], p[167], p[168], p[161]);
		e[252] = ev(252, "semctl", Direction.ENTER, EventCategory.PROCESS, 4608, EventSource.SYSCALL, p[161], p[169], p[170], p[171]);
		e[253] = ev(253, "semctl", Direction.EXIT, EventCategory.PROCESS, 4096, EventSource.SYSCALL, p[8], p[161], p[169], p[170], p[171]);
		e[254] = ev(254, "ppoll", Direction.ENTER, EventCategory.WAIT, 4736, EventSource.SYSCALL, p[52], p[172], p[173]);
		e[255] = ev(255, "ppoll", Direction.EXIT, EventCategory.WAIT, 4224, EventSource.SYSCALL, p[8], p[52], p[172], p[173]);
	}

	private static void events4(EventInfo[] e, ParamInfo[] p) {
		e[256] = ev(256, "mount", Direction.ENTER, EventCategory.FILE, 4640, EventSource.SYSCALL, p[174]);
		e[257] = ev(257, "mount", Direction.EXIT, EventCategory.FILE, 4128, EventSource.SYSCALL, p[8], p[175], p[176], p[177], p[174]);
		e[258] = ev(258, "umount", Direction.ENTER, EventCategory.FILE, 544, EventSource.SYSCALL, p[178]);
		e[259] = ev(259, "umount", Direction.EXIT, EventCategory.FILE, 4640, EventSource.SYSCALL, p[8], p[2]);
		e[260] = ev(260, "k8s", Direction.ENTER, EventCategory.INTERNAL, 800, EventSource.METAEVENT, p[179]);
		e[261] = ev(261, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[262] = ev(262, "semget", Direction.ENTER, EventCategory.PROCESS, 4608, EventSource.SYSCALL, p[180], p[181], p[182]);
		e[263] = ev(263, "semget", Direction.EXIT, EventCategory.PROCESS, 4096, EventSource.SYSCALL, p[8], p[180], p[181], p[182]);
		e[264] = ev(264, "access", Direction.ENTER, EventCategory.FILE, 4608, EventSource.SYSCALL, p[183]);
		e[265] = ev(265, "access", Direction.EXIT, EventCategory.FILE, 4096, EventSource.SYSCALL, p[8], p[2], p[183]);
		e[266] = ev(266, "chroot", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[267] = ev(267, "chroot", Direction.EXIT, EventCategory.PROCESS, 32, EventSource.SYSCALL, p[8], p[49]);
		e[268] = ev(268, "tracer", Direction.ENTER, EventCategory.OTHER, 512, EventSource.METAEVENT, p[184], p[185], p[186]);
		e[269] = ev(269, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE, p[184], p[185], p[186]);
		e[270] = ev(270, "mesos", Direction.ENTER, EventCategory.INTERNAL, 800, EventSource.METAEVENT, p[179]);
		e[271] = ev(271, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[272] = ev(272, "container", Direction.ENTER, EventCategory.PROCESS, 4640, EventSource.METAEVENT, p[179]);
		e[273] = ev(273, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[274] = ev(274, "setsid", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[275] = ev(275, "setsid", Direction.EXIT, EventCategory.PROCESS, 32, EventSource.SYSCALL, p[19]);
		e[276] = ev(276, "mkdir", Direction.ENTER, EventCategory.FILE, 4608, EventSource.SYSCALL, p[58]);
		e[277] = ev(277, "mkdir", Direction.EXIT, EventCategory.FILE, 4096, EventSource.SYSCALL, p[8], p[49], p[58]);
		e[278] = ev(278, "rmdir", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[279] = ev(279, "rmdir", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[49]);
		e[280] = ev(280, "notification", Direction.ENTER, EventCategory.OTHER, 256, EventSource.METAEVENT, p[187], p[188]);
		e[281] = ev(281, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[282] = ev(282, "execve", Direction.ENTER, EventCategory.PROCESS, 4640, EventSource.SYSCALL);
		e[283] = ev(283, "execve", Direction.EXIT, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[8], p[12], p[13], p[14], p[15], p[16], p[17], p[18], p[84], p[85], p[86], p[87], p[88], p[144], p[145], p[102], p[189]);
		e[284] = ev(284, "unshare", Direction.ENTER, EventCategory.PROCESS, 4608, EventSource.SYSCALL, p[21]);
		e[285] = ev(285, "unshare", Direction.EXIT, EventCategory.PROCESS, 4096, EventSource.SYSCALL, p[8], p[21]);
		e[286] = ev(286, "infra", Direction.ENTER, EventCategory.INTERNAL, 256, EventSource.METAEVENT, p[190], p[60], p[191], p[192]);
		e[287] = ev(287, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[288] = ev(288, "execve", Direction.ENTER, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[193]);
		e[289] = ev(289, "execve", Direction.EXIT, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[8], p[12], p[13], p[14], p[15], p[16], p[17], p[18], p[84], p[85], p[86], p[87], p[88], p[144], p[145], p[102], p[189]);
		e[290] = ev(290, "page_fault", Direction.ENTER, EventCategory.OTHER, 256, EventSource.TRACEPOINT, p[46], p[194], p[195]);
		e[291] = ev(291, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[292] = ev(292, "execve", Direction.ENTER, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[193]);
		e[293] = ev(293, "execve", Direction.EXIT, EventCategory.PROCESS, 4128, EventSource.SYSCALL, p[8], p[12], p[13], p[14], p[15], p[16], p[17], p[18], p[84], p[85], p[86], p[87], p[88], p[144], p[145], p[102], p[196], p[197], p[198], p[199], p[200], p[201], p[202], p[203], p[204], p[205], p[142], p[206], p[207], p[143], p[193]);
		e[294] = ev(294, "setpgid", Direction.ENTER, EventCategory.PROCESS, 4608, EventSource.SYSCALL, p[15], p[208]);
		e[295] = ev(295, "setpgid", Direction.EXIT, EventCategory.PROCESS, 4096, EventSource.SYSCALL, p[8], p[15], p[208]);
		e[296] = ev(296, "bpf", Direction.ENTER, EventCategory.OTHER, 4609, EventSource.SYSCALL, p[209]);
		e[297] = ev(297, "bpf", Direction.EXIT, EventCategory.OTHER, 4609, EventSource.SYSCALL, p[210]);
		e[298] = ev(298, "seccomp", Direction.ENTER, EventCategory.OTHER, 4608, EventSource.SYSCALL, p[211], p[212]);
		e[299] = ev(299, "seccomp", Direction.EXIT, EventCategory.OTHER, 4096, EventSource.SYSCALL, p[8], p[211], p[212]);
		e[300] = ev(300, "unlink", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[301] = ev(301, "unlink", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[49]);
		e[302] = ev(302, "unlinkat", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[303] = ev(303, "unlinkat", Direction.EXIT, EventCategory.FILE, 4, EventSource.SYSCALL, p[8], p[59], p[213], p[214]);
		e[304] = ev(304, "mkdirat", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[305] = ev(305, "mkdirat", Direction.EXIT, EventCategory.FILE, 4, EventSource.SYSCALL, p[8], p[59], p[215], p[58]);
		e[306] = ev(306, "openat", Direction.ENTER, EventCategory.FILE, 4129, EventSource.SYSCALL, p[59], p[216], p[3], p[4]);
		e[307] = ev(307, "openat", Direction.EXIT, EventCategory.FILE, 4129, EventSource.SYSCALL, p[5], p[59], p[213], p[3], p[4], p[6], p[7]);
		e[308] = ev(308, "link", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[309] = ev(309, "link", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[61], p[62]);
		e[310] = ev(310, "linkat", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[311] = ev(311, "linkat", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[63], p[104], p[65], p[106], p[217]);
		e[312] = ev(312, "fchmodat", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[313] = ev(313, "fchmodat", Direction.EXIT, EventCategory.FILE, 4, EventSource.SYSCALL, p[8], p[59], p[218], p[219]);
		e[314] = ev(314, "chmod", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[315] = ev(315, "chmod", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[193], p[219]);
		e[316] = ev(316, "fchmod", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[317] = ev(317, "fchmod", Direction.EXIT, EventCategory.FILE, 4, EventSource.SYSCALL, p[8], p[5], p[219]);
		e[318] = ev(318, "renameat2", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[319] = ev(319, "renameat2", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[103], p[104], p[105], p[106], p[220]);
	}

	private static void events5(EventInfo[] e, ParamInfo[] p) {
		e[320] = ev(320, "userfaultfd", Direction.ENTER, EventCategory.FILE, 545, EventSource.SYSCALL);
		e[321] = ev(321, "userfaultfd", Direction.EXIT, EventCategory.FILE, 33, EventSource.SYSCALL, p[8], p[3]);
		e[322] = ev(322, "pluginevent", Direction.ENTER, EventCategory.OTHER, 2048, EventSource.PLUGIN, p[221], p[222]);
		e[323] = ev(323, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[324] = ev(324, "container", Direction.ENTER, EventCategory.PROCESS, 2080, EventSource.METAEVENT, p[179]);
		e[325] = ev(325, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[326] = ev(326, "openat2", Direction.ENTER, EventCategory.FILE, 4129, EventSource.SYSCALL, p[59], p[216], p[3], p[4], p[223]);
		e[327] = ev(327, "openat2", Direction.EXIT, EventCategory.FILE, 4129, EventSource.SYSCALL, p[5], p[59], p[213], p[3], p[4], p[223], p[6], p[7]);
		e[328] = ev(328, "mprotect", Direction.ENTER, EventCategory.MEMORY, 4608, EventSource.SYSCALL, p[46], p[89], p[90]);
		e[329] = ev(329, "mprotect", Direction.EXIT, EventCategory.MEMORY, 4096, EventSource.SYSCALL, p[8], p[46], p[89], p[90]);
		e[330] = ev(330, "execveat", Direction.ENTER, EventCategory.PROCESS, 4640, EventSource.SYSCALL, p[59], p[224], p[225]);
		e[331] = ev(331, "execveat", Direction.EXIT, EventCategory.PROCESS, 4128, EventSource.SYSCALL, p[8], p[12], p[13], p[14], p[15], p[16], p[17], p[18], p[84], p[85], p[86], p[87], p[88], p[144], p[145], p[102], p[196], p[197], p[198], p[199], p[200], p[201], p[202], p[203], p[204], p[205], p[142], p[206], p[207], p[143]);
		e[332] = ev(332, "copy_file_range", Direction.ENTER, EventCategory.FILE, 4636, EventSource.SYSCALL, p[226], p[227], p[228]);
		e[333] = ev(333, "copy_file_range", Direction.EXIT, EventCategory.FILE, 4124, EventSource.SYSCALL, p[8], p[229], p[230], p[226], p[227], p[228]);
		e[334] = ev(334, "clone3", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[335] = ev(335, "clone3", Direction.EXIT, EventCategory.PROCESS, 4128, EventSource.SYSCALL, p[19], p[12], p[13], p[14], p[15], p[16], p[17], p[20], p[84], p[85], p[86], p[87], p[88], p[144], p[145], p[21], p[22], p[23], p[146], p[147], p[148]);
		e[336] = ev(336, "open_by_handle_at", Direction.ENTER, EventCategory.FILE, 545, EventSource.SYSCALL);
		e[337] = ev(337, "open_by_handle_at", Direction.EXIT, EventCategory.FILE, 33, EventSource.SYSCALL, p[5], p[231], p[3], p[49], p[6], p[7]);
		e[338] = ev(338, "io_uring_setup", Direction.ENTER, EventCategory.IO_OTHER, 545, EventSource.SYSCALL);
		e[339] = ev(339, "io_uring_setup", Direction.EXIT, EventCategory.IO_OTHER, 33, EventSource.SYSCALL, p[8], p[232], p[233], p[234], p[235], p[236], p[237], p[238]);
		e[340] = ev(340, "io_uring_enter", Direction.ENTER, EventCategory.IO_OTHER, 512, EventSource.SYSCALL);
		e[341] = ev(341, "io_uring_enter", Direction.EXIT, EventCategory.IO_OTHER, 4, EventSource.SYSCALL, p[8], p[5], p[239], p[240], p[241], p[242]);
		e[342] = ev(342, "io_uring_register", Direction.ENTER, EventCategory.IO_OTHER, 512, EventSource.SYSCALL);
		e[343] = ev(343, "io_uring_register", Direction.EXIT, EventCategory.IO_OTHER, 4, EventSource.SYSCALL, p[8], p[5], p[243], p[244], p[245]);
		e[344] = ev(344, "mlock", Direction.ENTER, EventCategory.MEMORY, 512, EventSource.SYSCALL);
		e[345] = ev(345, "mlock", Direction.EXIT, EventCategory.MEMORY, 0, EventSource.SYSCALL, p[8], p[46], p[228]);
		e[346] = ev(346, "munlock", Direction.ENTER, EventCategory.MEMORY, 512, EventSource.SYSCALL);
		e[347] = ev(347, "munlock", Direction.EXIT, EventCategory.MEMORY, 0, EventSource.SYSCALL, p[8], p[46], p[228]);
		e[348] = ev(348, "mlockall", Direction.ENTER, EventCategory.MEMORY, 512, EventSource.SYSCALL);
		e[349] = ev(349, "mlockall", Direction.EXIT, EventCategory.MEMORY, 0, EventSource.SYSCALL, p[8], p[246]);
		e[350] = ev(350, "munlockall", Direction.ENTER, EventCategory.MEMORY, 512, EventSource.SYSCALL);
		e[351] = ev(351, "munlockall", Direction.EXIT, EventCategory.MEMORY, 0, EventSource.SYSCALL, p[8]);
		e[352] = ev(352, "capset", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[353] = ev(353, "capset", Direction.EXIT, EventCategory.PROCESS, 32, EventSource.SYSCALL, p[8], p[200], p[201], p[202]);
		e[354] = ev(354, "useradded", Direction.ENTER, EventCategory.PROCESS, 32, EventSource.METAEVENT, p[22], p[23], p[60], p[247], p[248], p[249]);
		e[355] = ev(355, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[356] = ev(356, "userdeleted", Direction.ENTER, EventCategory.PROCESS, 32, EventSource.METAEVENT, p[22], p[23], p[60], p[247], p[248], p[249]);
		e[357] = ev(357, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[358] = ev(358, "groupadded", Direction.ENTER, EventCategory.PROCESS, 32, EventSource.METAEVENT, p[23], p[60], p[249]);
		e[359] = ev(359, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[360] = ev(360, "groupdeleted", Direction.ENTER, EventCategory.PROCESS, 32, EventSource.METAEVENT, p[23], p[60], p[249]);
		e[361] = ev(361, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[362] = ev(362, "dup2", Direction.ENTER, EventCategory.IO_OTHER, 549, EventSource.SYSCALL, p[5]);
		e[363] = ev(363, "dup2", Direction.EXIT, EventCategory.IO_OTHER, 37, EventSource.SYSCALL, p[45], p[250], p[251]);
		e[364] = ev(364, "dup3", Direction.ENTER, EventCategory.IO_OTHER, 549, EventSource.SYSCALL, p[5]);
		e[365] = ev(365, "dup3", Direction.EXIT, EventCategory.IO_OTHER, 37, EventSource.SYSCALL, p[45], p[250], p[251], p[3]);
		e[366] = ev(366, "dup", Direction.ENTER, EventCategory.IO_OTHER, 549, EventSource.SYSCALL, p[5]);
		e[367] = ev(367, "dup", Direction.EXIT, EventCategory.IO_OTHER, 37, EventSource.SYSCALL, p[45], p[250]);
		e[368] = ev(368, "bpf", Direction.ENTER, EventCategory.OTHER, 513, EventSource.SYSCALL, p[209]);
		e[369] = ev(369, "bpf", Direction.EXIT, EventCategory.OTHER, 1, EventSource.SYSCALL, p[5], p[252]);
		e[370] = ev(370, "mlock2", Direction.ENTER, EventCategory.MEMORY, 512, EventSource.SYSCALL);
		e[371] = ev(371, "mlock2", Direction.EXIT, EventCategory.MEMORY, 0, EventSource.SYSCALL, p[8], p[46], p[228], p[253]);
		e[372] = ev(372, "fsconfig", Direction.ENTER, EventCategory.SYSTEM, 512, EventSource.SYSCALL);
		e[373] = ev(373, "fsconfig", Direction.EXIT, EventCategory.SYSTEM, 4, EventSource.SYSCALL, p[8], p[5], p[254], p[255], p[256], p[257], p[258]);
		e[374] = ev(374, "epoll_create", Direction.ENTER, EventCategory.WAIT, 4641, EventSource.SYSCALL, p[259]);
		e[375] = ev(375, "epoll_create", Direction.EXIT, EventCategory.WAIT, 4129, EventSource.SYSCALL, p[8], p[259]);
		e[376] = ev(376, "epoll_create1", Direction.ENTER, EventCategory.WAIT, 4641, EventSource.SYSCALL, p[260]);
		e[377] = ev(377, "epoll_create1", Direction.EXIT, EventCategory.WAIT, 4129, EventSource.SYSCALL, p[8], p[260]);
		e[378] = ev(378, "chown", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[379] = ev(379, "chown", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[49], p[22], p[23]);
		e[380] = ev(380, "lchown", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[381] = ev(381, "lchown", Direction.EXIT, EventCategory.FILE, 0, EventSource.SYSCALL, p[8], p[49], p[22], p[23]);
		e[382] = ev(382, "fchown", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[383] = ev(383, "fchown", Direction.EXIT, EventCategory.FILE, 4, EventSource.SYSCALL, p[8], p[5], p[22], p[23]);
	}

	private static void events6(EventInfo[] e, ParamInfo[] p) {
		e[384] = ev(384, "fchownat", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[385] = ev(385, "fchownat", Direction.EXIT, EventCategory.FILE, 4, EventSource.SYSCALL, p[8], p[59], p[261], p[22], p[23], p[262]);
		e[386] = ev(386, "umount", Direction.ENTER, EventCategory.FILE, 544, EventSource.SYSCALL);
		e[387] = ev(387, "umount", Direction.EXIT, EventCategory.FILE, 32, EventSource.SYSCALL, p[8], p[2]);
		e[388] = ev(388, "accept4", Direction.ENTER, EventCategory.NET, 4641, EventSource.SYSCALL, p[41]);
		e[389] = ev(389, "accept4", Direction.EXIT, EventCategory.NET, 4129, EventSource.SYSCALL, p[5], p[28], p[30], p[159], p[160], p[41]);
		e[390] = ev(390, "umount2", Direction.ENTER, EventCategory.FILE, 4640, EventSource.SYSCALL, p[178]);
		e[391] = ev(391, "umount2", Direction.EXIT, EventCategory.FILE, 4128, EventSource.SYSCALL, p[8], p[2], p[178]);
		e[392] = ev(392, "pipe2", Direction.ENTER, EventCategory.IPC, 545, EventSource.SYSCALL);
		e[393] = ev(393, "pipe2", Direction.EXIT, EventCategory.IPC, 33, EventSource.SYSCALL, p[8], p[32], p[33], p[7], p[3]);
		e[394] = ev(394, "inotify_init1", Direction.ENTER, EventCategory.IPC, 545, EventSource.SYSCALL);
		e[395] = ev(395, "inotify_init1", Direction.EXIT, EventCategory.IPC, 33, EventSource.SYSCALL, p[45], p[263]);
		e[396] = ev(396, "eventfd2", Direction.ENTER, EventCategory.IPC, 4641, EventSource.SYSCALL, p[43]);
		e[397] = ev(397, "eventfd2", Direction.EXIT, EventCategory.IPC, 4129, EventSource.SYSCALL, p[45], p[263], p[43]);
		e[398] = ev(398, "signalfd4", Direction.ENTER, EventCategory.SIGNAL, 4641, EventSource.SYSCALL, p[5], p[68]);
		e[399] = ev(399, "signalfd4", Direction.EXIT, EventCategory.SIGNAL, 4129, EventSource.SYSCALL, p[45], p[263], p[5], p[68]);
		e[400] = ev(400, "prctl", Direction.ENTER, EventCategory.PROCESS, 544, EventSource.SYSCALL);
		e[401] = ev(401, "prctl", Direction.EXIT, EventCategory.PROCESS, 32, EventSource.SYSCALL, p[8], p[264], p[265], p[266]);
		e[402] = ev(402, "asyncevent", Direction.ENTER, EventCategory.OTHER, 2048, EventSource.METAEVENT, p[221], p[60], p[10]);
		e[403] = ev(403, "NA", Direction.EXIT, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[404] = ev(404, "memfd_create", Direction.ENTER, EventCategory.MEMORY, 545, EventSource.SYSCALL);
		e[405] = ev(405, "memfd_create", Direction.EXIT, EventCategory.MEMORY, 33, EventSource.SYSCALL, p[5], p[60], p[267]);
		e[406] = ev(406, "pidfd_getfd", Direction.ENTER, EventCategory.PROCESS, 545, EventSource.SYSCALL);
		e[407] = ev(407, "pidfd_getfd", Direction.EXIT, EventCategory.PROCESS, 33, EventSource.SYSCALL, p[5], p[268], p[269], p[44]);
		e[408] = ev(408, "pidfd_open", Direction.ENTER, EventCategory.PROCESS, 545, EventSource.SYSCALL);
		e[409] = ev(409, "pidfd_open", Direction.EXIT, EventCategory.PROCESS, 33, EventSource.SYSCALL, p[5], p[15], p[270]);
		e[410] = ev(410, "init_module", Direction.ENTER, EventCategory.OTHER, 512, EventSource.SYSCALL);
		e[411] = ev(411, "init_module", Direction.EXIT, EventCategory.OTHER, 0, EventSource.SYSCALL, p[8], p[271], p[89], p[272]);
		e[412] = ev(412, "finit_module", Direction.ENTER, EventCategory.OTHER, 512, EventSource.SYSCALL);
		e[413] = ev(413, "finit_module", Direction.EXIT, EventCategory.OTHER, 12, EventSource.SYSCALL, p[8], p[5], p[272], p[273]);
		e[414] = ev(414, "mknod", Direction.ENTER, EventCategory.OTHER, 512, EventSource.SYSCALL);
		e[415] = ev(415, "mknod", Direction.EXIT, EventCategory.OTHER, 0, EventSource.SYSCALL, p[8], p[49], p[274], p[275]);
		e[416] = ev(416, "mknodat", Direction.ENTER, EventCategory.OTHER, 512, EventSource.SYSCALL);
		e[417] = ev(417, "mknodat", Direction.EXIT, EventCategory.OTHER, 4, EventSource.SYSCALL, p[8], p[59], p[215], p[274], p[275]);
		e[418] = ev(418, "newfstatat", Direction.ENTER, EventCategory.FILE, 512, EventSource.SYSCALL);
		e[419] = ev(419, "newfstatat", Direction.EXIT, EventCategory.FILE, 4, EventSource.SYSCALL, p[8], p[59], p[215], p[276]);
		e[420] = ev(420, "process_vm_readv", Direction.ENTER, EventCategory.IPC, 512, EventSource.SYSCALL);
		e[421] = ev(421, "process_vm_readv", Direction.EXIT, EventCategory.IPC, 0, EventSource.SYSCALL, p[277], p[15], p[10]);
		e[422] = ev(422, "process_vm_writev", Direction.ENTER, EventCategory.IPC, 512, EventSource.SYSCALL);
		e[423] = ev(423, "process_vm_writev", Direction.EXIT, EventCategory.IPC, 0, EventSource.SYSCALL, p[277], p[15], p[10]);
		e[424] = ev(424, "delete_module", Direction.ENTER, EventCategory.OTHER, 512, EventSource.SYSCALL);
		e[425] = ev(425, "delete_module", Direction.EXIT, EventCategory.OTHER, 0, EventSource.SYSCALL, p[8], p[60], p[278]);
		e[426] = ev(426, "setreuid", Direction.ENTER, EventCategory.USER, 544, EventSource.SYSCALL);
		e[427] = ev(427, "setreuid", Direction.EXIT, EventCategory.USER, 32, EventSource.SYSCALL, p[8], p[134], p[135]);
		e[428] = ev(428, "setregid", Direction.ENTER, EventCategory.USER, 512, EventSource.SYSCALL);
		e[429] = ev(429, "setregid", Direction.EXIT, EventCategory.USER, 32, EventSource.SYSCALL, p[8], p[279], p[280]);
		e[430] = ev(430, "NA", Direction.ENTER, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[431] = ev(431, "task", Direction.EXIT, EventCategory.PROCESS, 32, EventSource.ITER, p[281], p[282], p[208], p[197], p[283], p[144], p[284], p[285], p[199], p[286], p[17], p[18], p[135], p[138], p[201], p[202], p[200], p[287], p[204], p[205], p[86], p[87], p[88], p[84], p[85], p[288], p[147], p[148], p[289], p[290], p[196], p[198]);
		e[432] = ev(432, "NA", Direction.ENTER, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[433] = ev(433, "task_file_socket_inet", Direction.EXIT, EventCategory.PROCESS, 32, EventSource.ITER, p[5], p[291], p[292], p[293], p[294], p[295], p[296], p[297]);
		e[434] = ev(434, "NA", Direction.ENTER, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[435] = ev(435, "task_file_socket_inet6", Direction.EXIT, EventCategory.PROCESS, 32, EventSource.ITER, p[5], p[291], p[292], p[298], p[294], p[299], p[296], p[297]);
		e[436] = ev(436, "NA", Direction.ENTER, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[437] = ev(437, "task_file_socket_unix", Direction.EXIT, EventCategory.PROCESS, 32, EventSource.ITER, p[5], p[291], p[292], p[300], p[301], p[297]);
		e[438] = ev(438, "NA", Direction.ENTER, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[439] = ev(439, "task_file_pipe", Direction.EXIT, EventCategory.PROCESS, 32, EventSource.ITER, p[5], p[49], p[297]);
		e[440] = ev(440, "NA", Direction.ENTER, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[441] = ev(441, "task_file_directory", Direction.EXIT, EventCategory.PROCESS, 32, EventSource.ITER, p[5], p[49], p[297]);
		e[442] = ev(442, "NA", Direction.ENTER, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[443] = ev(443, "task_file_regular", Direction.EXIT, EventCategory.PROCESS, 32, EventSource.ITER, p[5], p[49], p[3], p[302], p[297]);
		e[444] = ev(444, "NA", Direction.ENTER, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[445] = ev(445, "task_file_anon_inode", Direction.EXIT, EventCategory.PROCESS, 32, EventSource.ITER, p[5], p[303], p[49], p[297]);
		e[446] = ev(446, "NA", Direction.ENTER, EventCategory.UNKNOWN, 64, EventSource.NONE);
		e[447] = ev(447, "task_file_memfd", Direction.EXIT, EventCategory.PROCESS, 32, EventSource.ITER, p[5], p[49], p[297]);
	}
}

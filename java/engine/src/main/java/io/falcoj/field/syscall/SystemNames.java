package io.falcoj.field.syscall;

/**
 * Linux errno and signal names, as libsinsp shows them next to a failed result ({@code -2(ENOENT)})
 * or a signal number ({@code 9(SIGKILL)}). Numbers are the Linux generic ones (x86 and arm64 agree).
 */
public final class SystemNames {
	private static final String[] ERRNO = new String[531];
	private static final String[] SIGNAL = new String[32];

	static {
		String[] low = {null, "EPERM", "ENOENT", "ESRCH", "EINTR", "EIO", "ENXIO", "E2BIG", "ENOEXEC", "EBADF",
				"ECHILD", "EAGAIN", "ENOMEM", "EACCES", "EFAULT", "ENOTBLK", "EBUSY", "EEXIST", "EXDEV", "ENODEV",
				"ENOTDIR", "EISDIR", "EINVAL", "ENFILE", "EMFILE", "ENOTTY", "ETXTBSY", "EFBIG", "ENOSPC", "ESPIPE",
				"EROFS", "EMLINK", "EPIPE", "EDOM", "ERANGE", "EDEADLK", "ENAMETOOLONG", "ENOLCK", "ENOSYS",
				"ENOTEMPTY", "ELOOP", null, "ENOMSG", "EIDRM", "ECHRNG", "EL2NSYNC", "EL3HLT", "EL3RST", "ELNRNG",
				"EUNATCH", "ENOCSI", "EL2HLT", "EBADE", "EBADR", "EXFULL", "ENOANO", "EBADRQC", "EBADSLT", null,
				"EBFONT", "ENOSTR", "ENODATA", "ETIME", "ENOSR", "ENONET", "ENOPKG", "EREMOTE", "ENOLINK", "EADV",
				"ESRMNT", "ECOMM", "EPROTO", "EMULTIHOP", "EDOTDOT", "EBADMSG", "EOVERFLOW", "ENOTUNIQ", "EBADFD",
				"EREMCHG", "ELIBACC", "ELIBBAD", "ELIBSCN", "ELIBMAX", "ELIBEXEC", "EILSEQ", "ERESTART", "ESTRPIPE",
				"EUSERS", "ENOTSOCK", "EDESTADDRREQ", "EMSGSIZE", "EPROTOTYPE", "ENOPROTOOPT", "EPROTONOSUPPORT",
				"ESOCKTNOSUPPORT", "EOPNOTSUPP", "EPFNOSUPPORT", "EAFNOSUPPORT", "EADDRINUSE", "EADDRNOTAVAIL",
				"ENETDOWN", "ENETUNREACH", "ENETRESET", "ECONNABORTED", "ECONNRESET", "ENOBUFS", "EISCONN",
				"ENOTCONN", "ESHUTDOWN", "ETOOMANYREFS", "ETIMEDOUT", "ECONNREFUSED", "EHOSTDOWN", "EHOSTUNREACH",
				"EALREADY", "EINPROGRESS", "ESTALE", "EUCLEAN", "ENOTNAM", "ENAVAIL", "EISNAM", "EREMOTEIO", "EDQUOT",
				"ENOMEDIUM", "EMEDIUMTYPE", "ECANCELED"};
		System.arraycopy(low, 0, ERRNO, 0, low.length);
		// The kernel-internal codes that leak out of interrupted syscalls.
		String[] kernel = {"ERESTARTSYS", "ERESTARTNOINTR", "ERESTARTNOHAND", "ENOIOCTLCMD", "ERESTART_RESTARTBLOCK"};
		System.arraycopy(kernel, 0, ERRNO, 512, kernel.length);
		String[] nfs = {"EBADHANDLE", "ENOTSYNC", "EBADCOOKIE", "ENOTSUPP", "ETOOSMALL", "ESERVERFAULT", "EBADTYPE",
				"EJUKEBOX", "EIOCBQUEUED", "EIOCBRETRY"};
		System.arraycopy(nfs, 0, ERRNO, 521, nfs.length);
		String[] sig = {null, "SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
				"SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM", "SIGSTKFLT", "SIGCHLD",
				"SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU", "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM",
				"SIGPROF", "SIGWINCH", "SIGIO", "SIGPWR", "SIGSYS"};
		System.arraycopy(sig, 0, SIGNAL, 0, sig.length);
	}

	private SystemNames() {
	}

	/** The name of the error a syscall result {@code res} (negative errno) stands for, or null. */
	public static String errno(long res) {
		long code = -res;
		return code > 0 && code < ERRNO.length ? ERRNO[(int) code] : null;
	}

	/** The name of signal {@code sig}, or null for real-time and unknown signals. */
	public static String signal(int sig) {
		return sig > 0 && sig < SIGNAL.length ? SIGNAL[sig] : null;
	}
}

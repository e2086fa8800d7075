package io.falcoj.capture;

/** Kinds of file descriptors, with libscap's scap_fd_type numbers and the one-letter code sysdig prints. */
public enum FdType {
	UNINITIALIZED(-1, '?'), UNKNOWN(0, '?'), FILE(1, 'f'), DIRECTORY(2, 'd'), IPV4_SOCK(3, '4'), IPV6_SOCK(4, '6'),
	IPV4_SERVSOCK(5, '4'), IPV6_SERVSOCK(6, '6'), FIFO(7, 'p'), UNIX_SOCK(8, 'u'), EVENT(9, 'e'),
	UNSUPPORTED(10, 'o'), SIGNALFD(11, 's'), EVENTPOLL(12, 'l'), INOTIFY(13, 'i'), TIMERFD(14, 't'),
	NETLINK(15, 'n'), FILE_V2(16, 'f'), BPF(17, 'b'), USERFAULTFD(18, 'u'), IOURING(19, 'r'), MEMFD(20, 'm'),
	PIDFD(21, 'P');

	public final int code;
	public final char letter;

	FdType(int code, char letter) {
		this.code = code;
		this.letter = letter;
	}

	public static FdType of(int code) {
		for (FdType t : values()) {
			if (t.code == code) {
				return t;
			}
		}
		return UNKNOWN;
	}
}

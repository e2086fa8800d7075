package io.falcoj.capture;

/**
 * One file descriptor of the fd list block. {@code type} uses libscap's scap_fd_type numbers (see
 * {@link FdType}); which of the other fields are set depends on it.
 */
public final class FdEntry {
	public long fd;
	public long ino;
	public FdType type = FdType.UNKNOWN;
	/** File-like fds: the path (files, directories) or the name libscap gives (e.g. "anon_inode:[eventfd]"). */
	public String name = "";
	public long openFlags;
	public long mountId;
	public long dev;
	/** Sockets: addresses as 4 or 16 raw bytes (network order), ports, and the L4 protocol number. */
	public byte[] sourceIp;
	public byte[] destIp;
	public int sourcePort;
	public int destPort;
	public int l4proto;
	/** Unix sockets: the kernel addresses of both ends. */
	public long unixSource;
	public long unixDest;
}

package io.falcoj.state;

import java.nio.ByteBuffer;

/**
 * Text forms of socket addresses as libsinsp writes them into fd names: {@code 1.2.3.4:80},
 * {@code 1.2.3.4:5678->5.6.7.8:80}, {@code ::1:80}, and for unix sockets
 * {@code ffff8a...->ffff8b... /run/x.sock}. Also reads the packed PT_SOCKADDR / PT_SOCKTUPLE
 * parameter layouts (family byte, then addresses in network order and ports in host order).
 */
public final class SocketFormat {
	/** libscap's PPM_AF_* family codes, as the first byte of an address parameter. */
	public static final int AF_UNIX = 1;
	public static final int AF_INET = 2;
	public static final int AF_INET6 = 10;

	private SocketFormat() {
	}

	public static String ipv4(int ip) {
		return ((ip >>> 24) & 255) + "." + ((ip >>> 16) & 255) + "." + ((ip >>> 8) & 255) + "." + (ip & 255);
	}

	/** An IPv6 address in the shortest form inet_ntop gives (RFC 5952: longest zero run as ::). */
	public static String ipv6(byte[] a) {
		if (isIpv4Mapped(a, 0)) {
			return "::ffff:" + ((a[12] & 255) + "." + (a[13] & 255) + "." + (a[14] & 255) + "." + (a[15] & 255));
		}
		int[] w = new int[8];
		for (int i = 0; i < 8; i++) {
			w[i] = ((a[2 * i] & 255) << 8) | (a[2 * i + 1] & 255);
		}
		int bestStart = -1;
		int bestLen = 0;
		for (int i = 0; i < 8;) {
			if (w[i] == 0) {
				int j = i;
				while (j < 8 && w[j] == 0) {
					j++;
				}
				if (j - i > bestLen && j - i >= 2) {
					bestStart = i;
					bestLen = j - i;
				}
				i = j;
			} else {
				i++;
			}
		}
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 8; i++) {
			if (i == bestStart) {
				sb.append("::");
				i += bestLen - 1;
				continue;
			}
			if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') {
				sb.append(':');
			}
			sb.append(Integer.toHexString(w[i]));
		}
		return sb.toString();
	}

	public static boolean isIpv4Mapped(byte[] a, int off) {
		for (int i = 0; i < 10; i++) {
			if (a[off + i] != 0) {
				return false;
			}
		}
		return a[off + 10] == (byte) 0xff && a[off + 11] == (byte) 0xff;
	}

	static boolean isIpv4Mapped(ByteBuffer b, int off) {
		for (int i = 0; i < 10; i++) {
			if (b.get(off + i) != 0) {
				return false;
			}
		}
		return b.get(off + 10) == (byte) 0xff && b.get(off + 11) == (byte) 0xff;
	}

	/**
	 * libsinsp's test for an IPv6 address that stands for an IPv4 one when it updates socket
	 * state: v4-mapped (::ffff:a.b.c.d), and also v4-compatible (::a.b.c.d, including ::).
	 */
	public static boolean carriesIpv4(ByteBuffer b, int off) {
		for (int i = 0; i < 10; i++) {
			if (b.get(off + i) != 0) {
				return false;
			}
		}
		byte x = b.get(off + 10);
		byte y = b.get(off + 11);
		return x == y && (x == 0 || x == (byte) 0xff);
	}

	/** Reads four address bytes (network order) as an int a.b.c.d = a<<24|...|d. */
	static int readIpv4(ByteBuffer b, int off) {
		return ((b.get(off) & 255) << 24) | ((b.get(off + 1) & 255) << 16) | ((b.get(off + 2) & 255) << 8)
				| (b.get(off + 3) & 255);
	}

	static byte[] read16(ByteBuffer b, int off, byte[] into) {
		byte[] a = into != null ? into : new byte[16];
		b.get(off, a, 0, 16);
		return a;
	}

	static int readPort(ByteBuffer b, int off) {
		return b.getShort(off) & 0xffff;
	}

	/** A NUL-terminated string starting at {@code off}, at most up to {@code end}. */
	static String readCString(ByteBuffer b, int off, int end) {
		int e = off;
		while (e < end && b.get(e) != 0) {
			e++;
		}
		byte[] bytes = new byte[e - off];
		b.get(off, bytes);
		return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
	}

	/** The name of a socket fd (libsinsp's sockinfo_to_str), from its current addresses. */
	public static String tupleName(FdInfo fd) {
		if (fd.isIpv6()) {
			return ipv6(fd.sip6) + ":" + fd.sport + "->" + ipv6(fd.dip6) + ":" + fd.dport;
		}
		return ipv4(fd.sip) + ":" + fd.sport + "->" + ipv4(fd.dip) + ":" + fd.dport;
	}

	public static String unixName(long source, long dest, String path) {
		return Long.toHexString(source) + "->" + Long.toHexString(dest) + " " + path;
	}

	/** A PT_SOCKADDR parameter as text (libsinsp's PF_SIMPLE form), or null when empty. */
	public static String sockaddr(ByteBuffer b, int off, int len) {
		if (len <= 0) {
			return null;
		}
		int fam = b.get(off) & 255;
		if (fam == AF_INET && len >= 7) {
			return ipv4(readIpv4(b, off + 1)) + ":" + readPort(b, off + 5);
		}
		if (fam == AF_INET6 && len >= 19) {
			return ipv6(read16(b, off + 1, null)) + ":" + readPort(b, off + 17);
		}
		if (fam == AF_UNIX) {
			return readCString(b, off + 1, off + len);
		}
		return "family " + fam;
	}

	/** A PT_SOCKTUPLE parameter as text (libsinsp's PF_SIMPLE form), or null when empty. */
	public static String socktuple(ByteBuffer b, int off, int len) {
		if (len <= 0) {
			return null;
		}
		int fam = b.get(off) & 255;
		if (fam == AF_INET && len >= 13) {
			return ipv4(readIpv4(b, off + 1)) + ":" + readPort(b, off + 5) + "->" + ipv4(readIpv4(b, off + 7)) + ":"
					+ readPort(b, off + 11);
		}
		if (fam == AF_INET6 && len >= 37) {
			if (isIpv4Mapped(b, off + 1) && isIpv4Mapped(b, off + 19)) {
				return ipv4(readIpv4(b, off + 13)) + ":" + readPort(b, off + 17) + "->" + ipv4(readIpv4(b, off + 31))
						+ ":" + readPort(b, off + 35);
			}
			return ipv6(read16(b, off + 1, null)) + ":" + readPort(b, off + 17) + "->" + ipv6(read16(b, off + 19, null))
					+ ":" + readPort(b, off + 35);
		}
		if (fam == AF_UNIX && len >= 17) {
			return unixName(b.getLong(off + 1), b.getLong(off + 9), readCString(b, off + 17, off + len));
		}
		return "family " + fam;
	}
}

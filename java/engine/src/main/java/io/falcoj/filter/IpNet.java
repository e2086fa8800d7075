package io.falcoj.filter;

/**
 * An address or network ({@code 10.0.0.1}, {@code 127.0.0.1/24}, {@code ::1}, {@code fe80::/10})
 * from a condition, tested against addresses a field reads as 4- or 16-byte arrays.
 */
final class IpNet {
	private final byte[] address;
	private final int prefixBits;

	private IpNet(byte[] address, int prefixBits) {
		this.address = address;
		this.prefixBits = prefixBits;
	}

	/** Parses without DNS lookups; null when the text is no address or network. */
	static IpNet parse(String text) {
		String addr = text;
		int bits = -1;
		int slash = text.indexOf('/');
		if (slash >= 0) {
			addr = text.substring(0, slash);
			try {
				bits = Integer.parseInt(text.substring(slash + 1));
			} catch (NumberFormatException e) {
				return null;
			}
		}
		byte[] bytes = addr.contains(":") ? parseV6(addr) : parseV4(addr);
		if (bytes == null) {
			return null;
		}
		if (bits < 0) {
			bits = bytes.length * 8;
		}
		if (bits > bytes.length * 8) {
			return null;
		}
		return new IpNet(bytes, bits);
	}

	boolean contains(byte[] ip) {
		if (ip == null) {
			return false;
		}
		byte[] a = address;
		byte[] b = ip;
		if (a.length != b.length) {
			// an IPv4 network against an IPv4-mapped IPv6 address (::ffff:a.b.c.d) and back
			if (a.length == 4 && isMapped(b)) {
				return prefixMatch(a, b, 12, prefixBits);
			}
			if (b.length == 4 && isMapped(a) && prefixBits >= 96) {
				return prefixMatch(b, a, 12, prefixBits - 96) ;
			}
			return false;
		}
		return prefixMatch(a, b, 0, prefixBits);
	}

	/** Compares the first {@code bits} bits of {@code net} with {@code ip} read from {@code off}. */
	private static boolean prefixMatch(byte[] net, byte[] ip, int off, int bits) {
		int full = bits / 8;
		for (int k = 0; k < full; k++) {
			if (net[k] != ip[off + k]) {
				return false;
			}
		}
		int rest = bits % 8;
		if (rest == 0) {
			return true;
		}
		int m = (0xFF << (8 - rest)) & 0xFF;
		return (net[full] & m) == (ip[off + full] & m);
	}

	private static boolean isMapped(byte[] v6) {
		if (v6.length != 16) {
			return false;
		}
		for (int k = 0; k < 10; k++) {
			if (v6[k] != 0) {
				return false;
			}
		}
		return v6[10] == (byte) 0xFF && v6[11] == (byte) 0xFF;
	}

	static byte[] parseV4(String s) {
		String[] parts = s.split("\\.", -1);
		if (parts.length != 4) {
			return null;
		}
		byte[] out = new byte[4];
		for (int k = 0; k < 4; k++) {
			try {
				int v = Integer.parseInt(parts[k]);
				if (v < 0 || v > 255 || parts[k].isEmpty()) {
					return null;
				}
				out[k] = (byte) v;
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return out;
	}

	static byte[] parseV6(String s) {
		if (!s.matches("[0-9a-fA-F:.]+")) {
			return null;
		}
		try {
			// literal addresses only: InetAddress does no lookup for these
			byte[] b = java.net.InetAddress.getByName(s).getAddress();
			if (b.length == 4) {
				byte[] m = new byte[16];
				m[10] = (byte) 0xFF;
				m[11] = (byte) 0xFF;
				System.arraycopy(b, 0, m, 12, 4);
				return m;
			}
			return b;
		} catch (java.net.UnknownHostException e) {
			return null;
		}
	}
}

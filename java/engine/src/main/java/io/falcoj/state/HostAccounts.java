package io.falcoj.state;

import io.falcoj.capture.CaptureListener;
import io.falcoj.capture.GroupEntry;
import io.falcoj.capture.UserEntry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The host's users and groups (passwd and group files), for live captures, whose state does not
 * come with a user list block: fed to a listener as the block's entries would be. Malformed lines
 * are skipped, as getpwent does.
 */
public final class HostAccounts {
	private HostAccounts() {
	}

	/** Reads {@code etc}/passwd and {@code etc}/group (when present) into {@code listener}; returns the entries fed. */
	public static int feed(Path etc, CaptureListener listener) throws IOException {
		int n = 0;
		Path passwd = etc.resolve("passwd");
		if (Files.isReadable(passwd)) {
			for (String line : Files.readAllLines(passwd, StandardCharsets.UTF_8)) {
				String[] f = fields(line, 7);
				if (f == null) {
					continue;
				}
				long uid = number(f[2]);
				long gid = number(f[3]);
				if (uid >= 0 && gid >= 0) {
					listener.onUser(new UserEntry(uid, gid, f[0], f[5], f[6], ""));
					n++;
				}
			}
		}
		Path group = etc.resolve("group");
		if (Files.isReadable(group)) {
			for (String line : Files.readAllLines(group, StandardCharsets.UTF_8)) {
				String[] f = fields(line, 3);
				if (f == null) {
					continue;
				}
				long gid = number(f[2]);
				if (gid >= 0) {
					listener.onGroup(new GroupEntry(gid, f[0], ""));
					n++;
				}
			}
		}
		return n;
	}

	private static String[] fields(String line, int min) {
		if (line.isEmpty() || line.startsWith("#")) {
			return null;
		}
		String[] f = line.split(":", -1);
		return f.length >= min && !f[0].isEmpty() ? f : null;
	}

	private static long number(String s) {
		try {
			long v = Long.parseLong(s);
			return v >= 0 && v <= 0xffffffffL ? v : -1;
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	/** The host's own accounts (/etc). */
	public static int feedHost(CaptureListener listener) throws IOException {
		return feed(Path.of("/etc"), listener);
	}
}

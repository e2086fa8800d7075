package io.falcoj.state;

/**
 * Container ids from cgroup paths, the way libsinsp's container engines recognise them without
 * asking a runtime: a 64-hex-digit id as the last path component, bare (docker's
 * {@code /docker/<id>}, kubepods' {@code /kubepods/.../<id>}) or wrapped in a systemd scope
 * ({@code docker-<id>.scope}, {@code crio-<id>.scope}, {@code cri-containerd-<id>.scope},
 * {@code libpod-<id>.scope}); and lxc's {@code /lxc/<name>}. The id is the first 12 digits, as
 * sysdig and Falco report it. Empty means the host.
 */
public final class ContainerIds {
	private static final String[] SCOPE_PREFIXES = {"docker-", "crio-", "cri-containerd-", "libpod-", "containerd-"};
	private static final int FULL_ID = 64;
	private static final int SHORT_ID = 12;

	private ContainerIds() {
	}

	/** The container id for these "subsystem=path" cgroup entries; "" on the host. */
	public static String fromCgroups(String[] cgroups) {
		for (String entry : cgroups) {
			int eq = entry.indexOf('=');
			String id = fromPath(eq >= 0 ? entry.substring(eq + 1) : entry);
			if (!id.isEmpty()) {
				return id;
			}
		}
		return "";
	}

	/** The container id one cgroup path names; "" when none. */
	public static String fromPath(String path) {
		if (path.startsWith("/lxc/") || path.startsWith("/lxc.payload.")) {
			int start = path.startsWith("/lxc/") ? 5 : 13;
			int end = path.indexOf('/', start);
			return end < 0 ? path.substring(start) : path.substring(start, end);
		}
		int slash = path.lastIndexOf('/');
		String last = path.substring(slash + 1);
		if (last.endsWith(".scope")) {
			last = last.substring(0, last.length() - 6);
			for (String prefix : SCOPE_PREFIXES) {
				if (last.startsWith(prefix)) {
					String id = last.substring(prefix.length());
					return isHexId(id) ? id.substring(0, SHORT_ID) : "";
				}
			}
			return "";
		}
		return isHexId(last) ? last.substring(0, SHORT_ID) : "";
	}

	private static boolean isHexId(String s) {
		if (s.length() != FULL_ID) {
			return false;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
				return false;
			}
		}
		return true;
	}
}

package io.falcoj.field.syscall;

import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldType;
import io.falcoj.state.ContainerInfo;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.StateEngine;
import io.falcoj.state.ThreadInfo;

import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;
import java.util.function.Function;

/**
 * The {@code container.*} fields. The id comes from the thread's cgroups ("host" outside
 * containers); the rest from the capture's container events, when it has them. Outside a container
 * id, name and type read "host" and the others have no value, as in libsinsp.
 */
public final class ContainerFields extends StateFamily {
	private static final String HOST = "host";

	public ContainerFields(StateEngine engine) {
		super(engine);
		str("container.id", "the container id.", e -> e.thread == null ? null
				: e.thread.containerId.isEmpty() ? HOST : e.thread.containerId);
		str("container.name", "the container name.", e -> hostOr(e, HOST, c -> c.name));
		str("container.image", "the container image name (e.g. falcosecurity/falco:latest for docker).",
				e -> hostOr(e, null, c -> c.image));
		str("container.image.id", "the container image id (e.g. 6f7e2741b66b).", e -> hostOr(e, null, c -> c.imageId));
		str("container.type", "the container type, eg: docker or rkt", e -> hostOr(e, HOST, c -> c.type));
		bool("container.privileged", "true for containers running as privileged, false otherwise", e -> {
			ContainerInfo c = info(e);
			return c == null || c.privileged == null ? -1 : c.privileged ? 1 : 0;
		});
		str("container.mounts", "A space-separated list of mount information. Each item in the list has the format "
				+ "<source>:<dest>:<mode>:<rdrw>:<propagation>", e -> {
					ContainerInfo c = info(e);
					if (c == null) {
						return null;
					}
					StringBuilder sb = new StringBuilder();
					for (ContainerInfo.Mount m : c.mounts) {
						if (sb.length() > 0) {
							sb.append(' ');
						}
						sb.append(m);
					}
					return sb.toString();
				});
		mountField("container.mount", "Information about a single mount, specified by number (e.g. "
				+ "container.mount[0]) or mount source (container.mount[/usr/local]).", ContainerInfo.Mount::toString);
		mountField("container.mount.source", "the mount source, specified by number or mount destination.",
				ContainerInfo.Mount::source);
		mountField("container.mount.dest", "the mount destination, specified by number or mount source.",
				ContainerInfo.Mount::dest);
		mountField("container.mount.mode", "the mount mode, specified by number or mount source.",
				ContainerInfo.Mount::mode);
		mountField("container.mount.rdwr", "the mount rdwr value, specified by number or mount source.",
				m -> Boolean.toString(m.rdwr()));
		mountField("container.mount.propagation", "the mount propagation value, specified by number or mount "
				+ "source.", ContainerInfo.Mount::propagation);
		str("container.image.repository", "the container image repository (e.g. falcosecurity/falco).",
				e -> hostOr(e, null, c -> c.imageRepo));
		str("container.image.tag", "the container image tag (e.g. stable, latest).", e -> hostOr(e, null, c -> c.imageTag));
		str("container.image.digest", "the container image registry digest.", e -> hostOr(e, null, c -> c.imageDigest));
		str("container.healthcheck", "The container's health check.", e -> null);
		str("container.liveness_probe", "The container's liveness probe.", e -> null);
		str("container.readiness_probe", "The container's readiness probe.", e -> null);
		str("container.ip", "The container's primary ip address.", e -> hostOr(e, null, c -> c.ip));
		num("container.start_ts", FieldType.ABSTIME, "Container start as epoch timestamp in nanoseconds.", e -> {
			ContainerInfo c = info(e);
			return c == null || c.createdNanos <= 0 ? NA : c.createdNanos;
		});
		num("container.duration", FieldType.RELTIME, "Nanoseconds since the container started.", e -> {
			ContainerInfo c = info(e);
			return c == null || c.createdNanos <= 0 ? NA : e.event.ts() - c.createdNanos;
		});
		bool("container.host_pid", "true if the container runs in the host pid namespace.",
				e -> flag(e, c -> c.hostPid));
		bool("container.host_network", "true if the container runs in the host network namespace.",
				e -> flag(e, c -> c.hostNetwork));
		bool("container.host_ipc", "true if the container runs in the host ipc namespace.",
				e -> flag(e, c -> c.hostIpc));
	}

	private ContainerInfo info(ParsedEvent e) {
		ThreadInfo t = e.thread;
		if (t == null || t.containerId.isEmpty()) {
			return null;
		}
		return engine.container(t.containerId);
	}

	private int flag(ParsedEvent e, Function<ContainerInfo, Boolean> get) {
		ContainerInfo c = info(e);
		Boolean v = c == null ? null : get.apply(c);
		return v == null ? -1 : v ? 1 : 0;
	}

	private String hostOr(ParsedEvent e, String onHost, Function<ContainerInfo, String> get) {
		ThreadInfo t = e.thread;
		if (t == null) {
			return null;
		}
		if (t.containerId.isEmpty()) {
			return onHost;
		}
		ContainerInfo c = engine.container(t.containerId);
		return c == null ? null : get.apply(c);
	}

	/**
	 * container.mount*[N] picks the Nth mount; container.mount*[PATTERN] the first mount whose
	 * source (destination for .source) matches the glob; "none" when no mount does.
	 */
	private void mountField(String name, String desc, Function<ContainerInfo.Mount, String> get) {
		boolean bySourceOfDest = name.endsWith(".source");
		add(name, FieldType.STRING, FieldInfo.Argument.REQUIRED, desc, (i, a) -> {
			Integer index = null;
			PathMatcher glob = null;
			try {
				index = Integer.parseInt(a.trim());
			} catch (NumberFormatException notIndex) {
				glob = FileSystems.getDefault().getPathMatcher("glob:" + a);
			}
			Integer idx = index;
			PathMatcher g = glob;
			return new StrField(i, a, e -> {
				ContainerInfo c = info(e);
				if (c == null) {
					return null;
				}
				if (idx != null) {
					return idx >= 0 && idx < c.mounts.size() ? get.apply(c.mounts.get(idx)) : "none";
				}
				for (ContainerInfo.Mount m : c.mounts) {
					String key = bySourceOfDest ? m.dest() : m.source();
					if (g.matches(Paths.get(key))) {
						return get.apply(m);
					}
				}
				return "none";
			}, null);
		});
	}
}

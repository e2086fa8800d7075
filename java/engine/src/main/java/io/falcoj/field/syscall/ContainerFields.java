package io.falcoj.field.syscall;

import io.falcoj.field.Field;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldType;
import io.falcoj.state.ContainerInfo;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.StateEngine;
import io.falcoj.state.ThreadInfo;

import java.nio.file.FileSystems;
import java.nio.file.PathMatcher;
import java.nio.file.Paths;

/**
 * The {@code container.*} fields. The id comes from the thread's cgroups ("host" outside
 * containers); the rest from the capture's container events, when it has them. Outside a container
 * id, name and type read "host" and the others have no value, as in libsinsp.
 */
public final class ContainerFields extends StateFamily {
	private static final String HOST = "host";

	private static final int ID = 0, NAME = 1, IMAGE = 2, IMAGE_ID = 3, TYPE = 4, PRIVILEGED = 5, MOUNTS = 6,
			MOUNT = 7, MOUNT_SOURCE = 8, MOUNT_DEST = 9, MOUNT_MODE = 10, MOUNT_RDWR = 11, MOUNT_PROPAGATION = 12,
			IMAGE_REPOSITORY = 13, IMAGE_TAG = 14, IMAGE_DIGEST = 15, NO_VALUE = 16, IP = 17, START_TS = 18,
			DURATION = 19, HOST_PID = 20, HOST_NETWORK = 21, HOST_IPC = 22;

	public ContainerFields(StateEngine engine) {
		super(engine);
		str(ID, "container.id", "the container id.");
		str(NAME, "container.name", "the container name.");
		str(IMAGE, "container.image", "the container image name (e.g. falcosecurity/falco:latest for docker).");
		str(IMAGE_ID, "container.image.id", "the container image id (e.g. 6f7e2741b66b).");
		str(TYPE, "container.type", "the container type, eg: docker or rkt");
		bool(PRIVILEGED, "container.privileged", "true for containers running as privileged, false otherwise");
		str(MOUNTS, "container.mounts", "A space-separated list of mount information. Each item in the list has the "
				+ "format <source>:<dest>:<mode>:<rdrw>:<propagation>");
		mountField(MOUNT, "container.mount", "Information about a single mount, specified by number (e.g. "
				+ "container.mount[0]) or mount source (container.mount[/usr/local]).");
		mountField(MOUNT_SOURCE, "container.mount.source", "the mount source, specified by number or mount "
				+ "destination.");
		mountField(MOUNT_DEST, "container.mount.dest", "the mount destination, specified by number or mount source.");
		mountField(MOUNT_MODE, "container.mount.mode", "the mount mode, specified by number or mount source.");
		mountField(MOUNT_RDWR, "container.mount.rdwr", "the mount rdwr value, specified by number or mount source.");
		mountField(MOUNT_PROPAGATION, "container.mount.propagation", "the mount propagation value, specified by "
				+ "number or mount source.");
		str(IMAGE_REPOSITORY, "container.image.repository", "the container image repository (e.g. "
				+ "falcosecurity/falco).");
		str(IMAGE_TAG, "container.image.tag", "the container image tag (e.g. stable, latest).");
		str(IMAGE_DIGEST, "container.image.digest", "the container image registry digest.");
		str(NO_VALUE, "container.healthcheck", "The container's health check.");
		str(NO_VALUE, "container.liveness_probe", "The container's liveness probe.");
		str(NO_VALUE, "container.readiness_probe", "The container's readiness probe.");
		str(IP, "container.ip", "The container's primary ip address.");
		num(START_TS, "container.start_ts", FieldType.ABSTIME, "Container start as epoch timestamp in nanoseconds.");
		num(DURATION, "container.duration", FieldType.RELTIME, "Nanoseconds since the container started.");
		bool(HOST_PID, "container.host_pid", "true if the container runs in the host pid namespace.");
		bool(HOST_NETWORK, "container.host_network", "true if the container runs in the host network namespace.");
		bool(HOST_IPC, "container.host_ipc", "true if the container runs in the host ipc namespace.");
	}

	@Override
	String strValue(int id, ParsedEvent e) {
		ThreadInfo t = e.thread;
		if (t == null || id == NO_VALUE) {
			return null;
		}
		if (t.containerId.isEmpty()) {
			return id == ID || id == NAME || id == TYPE ? HOST : null;
		}
		if (id == ID) {
			return t.containerId;
		}
		ContainerInfo c = engine.container(t.containerId);
		if (c == null) {
			return null;
		}
		switch (id) {
		case NAME:
			return c.name;
		case IMAGE:
			return c.image;
		case IMAGE_ID:
			return c.imageId;
		case TYPE:
			return c.type;
		case MOUNTS: {
			StringBuilder sb = new StringBuilder();
			for (ContainerInfo.Mount m : c.mounts) {
				if (sb.length() > 0) {
					sb.append(' ');
				}
				sb.append(m);
			}
			return sb.toString();
		}
		case IMAGE_REPOSITORY:
			return c.imageRepo;
		case IMAGE_TAG:
			return c.imageTag;
		case IMAGE_DIGEST:
			return c.imageDigest;
		case IP:
			return c.ip;
		default:
			return super.strValue(id, e);
		}
	}

	@Override
	long numValue(int id, ParsedEvent e) {
		ContainerInfo c = container(e);
		if (c == null || c.createdNanos <= 0) {
			return NA;
		}
		switch (id) {
		case START_TS:
			return c.createdNanos;
		case DURATION:
			return e.event.ts() - c.createdNanos;
		default:
			return super.numValue(id, e);
		}
	}

	@Override
	int boolValue(int id, ParsedEvent e) {
		ContainerInfo c = container(e);
		if (c == null) {
			return -1;
		}
		switch (id) {
		case PRIVILEGED:
			return flag(c.privileged);
		case HOST_PID:
			return flag(c.hostPid);
		case HOST_NETWORK:
			return flag(c.hostNetwork);
		case HOST_IPC:
			return flag(c.hostIpc);
		default:
			return super.boolValue(id, e);
		}
	}

	private static int flag(Boolean v) {
		return v == null ? -1 : v ? 1 : 0;
	}

	private ContainerInfo container(ParsedEvent e) {
		ThreadInfo t = e.thread;
		if (t == null || t.containerId.isEmpty()) {
			return null;
		}
		return engine.container(t.containerId);
	}

	private void mountField(int id, String name, String desc) {
		other(id, name, FieldType.STRING, FieldInfo.Argument.REQUIRED, desc);
	}

	@Override
	Field<ParsedEvent> bindOther(int id, FieldInfo info, String argument) {
		return new MountField(info, argument, id);
	}

	/** What a container.mount* field reads from a mount. */
	private static String mountPart(int id, ContainerInfo.Mount m) {
		switch (id) {
		case MOUNT_SOURCE:
			return m.source();
		case MOUNT_DEST:
			return m.dest();
		case MOUNT_MODE:
			return m.mode();
		case MOUNT_RDWR:
			return Boolean.toString(m.rdwr());
		case MOUNT_PROPAGATION:
			return m.propagation();
		default:
			return m.toString();
		}
	}

	/**
	 * container.mount*[N] picks the Nth mount; container.mount*[PATTERN] the first mount whose
	 * source (destination for .source) matches the glob; "none" when no mount does.
	 */
	private final class MountField extends Field<ParsedEvent> {
		private final int id;
		private final int index;
		private final PathMatcher glob;

		MountField(FieldInfo info, String arg, int id) {
			super(info, arg);
			this.id = id;
			int n = -1;
			PathMatcher g = null;
			try {
				n = Integer.parseInt(arg.trim());
			} catch (NumberFormatException notIndex) {
				g = FileSystems.getDefault().getPathMatcher("glob:" + arg);
			}
			this.index = n;
			this.glob = g;
		}

		@Override
		public Object value(ParsedEvent e) {
			ContainerInfo c = container(e);
			if (c == null) {
				return null;
			}
			if (glob == null) {
				return index >= 0 && index < c.mounts.size() ? mountPart(id, c.mounts.get(index)) : "none";
			}
			for (ContainerInfo.Mount m : c.mounts) {
				String key = id == MOUNT_SOURCE ? m.dest() : m.source();
				if (glob.matches(Paths.get(key))) {
					return mountPart(id, m);
				}
			}
			return "none";
		}

		@Override
		public String render(ParsedEvent e) {
			Object v = value(e);
			return v == null ? "<NA>" : (String) v;
		}
	}
}

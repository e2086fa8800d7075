package io.falcoj.state;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a capture says about one container (its container event: the runtime's metadata as JSON in
 * current captures, four fields in old ones). Rare (one per container), so parsed with SnakeYAML,
 * whose YAML 1.1 loader reads this JSON.
 */
public final class ContainerInfo {
	/** libsinsp's sinsp_container_type names, by number. */
	private static final String[] TYPES = {"docker", "lxc", "libvirt-lxc", "mesos", "rkt", "custom", "cri",
			"containerd", "cri-o", "bpm", "static", "podman"};

	/** One mount: source, destination, mode, read-write, propagation. */
	public record Mount(String source, String dest, String mode, boolean rdwr, String propagation) {
		@Override
		public String toString() {
			return source + ":" + dest + ":" + mode + ":" + rdwr + ":" + propagation;
		}
	}

	public String id = "";
	public String type;
	public String name;
	public String image;
	public String imageId;
	public String imageRepo;
	public String imageTag;
	public String imageDigest;
	public Boolean privileged;
	public String ip;
	/** Creation time, epoch nanoseconds (0 when unknown). */
	public long createdNanos;
	public Boolean hostPid;
	public Boolean hostNetwork;
	public Boolean hostIpc;
	public List<Mount> mounts = List.of();
	/** The runtime's labels of the container (for CRI containers, Kubernetes' io.kubernetes.* among them). */
	public Map<String, String> labels = Map.of();
	/**
	 * The labels of the pod the container runs in: the sandbox's when the runtime reported them,
	 * else the container's own labels without Kubernetes' io.kubernetes.* bookkeeping.
	 */
	public Map<String, String> podLabels = Map.of();

	static String typeName(long code) {
		return code >= 0 && code < TYPES.length ? TYPES[(int) code] : null;
	}

	/** Reads a container event's JSON; null when it is not the expected shape. */
	static ContainerInfo fromJson(String json) {
		Object root;
		try {
			root = new Yaml(new SafeConstructor(new LoaderOptions())).load(json);
		} catch (RuntimeException e) {
			return null;
		}
		if (!(root instanceof Map<?, ?> top) || !(top.get("container") instanceof Map<?, ?> c)) {
			return null;
		}
		ContainerInfo ci = new ContainerInfo();
		ci.id = str(c.get("id"));
		if (ci.id == null) {
			return null;
		}
		ci.name = str(c.get("name"));
		ci.image = str(c.get("image"));
		ci.imageId = str(c.get("imageid"));
		ci.imageRepo = str(c.get("imagerepo"));
		ci.imageTag = str(c.get("imagetag"));
		ci.imageDigest = str(c.get("imagedigest"));
		ci.ip = str(c.get("ip"));
		if (c.get("privileged") instanceof Boolean b) {
			ci.privileged = b;
		}
		if (c.get("created_time") instanceof Number n) {
			ci.createdNanos = n.longValue() * 1_000_000_000L;
		}
		ci.hostPid = c.get("host_pid") instanceof Boolean b ? b : null;
		ci.hostNetwork = c.get("host_network") instanceof Boolean b ? b : null;
		ci.hostIpc = c.get("host_ipc") instanceof Boolean b ? b : null;
		if (c.get("type") instanceof Number n) {
			ci.type = typeName(n.longValue());
		}
		if (c.get("Mounts") instanceof List<?> ms) {
			List<Mount> out = new ArrayList<>();
			for (Object o : ms) {
				if (o instanceof Map<?, ?> m) {
					out.add(new Mount(nz(m.get("Source")), nz(m.get("Destination")), nz(m.get("Mode")),
							Boolean.TRUE.equals(m.get("RW")), nz(m.get("Propagation"))));
				}
			}
			ci.mounts = List.copyOf(out);
		}
		ci.labels = stringMap(c.get("labels"), c.get("Labels"));
		ci.podLabels = stringMap(c.get("pod_sandbox_labels"), null);
		if (ci.podLabels.isEmpty()) {
			Map<String, String> own = new java.util.LinkedHashMap<>();
			ci.labels.forEach((k, v) -> {
				if (!k.startsWith("io.kubernetes.")) {
					own.put(k, v);
				}
			});
			ci.podLabels = java.util.Collections.unmodifiableMap(own);
		}
		return ci;
	}

	private static Map<String, String> stringMap(Object primary, Object fallback) {
		Object o = primary instanceof Map<?, ?> ? primary : fallback;
		if (!(o instanceof Map<?, ?> m)) {
			return Map.of();
		}
		Map<String, String> out = new java.util.LinkedHashMap<>();
		m.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
		return java.util.Collections.unmodifiableMap(out);
	}

	private static String str(Object o) {
		return o == null ? null : o.toString();
	}

	private static String nz(Object o) {
		return o == null ? "" : o.toString();
	}
}

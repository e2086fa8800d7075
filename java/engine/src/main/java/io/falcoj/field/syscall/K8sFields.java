package io.falcoj.field.syscall;

import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldType;
import io.falcoj.state.ContainerInfo;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.StateEngine;
import io.falcoj.state.ThreadInfo;

import java.util.Map;
import java.util.function.Function;

/**
 * The {@code k8s.*} fields of the syscall source. As in current libsinsp, pod and namespace come
 * from the labels the container runtime (CRI) puts on a pod's containers
 * ({@code io.kubernetes.pod.name}, {@code io.kubernetes.pod.namespace}, {@code io.kubernetes.pod.uid}).
 * Replication controllers, services, replica sets, deployments and namespace labels were only ever
 * known from the Kubernetes API server, which this engine does not query: those fields exist (rules
 * that name them load) and have no value, as in libsinsp without an API server.
 */
public final class K8sFields extends StateFamily {
	static final String POD_NAME = "io.kubernetes.pod.name";
	static final String POD_NAMESPACE = "io.kubernetes.pod.namespace";
	static final String POD_UID = "io.kubernetes.pod.uid";
	static final String SANDBOX_ID = "io.kubernetes.sandbox.id";

	public K8sFields(StateEngine engine) {
		super(engine);
		str("k8s.pod.name", "Kubernetes pod name.", e -> label(e, POD_NAME));
		str("k8s.pod.id", "Kubernetes pod id (its uid).", e -> label(e, POD_UID));
		str("k8s.pod.uid", "Kubernetes pod uid.", e -> label(e, POD_UID));
		str("k8s.pod.sandbox_id", "Kubernetes pod sandbox id (first 12 characters).", e -> {
			String id = label(e, SANDBOX_ID);
			return id == null || id.length() <= 12 ? id : id.substring(0, 12);
		});
		str("k8s.pod.full_sandbox_id", "Kubernetes pod sandbox id.", e -> label(e, SANDBOX_ID));
		labelField("k8s.pod.label", "Kubernetes pod label. E.g. 'k8s.pod.label.foo'.", this::podLabels);
		str("k8s.pod.labels", "Kubernetes pod comma-separated key/value labels. E.g. 'foo1:bar1,foo2:bar2'.",
				e -> joined(podLabels(e)));
		str("k8s.pod.ip", "Kubernetes pod ip (the container's primary address).", e -> {
			ContainerInfo c = container(e);
			return c == null || label(e, POD_NAME) == null ? null : c.ip;
		});
		str("k8s.ns.name", "Kubernetes namespace name.", e -> label(e, POD_NAMESPACE));
		for (String kind : new String[] {"rc", "svc", "rs", "deployment"}) {
			String what = switch (kind) {
			case "rc" -> "replication controller";
			case "svc" -> "service";
			case "rs" -> "replica set";
			default -> "deployment";
			};
			apiOnly("k8s." + kind + ".name", "Kubernetes " + what + " name.");
			apiOnly("k8s." + kind + ".id", "Kubernetes " + what + " id.");
			labelField("k8s." + kind + ".label", "Kubernetes " + what + " label.", e -> null);
			apiOnly("k8s." + kind + ".labels", "Kubernetes " + what + " comma-separated key/value labels.");
		}
		apiOnly("k8s.ns.id", "Kubernetes namespace id.");
		labelField("k8s.ns.label", "Kubernetes namespace label. E.g. 'k8s.ns.label.foo'.", e -> null);
		apiOnly("k8s.ns.labels", "Kubernetes namespace comma-separated key/value labels.");
	}

	private void apiOnly(String name, String desc) {
		str(name, desc + " Known only from the Kubernetes API server, which is not queried: no value.", e -> null);
	}

	private void labelField(String name, String desc, Function<ParsedEvent, Map<String, String>> labels) {
		add(name, FieldType.STRING, FieldInfo.Argument.REQUIRED, desc,
				(i, key) -> new StrField(i, key, e -> {
					Map<String, String> m = labels.apply(e);
					return m == null ? null : m.get(key);
				}, null));
	}

	private ContainerInfo container(ParsedEvent e) {
		ThreadInfo t = e.thread;
		return t == null || t.containerId.isEmpty() ? null : engine.container(t.containerId);
	}

	private String label(ParsedEvent e, String key) {
		ContainerInfo c = container(e);
		return c == null ? null : c.labels.get(key);
	}

	/** The pod's labels, for a container in a pod (made once per container when its event is read). */
	private Map<String, String> podLabels(ParsedEvent e) {
		ContainerInfo c = container(e);
		return c == null || label(e, POD_NAME) == null ? null : c.podLabels;
	}

	private static String joined(Map<String, String> labels) {
		if (labels == null) {
			return null;
		}
		StringBuilder sb = new StringBuilder();
		labels.forEach((k, v) -> {
			if (sb.length() > 0) {
				sb.append(',');
			}
			sb.append(k).append(':').append(v);
		});
		return sb.toString();
	}
}

package io.falcoj.field.syscall;

import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldType;
import io.falcoj.state.ContainerInfo;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.StateEngine;
import io.falcoj.state.ThreadInfo;

import java.util.Map;

/**
 * The {@code k8s.*} fields of the syscall source. Without a connection to an API server (which
 * this engine does not make), libsinsp knows a pod only from its container runtime's labels: the
 * pod name, uid and namespace, and the pod's labels. The controller fields (rc, svc, rs,
 * deployment) and the namespace's id and labels need the API server: they have no value here.
 */
public final class K8sFields extends StateFamily {
	private static final String POD_NAME = "io.kubernetes.pod.name";
	private static final String POD_UID = "io.kubernetes.pod.uid";
	private static final String POD_NAMESPACE = "io.kubernetes.pod.namespace";

	public K8sFields(StateEngine engine) {
		super(engine);
		str("k8s.pod.name", "Kubernetes pod name.", e -> label(e, POD_NAME));
		str("k8s.pod.id", "Kubernetes pod id.", e -> label(e, POD_UID));
		labelField("k8s.pod.label", "Kubernetes pod label. E.g. 'k8s.pod.label.foo'.");
		str("k8s.pod.labels", "Kubernetes pod comma-separated key/value labels. E.g. 'foo1:bar1,foo2:bar2'.", e -> {
			Map<String, String> ls = podLabels(e);
			if (ls == null) {
				return null;
			}
			StringBuilder sb = new StringBuilder();
			ls.forEach((k, v) -> {
				if (!k.startsWith("io.kubernetes.")) {
					sb.append(sb.length() > 0 ? "," : "").append(k).append(':').append(v);
				}
			});
			return sb.toString();
		});
		for (String kind : new String[] {"rc", "svc"}) {
			unknown(kind);
		}
		str("k8s.ns.name", "Kubernetes namespace name.", e -> label(e, POD_NAMESPACE));
		str("k8s.ns.id", "Kubernetes namespace id.", e -> null);
		add("k8s.ns.label", FieldType.STRING, FieldInfo.Argument.REQUIRED, "Kubernetes namespace label.",
				(i, a) -> new StrField(i, a, e -> null));
		str("k8s.ns.labels", "Kubernetes namespace comma-separated key/value labels.", e -> null);
		for (String kind : new String[] {"rs", "deployment"}) {
			unknown(kind);
		}
	}

	/** A controller kind whose metadata only the API server has. */
	private void unknown(String kind) {
		str("k8s." + kind + ".name", "Kubernetes " + kind + " name.", e -> null);
		str("k8s." + kind + ".id", "Kubernetes " + kind + " id.", e -> null);
		add("k8s." + kind + ".label", FieldType.STRING, FieldInfo.Argument.REQUIRED, "Kubernetes " + kind + " label.",
				(i, a) -> new StrField(i, a, e -> null));
		str("k8s." + kind + ".labels", "Kubernetes " + kind + " comma-separated key/value labels.", e -> null);
	}

	private void labelField(String name, String desc) {
		add(name, FieldType.STRING, FieldInfo.Argument.REQUIRED, desc, (i, a) -> new StrField(i, a, e -> {
			Map<String, String> ls = podLabels(e);
			return ls == null ? null : ls.get(a);
		}));
	}

	/** The labels of the event's container when it belongs to a pod; else null. */
	private Map<String, String> podLabels(ParsedEvent e) {
		ThreadInfo t = e.thread;
		if (t == null || t.containerId.isEmpty()) {
			return null;
		}
		ContainerInfo c = engine.container(t.containerId);
		if (c == null || !c.labels.containsKey(POD_NAME)) {
			return null;
		}
		return c.labels;
	}

	private String label(ParsedEvent e, String key) {
		Map<String, String> ls = podLabels(e);
		return ls == null ? null : ls.get(key);
	}
}

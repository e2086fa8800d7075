package io.falcoj.field.syscall;

import io.falcoj.field.Field;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldType;
import io.falcoj.state.ContainerInfo;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.StateEngine;
import io.falcoj.state.ThreadInfo;

import java.util.Map;

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

	private static final int POD_NAME_ID = 0, POD_UID_ID = 1, POD_SANDBOX_ID = 2, POD_FULL_SANDBOX_ID = 3,
			POD_LABEL = 4, POD_LABELS = 5, POD_IP = 6, NS_NAME = 7, API_ONLY = 8, NO_LABEL = 9;

	/** Ends the description of the fields only the API server knows. */
	private static final String API_ONLY_NOTE = " Known only from the Kubernetes API server, which is not queried: no "
			+ "value.";

	public K8sFields(StateEngine engine) {
		super(engine);
		str(POD_NAME_ID, "k8s.pod.name", "Kubernetes pod name.");
		str(POD_UID_ID, "k8s.pod.id", "Kubernetes pod id (its uid).");
		str(POD_UID_ID, "k8s.pod.uid", "Kubernetes pod uid.");
		str(POD_SANDBOX_ID, "k8s.pod.sandbox_id", "Kubernetes pod sandbox id (first 12 characters).");
		str(POD_FULL_SANDBOX_ID, "k8s.pod.full_sandbox_id", "Kubernetes pod sandbox id.");
		other(POD_LABEL, "k8s.pod.label", FieldType.STRING, FieldInfo.Argument.REQUIRED, "Kubernetes pod label. E.g. "
				+ "'k8s.pod.label.foo'.");
		str(POD_LABELS, "k8s.pod.labels", "Kubernetes pod comma-separated key/value labels. E.g. "
				+ "'foo1:bar1,foo2:bar2'.");
		str(POD_IP, "k8s.pod.ip", "Kubernetes pod ip (the container's primary address).");
		str(NS_NAME, "k8s.ns.name", "Kubernetes namespace name.");
		str(API_ONLY, "k8s.rc.name", "Kubernetes replication controller name." + API_ONLY_NOTE);
		str(API_ONLY, "k8s.rc.id", "Kubernetes replication controller id." + API_ONLY_NOTE);
		other(NO_LABEL, "k8s.rc.label", FieldType.STRING, FieldInfo.Argument.REQUIRED,
				"Kubernetes replication controller label.");
		str(API_ONLY, "k8s.rc.labels", "Kubernetes replication controller comma-separated key/value labels."
				+ API_ONLY_NOTE);
		str(API_ONLY, "k8s.svc.name", "Kubernetes service name." + API_ONLY_NOTE);
		str(API_ONLY, "k8s.svc.id", "Kubernetes service id." + API_ONLY_NOTE);
		other(NO_LABEL, "k8s.svc.label", FieldType.STRING, FieldInfo.Argument.REQUIRED, "Kubernetes service label.");
		str(API_ONLY, "k8s.svc.labels", "Kubernetes service comma-separated key/value labels." + API_ONLY_NOTE);
		str(API_ONLY, "k8s.rs.name", "Kubernetes replica set name." + API_ONLY_NOTE);
		str(API_ONLY, "k8s.rs.id", "Kubernetes replica set id." + API_ONLY_NOTE);
		other(NO_LABEL, "k8s.rs.label", FieldType.STRING, FieldInfo.Argument.REQUIRED, "Kubernetes replica set label.");
		str(API_ONLY, "k8s.rs.labels", "Kubernetes replica set comma-separated key/value labels." + API_ONLY_NOTE);
		str(API_ONLY, "k8s.deployment.name", "Kubernetes deployment name." + API_ONLY_NOTE);
		str(API_ONLY, "k8s.deployment.id", "Kubernetes deployment id." + API_ONLY_NOTE);
		other(NO_LABEL, "k8s.deployment.label", FieldType.STRING, FieldInfo.Argument.REQUIRED,
				"Kubernetes deployment label.");
		str(API_ONLY, "k8s.deployment.labels", "Kubernetes deployment comma-separated key/value labels."
				+ API_ONLY_NOTE);
		str(API_ONLY, "k8s.ns.id", "Kubernetes namespace id." + API_ONLY_NOTE);
		other(NO_LABEL, "k8s.ns.label", FieldType.STRING, FieldInfo.Argument.REQUIRED, "Kubernetes namespace label. "
				+ "E.g. 'k8s.ns.label.foo'.");
		str(API_ONLY, "k8s.ns.labels", "Kubernetes namespace comma-separated key/value labels." + API_ONLY_NOTE);
	}

	@Override
	String strValue(int id, ParsedEvent e) {
		switch (id) {
		case POD_NAME_ID:
			return label(e, POD_NAME);
		case POD_UID_ID:
			return label(e, POD_UID);
		case POD_SANDBOX_ID: {
			String id12 = label(e, SANDBOX_ID);
			return id12 == null || id12.length() <= 12 ? id12 : id12.substring(0, 12);
		}
		case POD_FULL_SANDBOX_ID:
			return label(e, SANDBOX_ID);
		case POD_LABELS:
			return joined(podLabels(e));
		case POD_IP: {
			ContainerInfo c = container(e);
			return c == null || label(e, POD_NAME) == null ? null : c.ip;
		}
		case NS_NAME:
			return label(e, POD_NAMESPACE);
		case API_ONLY:
			return null;
		default:
			return super.strValue(id, e);
		}
	}

	/** k8s.pod.label.KEY (and the label fields of what only the API server knows, never with a value). */
	@Override
	Field<ParsedEvent> bindOther(int id, FieldInfo info, String key) {
		return new LabelField(info, key, id == POD_LABEL);
	}

	private final class LabelField extends Field<ParsedEvent> {
		private final boolean ofPod;

		LabelField(FieldInfo info, String key, boolean ofPod) {
			super(info, key);
			this.ofPod = ofPod;
		}

		@Override
		public Object value(ParsedEvent e) {
			Map<String, String> m = ofPod ? podLabels(e) : null;
			return m == null ? null : m.get(argument());
		}

		@Override
		public String render(ParsedEvent e) {
			Object v = value(e);
			return v == null ? "<NA>" : (String) v;
		}
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
		for (Map.Entry<String, String> l : labels.entrySet()) {
			if (sb.length() > 0) {
				sb.append(',');
			}
			sb.append(l.getKey()).append(':').append(l.getValue());
		}
		return sb.toString();
	}
}

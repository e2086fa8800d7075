package io.falcoj.k8saudit;

import io.falcoj.field.Field;
import io.falcoj.field.FieldCatalog;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldInfo.Argument;
import io.falcoj.field.FieldType;
import io.falcoj.field.UnknownFieldException;
import io.falcoj.json.Json;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of the {@code k8s_audit} source: the {@code ka.*} fields of Falco's k8saudit plugin
 * (and the built-in source before it), the {@code jevt.*} / {@code json.*} JSON fields (values by
 * RFC 6901 pointer, the whole object, the time), and the generic {@code evt.time*} fields.
 *
 * <p>Every field is a string, as in the plugin; list fields give a {@code List<String>}. A value
 * that is not a JSON string reads as its compact JSON text ({@code 201}, {@code true},
 * {@code {"kind":"User"}}). Fields marked "Index" take an optional numeric argument that selects
 * one element ({@code ka.req.pod.containers.image[0]}); a non-numeric one is ignored, as in the
 * plugin.
 */
public final class K8sAuditFields implements FieldCatalog<AuditEvent> {
	/** Extracts one field from an event: a String, a List of Strings, or null when absent. */
	@FunctionalInterface
	private interface Extractor {
		Object extract(AuditEvent e, String arg, int index);
	}

	private record Def(FieldInfo info, Extractor fn) {
	}

	private static final int NO_INDEX = -1;
	private static final String[] CONTAINER_KINDS = {"containers", "initContainers", "ephemeralContainers"};

	/**
	 * The fields by name, made at the first lookup: every falco start makes this catalog, and
	 * most load syscall rules only (its ~50 extractors were some 15 ms of start-up, lambda call
	 * sites linked in the interpreter).
	 */
	private Map<String, Def> byName;

	private Map<String, Def> defs() {
		if (byName == null) {
			byName = new LinkedHashMap<>();
			define();
		}
		return byName;
	}

	@Override
	public String source() {
		return "k8s_audit";
	}

	@Override
	public Field<AuditEvent> field(String name, String bracketArgument) throws UnknownFieldException {
		Def def = defs().get(name);
		if (def == null) {
			throw new UnknownFieldException("unknown field " + name);
		}
		Argument a = def.info.argument();
		if (bracketArgument == null && a == Argument.REQUIRED) {
			throw new UnknownFieldException("field " + name + " requires an argument");
		}
		if (bracketArgument != null && a == Argument.NONE) {
			throw new UnknownFieldException("field " + name + " does not take an argument");
		}
		int index = NO_INDEX;
		if (bracketArgument != null && a == Argument.OPTIONAL) {
			try {
				index = Integer.parseInt(bracketArgument.trim());
			} catch (NumberFormatException e) {
				index = NO_INDEX;
			}
		}
		return new Bound(def, bracketArgument, index);
	}

	@Override
	public List<FieldInfo> fields() {
		List<FieldInfo> out = new ArrayList<>();
		for (Def d : defs().values()) {
			out.add(d.info);
		}
		return out;
	}

	/** This source has no event types: every k8s_audit rule meets every audit event. */
	@Override
	public int[] eventCodes(String typeName) {
		return null;
	}

	@Override
	public int eventCodeCount() {
		return 0;
	}

	private static final class Bound extends Field<AuditEvent> {
		private final Extractor fn;
		private final int index;

		Bound(Def def, String argument, int index) {
			super(def.info, argument);
			this.fn = def.fn;
			this.index = index;
		}

		@Override
		public Object value(AuditEvent ctx) {
			return fn.extract(ctx, argument(), index);
		}

		@Override
		public String render(AuditEvent ctx) {
			Object v = value(ctx);
			if (v == null) {
				return "<NA>";
			}
			if (v instanceof List<?> l) {
				return "(" + String.join(",", l.stream().map(String::valueOf).toList()) + ")";
			}
			return v.toString();
		}
	}

	private void add(String name, boolean list, Argument arg, String desc, Extractor fn) {
		byName.put(name, new Def(new FieldInfo(name, FieldType.STRING, list, arg, desc), fn));
	}

	/** A plain string field at a member path. */
	private void path(String name, String desc, String... keys) {
		add(name, false, Argument.NONE, desc, (e, a, i) -> text(Json.get(e.json(), keys)));
	}

	/** A list field: the elements of the array at a member path, as strings. */
	private void listPath(String name, String desc, String... keys) {
		add(name, true, Argument.NONE, desc, (e, a, i) -> Json.get(e.json(), keys) instanceof List<?> l ? texts(l) : null);
	}

	private void define() {
		path("ka.auditid", "The unique id of the audit event", "auditID");
		path("ka.stage", "Stage of the request (e.g. RequestReceived, ResponseComplete, etc.)", "stage");
		path("ka.auth.decision", "The authorization decision", "annotations", "authorization.k8s.io/decision");
		path("ka.auth.reason", "The authorization reason", "annotations", "authorization.k8s.io/reason");
		path("ka.user.name", "The user name performing the request", "user", "username");
		listPath("ka.user.groups", "The groups to which the user belongs", "user", "groups");
		path("ka.impuser.name", "The impersonated user name", "impersonatedUser", "username");
		path("ka.verb", "The action being performed", "verb");
		path("ka.uri", "The request URI as sent from client to server", "requestURI");
		add("ka.uri.param", false, Argument.REQUIRED,
				"The value of a given query parameter in the uri (e.g. when uri=/foo?key=val, ka.uri.param[key] is val).",
				(e, a, i) -> uriParam(Json.get(e.json(), "requestURI"), a));
		path("ka.target.name", "The target object name", "objectRef", "name");
		path("ka.target.namespace", "The target object namespace", "objectRef", "namespace");
		path("ka.target.resource", "The target object resource", "objectRef", "resource");
		path("ka.target.subresource", "The target object subresource", "objectRef", "subresource");
		add("ka.target.pod.name", false, Argument.NONE, "The target pod name",
				(e, a, i) -> "pods".equals(Json.get(e.json(), "objectRef", "resource")) ? text(Json.get(e.json(), "objectRef", "name")) : null);
		listPath("ka.req.binding.subjects",
				"When the request object refers to a cluster role binding, the subject (e.g. account/users) being linked by the binding",
				"requestObject", "subjects");
		add("ka.req.binding.subjects.user_names", true, Argument.NONE,
				"When the request object refers to a cluster role binding, the subject user names being linked by the binding",
				(e, a, i) -> subjects(e, "User", false));
		add("ka.req.binding.subjects.serviceaccount_names", true, Argument.NONE,
				"When the request object refers to a cluster role binding, the subject service account names being linked by the binding",
				(e, a, i) -> subjects(e, "ServiceAccount", false));
		add("ka.req.binding.subjects.serviceaccount_ns_names", true, Argument.NONE,
				"When the request object refers to a cluster role binding, the subject serviceaccount namespaced names (namespace:name) being linked by the binding",
				(e, a, i) -> subjects(e, "ServiceAccount", true));
		add("ka.req.binding.subjects.group_names", true, Argument.NONE,
				"When the request object refers to a cluster role binding, the subject group names being linked by the binding",
				(e, a, i) -> subjects(e, "Group", false));
		path("ka.req.binding.role", "When the request object refers to a cluster role binding, the role being linked by the binding",
				"requestObject", "roleRef", "name");
		// Kept for old rules; the built-in source answered "true" whatever the argument.
		add("ka.req.binding.subject.has_name", false, Argument.REQUIRED,
				"Deprecated, always returns \"true\". Only provided for backwards compatibility", (e, a, i) -> "true");
		path("ka.req.configmap.name", "If the request object refers to a configmap, the configmap name", "objectRef", "name");
		path("ka.req.configmap.obj", "If the request object refers to a configmap, the entire configmap object", "requestObject", "data");
		add("ka.req.container.image", false, Argument.NONE,
				"Deprecated by ka.req.pod.containers.image. Returns the image of the first container only",
				(e, a, i) -> first(containerValues(e, "containers", 0, "image")));
		add("ka.req.container.image.repository", false, Argument.NONE,
				"Deprecated by ka.req.pod.containers.image.repository. Returns the repository of the first container only",
				(e, a, i) -> first(repositories(containerValues(e, "containers", 0, "image"))));
		path("ka.req.pod.host_ipc", "When the request object refers to a pod, the value of the hostIPC flag.", "requestObject", "spec", "hostIPC");
		path("ka.req.pod.host_network", "When the request object refers to a pod, the value of the hostNetwork flag.", "requestObject", "spec", "hostNetwork");
		path("ka.req.container.host_network", "Deprecated alias for ka.req.pod.host_network", "requestObject", "spec", "hostNetwork");
		path("ka.req.pod.host_pid", "When the request object refers to a pod, the value of the hostPID flag.", "requestObject", "spec", "hostPID");
		add("ka.req.container.privileged", false, Argument.NONE,
				"Deprecated by ka.req.pod.containers.privileged. Returns true if any container has privileged=true",
				(e, a, i) -> anyPrivileged(e));
		path("ka.req.pod.run_as_user", "When the request object refers to a pod, the runAsUser uid specified in the security context for the pod",
				"requestObject", "spec", "securityContext", "runAsUser");
		path("ka.req.pod.run_as_group", "When the request object refers to a pod, the runAsGroup gid specified in the security context for the pod",
				"requestObject", "spec", "securityContext", "runAsGroup");
		path("ka.req.pod.fs_group", "When the request object refers to a pod, the fsGroup gid specified by the security context.",
				"requestObject", "spec", "securityContext", "fsGroup");
		listPath("ka.req.pod.supplemental_groups", "When the request object refers to a pod, the supplementalGroup gids specified by the security context.",
				"requestObject", "spec", "securityContext", "supplementalGroups");
		for (String kind : CONTAINER_KINDS) {
			containerFields(kind);
		}
		listPath("ka.req.role.rules", "When the request object refers to a role/cluster role, the rules associated with the role", "requestObject", "rules");
		for (String key : new String[] {"apiGroups", "nonResourceURLs", "verbs", "resources"}) {
			add("ka.req.role.rules." + key, true, Argument.OPTIONAL,
					"When the request object refers to a role/cluster role, the " + key + " of the role's rules",
					(e, a, i) -> roleRules(e, i, key));
		}
		path("ka.req.service.type", "When the request object refers to a service, the service type", "requestObject", "spec", "type");
		add("ka.req.service.ports", true, Argument.OPTIONAL, "When the request object refers to a service, the service's ports",
				(e, a, i) -> {
					List<?> ports = pick(Json.get(e.json(), "requestObject", "spec", "ports"), i);
					return ports == null ? null : texts(ports);
				});
		add("ka.req.pod.volumes.hostpath", true, Argument.OPTIONAL,
				"When the request object refers to a pod, all hostPath paths specified for all volumes",
				(e, a, i) -> volumeValues(e, i, "hostPath", "path"));
		add("ka.req.volume.hostpath", false, Argument.REQUIRED,
				"Deprecated by ka.req.pod.volumes.hostpath. Return true if the provided (host) path prefix is used by any volume",
				(e, a, i) -> volumeHostPath(e, a));
		add("ka.req.pod.volumes.flexvolume_driver", true, Argument.OPTIONAL,
				"When the request object refers to a pod, all flexvolume drivers specified for all volumes",
				(e, a, i) -> volumeValues(e, i, "flexVolume", "driver"));
		add("ka.req.pod.volumes.volume_type", true, Argument.OPTIONAL,
				"When the request object refers to a pod, all volume types for all volumes",
				(e, a, i) -> volumeTypes(e, i));
		path("ka.resp.name", "The response object name", "responseObject", "metadata", "name");
		path("ka.response.code", "The response code", "responseStatus", "code");
		path("ka.response.reason", "The response reason (usually present only for failures)", "responseStatus", "reason");
		path("ka.useragent", "The useragent of the client who made the request to the apiserver", "userAgent");
		add("ka.sourceips", true, Argument.OPTIONAL, "The IP addresses of the client who made the request to the apiserver",
				(e, a, i) -> {
					List<?> ips = pick(Json.get(e.json(), "sourceIPs"), i);
					return ips == null ? null : texts(ips);
				});
		add("ka.cluster.name", false, Argument.NONE, "The name of the k8s cluster (not known when reading files)", (e, a, i) -> null);

		for (String prefix : new String[] {"jevt", "json"}) {
			add(prefix + ".value", false, Argument.REQUIRED,
					"Extract a value from the event's JSON object by RFC 6901 JSON pointer (e.g. " + prefix + ".value[/user/username])",
					(e, a, i) -> text(Json.pointer(e.json(), a)));
			add(prefix + ".obj", false, Argument.NONE, "The entire event's JSON object", (e, a, i) -> Json.write(e.json()));
			add(prefix + ".rawtime", false, Argument.NONE, "The event's time, in nanoseconds since the epoch",
					(e, a, i) -> Long.toString(e.timestampNanos()));
			add(prefix + ".time", false, Argument.NONE, "The event's time, as HH:MM:SS.nnnnnnnnn (local time)",
					(e, a, i) -> clockTime(e.timestampNanos()));
			add(prefix + ".time.iso8601", false, Argument.NONE, "The event's time, in ISO 8601 (UTC)",
					(e, a, i) -> iso8601(e.timestampNanos()));
		}
		add("evt.time", false, Argument.NONE, "The event's time, as HH:MM:SS.nnnnnnnnn (local time)", (e, a, i) -> clockTime(e.timestampNanos()));
		add("evt.time.iso8601", false, Argument.NONE, "The event's time, in ISO 8601 (UTC)", (e, a, i) -> iso8601(e.timestampNanos()));
		add("evt.rawtime", false, Argument.NONE, "The event's time, in nanoseconds since the epoch", (e, a, i) -> Long.toString(e.timestampNanos()));
		add("evt.num", false, Argument.NONE, "The event's number in the stream, from 1", (e, a, i) -> Long.toString(e.number()));
		add("evt.source", false, Argument.NONE, "The event's source (k8s_audit)", (e, a, i) -> "k8s_audit");
	}

	private void containerFields(String kind) {
		String p = "ka.req.pod." + kind + ".";
		String who = kind.equals("containers") ? "all containers" : "all " + kind.replace("Containers", "") + " containers";
		add(p + "name", true, Argument.OPTIONAL, "When the request object refers to a pod, the names of " + who,
				(e, a, i) -> containerValues(e, kind, i, "name"));
		add(p + "image", true, Argument.OPTIONAL, "When the request object refers to a pod, the images of " + who,
				(e, a, i) -> containerValues(e, kind, i, "image"));
		add(p + "image.repository", true, Argument.OPTIONAL,
				"The same as " + p + "image, but only the repository part (e.g. falcosecurity/falco)",
				(e, a, i) -> repositories(containerValues(e, kind, i, "image")));
		add(p + "command", true, Argument.OPTIONAL, "When the request object refers to a pod, the commands of " + who,
				(e, a, i) -> containerValues(e, kind, i, "command"));
		add(p + "args", true, Argument.OPTIONAL, "When the request object refers to a pod, the args of " + who,
				(e, a, i) -> containerValues(e, kind, i, "args"));
		add(p + "privileged", true, Argument.OPTIONAL, "When the request object refers to a pod, the privileged flag of " + who,
				(e, a, i) -> containerValues(e, kind, i, "securityContext", "privileged"));
		add(p + "allow_privilege_escalation", true, Argument.OPTIONAL,
				"When the request object refers to a pod, the allowPrivilegeEscalation flag of " + who,
				(e, a, i) -> containerValues(e, kind, i, "securityContext", "allowPrivilegeEscalation"));
		add(p + "read_only_fs", true, Argument.OPTIONAL, "When the request object refers to a pod, the readOnlyRootFilesystem flag of " + who,
				(e, a, i) -> containerValues(e, kind, i, "securityContext", "readOnlyRootFilesystem"));
		add(p + "run_as_user", true, Argument.OPTIONAL, "When the request object refers to a pod, the runAsUser uid of " + who,
				(e, a, i) -> containerValues(e, kind, i, "securityContext", "runAsUser"));
		add(p + "eff_run_as_user", true, Argument.OPTIONAL,
				"When the request object refers to a pod, the uid " + who + " start with: the container's runAsUser, else the pod's, else 0",
				(e, a, i) -> effective(e, kind, i, "runAsUser"));
		add(p + "run_as_group", true, Argument.OPTIONAL, "When the request object refers to a pod, the runAsGroup gid of " + who,
				(e, a, i) -> containerValues(e, kind, i, "securityContext", "runAsGroup"));
		add(p + "eff_run_as_group", true, Argument.OPTIONAL,
				"When the request object refers to a pod, the gid " + who + " start with: the container's runAsGroup, else the pod's, else 0",
				(e, a, i) -> effective(e, kind, i, "runAsGroup"));
		add(p + "proc_mount", true, Argument.OPTIONAL, "When the request object refers to a pod, the procMount types of " + who,
				(e, a, i) -> containerValues(e, kind, i, "securityContext", "procMount"));
		add(p + "add_capabilities", true, Argument.OPTIONAL, "When the request object refers to a pod, the capabilities added to " + who,
				(e, a, i) -> containerValues(e, kind, i, "securityContext", "capabilities", "add"));
		add(p + "host_port", true, Argument.OPTIONAL, "When the request object refers to a pod, the hostPort values of " + who,
				(e, a, i) -> hostPorts(e, kind, i));
	}

	// ---- extraction helpers (all tolerate any JSON shape: a wrong shape reads as absent) ----

	private static String text(Object v) {
		return v == null ? null : Json.asText(v);
	}

	private static List<String> texts(List<?> l) {
		List<String> out = new ArrayList<>(l.size());
		for (Object o : l) {
			out.add(Json.asText(o));
		}
		return out;
	}

	private static String first(List<String> l) {
		return l == null || l.isEmpty() ? null : l.get(0);
	}

	/** The array itself, or only its element {@code index}; null when not an array or out of range. */
	private static List<?> pick(Object v, int index) {
		if (!(v instanceof List<?> l)) {
			return null;
		}
		if (index == NO_INDEX) {
			return l;
		}
		return index >= 0 && index < l.size() ? List.of(l.get(index)) : null;
	}

	/**
	 * The values at {@code keys} in each container of {@code kind}; arrays found there are
	 * flattened; containers without the value are skipped. Null when the pod has no such list.
	 */
	private static List<String> containerValues(AuditEvent e, String kind, int index, String... keys) {
		List<?> containers = pick(Json.get(e.json(), "requestObject", "spec", kind), index);
		if (containers == null) {
			return null;
		}
		List<String> out = new ArrayList<>();
		for (Object c : containers) {
			Object v = Json.get(c, keys);
			if (v instanceof List<?> l) {
				out.addAll(texts(l));
			} else if (v != null && v != Json.NULL) {
				out.add(Json.asText(v));
			}
		}
		return out;
	}

	/** The repository part of each image: before the first ':' and then before any '@'. */
	private static List<String> repositories(List<String> images) {
		if (images == null) {
			return null;
		}
		List<String> out = new ArrayList<>(images.size());
		for (String image : images) {
			String repo = image;
			int colon = repo.indexOf(':');
			if (colon >= 0) {
				repo = repo.substring(0, colon);
			}
			int at = repo.indexOf('@');
			if (at >= 0) {
				repo = repo.substring(0, at);
			}
			out.add(repo);
		}
		return out;
	}

	private static String anyPrivileged(AuditEvent e) {
		if (!(Json.get(e.json(), "requestObject", "spec", "containers") instanceof List<?> containers)) {
			return null;
		}
		for (Object c : containers) {
			if (Boolean.TRUE.equals(Json.get(c, "securityContext", "privileged"))) {
				return "true";
			}
		}
		return "false";
	}

	private static List<String> effective(AuditEvent e, String kind, int index, String key) {
		List<?> containers = pick(Json.get(e.json(), "requestObject", "spec", kind), index);
		if (containers == null) {
			return null;
		}
		Object pod = Json.get(e.json(), "requestObject", "spec", "securityContext", key);
		String podValue = pod == null || pod == Json.NULL ? "0" : Json.asText(pod);
		List<String> out = new ArrayList<>();
		for (Object c : containers) {
			Object v = Json.get(c, "securityContext", key);
			out.add(v == null || v == Json.NULL ? podValue : Json.asText(v));
		}
		return out;
	}

	private static List<String> hostPorts(AuditEvent e, String kind, int index) {
		List<?> containers = pick(Json.get(e.json(), "requestObject", "spec", kind), index);
		if (containers == null) {
			return null;
		}
		List<String> out = new ArrayList<>();
		for (Object c : containers) {
			if (Json.get(c, "ports") instanceof List<?> ports) {
				for (Object port : ports) {
					// With hostNetwork, a container port is a host port too.
					Object v = Json.get(port, "hostPort");
					if (v == null) {
						v = Json.get(port, "containerPort");
					}
					if (v != null) {
						out.add(Json.asText(v));
					}
				}
			}
		}
		return out;
	}

	private static List<String> roleRules(AuditEvent e, int index, String key) {
		List<?> rules = pick(Json.get(e.json(), "requestObject", "rules"), index);
		if (rules == null) {
			return null;
		}
		List<String> out = new ArrayList<>();
		for (Object r : rules) {
			if (Json.get(r, key) instanceof List<?> l) {
				for (Object o : l) {
					if (o != Json.NULL) {
						out.add(Json.asText(o));
					}
				}
			}
		}
		return out;
	}

	private static List<String> subjects(AuditEvent e, String kind, boolean withNamespace) {
		if (!(Json.get(e.json(), "requestObject", "subjects") instanceof List<?> subjects)) {
			return null;
		}
		List<String> out = new ArrayList<>();
		for (Object s : subjects) {
			if (kind.equals(Json.get(s, "kind")) && Json.get(s, "name") != null) {
				String name = Json.asText(Json.get(s, "name"));
				if (withNamespace) {
					Object ns = Json.get(s, "namespace");
					name = (ns == null ? "" : Json.asText(ns)) + ":" + name;
				}
				out.add(name);
			}
		}
		return out;
	}

	private static List<String> volumeValues(AuditEvent e, int index, String... keys) {
		List<?> volumes = pick(Json.get(e.json(), "requestObject", "spec", "volumes"), index);
		if (volumes == null) {
			return null;
		}
		List<String> out = new ArrayList<>();
		for (Object v : volumes) {
			Object x = Json.get(v, keys);
			if (x != null && x != Json.NULL) {
				out.add(Json.asText(x));
			}
		}
		return out;
	}

	/** "true" when a hostPath volume's path equals the argument, or starts with it when it ends in '*'. */
	private static String volumeHostPath(AuditEvent e, String arg) {
		List<String> paths = volumeValues(e, NO_INDEX, "hostPath", "path");
		if (paths == null) {
			return null;
		}
		boolean prefix = arg.endsWith("*");
		String stem = prefix ? arg.substring(0, arg.length() - 1) : arg;
		for (String p : paths) {
			if (prefix ? p.startsWith(stem) : p.equals(arg)) {
				return "true";
			}
		}
		return "false";
	}

	private static List<String> volumeTypes(AuditEvent e, int index) {
		List<?> volumes = pick(Json.get(e.json(), "requestObject", "spec", "volumes"), index);
		if (volumes == null) {
			return null;
		}
		List<String> out = new ArrayList<>();
		for (Object v : volumes) {
			if (v instanceof Map<?, ?> m) {
				for (Object k : m.keySet()) {
					if (!"name".equals(k)) {
						out.add(k.toString());
					}
				}
			}
		}
		return out;
	}

	private static String uriParam(Object uri, String name) {
		if (!(uri instanceof String s)) {
			return null;
		}
		int q = s.indexOf('?');
		if (q < 0) {
			return null;
		}
		for (String pair : s.substring(q + 1).split("&")) {
			int eq = pair.indexOf('=');
			String k = eq < 0 ? pair : pair.substring(0, eq);
			try {
				if (URLDecoder.decode(k, StandardCharsets.UTF_8).equals(name)) {
					return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
				}
			} catch (IllegalArgumentException malformed) {
				return null;
			}
		}
		return null;
	}

	/** HH:MM:SS.nnnnnnnnn in the local time zone, as Falco's evt.time prints. */
	public static String clockTime(long nanos) {
		LocalTime t = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L))
				.atZone(ZoneId.systemDefault()).toLocalTime();
		return String.format("%02d:%02d:%02d.%09d", t.getHour(), t.getMinute(), t.getSecond(), t.getNano());
	}

	/** 2018-10-25T13:58:49.730588000+0000, as Falco's evt.time.iso8601 prints. */
	public static String iso8601(long nanos) {
		Instant i = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
		java.time.ZonedDateTime z = i.atZone(java.time.ZoneOffset.UTC);
		return String.format("%04d-%02d-%02dT%02d:%02d:%02d.%09d+0000", z.getYear(), z.getMonthValue(), z.getDayOfMonth(),
				z.getHour(), z.getMinute(), z.getSecond(), z.getNano());
	}
}

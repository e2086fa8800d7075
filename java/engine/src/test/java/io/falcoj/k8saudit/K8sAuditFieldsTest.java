package io.falcoj.k8saudit;

import io.falcoj.field.Field;
import io.falcoj.field.UnknownFieldException;
import io.falcoj.json.JsonException;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class K8sAuditFieldsTest {
	private static final String POD = """
			{"kind":"Event","stage":"ResponseComplete","verb":"create","auditID":"a1",
			 "requestURI":"/api/v1/namespaces/default/pods?dryRun=All&x=1",
			 "user":{"username":"alice","groups":["system:authenticated","devs"]},
			 "objectRef":{"resource":"pods","namespace":"default","name":"web"},
			 "responseStatus":{"code":201},
			 "annotations":{"authorization.k8s.io/decision":"allow","a/~b":"x"},
			 "stageTimestamp":"2018-10-25T13:58:49.730588Z",
			 "requestObject":{"spec":{
			   "securityContext":{"runAsUser":1000},
			   "containers":[
			     {"name":"a","image":"nginx:1.7","securityContext":{"privileged":false,"runAsUser":5},"ports":[{"containerPort":80}]},
			     {"name":"b","image":"docker.io/falco@sha256:00","securityContext":{"privileged":true}}],
			   "volumes":[{"name":"v1","hostPath":{"path":"/proc/1"}},{"name":"v2","configMap":{"name":"c"}}]}}}
			""";

	private final K8sAuditFields fields = new K8sAuditFields();

	private AuditEvent event(String json) throws JsonException {
		List<AuditEvent> out = new AuditEventReader().parse(json, p -> {
			throw new AssertionError(p);
		});
		assertEquals(1, out.size());
		return out.get(0);
	}

	private Object value(String name, String arg, AuditEvent e) throws UnknownFieldException {
		Field<AuditEvent> f = fields.field(name, arg);
		return f.value(e);
	}

	@Test
	void plainFieldsReadTheirMembersAndNumbersPrintAsWritten() throws Exception {
		AuditEvent e = event(POD);
		assertEquals("alice", value("ka.user.name", null, e));
		assertEquals("create", value("ka.verb", null, e));
		assertEquals("201", value("ka.response.code", null, e));
		assertEquals("allow", value("ka.auth.decision", null, e));
		assertEquals(List.of("system:authenticated", "devs"), value("ka.user.groups", null, e));
		assertNull(value("ka.target.subresource", null, e));
		assertEquals("All", value("ka.uri.param", "dryRun", e));
		assertNull(value("ka.uri.param", "nope", e));
	}

	@Test
	void containerListsFlattenAndIndexSelectsOne() throws Exception {
		AuditEvent e = event(POD);
		assertEquals(List.of("nginx:1.7", "docker.io/falco@sha256:00"), value("ka.req.pod.containers.image", null, e));
		assertEquals(List.of("nginx", "docker.io/falco"), value("ka.req.pod.containers.image.repository", null, e));
		assertEquals(List.of("docker.io/falco@sha256:00"), value("ka.req.pod.containers.image", "1", e));
		assertEquals(List.of("false", "true"), value("ka.req.pod.containers.privileged", null, e));
		assertEquals("true", value("ka.req.container.privileged", null, e));
		assertEquals("nginx:1.7", value("ka.req.container.image", null, e));
		assertEquals(List.of("5", "1000"), value("ka.req.pod.containers.eff_run_as_user", null, e));
		assertEquals(List.of("80"), value("ka.req.pod.containers.host_port", null, e));
		assertNull(value("ka.req.pod.initContainers.image", null, e));
	}

	@Test
	void volumesAndHostPathPrefixes() throws Exception {
		AuditEvent e = event(POD);
		assertEquals(List.of("/proc/1"), value("ka.req.pod.volumes.hostpath", null, e));
		assertEquals("true", value("ka.req.volume.hostpath", "/proc*", e));
		assertEquals("false", value("ka.req.volume.hostpath", "/proc", e));
		assertEquals(List.of("hostPath", "configMap"), value("ka.req.pod.volumes.volume_type", null, e));
	}

	@Test
	void jsonPointersFollowRfc6901() throws Exception {
		AuditEvent e = event(POD);
		assertEquals("allow", value("jevt.value", "/annotations/authorization.k8s.io~1decision", e));
		assertEquals("x", value("jevt.value", "/annotations/a~1~0b", e));
		assertEquals("web", value("jevt.value", "/objectRef/name", e));
		assertEquals("{\"path\":\"/proc/1\"}", value("json.value", "/requestObject/spec/volumes/0/hostPath", e));
		assertNull(value("jevt.value", "/requestObject/spec/volumes/7", e));
		assertEquals("1540475929730588000", value("jevt.rawtime", null, e));
		assertEquals("2018-10-25T13:58:49.730588000+0000", value("evt.time.iso8601", null, e));
	}

	@Test
	void mutatedJsonIsEitherRejectedCleanlyOrEveryFieldReadsIt() throws Exception {
		java.util.Random rnd = new java.util.Random(42);
		String alphabet = "{}[]\":,\\ 0123456789truefalsn-.eEabc/~";
		List<Field<AuditEvent>> all = new ArrayList<>();
		for (io.falcoj.field.FieldInfo fi : fields.fields()) {
			String arg = fi.argument() == io.falcoj.field.FieldInfo.Argument.REQUIRED ? (fi.name().contains("value") ? "/requestObject/spec" : "/proc*") : null;
			all.add(fields.field(fi.name(), arg));
		}
		int parsed = 0;
		for (int i = 0; i < 1500; i++) {
			StringBuilder sb = new StringBuilder(POD);
			for (int m = 1 + rnd.nextInt(4); m > 0; m--) {
				int at = rnd.nextInt(sb.length());
				switch (rnd.nextInt(3)) {
					case 0 -> sb.deleteCharAt(at);
					case 1 -> sb.insert(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
					default -> sb.setCharAt(at, alphabet.charAt(rnd.nextInt(alphabet.length())));
				}
			}
			List<AuditEvent> events;
			try {
				events = new AuditEventReader().parse(sb.toString(), p -> {
				});
			} catch (JsonException expected) {
				continue;
			}
			for (AuditEvent e : events) {
				parsed++;
				for (Field<AuditEvent> f : all) {
					f.value(e);
					f.render(e);
				}
			}
		}
		assertTrue(parsed > 50, "too few mutants parsed to exercise the fields: " + parsed);
	}

	@Test
	void badFieldNamesAndArgumentsAreRejected() {
		assertThrows(UnknownFieldException.class, () -> fields.field("ka.nope", null));
		assertThrows(UnknownFieldException.class, () -> fields.field("jevt.value", null));
		assertThrows(UnknownFieldException.class, () -> fields.field("ka.verb", "1"));
	}

	@Test
	void readerAcceptsListsAndLinesAndReportsOtherData() throws Exception {
		List<String> problems = new ArrayList<>();
		String one = "{\"kind\":\"Event\",\"stageTimestamp\":\"2018-10-25T13:58:49Z\"}";
		List<AuditEvent> events = new AuditEventReader().parse(
				one + "\n{\"kind\":\"EventList\",\"items\":[" + one + "," + one + "]}\n[" + one + "]\n{\"kind\":0}\n",
				problems::add);
		assertEquals(4, events.size());
		assertEquals(4, events.get(3).number());
		assertEquals(List.of(AuditEventReader.NOT_AN_EVENT), problems);
		assertThrows(JsonException.class, () -> new AuditEventReader().parse("{\"kind\":", problems::add));
		assertThrows(JsonException.class, () -> new AuditEventReader().parse("[".repeat(100_000), problems::add));
	}
}

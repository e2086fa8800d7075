package io.falcoj.cli;

import io.falcoj.field.FieldCatalog;
import io.falcoj.field.syscall.EvtFields;
import io.falcoj.field.syscall.StateEventState;
import io.falcoj.field.syscall.SyscallFields;
import io.falcoj.k8saudit.K8sAuditFields;
import io.falcoj.state.StateEngine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event sources this daemon knows, with their field catalogs, in Falco's order. The syscall
 * fields read the state engine they were made with, so the engine lives here too and the replay
 * feeds that same engine.
 */
final class Sources {
	final StateEngine engine = new StateEngine();
	final StateEventState eventState = new StateEventState(engine);
	final SyscallFields syscall = SyscallFields.standard(engine, new EvtFields(eventState));
	final K8sAuditFields k8sAudit = new K8sAuditFields();

	Map<String, FieldCatalog<?>> catalogs() {
		Map<String, FieldCatalog<?>> m = new LinkedHashMap<>();
		m.put("syscall", syscall);
		m.put("k8s_audit", k8sAudit);
		return m;
	}
}

package io.falcoj.cli;

import io.falcoj.field.FieldCatalog;
import io.falcoj.field.syscall.SyscallFields;
import io.falcoj.field.syscall.SyscallSource;
import io.falcoj.k8saudit.K8sAuditFields;
import io.falcoj.state.StateEngine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The event sources this daemon knows, with their field catalogs, in Falco's order. The syscall
 * fields read the state engine they were made with, so the whole syscall source (engine, the
 * evt.* stream state, the catalog) lives here and the replay or live capture feeds that same one.
 */
final class Sources {
	final SyscallSource syscallSource = new SyscallSource();
	final StateEngine engine = syscallSource.engine();
	final SyscallFields syscall = syscallSource.catalog();
	final K8sAuditFields k8sAudit = new K8sAuditFields();

	Map<String, FieldCatalog<?>> catalogs() {
		Map<String, FieldCatalog<?>> m = new LinkedHashMap<>();
		m.put("syscall", syscall);
		m.put("k8s_audit", k8sAudit);
		return m;
	}
}

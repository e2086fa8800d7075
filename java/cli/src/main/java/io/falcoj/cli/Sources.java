package io.falcoj.cli;

import io.falcoj.field.FieldCatalog;
import io.falcoj.field.syscall.EvtFields;
import io.falcoj.field.syscall.FieldFamily;
import io.falcoj.field.syscall.StateEventState;
import io.falcoj.field.syscall.SyscallFields;
import io.falcoj.k8saudit.K8sAuditFields;
import io.falcoj.state.StateEngine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The event sources this daemon knows, with their field catalogs, in Falco's order. */
final class Sources {
	private Sources() {
	}

	static Map<String, FieldCatalog<?>> catalogs() {
		Map<String, FieldCatalog<?>> m = new LinkedHashMap<>();
		m.put("syscall", new SyscallFields(syscallFamilies()));
		m.put("k8s_audit", new K8sAuditFields());
		return m;
	}

	/**
	 * The catalogs with the syscall fields that read {@code engine}'s state (proc.*, fd.*, user.*,
	 * container.*, evt.*): rules compiled against them evaluate on the events that engine parses.
	 */
	static Map<String, FieldCatalog<?>> catalogs(StateEngine engine) {
		Map<String, FieldCatalog<?>> m = new LinkedHashMap<>();
		m.put("syscall", SyscallFields.standard(engine, new EvtFields(new StateEventState(engine))));
		m.put("k8s_audit", new K8sAuditFields());
		return m;
	}

	static List<FieldFamily> syscallFamilies() {
		return new ArrayList<>();
	}
}

package io.falcoj.rules;

import io.falcoj.event.Direction;
import io.falcoj.event.EventInfo;
import io.falcoj.event.EventTable;
import io.falcoj.field.FieldCatalog;
import io.falcoj.field.syscall.EvtFields;
import io.falcoj.field.syscall.StateEventState;
import io.falcoj.field.syscall.SyscallFields;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.StateEngine;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which events the rules meet, as in Falco 0.42 (engine 0.57.0): enter events of an old version
 * never do (an execve enter event would meet spawned_process with the image being replaced), while
 * exit events and the enter events still current (open, openat, connect...) do, as do rules
 * without an event type.
 */
class EnterEventsTest {
	private static final String RULES = """
			- rule: spawned
			  desc: a process was spawned
			  condition: evt.type in (execve, execveat)
			  output: spawned %proc.name
			  priority: INFO
			- rule: opened
			  desc: a file was opened
			  condition: evt.type = openat and fd.name startswith /etc
			  output: opened %fd.name
			  priority: INFO
			- rule: anything on null
			  desc: every event about /dev/null
			  condition: fd.name = /dev/null
			  output: null %evt.type
			  priority: INFO
			  warn_evttypes: false
			""";

	@Test
	void oldEnterEventsMeetNoRule() {
		StateEngine engine = new StateEngine();
		FieldCatalog<ParsedEvent> syscall = SyscallFields.standard(engine, new EvtFields(new StateEventState(engine)));
		RuleLoader loader = new RuleLoader(Map.of("syscall", syscall), LoadOptions.defaults());
		assertTrue(loader.loadContent("enter.yaml", RULES).successful());
		Ruleset<ParsedEvent> rules = loader.rules().ruleset("syscall");
		EventTable table = EventTable.get();
		int oldEnters = 0;
		for (int code = 0; code < table.size(); code++) {
			EventInfo info = table.event(code);
			if (info == null || info.isUnused()) {
				continue;
			}
			boolean old = info.direction() == Direction.ENTER && info.isOldVersion();
			if (old) {
				oldEnters++;
				assertEquals(0, rules.rulesFor(code), info.name() + " enter (code " + code + ") meets rules");
			}
			if (info.name().equals("execve") && info.direction() == Direction.EXIT) {
				assertEquals(2, rules.rulesFor(code), "execve exit (code " + code + "): spawned and the catch-all");
			}
			if (info.name().equals("openat") && !info.isOldVersion()) {
				// both directions: the current openat enter event still reaches the rules
				assertEquals(2, rules.rulesFor(code), "openat " + info.direction() + " (code " + code + ")");
			}
			if (info.name().equals("close") && info.direction() == Direction.EXIT) {
				assertEquals(1, rules.rulesFor(code), "close exit (code " + code + "): the catch-all");
			}
		}
		assertTrue(oldEnters > 100, "old enter event types in the table: " + oldEnters);
	}
}

package io.falcoj.cli.config;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FalcoConfigTest {
	private static final String YAML = """
			rules_file:
			  - /a.yaml
			  - /b
			json_output: false
			outputs:
			  rate: 1
			plugins:
			  - name: k8saudit
			    open_params: ""
			""";

	@Test
	void overridesReachDottedAndIndexedKeysAndCreateMissingOnes() throws Exception {
		FalcoConfig c = FalcoConfig.parse(YAML, "t");
		c.applyOverrides(List.of("json_output=true", "outputs.max_burst=7", "plugins[0].open_params=x.json",
				"rules_file[1]=/c", "file_output.enabled=yes", "new.list[2].k=v"));
		assertTrue(c.bool("json_output", false));
		assertEquals(7, c.integer("outputs.max_burst", 0));
		assertEquals(1.0, c.number("outputs.rate", 0));
		assertEquals("x.json", c.string("plugins[0].open_params", null));
		assertEquals(List.of("/a.yaml", "/c"), c.strings("rules_file"));
		assertTrue(c.bool("file_output.enabled", false));
		assertEquals("v", c.string("new.list[2].k", null));
	}

	@Test
	void flowListsAndMapsInOverridesBecomeStructures() throws Exception {
		FalcoConfig c = FalcoConfig.parse(YAML, "t");
		c.applyOverrides(List.of("rules_file=[/x.yaml, /y.yaml]", "syscall_event_drops={actions: [log, alert], rate: 2}",
				"program_output.program=jq '{text: .output}'"));
		assertEquals(List.of("/x.yaml", "/y.yaml"), c.strings("rules_file"));
		assertEquals(List.of("log", "alert"), c.strings("syscall_event_drops.actions"));
		assertEquals(2.0, c.number("syscall_event_drops.rate", 0));
		assertEquals("jq '{text: .output}'", c.string("program_output.program", null));
		assertThrows(ConfigException.class, () -> c.applyOverrides(List.of("rules_file=[unclosed")));
	}

	@Test
	void wrongTypesAndBadDocumentsAreErrorsNamingTheKey() throws Exception {
		FalcoConfig c = FalcoConfig.parse("json_output: maybe\noutputs: {rate: fast}\n", "t");
		ConfigException e = assertThrows(ConfigException.class, () -> c.bool("json_output", false));
		assertTrue(e.getMessage().contains("json_output"));
		assertThrows(ConfigException.class, () -> c.number("outputs.rate", 0));
		assertThrows(ConfigException.class, () -> FalcoConfig.parse("a: [unclosed", "bad.yaml"));
		assertThrows(ConfigException.class, () -> FalcoConfig.parse("- just\n- a list\n", "list.yaml"));
		assertThrows(ConfigException.class, () -> c.applyOverrides(List.of("novalue")));
	}

	@Test
	void settingsApplyFalcosDefaultsAndChecks() throws Exception {
		Settings s = Settings.read(FalcoConfig.parse("", "t"));
		assertEquals("debug", s.priority);
		assertEquals("first", s.ruleMatching);
		assertTrue(s.stdoutEnabled);
		assertFalse(s.jsonOutput);
		assertTrue(s.jsonIncludeTagsProperty);
		assertEquals(List.of("log", "alert"), s.dropActions);
		ConfigException e = assertThrows(ConfigException.class,
				() -> Settings.read(FalcoConfig.parse("syscall_event_drops: {threshold: 1.1}", "t")));
		assertTrue(e.getMessage().contains("syscall event drops threshold must be a double in the range [0, 1]"));
		assertThrows(ConfigException.class, () -> Settings.read(FalcoConfig.parse("priority: loud", "t")));
		assertThrows(ConfigException.class, () -> Settings.read(FalcoConfig.parse("rule_matching: some", "t")));
		assertThrows(ConfigException.class, () -> Settings.read(FalcoConfig.parse("syscall_event_drops: {actions: [panic]}", "t")));
		assertThrows(ConfigException.class, () -> Settings.read(FalcoConfig.parse("file_output: {enabled: true}", "t")));
	}

	@Test
	void keysAreReadAsTheirGrammarSays() throws Exception {
		java.util.regex.Pattern step = java.util.regex.Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+\\])*)");
		for (String key : List.of("a", "a.b", "a[0]", "a[0][12].b", "a[]", "a[x]", "a[1", "a]1", "[0]", "a..b", "a.", ".a", "a[0]x",
				"a[0].b[1]", "a-b_c.d", "a][0]", "a[0]]")) {
			boolean valid = true;
			for (String part : key.split("\\.", -1)) {
				valid &= step.matcher(part).matches();
			}
			FalcoConfig c = FalcoConfig.empty(List.of());
			if (valid) {
				c.applyOverrides(List.of(key + "=v"));
				assertEquals("v", c.string(key, null), key);
			} else {
				assertThrows(ConfigException.class, () -> c.applyOverrides(List.of(key + "=v")), key);
			}
		}
	}
}

package io.falcoj.rules;

import io.falcoj.filter.TestCatalog;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleLoaderTest {
	static RuleLoader loader() {
		return new RuleLoader(Map.of("syscall", new TestCatalog(), "k8s_audit", new UpstreamRulesParseTest.AnyFieldCatalog("k8s_audit", false)),
				LoadOptions.defaults());
	}

	static Map<String, Object> event(Object... kv) {
		Map<String, Object> m = new HashMap<>();
		for (int k = 0; k < kv.length; k += 2) {
			m.put((String) kv[k], kv[k + 1]);
		}
		return m;
	}

	static List<String> matches(LoadedRules rules, Map<String, Object> ev, int code) {
		List<String> out = new ArrayList<>();
		Ruleset<Map<String, Object>> rs = rules.ruleset("syscall");
		rs.setMatching(Ruleset.Matching.ALL);
		rs.evaluate(ev, code, r -> out.add(r.name()));
		return out;
	}

	static boolean hasMessage(List<LoadMessage> msgs, LoadCode code, String itemType, String itemName) {
		return msgs.stream().anyMatch(m -> m.code() == code && m.context().item().itemType().equals(itemType)
				&& m.context().item().itemName().equals(itemName));
	}

	@Test
	void listsMacrosAndRulesCompileAndMatch() {
		RuleLoader l = loader();
		LoadResult res = l.loadContent("a.yaml", """
				- list: cat_binaries
				  items: [cat]
				- macro: is_cat
				  condition: proc.name in (cat_binaries)
				- rule: open_from_cat
				  desc: A process named cat does an open
				  condition: evt.type=open and is_cat
				  output: "An open was seen (command=%proc.cmdline)"
				  priority: WARNING
				  tags: [b, a]
				""");
		assertTrue(res.successful(), res.verbose());
		assertTrue(res.warnings().isEmpty(), res.verbose());
		LoadedRules rules = l.rules();
		Rule<Map<String, Object>> r = rules.<Map<String, Object>>ruleset("syscall").rule("open_from_cat");
		assertNotNull(r);
		assertEquals(Priority.WARNING, r.priority());
		assertEquals(List.of("a", "b"), new ArrayList<>(r.tags()));
		assertEquals(List.of("open_from_cat"), matches(rules, event("proc.name", "cat", "proc.cmdline", "cat /dev/null"), 2));
		assertEquals(List.of(), matches(rules, event("proc.name", "cat"), 4));
		assertEquals(List.of(), matches(rules, event("proc.name", "dog"), 2));
		assertEquals("An open was seen (command=cat x)", r.output().render(event("proc.cmdline", "cat x")));
		assertEquals("An open was seen (command=<NA>)", r.output().render(event()));
	}

	private static final String BASE = """
			- list: shells
			  items: [bash, sh]
			- macro: spawned_shell
			  condition: evt.type = execve and proc.name in (shells)
			- rule: Shell
			  desc: a shell
			  condition: spawned_shell
			  output: "shell %proc.name"
			  priority: NOTICE
			  tags: [shell]
			""";

	private static LoadedRules load(String... contents) {
		RuleLoader l = loader();
		int k = 0;
		for (String c : contents) {
			LoadResult r = l.loadContent("f" + (k++) + ".yaml", c);
			assertTrue(r.successful(), r.verbose());
		}
		return l.rules();
	}

	@Test
	void appendAndOverrideSemantics() {
		Map<String, Object> zsh = event("proc.name", "zsh", "proc.pname", "sshd");
		assertEquals(List.of(), matches(load(BASE), zsh, 11));
		assertEquals(List.of("Shell"), matches(load(BASE, """
				- list: shells
				  items: [zsh]
				  override:
				    items: append
				"""), zsh, 11));
		assertEquals(List.of("Shell"), matches(load(BASE, """
				- list: shells
				  items: [zsh]
				  append: true
				"""), zsh, 11));
		assertEquals(List.of(), matches(load(BASE, """
				- list: shells
				  items: [zsh]
				  override:
				    items: replace
				"""), event("proc.name", "bash"), 11));
		LoadedRules appendedList = load(BASE, """
				- list: shells
				  items: [zsh]
				  override:
				    items: append
				""");
		assertEquals(List.of("bash", "sh", "zsh"), appendedList.lists().get("shells"));
		assertEquals("evt.type = execve and proc.name in (shells)", appendedList.macros().get("spawned_shell"));
		assertEquals(List.of("Shell"), matches(load(BASE, """
				- macro: spawned_shell
				  condition: or proc.name = zsh
				  override:
				    condition: append
				"""), zsh, 11));
		LoadedRules replaced = load(BASE, """
				- rule: Shell
				  condition: evt.type = open and proc.name = zsh
				  priority: ERROR
				  tags: [t2]
				  override:
				    condition: replace
				    priority: replace
				    tags: append
				""");
		Rule<Map<String, Object>> r = replaced.<Map<String, Object>>ruleset("syscall").rule("Shell");
		assertEquals(Priority.ERROR, r.priority());
		assertEquals(List.of("shell", "t2"), new ArrayList<>(r.tags()));
		assertEquals(List.of("Shell"), matches(replaced, zsh, 3));
		assertEquals(List.of(), matches(replaced, event("proc.name", "bash"), 11));
		assertEquals(List.of(), matches(load(BASE, """
				- rule: Shell
				  condition: and proc.pname != sshd
				  override:
				    condition: append
				"""), event("proc.name", "bash", "proc.pname", "sshd"), 11));
	}

	@Test
	void laterMacrosAndListsAreInvisibleToEarlierMacrosButNotToRules() {
		RuleLoader l = loader();
		LoadResult res = l.loadContent("a.yaml", """
				- macro: m1
				  condition: m2
				- macro: m2
				  condition: proc.name = x
				- rule: R
				  desc: d
				  condition: evt.type = open and m1
				  output: o
				  priority: INFO
				""");
		assertFalse(res.successful());
		assertTrue(hasMessage(res.errors(), LoadCode.LOAD_ERR_VALIDATE, "macro", "m1"), res.verbose());
		assertEquals("Undefined macro 'm2' used in filter.", res.errors().get(0).message());
	}

	@Test
	void macroLoopsAreErrorsNotHangs() {
		RuleLoader l = loader();
		LoadResult res = l.loadContent("loop.yaml", """
				- macro: macro_a
				  condition: evt.type=open
				- macro: macro_b
				  condition: macro_a
				- macro: macro_a
				  condition: macro_b
				""");
		assertFalse(res.successful());
		assertTrue(res.errors().get(0).message().contains("loop"), res.verbose());
	}

	@Test
	void exceptionsWithListsListRefsAndComps() {
		String rule = """
				- list: cmdlines
				  items: ["cat /etc/x", cat /etc/y]
				- rule: Cat
				  desc: d
				  condition: evt.type = open and proc.name = cat
				  output: o
				  priority: WARNING
				  exceptions:
				    - name: by_cmdline
				      fields: [proc.name, proc.cmdline]
				      comps: [=, in]
				      values:
				        - [cat, cmdlines]
				    - name: by_pname
				      fields: proc.pname
				      values: [sshd, cron]
				    - name: by_file
				      fields: [fd.name]
				      comps: [startswith]
				      values:
				        - [/tmp/]
				""";
		LoadedRules rules = load(rule);
		assertEquals(List.of("Cat"), matches(rules, event("proc.name", "cat", "proc.cmdline", "cat /etc/z", "proc.pname", "bash",
				"fd.name", "/etc/z"), 3));
		assertEquals(List.of(), matches(rules, event("proc.name", "cat", "proc.cmdline", "cat /etc/y", "proc.pname", "bash",
				"fd.name", "/etc/y"), 3));
		assertEquals(List.of(), matches(rules, event("proc.name", "cat", "proc.cmdline", "cat /etc/z", "proc.pname", "cron",
				"fd.name", "/etc/z"), 3));
		assertEquals(List.of(), matches(rules, event("proc.name", "cat", "proc.cmdline", "cat /etc/z", "proc.pname", "bash",
				"fd.name", "/tmp/a"), 3));
		Rule<?> r = rules.ruleset("syscall").rule("Cat");
		assertEquals(java.util.Set.of("proc.name", "proc.cmdline", "proc.pname", "fd.name"), r.exceptionFields());
		LoadedRules appended = load(rule, """
				- rule: Cat
				  exceptions:
				    - name: by_pname
				      values: [bash]
				  override:
				    exceptions: append
				""");
		assertEquals(List.of(), matches(appended, event("proc.name", "cat", "proc.cmdline", "cat /etc/z", "proc.pname", "bash",
				"fd.name", "/etc/z"), 3));
	}

	@Test
	void enabledFlagAndRuleMatching() {
		LoadedRules rules = load(BASE + """
				- rule: Shell2
				  desc: d
				  condition: evt.type = execve and proc.name = bash
				  output: o
				  priority: ERROR
				- rule: Shell3
				  desc: d
				  condition: evt.type = execve
				  output: o
				  priority: DEBUG
				  enabled: false
				""");
		Map<String, Object> bash = event("proc.name", "bash");
		assertEquals(List.of("Shell", "Shell2"), matches(rules, bash, 11));
		Ruleset<Map<String, Object>> rs = rules.ruleset("syscall");
		rs.setMatching(Ruleset.Matching.FIRST);
		List<String> first = new ArrayList<>();
		assertEquals(1, rs.evaluate(bash, 11, r -> first.add(r.name())));
		assertEquals(List.of("Shell"), first);
		rs.setEnabled(r -> r.name().equals("Shell3"), true);
		rs.setMinimumPriority(Priority.ERROR);
		rs.setMatching(Ruleset.Matching.ALL);
		List<String> all = new ArrayList<>();
		rs.evaluate(bash, 11, r -> all.add(r.name()));
		assertEquals(List.of("Shell2"), all);
		assertEquals(List.of(), matches(load(BASE, """
				- rule: Shell
				  enabled: false
				"""), bash, 11));
	}

	@Test
	void engineAndPluginVersions() {
		RuleLoader l = loader();
		assertTrue(l.loadContent("a", "- required_engine_version: 17\n").successful());
		assertTrue(l.loadContent("b", "- required_engine_version: 0.57.0\n").successful());
		LoadResult tooNew = l.loadContent("c", "- required_engine_version: 0.99.0\n");
		assertTrue(hasMessage(tooNew.errors(), LoadCode.LOAD_ERR_VALIDATE, "required_engine_version", ""), tooNew.verbose());
		LoadResult bad = loader().loadContent("d", "- required_engine_version: abc\n");
		assertTrue(hasMessage(bad.errors(), LoadCode.LOAD_ERR_YAML_VALIDATE, "required_engine_version", ""), bad.verbose());
		RuleLoader p = loader();
		assertTrue(p.loadContent("p", """
				- required_plugin_versions:
				  - name: k8saudit
				    version: 0.6.0
				    alternatives:
				      - name: k8saudit-eks
				        version: 0.2.0
				""").successful());
		LoadedRules rules = p.rules();
		assertEquals(List.of(), rules.checkPlugins(Map.of("k8saudit", "0.7.1")));
		assertEquals(List.of(), rules.checkPlugins(Map.of("k8saudit-eks", "0.2.0")));
		assertEquals(1, rules.checkPlugins(Map.of("k8saudit", "0.5.0")).size());
		assertEquals(1, rules.checkPlugins(Map.of()).size());
	}

	@Test
	void warnings() {
		RuleLoader l = loader();
		LoadResult res = l.loadContent("w.yaml", """
				- list: unused_list
				  items: [a]
				- macro: unused_macro
				  condition: proc.name = a
				- rule: No evttype
				  desc: d
				  condition: proc.name = a
				  output: o
				  priority: INFO
				- rule: No evttype but quiet
				  desc: d
				  condition: proc.name = b
				  output: o
				  priority: INFO
				  warn_evttypes: false
				- rule: Other source
				  desc: d
				  condition: x.y = 1
				  output: o
				  priority: INFO
				  source: nosuchsource
				- rule: Unknown field skipped
				  desc: d
				  condition: evt.type = open and proc.nobody = 1
				  output: o
				  priority: INFO
				  skip-if-unknown-filter: true
				- rule: NA compare
				  desc: d
				  condition: evt.type = open and proc.pname = <NA>
				  output: o
				  priority: INFO
				- rule: NA compare k8s
				  desc: d
				  condition: ka.verb = <NA>
				  output: o
				  priority: INFO
				  source: k8s_audit
				- something: else
				""");
		assertTrue(res.successful(), res.verbose());
		assertTrue(hasMessage(res.warnings(), LoadCode.LOAD_UNUSED_LIST, "list", "unused_list"));
		assertTrue(hasMessage(res.warnings(), LoadCode.LOAD_UNUSED_MACRO, "macro", "unused_macro"));
		assertTrue(hasMessage(res.warnings(), LoadCode.LOAD_NO_EVTTYPE, "rule", "No evttype"));
		assertFalse(hasMessage(res.warnings(), LoadCode.LOAD_NO_EVTTYPE, "rule", "No evttype but quiet"));
		assertTrue(hasMessage(res.warnings(), LoadCode.LOAD_UNKNOWN_SOURCE, "rule", "Other source"));
		assertTrue(hasMessage(res.warnings(), LoadCode.LOAD_UNKNOWN_FILTER, "rule", "Unknown field skipped"));
		assertFalse(hasMessage(res.warnings(), LoadCode.LOAD_UNSAFE_NA_CHECK, "rule", "NA compare"));
		assertTrue(hasMessage(res.warnings(), LoadCode.LOAD_UNSAFE_NA_CHECK, "rule", "NA compare k8s"));
		assertTrue(hasMessage(res.warnings(), LoadCode.LOAD_UNKNOWN_ITEM, "rules content item", ""));
		LoadedRules rules = l.rules();
		assertEquals(List.of("No evttype", "No evttype but quiet", "NA compare"),
				rules.ruleset("syscall").rules().stream().map(Rule::name).toList());
	}

	@Test
	@SuppressWarnings("unchecked")
	void errorsCarryPositionsAndRenderAsFalcoJson() {
		RuleLoader l = loader();
		LoadResult res = l.loadContent("e.yaml", """
				- rule: Bad
				  desc: d
				  condition: evt.type = open and
				    proc.name === x
				  output: o
				  priority: INFO
				""");
		assertFalse(res.successful());
		LoadMessage m = res.errors().get(0);
		assertEquals(LoadCode.LOAD_ERR_COMPILE_CONDITION, m.code());
		LoadContext.Location rule = m.context().locations().get(1);
		assertEquals("rule", rule.itemType());
		assertEquals(0, rule.line());
		LoadContext.Location cond = m.context().last();
		assertEquals("condition expression", cond.itemType());
		// the folded plain scalar is one line: the condition starts on YAML line 2
		assertEquals(2 + 1, cond.line());
		String json = LoadResult.toJsonDocument(l.results());
		assertTrue(json.startsWith("{\"falco_load_results\":[{\"errors\":[{\"code\":\"LOAD_ERR_COMPILE_CONDITION\""), json);
		assertTrue(json.contains("\"item_type\":\"rule\""), json);
		assertTrue(json.contains("\"successful\":false"), json);
		// the document parses (YAML reads JSON), with the shape falco -V prints
		Map<String, Object> doc = new org.yaml.snakeyaml.Yaml().load(json);
		List<Map<String, Object>> results = (List<Map<String, Object>>) doc.get("falco_load_results");
		Map<String, Object> err = ((List<Map<String, Object>>) results.get(0).get("errors")).get(0);
		Map<String, Object> ctx = (Map<String, Object>) err.get("context");
		assertEquals("Error compiling condition", err.get("codedesc"));
		assertEquals(4, ((List<?>) ctx.get("locations")).size()); // content, rule, rule condition, expression
		assertTrue(((String) ctx.get("snippet")).contains("^"), json);
		assertTrue(res.summary().startsWith("e.yaml: Invalid"), res.summary());
		assertTrue(res.verbose().contains("LOAD_ERR_COMPILE_CONDITION (Error compiling condition)"), res.verbose());

		LoadResult yaml = loader().loadContent("y.yaml", "- rule: [a\n");
		assertEquals(LoadCode.LOAD_ERR_YAML_PARSE, yaml.errors().get(0).code());
		LoadResult out = loader().loadContent("o.yaml", """
				- rule: Bad output
				  desc: d
				  condition: evt.type = open
				  output: "seen %not_a_field"
				  priority: INFO
				""");
		assertEquals(LoadCode.LOAD_ERR_COMPILE_OUTPUT, out.errors().get(0).code());
	}

	@Test
	void outputFormats() throws Exception {
		io.falcoj.filter.FilterCompiler<Map<String, Object>> c = new io.falcoj.filter.FilterCompiler<>(new TestCatalog());
		OutputFormat<Map<String, Object>> f = OutputFormat.compile("%proc.name ran %proc.aname[2] (%evt.arg.flags) 100% %fd.name.", c);
		assertEquals(List.of("proc.name", "proc.aname[2]", "evt.arg", "fd.name"), f.fieldNames().stream()
				.map(n -> n.startsWith("evt.arg") ? "evt.arg" : n).toList());
		Map<String, Object> ev = event("proc.name", "cat", "proc.aname[2]", "sshd", "evt.arg[flags]", "O_RDONLY", "fd.name", "/x");
		assertEquals("cat ran sshd (O_RDONLY) 100% /x.", f.render(ev));
		assertEquals("cat", f.renderFields(ev).get("proc.name"));
	}

	@Test
	void sharedMacroResultsHoldForOneEventOnly() {
		LoadedRules rules = load("""
				- macro: shell
				  condition: proc.name in (bash, sh) and proc.pname != cron
				- rule: A
				  desc: d
				  condition: evt.type = execve and shell
				  output: o
				  priority: INFO
				- rule: B
				  desc: d
				  condition: evt.type = execve and shell and proc.cmdline contains x
				  output: o
				  priority: INFO
				""");
		Ruleset<Map<String, Object>> rs = rules.ruleset("syscall");
		rs.setMatching(Ruleset.Matching.ALL);
		Map<String, Object> ev = event("proc.name", "bash", "proc.pname", "sshd", "proc.cmdline", "bash -x");
		for (int k = 0; k < 3; k++) {
			List<String> hits = new ArrayList<>();
			ev.put("proc.name", "bash");
			rs.evaluate(ev, 11, r -> hits.add(r.name()));
			assertEquals(List.of("A", "B"), hits);
			hits.clear();
			ev.put("proc.name", "zsh");
			rs.evaluate(ev, 11, r -> hits.add(r.name()));
			assertEquals(List.of(), hits);
		}
	}

	@Test
	void loadFilesEqualsLoadingOneByOne(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
		java.nio.file.Path a = dir.resolve("a.yaml");
		java.nio.file.Path bad = dir.resolve("bad.yaml");
		java.nio.file.Path b = dir.resolve("b.yaml");
		java.nio.file.Files.writeString(a, BASE);
		java.nio.file.Files.writeString(bad, "- rule: [x\n");
		java.nio.file.Files.writeString(b, """
				- list: shells
				  items: [zsh]
				  override:
				    items: append
				""");
		List<java.nio.file.Path> files = List.of(a, bad, b, dir.resolve("missing.yaml"));
		RuleLoader one = loader();
		files.forEach(one::loadFile);
		RuleLoader all = loader();
		List<LoadResult> results = all.loadFiles(files);
		assertEquals(one.results().stream().map(LoadResult::toJson).toList(), results.stream().map(LoadResult::toJson).toList());
		assertEquals(LoadCode.LOAD_ERR_YAML_PARSE, results.get(1).errors().get(0).code());
		assertEquals(LoadCode.LOAD_ERR_FILE_READ, results.get(3).errors().get(0).code());
		assertEquals(List.of("bash", "sh", "zsh"), all.rules().lists().get("shells"));
	}

	@Test
	void laterFilesReuseUnchangedRulesAndRecompileWhatTheyChange() {
		RuleLoader l = loader();
		LoadResult first = l.loadContent("a.yaml", """
				- macro: inner
				  condition: proc.name = bash
				- macro: outer
				  condition: evt.type = execve and inner
				- rule: Via outer
				  desc: d
				  condition: outer
				  output: o
				  priority: INFO
				- rule: Untouched
				  desc: d
				  condition: evt.type = open and proc.name = cat
				  output: o
				  priority: INFO
				- rule: No evttype
				  desc: d
				  condition: proc.name = a
				  output: o
				  priority: INFO
				""");
		assertTrue(first.successful(), first.verbose());
		Rule<Map<String, Object>> untouched = l.rules().<Map<String, Object>>ruleset("syscall").rule("Untouched");
		// the second file changes only the macro that "Via outer" reaches through "outer"
		LoadResult second = l.loadContent("b.yaml", """
				- macro: inner
				  condition: or proc.name = zsh
				  override:
				    condition: append
				""");
		assertTrue(second.successful(), second.verbose());
		LoadedRules rules = l.rules();
		assertEquals(List.of("Via outer"), matches(rules, event("proc.name", "zsh"), 11));
		assertEquals(List.of("Via outer"), matches(rules, event("proc.name", "bash"), 11));
		assertEquals(List.of("Untouched"), matches(rules, event("proc.name", "cat"), 2));
		assertTrue(untouched.filter() == rules.<Map<String, Object>>ruleset("syscall").rule("Untouched").filter(),
				"an unchanged rule keeps its compiled filter");
		// each file's result still carries the warnings of the whole collection
		assertTrue(hasMessage(first.warnings(), LoadCode.LOAD_NO_EVTTYPE, "rule", "No evttype"), first.verbose());
		assertTrue(hasMessage(second.warnings(), LoadCode.LOAD_NO_EVTTYPE, "rule", "No evttype"), second.verbose());
		assertEquals(first.warnings().size(), second.warnings().size(), second.verbose());
	}

	@Test
	void laterFilesListsReachTheConditionsThatNameThemAndOnlyThose() {
		RuleLoader l = loader();
		LoadResult first = l.loadContent("a.yaml", """
				- list: inner_names
				  items: [bash]
				- list: outer_names
				  items: [inner_names, sh]
				- rule: Nested
				  desc: d
				  condition: evt.type = execve and proc.name in (outer_names)
				  output: o
				  priority: INFO
				- rule: Later list
				  desc: d
				  condition: evt.type = open and proc.name in (later_names)
				  output: o
				  priority: INFO
				- rule: Unrelated
				  desc: d
				  condition: evt.type = open and proc.name = cat
				  output: o
				  priority: INFO
				""");
		assertTrue(first.successful(), first.verbose());
		LoadedRules before = l.rules();
		assertEquals(List.of("Later list"), matches(before, event("proc.name", "later_names"), 2));
		assertEquals(List.of(), matches(before, event("proc.name", "zsh"), 11));
		// the second file appends to a list reached through another list, and defines a list
		// whose name an earlier condition already holds (Falco substitutes it there too)
		LoadResult second = l.loadContent("b.yaml", """
				- list: inner_names
				  items: [zsh]
				  override:
				    items: append
				- list: later_names
				  items: [vi]
				""");
		assertTrue(second.successful(), second.verbose());
		LoadedRules rules = l.rules();
		assertEquals(List.of("Nested"), matches(rules, event("proc.name", "zsh"), 11));
		assertEquals(List.of("Nested"), matches(rules, event("proc.name", "bash"), 11));
		assertEquals(List.of("Nested"), matches(rules, event("proc.name", "sh"), 11));
		assertEquals(List.of("Later list"), matches(rules, event("proc.name", "vi"), 2));
		assertEquals(List.of(), matches(rules, event("proc.name", "later_names"), 2));
		assertEquals(List.of("Unrelated"), matches(rules, event("proc.name", "cat"), 2));
		assertTrue(before.<Map<String, Object>>ruleset("syscall").rule("Unrelated").filter()
				== rules.<Map<String, Object>>ruleset("syscall").rule("Unrelated").filter(), "an unchanged rule keeps its compiled filter");
		// a third file that changes nothing the conditions reach leaves them as they were
		assertTrue(l.loadContent("c.yaml", "- list: unused_names\n  items: [x]\n").successful());
		assertEquals(List.of("Nested"), matches(l.rules(), event("proc.name", "zsh"), 11));
		assertTrue(hasMessage(l.results().get(2).warnings(), LoadCode.LOAD_UNUSED_LIST, "list", "unused_names"));
		assertTrue(!hasMessage(l.results().get(2).warnings(), LoadCode.LOAD_UNUSED_LIST, "list", "inner_names"));
	}
}

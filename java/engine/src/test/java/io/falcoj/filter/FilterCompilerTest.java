package io.falcoj.filter;

import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilterCompilerTest {
	private static final FilterCompiler<Map<String, Object>> COMPILER = new FilterCompiler<>(new TestCatalog());
	private static final Map<String, Object> EV = new HashMap<>(Map.of("proc.name", "bash", "proc.cmdline", "bash -c 'Echo HI'",
			"fd.name", "/usr/lib/x86_64/libc.so.6", "proc.pid", 1234L, "fd.sport", 443L, "fd.net", new byte[]{127, 0, 0, 1},
			"container.privileged", Boolean.TRUE, "ka.images", List.of("nginx:1", "redis:2"), "proc.aname[2]", "sshd",
			"evt.arg[flags]", "O_RDONLY|O_CLOEXEC"));

	static {
		EV.put("proc.pname", "bash");
		EV.put("proc.aname", List.of("bash", "sshd", "systemd"));
		EV.put("fd.sip", new byte[]{10, 1, 2, 3});
	}

	private static boolean eval(String cond) throws Exception {
		return eval(cond, 3);
	}

	private static boolean eval(String cond, int code) throws Exception {
		return COMPILER.compile(ConditionParser.parse(cond)).matches(EV, code);
	}

	@Test
	void stringOperators() throws Exception {
		assertTrue(eval("proc.name = bash"));
		assertTrue(eval("proc.name == bash"));
		assertFalse(eval("proc.name != bash"));
		assertTrue(eval("proc.cmdline contains Echo"));
		assertFalse(eval("proc.cmdline contains echo"));
		assertTrue(eval("proc.cmdline icontains echo"));
		assertTrue(eval("proc.cmdline startswith 'bash -c'"));
		assertTrue(eval("fd.name endswith .so.6"));
		assertTrue(eval("proc.name bcontains 6173"));
		assertTrue(eval("proc.name bstartswith 6261"));
		assertFalse(eval("proc.name bstartswith 6173"));
		assertTrue(eval("fd.name glob '/usr/lib/*/libc.so.?'"));
		assertTrue(eval("fd.name glob '/usr/*'"));
		assertFalse(eval("fd.name glob '/usr/lib/[!x]*'"));
		assertTrue(eval("fd.name iglob '/USR/LIB/*'"));
		assertTrue(eval("fd.name regex '/usr/lib/.*\\\\.so\\\\.[0-9]+'"));
		assertFalse(eval("fd.name regex 'lib'"));
		assertTrue(eval("proc.name in (sh, bash, zsh)"));
		assertFalse(eval("proc.name in (sh, zsh)"));
		assertFalse(eval("proc.name in ()"));
		assertTrue(eval("proc.name intersects (bash)"));
		assertTrue(eval("fd.name pmatch (/usr/lib, /etc)"));
		assertTrue(eval("fd.name pmatch (/usr/lib/)"));
		assertFalse(eval("fd.name pmatch (/usr/li, /etc)"));
		assertTrue(eval("fd.name pmatch (/usr/lib/x86_64/libc.so.6)"));
		assertTrue(eval("proc.name exists"));
		assertFalse(eval("proc.tty exists"));
	}

	@Test
	void absentValuesMatchNoComparison() throws Exception {
		assertFalse(eval("fd.directory = x"));
		assertFalse(eval("fd.directory != x"));
		assertFalse(eval("proc.tty != 0"));
		assertTrue(eval("not fd.directory = x"));
	}

	@Test
	void numericBoolAndIpOperators() throws Exception {
		assertTrue(eval("proc.pid = 1234"));
		assertTrue(eval("proc.pid > 1000 and proc.pid < 0x1000"));
		assertTrue(eval("proc.pid >= 1234 and proc.pid <= 1234"));
		assertFalse(eval("proc.pid != 1234"));
		assertTrue(eval("fd.sport in (80, 443, 8080)"));
		assertFalse(eval("fd.sport in (80, 8080)"));
		assertTrue(eval("container.privileged = true"));
		assertFalse(eval("container.privileged = false"));
		assertTrue(eval("fd.net in (\"127.0.0.1/24\")"));
		assertTrue(eval("fd.net = 127.0.0.0/8"));
		assertFalse(eval("fd.net in (10.0.0.0/8, 192.168.0.0/16)"));
		assertTrue(eval("fd.sip = 10.1.2.3"));
		assertTrue(eval("fd.sip != 10.1.2.4"));
		assertThrows(FilterCompileException.class, () -> eval("proc.pid = abc"));
		assertThrows(FilterCompileException.class, () -> eval("proc.pid contains 1"));
		assertThrows(FilterCompileException.class, () -> eval("fd.net = notanip"));
	}

	@Test
	void valuesOfAnUnexpectedTypeDoNotFailTheEvent() throws Exception {
		Map<String, Object> odd = Map.of("ka.images", List.of(1, 2), "fd.sip", "10.1.2.3", "fd.net", "not an address");
		assertTrue(COMPILER.compile(ConditionParser.parse("fd.sip = 10.1.2.3")).matches(odd, 3));
		assertFalse(COMPILER.compile(ConditionParser.parse("fd.net = 10.0.0.0/8")).matches(odd, 3));
		assertTrue(COMPILER.compile(ConditionParser.parse("ka.images intersects (2)")).matches(odd, 3));
	}

	@Test
	void listFieldsInMeansAllIntersectsMeansAny() throws Exception {
		assertTrue(eval("ka.images in (nginx:1, redis:2, other)"));
		assertFalse(eval("ka.images in (nginx:1)"));
		assertTrue(eval("ka.images intersects (nginx:1)"));
		assertFalse(eval("ka.images intersects (mysql)"));
		assertTrue(eval("ka.images startswith redis"));
	}

	@Test
	void anyValueFieldsMatchWhenAnyValueDoesWhateverTheOperator() throws Exception {
		assertTrue(eval("proc.aname in (sshd, containerd)"), "in: some ancestor is in the set");
		assertFalse(eval("proc.aname in (containerd, runc)"));
		assertTrue(eval("proc.aname = systemd"));
		assertTrue(eval("proc.aname startswith ssh"));
		assertFalse(eval("proc.aname = nginx"));
		assertTrue(eval("proc.aname[2] = sshd"), "with an index the field is one value");
	}

	@Test
	void argumentsTransformersAndFieldValues() throws Exception {
		assertTrue(eval("proc.aname[2] = sshd"));
		assertTrue(eval("evt.arg.flags contains O_CLOEXEC"));
		assertTrue(eval("evt.arg[flags] contains O_RDONLY"));
		assertTrue(eval("toupper(proc.name) = BASH"));
		assertTrue(eval("tolower(proc.cmdline) contains 'echo hi'"));
		assertTrue(eval("basename(fd.name) = libc.so.6"));
		assertTrue(eval("len(proc.name) = 4"));
		assertTrue(eval("len(ka.images) = 2"));
		assertTrue(eval("proc.name = val(proc.pname)"));
		assertFalse(eval("proc.name != val(proc.pname)"));
		assertTrue(eval("proc.name = tolower(proc.pname)"));
		assertTrue(eval("proc.pid > val(fd.sport)"));
		assertThrows(FilterCompileException.class, () -> eval("len(proc.pid) = 1"));
	}

	@Test
	void unknownNamesAreReportedByKind() {
		FilterCompileException e = assertThrows(FilterCompileException.class, () -> eval("proc.nobody = x"));
		assertEquals(FilterCompileException.Kind.UNKNOWN_FIELD, e.kind());
		assertEquals("filter_check called with nonexistent field proc.nobody", e.getMessage());
		e = assertThrows(FilterCompileException.class, () -> eval("evt.type = nosuchcall"));
		assertEquals(FilterCompileException.Kind.UNKNOWN_EVENT_TYPE, e.kind());
		assertEquals("unknown event type nosuchcall", e.getMessage());
		e = assertThrows(FilterCompileException.class, () -> eval("proc.name = a and evt.arg = x"));
		assertEquals(FilterCompileException.Kind.INVALID, e.kind());
		assertEquals(1, e.position().line());
		assertEquals(19, e.position().column());
	}

	@Test
	void eventTypeChecksReadTheEventCode() throws Exception {
		assertTrue(eval("evt.type = open", 2));
		assertTrue(eval("evt.type = open", 3));
		assertFalse(eval("evt.type = open", 4));
		assertTrue(eval("evt.type in (open, close)", 5));
		assertTrue(eval("evt.type != open", 10));
		assertFalse(eval("evt.type != open", 2));
	}

	@Test
	void genericEventsAreTellApartByTheEventTypeField() throws Exception {
		Map<String, Object> accept4 = Map.of("evt.type", "accept4");
		Map<String, Object> mkdir = Map.of("evt.type", "mkdir");
		Filter<Map<String, Object>> eq = COMPILER.compile(ConditionParser.parse("evt.type in (accept4, open)"));
		Filter<Map<String, Object>> ne = COMPILER.compile(ConditionParser.parse("evt.type != accept4"));
		assertTrue(eq.matches(accept4, 1));
		assertFalse(eq.matches(mkdir, 1));
		assertTrue(eq.matches(mkdir, 3));
		assertFalse(ne.matches(accept4, 0));
		assertTrue(ne.matches(mkdir, 0));
	}

	private static BitSet codes(String cond) throws Exception {
		return EventTypes.of(ConditionParser.parse(cond), new TestCatalog());
	}

	private static BitSet set(int... codes) {
		BitSet b = new BitSet();
		for (int c : codes) {
			b.set(c);
		}
		return b;
	}

	private static BitSet allBut(int... codes) {
		BitSet b = new BitSet();
		b.set(0, 30);
		for (int c : codes) {
			b.clear(c);
		}
		return b;
	}

	@Test
	void eventTypeIndexFollowsTheBooleanStructure() throws Exception {
		assertEquals(set(2, 3), codes("evt.type = open"));
		assertEquals(set(2, 3), codes("evt.type = open and proc.name = cat"));
		assertEquals(set(2, 3, 10, 11), codes("evt.type in (open, execve) and proc.name = cat"));
		assertEquals(set(2, 3, 4, 5), codes("evt.type = open or evt.type = close"));
		assertEquals(allBut(), codes("evt.type = open or proc.name = cat"));
		assertEquals(allBut(2, 3), codes("evt.type != open"));
		assertEquals(allBut(2, 3), codes("not evt.type = open"));
		assertEquals(allBut(), codes("not (evt.type = open and proc.name = cat)"));
		assertEquals(set(2, 3), codes("not (evt.type != open or proc.name = cat)"));
		assertEquals(set(), codes("evt.type = open and evt.type = close"));
		assertEquals(allBut(), codes("proc.name = cat"));
		assertNull(EventTypes.of(ConditionParser.parse("evt.type = open"), new TestCatalog(false)));
	}
}

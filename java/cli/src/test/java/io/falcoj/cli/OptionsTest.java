package io.falcoj.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptionsTest {
	@Test
	void shortOptionsBundleAndTakeAttachedValues() throws Exception {
		Options o = Options.parse(new String[] {"-Av", "-pc", "-r", "a.yaml", "-rb.yaml", "-M", "5", "-e", "t.scap"});
		assertTrue(o.allEvents);
		assertTrue(o.verbose);
		assertEquals("c", o.printAdditional);
		assertEquals(List.of("a.yaml", "b.yaml"), o.rulesFiles);
		assertEquals(5, o.durationSeconds);
		assertEquals("t.scap", o.traceFile);
	}

	@Test
	void longOptionsTakeEqualsOrNextWordAndListHasAnOptionalSource() throws Exception {
		Options o = Options.parse(new String[] {"--enable-source=k8s_audit", "--list", "-o", "json_output=true", "-o", "a.b[1]=x"});
		assertEquals(Set.of("k8s_audit"), o.enableSources);
		assertEquals("", o.listSource);
		assertEquals(List.of("json_output=true", "a.b[1]=x"), o.configOverrides);
		assertEquals("syscall", Options.parse(new String[] {"--list", "syscall"}).listSource);
		assertEquals("k8s_audit", Options.parse(new String[] {"--list=k8s_audit"}).listSource);
		assertNull(Options.parse(new String[] {"-v"}).listSource);
	}

	@Test
	void falcosConflictsAndMistakesAreRefused() {
		OptionsException e = assertThrows(OptionsException.class, () -> Options.parse(new String[] {"-D", "x", "-t", "a"}));
		assertEquals("You can not specify both disabled (-D/-T) and enabled (-t) rules", e.getMessage());
		assertThrows(OptionsException.class, () -> Options.parse(new String[] {"-T", "x", "-t", "a"}));
		assertThrows(OptionsException.class, () -> Options.parse(new String[] {"-r"}));
		assertThrows(OptionsException.class, () -> Options.parse(new String[] {"--nope"}));
		assertThrows(OptionsException.class, () -> Options.parse(new String[] {"-M", "soon"}));
		assertThrows(OptionsException.class, () -> Options.parse(new String[] {"-M", "-5"}));
		assertThrows(OptionsException.class, () -> Options.parse(new String[] {"--enable-source=a", "--disable-source=b"}));
	}
}

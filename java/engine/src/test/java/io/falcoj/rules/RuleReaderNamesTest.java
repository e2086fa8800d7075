package io.falcoj.rules;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The hand-written name checks against the regular expressions Falco states in its messages. */
class RuleReaderNamesTest {
	@Test
	void nameChecksMatchFalcosPatterns() {
		Pattern identifier = Pattern.compile("[a-zA-Z]+[a-zA-Z0-9_]*");
		Pattern bare = Pattern.compile("[^()\"'\\s=,]+");
		List<String> names = List.of("", "a", "A9_", "_a", "9a", "a-b", "a.b", "a b", "a\tb", "a\u000bb", "a\fb", "a\rb", "a\nb",
				"(a", "a)", "a\"", "a'", "a=b", "a,b", "shell_binaries", "k8s-apiserver", "/usr/bin", "é", "aé", "Z_z_9");
		for (String n : names) {
			assertEquals(identifier.matcher(n).matches(), RuleReader.isIdentifier(n), n);
			assertEquals(bare.matcher(n).matches(), RuleReader.isBareString(n), n);
		}
	}
}

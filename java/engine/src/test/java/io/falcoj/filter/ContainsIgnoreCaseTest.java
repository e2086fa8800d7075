package io.falcoj.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** icontains' skipping of positions agrees with regionMatches(true, ...) tried at every position. */
class ContainsIgnoreCaseTest {
	private static boolean reference(String hay, String needle) {
		for (int k = 0; k + needle.length() <= hay.length(); k++) {
			if (hay.regionMatches(true, k, needle, 0, needle.length())) {
				return true;
			}
		}
		return needle.isEmpty();
	}

	@Test
	void findsAsciiIgnoringCase() {
		assertTrue(ValueTest.containsIgnoreCase("PATH=/bin GLIBC_TUNABLES=x", "glibc_tunables"));
		assertTrue(ValueTest.containsIgnoreCase("-----begin rsa private key", "BEGIN RSA PRIVATE"));
		assertTrue(ValueTest.containsIgnoreCase("abc", ""));
		assertFalse(ValueTest.containsIgnoreCase("ab", "abc"));
		assertFalse(ValueTest.containsIgnoreCase("http_prox", "HTTP_PROXY"));
	}

	@Test
	void nonAsciiCharactersThatFoldToAsciiStillMatch() {
		// KELVIN SIGN lowers to 'k'; LONG S uppers to 'S'; DOTLESS i uppers to 'I'.
		assertTrue(ValueTest.containsIgnoreCase("x\u212Aey", "KEY"));
		assertTrue(ValueTest.containsIgnoreCase("pa\u017F\u017F", "PASS"));
		assertTrue(ValueTest.containsIgnoreCase("\u0131d", "ID"));
		assertTrue(ValueTest.containsIgnoreCase("key", "\u212Aey"));
	}

	@Test
	void agreesWithRegionMatchesEverywhere() {
		char[] alphabet = "aAbBkKsSiI_= \u212A\u017F\u0131\u00e9\u00c9\ud83d\ude00".toCharArray();
		Random rnd = new Random(42);
		for (int t = 0; t < 20000; t++) {
			String hay = random(rnd, alphabet, rnd.nextInt(12));
			String needle = random(rnd, alphabet, rnd.nextInt(4));
			assertEquals(reference(hay, needle), ValueTest.containsIgnoreCase(hay, needle), () -> hay + " / " + needle);
		}
	}

	private static String random(Random rnd, char[] alphabet, int n) {
		StringBuilder sb = new StringBuilder();
		for (int k = 0; k < n; k++) {
			sb.append(alphabet[rnd.nextInt(alphabet.length)]);
		}
		return sb.toString();
	}
}

package io.falcoj.yaml;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * YamlSubset against SnakeYAML, the reference: wherever the subset reader accepts a text, its
 * tree (node kinds, tags, values, styles, start marks) must be SnakeYAML's, and SnakeYAML must
 * accept the text too. Run over every YAML file of the tests' data (upstream rules, Falco's
 * regression rules and configurations, this repository's rules and falco.yaml), over mutations of
 * them (lines dropped, re-indented, characters inserted, cut short) and over hand-written cases.
 */
class YamlSubsetTest {
	private static Path root() {
		return Path.of(System.getProperty("falcoj.root", ".")).toAbsolutePath().normalize();
	}

	private static List<Node> snake(String text) {
		LoaderOptions lo = new LoaderOptions();
		lo.setAllowDuplicateKeys(true);
		lo.setCodePointLimit(Integer.MAX_VALUE);
		List<Node> docs = new ArrayList<>();
		for (Node d : new Yaml(new SafeConstructor(lo)).composeAll(new StringReader(text))) {
			docs.add(d);
		}
		return docs;
	}

	private static Object snakeLoad(String text) {
		return new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
	}

	/** Checks one text; returns whether the subset reader accepted it. */
	private static boolean check(String text, String what) {
		List<Node> fast = YamlSubset.composeAll(text);
		if (fast == null) {
			return false;
		}
		List<Node> ref;
		try {
			ref = snake(text);
		} catch (YAMLException e) {
			fail(what + ": the subset reader accepted what SnakeYAML rejects: " + e.getMessage() + "\n---\n" + text);
			return true;
		}
		assertEquals(ref.size(), fast.size(), what + ": documents");
		for (int k = 0; k < ref.size(); k++) {
			same(ref.get(k), fast.get(k), what + " doc " + k, text);
		}
		return true;
	}

	private static void same(Node ref, Node got, String path, String text) {
		String at = path + " (line " + (ref.getStartMark().getLine() + 1) + ", column " + (ref.getStartMark().getColumn() + 1) + ")";
		assertEquals(ref.getClass(), got.getClass(), at + ": node kind\n---\n" + text);
		assertEquals(ref.getTag(), got.getTag(), at + ": tag");
		assertEquals(ref.getStartMark().getLine(), got.getStartMark().getLine(), at + ": line");
		assertEquals(ref.getStartMark().getColumn(), got.getStartMark().getColumn(), at + ": column");
		assertEquals(ref.getStartMark().getIndex(), got.getStartMark().getIndex(), at + ": index");
		if (ref instanceof ScalarNode r) {
			ScalarNode g = (ScalarNode) got;
			assertEquals(r.getValue(), g.getValue(), at + ": value\n---\n" + text);
			assertEquals(r.getScalarStyle(), g.getScalarStyle(), at + ": style");
		} else if (ref instanceof SequenceNode r) {
			SequenceNode g = (SequenceNode) got;
			assertEquals(r.getFlowStyle(), g.getFlowStyle(), at + ": flow style");
			assertEquals(r.getValue().size(), g.getValue().size(), at + ": items\n---\n" + text);
			for (int k = 0; k < r.getValue().size(); k++) {
				same(r.getValue().get(k), g.getValue().get(k), path + "[" + k + "]", text);
			}
		} else {
			MappingNode r = (MappingNode) ref;
			MappingNode g = (MappingNode) got;
			assertEquals(r.getFlowStyle(), g.getFlowStyle(), at + ": flow style");
			assertEquals(r.getValue().size(), g.getValue().size(), at + ": pairs\n---\n" + text);
			for (int k = 0; k < r.getValue().size(); k++) {
				NodeTuple rt = r.getValue().get(k);
				NodeTuple gt = g.getValue().get(k);
				same(rt.getKeyNode(), gt.getKeyNode(), path + ".key" + k, text);
				same(rt.getValueNode(), gt.getValueNode(), path + "." + ((ScalarNode) rt.getKeyNode()).getValue(), text);
			}
		}
	}

	private static List<Path> corpus() {
		List<Path> out = new ArrayList<>();
		Path shared = root().resolve("../shared").normalize();
		for (Path dir : List.of(shared, root().resolve("rules"), root().resolve("java/cli/src/test/resources"))) {
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> s = Files.walk(dir)) {
				s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(out::add);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		if (Files.isRegularFile(root().resolve("falco.yaml"))) {
			out.add(root().resolve("falco.yaml"));
		}
		return out;
	}

	private static String read(Path p) {
		try {
			return Files.readString(p, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Test
	void everyFileOfTheTestDataReadsAsSnakeYamlReadsIt() {
		List<Path> files = corpus();
		Assumptions.assumeTrue(files.size() > 5, "no YAML corpus (shared/ absent)");
		List<String> left = new ArrayList<>();
		for (Path p : files) {
			if (!check(read(p), p.toString())) {
				left.add(p.toString());
			}
		}
		// Every upstream rules file must take the fast path (that is the point of the reader).
		for (Path p : files) {
			if (p.toString().contains("rules-upstream") || p.endsWith("rules/falco_rules.yaml")) {
				assertTrue(!left.contains(p.toString()), p + " was left to SnakeYAML");
			}
		}
		// The files left to SnakeYAML are those with constructs outside the subset (or invalid YAML).
		assertTrue(left.size() < files.size() / 4, "left to SnakeYAML: " + left);
	}

	@Test
	void mutatedFilesEitherMatchSnakeYamlOrAreLeftToIt() {
		List<Path> files = corpus();
		Assumptions.assumeTrue(files.size() > 5, "no YAML corpus (shared/ absent)");
		Random rnd = new Random(20261128);
		String inserts = ":- #'\"[]{},>|\n\\  x0.~";
		int accepted = 0;
		int total = 0;
		for (Path p : files) {
			String text = read(p);
			// big files: mutate a window of them (the cost is SnakeYAML's)
			if (text.length() > 6000) {
				int from = text.indexOf('\n', rnd.nextInt(text.length() - 5000)) + 1;
				text = text.substring(from, text.indexOf('\n', from + 4000) + 1);
			}
			String[] lines = text.split("\n", -1);
			for (int m = 0; m < 12; m++) {
				String variant;
				int kind = m % 4;
				if (kind == 0) {
					int l = rnd.nextInt(lines.length);
					List<String> ls = new ArrayList<>(List.of(lines));
					ls.remove(l);
					variant = String.join("\n", ls);
				} else if (kind == 1) {
					int l = rnd.nextInt(lines.length);
					String[] ls = lines.clone();
					int d = rnd.nextInt(5) - 2;
					ls[l] = d >= 0 ? " ".repeat(d) + ls[l] : ls[l].replaceFirst("^ {1," + (-d) + "}", "");
					variant = String.join("\n", ls);
				} else if (kind == 2) {
					StringBuilder sb = new StringBuilder(text);
					for (int k = 0; k < 1 + rnd.nextInt(3); k++) {
						sb.insert(rnd.nextInt(sb.length() + 1), inserts.charAt(rnd.nextInt(inserts.length())));
					}
					variant = sb.toString();
				} else {
					variant = text.substring(0, rnd.nextInt(text.length() + 1));
				}
				total++;
				if (check(variant, p + " mutation " + m)) {
					accepted++;
				}
			}
		}
		// most mutations stay inside the subset, so this compares trees, not only fallbacks
		assertTrue(accepted > total / 2, accepted + " of " + total + " accepted");
	}

	@Test
	void handWrittenCases() {
		String[] cases = {
			"", "# only a comment\n", "a: b\n", "a:\n", "a:\nb: c\n", "- a\n- b\n", "-\n- b\n", "- \n  x\n",
			"a:\n- x\n- y\nb: z\n", "a:\n  - x\n  -   y  # c\n", "- a: 1\n  b: [x, 'y', \"z\"]\n- c\n",
			"- - a\n  - b\n- c\n", "a: >\n  x\n  y\n\n  z\n    more\n  back\n", "a: |\n  x\n  y\n\n", "a: |-\n  x\n\n\n", "a: |+\n  x\n\n\n",
			"a: >2\n   x\n  y\n", "a: >-  # c\n  x\nb: 1\n", "a: |\n\n  x\n", "a: >\n\n\n", "a: >\nb: 1\n", "a: plain\n  continued\n\n  para\nb: 1\n",
			"a: 'it''s'\nb: \"q\\\"\\t\\\\ \\n\"\n", "a: \"multi\n  line\n\n  text\"\n", "a: 'one\n  two'\n", "a: \"x\\\n   y\"\n",
			"a: [1, 2, 3]\n", "a: [\n  x,\n  y,\n]\n", "a: {k: v, k2: [1]}\n", "a: []\nb: {}\n", "k: 0x1f\nl: 010\nm: 1_000\nn: 1.5\no: .inf\n",
			"yes: no\non: off\nt: true\nf: FALSE\nn: ~\nn2: null\nd: 2001-12-14\nm: <<\n", "a: b: c\n", "a: - b\n", "a: &x 1\nb: *x\n", "a: !!str 1\n",
			"? a\n: b\n", "---\na: 1\n---\nb: 2\n", "---\n", "a: 1\n...\n", "a:\n\tb: 1\n", "a: 1\r\nb: 2\r\n", "\"a\": 1\n'b': 2\n",
			"a: \"unterminated\n", "a: [1, 2\n", "- a\nb: 1\n", "a: 1\n  b: 2\n", "a:\n    b: 1\n  c: 2\n", "a: x #c\nb: y#not\n",
			"a: -1\nb: +2\nc: -.5\nd: 1e3\ne: 12:30\n", "list: [a b, c:d, 'e']\n", "a: foo\n- b\n", "a: |\n  x\n---\n", "a: [x]#c\n",
			"- rule: r\n  condition: >\n    evt.type = open\n    and fd.name startswith /etc\n  output: \"%proc.name\"\n  priority: WARNING\n",
			"a: 'x' y\n", "a: \"x\"#c\n", "a:   \n  \n  b\n", "a: x\n\n\n", "a:\n  - b\n c: d\n", "-a: b\n", "a: -b\n", "a: %x\n", "a: @x\n",
			"a: \"\\x41\\" + "u0042\"\n", "a: \"\\/\"\n", "k:\n- a\n  b\n- c\n", "x:\n  y:\n  - 1\n  z: 2\n",
			"a: [x,\n]\n", "a: [x,\ny]\n", "- a: [x,\nb]\n", "a: {k: v,\n}\n", "a: [x\n]\n", "- a: [x, 'y\nz']\n", "a: [x,\n---\n]\n",
			"a: [089, 0777, 12, 0, 00, 9, -c, --help, 1.2.3, 0x1g, 0x1F, .5e3, 1:2:3, 190:20:30.15, +12, -0, 1_000, 0b101, .inf, -.INF, .NaN]\n",
			"a: [2001-12-14, 2001-12-14t21:59:43.10-05:00, 2001-12-14 21:59:43.10 -5, 1e3, 1E+3, 6.8523015e+5, -1.5, 1., 1.2e, <<, <NA>, 8080]\n",
			"a: [0.57.0, 1.2, ., .., 1., .1, 10.0.0.1, 2.]\nb: 0.26\n",
			"a: [x, # c\n  y]\n", "a: [x,#c\n  y]\n", "a: [\"q\",\n  'r' ]\n",
		};
		for (String c : cases) {
			check(c, "case " + c.replace("\n", "\\n"));
		}
	}

	/**
	 * The boundary of the subset, both ways: what the class comment lists as inside is read here
	 * (handWrittenCases alone would pass if it were all left to SnakeYAML), what it lists as
	 * outside, and invalid text, is left to SnakeYAML.
	 */
	@Test
	void theSubsetIsReadHereAndTheRestIsLeftToSnakeYaml() {
		String[] inside = {
			"a: b\n", "- a\n- b\n", "a:\n- x\n- y\nb: z\n", "a:\n  - x\n  - y\n", "a: [1, 'y', \"z\"]\n", "a: {k: v, k2: [1]}\n",
			"a: >\n  x\n  y\n", "a: |-\n  x\n", "a: 'it''s'\nb: \"q\\\"\\t\"\n", "# c\na: x # c\n", "---\na: 1\n---\nb: 2\n",
			"- rule: r\n  condition: >\n    evt.type = open\n    and fd.name startswith /etc\n  output: \"%proc.name\"\n  priority: WARNING\n",
		};
		for (String c : inside) {
			assertTrue(check(c, "inside " + c.replace("\n", "\\n")), "left to SnakeYAML: " + c.replace("\n", "\\n"));
		}
		String[] outside = {
			"a: &x 1\nb: *x\n", "a: !!str 1\n", "? a\n: b\n", "a:\n\tb: 1\n", "a: 1\r\nb: 2\r\n", "%YAML 1.1\n---\na: 1\n",
			"a: \"\\x41\"\n", "a: \"\\u0042\"\n", "a: \uD83D\uDE00\n",
			// invalid: SnakeYAML gives the error and its position
			"a: [1, 2\n", "a: \"unterminated\n", "a: 1\n  b: 2\n",
		};
		for (String c : outside) {
			assertNull(YamlSubset.composeAll(c), "read here: " + c.replace("\n", "\\n"));
		}
	}

	@Test
	void loadBuildsWhatSafeConstructorBuilds() {
		List<String> texts = new ArrayList<>(List.of("a: 1\nb: true\nc: x\nd: [1, 2.5, off]\ne: {f: ~}\ng: -7\nh: 123456789\ni: 1234567890\n",
				"", "# nothing\n", "k: 0x10\n", "k: 1e3\n", "k: .5\n", "k: 2001-12-14\n", "- a\n"));
		for (Path p : corpus()) {
			if (p.toString().contains("confs") || p.endsWith("falco.yaml")) {
				texts.add(read(p));
			}
		}
		int known = 0;
		for (String t : texts) {
			Object fast = YamlSubset.load(t);
			if (fast == YamlSubset.UNKNOWN) {
				continue;
			}
			known++;
			assertEquals(snakeLoad(t), fast, t);
		}
		assertTrue(known > texts.size() / 2, known + " of " + texts.size());
		assertNull(YamlSubset.load(""));
		assertSame(YamlSubset.UNKNOWN, YamlSubset.load("k: 0x10\n"));
		assertEquals(Integer.valueOf(1), ((java.util.Map<?, ?>) YamlSubset.load("a: 1\n")).get("a"));
		assertNotNull(YamlSubset.composeAll("a: 1\n"));
	}
}

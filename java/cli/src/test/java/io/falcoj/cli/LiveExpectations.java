package io.falcoj.cli;

import io.falcoj.json.Json;
import io.falcoj.json.JsonException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The expected alerts of live-rules.yaml (live-expected.txt), shared with tests/kmod/vm-test so
 * the live test on this machine and the kernel module's check under QEMU cannot drift apart.
 */
final class LiveExpectations {
	/** One expected alert: its rule, priority and the texts its output must hold. */
	record Expected(String rule, String priority, List<String> texts) {
		/** True when the JSON alert line is this alert. */
		boolean matches(String jsonLine) {
			Object a = parse(jsonLine);
			if (a == null || !rule.equals(Json.asText(Json.get(a, "rule")))
					|| !priority.equals(Json.asText(Json.get(a, "priority")))) {
				return false;
			}
			String output = Json.asText(Json.get(a, "output"));
			return output != null && texts.stream().allMatch(output::contains);
		}

		@Override
		public String toString() {
			return rule + " (" + priority + ") with " + texts;
		}
	}

	final List<Expected> alerts = new ArrayList<>();
	final List<String> harmless = new ArrayList<>();

	/** Reads the file with the runner's values of {DIR}, {DEV}, {SHM} and {PORT}. */
	LiveExpectations(Map<String, String> values) {
		String text;
		try (InputStream in = LiveExpectations.class.getResourceAsStream("live-expected.txt")) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		for (String line : text.split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			for (Map.Entry<String, String> v : values.entrySet()) {
				line = line.replace("{" + v.getKey() + "}", v.getValue());
			}
			String[] f = line.split("\\|", -1);
			if (f[0].equals("alert") && f.length >= 4) {
				alerts.add(new Expected(f[1], f[2], List.of(f).subList(3, f.length)));
			} else if (f[0].equals("harmless") && f.length == 2) {
				harmless.add(f[1]);
			} else {
				throw new IllegalArgumentException("live-expected.txt: bad line: " + line);
			}
		}
	}

	Expected alert(String rule) {
		return alerts.stream().filter(a -> a.rule().equals(rule)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("live-expected.txt has no alert of rule " + rule));
	}

	/** The harmless text a JSON alert line's output holds, or null. */
	String harmlessIn(String jsonLine) {
		Object a = parse(jsonLine);
		String output = a == null ? null : Json.asText(Json.get(a, "output"));
		if (output == null) {
			return null;
		}
		return harmless.stream().filter(output::contains).findFirst().orElse(null);
	}

	private static Object parse(String line) {
		if (!line.startsWith("{")) {
			return null;
		}
		try {
			return Json.parse(line);
		} catch (JsonException e) {
			return null;
		}
	}
}

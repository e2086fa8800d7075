package io.falcoj.cli;

import io.falcoj.rules.Priority;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts alerts by priority and by rule, and prints them as Falco's end-of-run summary: rules in
 * the order they were loaded, priorities most severe first (in Falco's short upper-case form,
 * INFO for informational), only those with a count.
 */
public final class DetectionStats {
	private long total;
	private final long[] byPriority = new long[Priority.values().length];
	private final Map<Integer, String> names = new TreeMap<>();
	private final Map<Integer, long[]> byRule = new TreeMap<>();

	/** One alert of rule number {@code ruleIndex} (its position in load order). */
	public void record(int ruleIndex, String ruleName, Priority priority) {
		total++;
		byPriority[priority.ordinal()]++;
		long[] c = byRule.get(ruleIndex);
		if (c == null) {
			c = new long[1];
			byRule.put(ruleIndex, c);
			names.put(ruleIndex, ruleName);
		}
		c[0]++;
	}

	public long total() {
		return total;
	}

	public String format() {
		StringBuilder sb = new StringBuilder();
		sb.append("Events detected: ").append(total).append('\n');
		sb.append("Rule counts by severity:\n");
		for (Priority p : Priority.values()) {
			if (byPriority[p.ordinal()] > 0) {
				sb.append("   ").append((p == Priority.INFORMATIONAL ? "INFO" : p.label().toUpperCase(Locale.ROOT))).append(": ").append(byPriority[p.ordinal()]).append('\n');
			}
		}
		sb.append("Triggered rules by rule name:\n");
		for (Map.Entry<Integer, long[]> e : byRule.entrySet()) {
			sb.append("   ").append(names.get(e.getKey())).append(": ").append(e.getValue()[0]).append('\n');
		}
		return sb.toString();
	}
}

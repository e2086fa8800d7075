package io.falcoj.cli;

import io.falcoj.rules.Priority;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts alerts by priority and by rule, and prints them as Falco's end-of-run summary: rules in
 * the order they were loaded, priorities most severe first (in Falco's short upper-case form,
 * INFO for informational), only those with a count. Synchronized: live sources count from their
 * own threads.
 */
public final class DetectionStats {
	private long total;
	private final long[] byPriority = new long[Priority.values().length];
	private final Map<Integer, String> names = new TreeMap<>();
	private final Map<Integer, long[]> byRule = new TreeMap<>();
	private final Map<Integer, String[]> ruleLabels = new TreeMap<>();

	/** One alert of rule number {@code ruleIndex} (its position in load order). */
	public synchronized void record(int ruleIndex, String ruleName, Priority priority) {
		record(ruleIndex, ruleName, priority, "syscall");
	}

	/** One alert, with the rule's source (for the metrics' labels). */
	public synchronized void record(int ruleIndex, String ruleName, Priority priority, String source) {
		ruleLabels.putIfAbsent(ruleIndex, new String[] {priority.label(), source});
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

	public synchronized long total() {
		return total;
	}

	/** Falco's rule match counters in Prometheus' text format. */
	public synchronized String prometheus() {
		StringBuilder sb = new StringBuilder();
		sb.append("# HELP falcosecurity_falco_rules_matches_total Alerts raised, by rule.\n");
		sb.append("# TYPE falcosecurity_falco_rules_matches_total counter\n");
		for (Map.Entry<Integer, long[]> e : byRule.entrySet()) {
			String[] l = ruleLabels.get(e.getKey());
			sb.append("falcosecurity_falco_rules_matches_total{priority=\"").append(l[0]).append("\",rule_name=\"")
					.append(names.get(e.getKey()).replace("\\", "\\\\").replace("\"", "\\\"")).append("\",source=\"")
					.append(l[1]).append("\"} ").append(e.getValue()[0]).append('\n');
		}
		sb.append("# HELP falcosecurity_falco_alerts_total Alerts raised.\n");
		sb.append("# TYPE falcosecurity_falco_alerts_total counter\n");
		sb.append("falcosecurity_falco_alerts_total ").append(total).append('\n');
		return sb.toString();
	}

	public synchronized String format() {
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

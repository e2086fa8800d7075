package io.falcoj.cli.output;

import io.falcoj.rules.Priority;
import java.util.Map;
import java.util.SortedSet;

/**
 * One alert, made when a rule matches an event (or by the daemon itself, e.g. for event drops).
 *
 * @param timeNanos    the event's time, nanoseconds since the epoch
 * @param output       the rule's output with its fields substituted (no time/priority prefix)
 * @param outputFields each {@code %field} of the output format with its value as JSON shows it
 *                     (String, Long, List, or null when absent), in format order
 */
public record Alert(long timeNanos, Priority priority, String rule, String source, SortedSet<String> tags,
		String output, Map<String, Object> outputFields) {
}

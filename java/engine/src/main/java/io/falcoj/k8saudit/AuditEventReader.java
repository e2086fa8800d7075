package io.falcoj.k8saudit;

import io.falcoj.json.Json;
import io.falcoj.json.JsonException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns Kubernetes audit JSON into {@link AuditEvent}s, the way the API server's webhook backend
 * sends it and Falco's k8saudit source accepts it: a single {@code Event}, an {@code EventList}
 * with {@code items}, a JSON array of either, or several of those one after another (JSON lines).
 * Values that are none of these are reported (and skipped), as are events without a readable
 * {@code stageTimestamp}.
 */
public final class AuditEventReader {
	/** What Falco's k8saudit source says about JSON that is not an audit event. */
	public static final String NOT_AN_EVENT = "data not recognized as a k8s audit event";

	private long next = 1;

	/** Reads a whole file; {@code problems} receives one message per value that was skipped. */
	public List<AuditEvent> read(Path file, Consumer<String> problems) throws IOException, JsonException {
		return parse(Files.readString(file, StandardCharsets.UTF_8), problems);
	}

	public List<AuditEvent> parse(String text, Consumer<String> problems) throws JsonException {
		List<AuditEvent> out = new ArrayList<>();
		for (Object v : Json.parseAll(text)) {
			collect(v, out, problems);
		}
		return out;
	}

	@SuppressWarnings("unchecked")
	private void collect(Object v, List<AuditEvent> out, Consumer<String> problems) {
		if (v instanceof List<?> list) {
			for (Object item : list) {
				collect(item, out, problems);
			}
			return;
		}
		if (v instanceof Map<?, ?> m && m.get("kind") instanceof String kind) {
			if (kind.equals("EventList") && m.get("items") instanceof List<?> items) {
				for (Object item : items) {
					if (item instanceof Map<?, ?> e) {
						single((Map<String, Object>) e, out, problems);
					} else {
						problems.accept(NOT_AN_EVENT);
					}
				}
				return;
			}
			if (kind.equals("Event")) {
				single((Map<String, Object>) m, out, problems);
				return;
			}
		}
		problems.accept(NOT_AN_EVENT);
	}

	private void single(Map<String, Object> e, List<AuditEvent> out, Consumer<String> problems) {
		if (!(e.get("stageTimestamp") instanceof String ts)) {
			problems.accept("can't read stageTimestamp");
			return;
		}
		long nanos;
		try {
			nanos = parseTime(ts);
		} catch (DateTimeParseException ex) {
			problems.accept("can't parse stageTimestamp '" + ts + "'");
			return;
		}
		out.add(new AuditEvent(e, nanos, next++));
	}

	/** RFC 3339 time with optional fraction, to nanoseconds since the epoch. */
	static long parseTime(String text) {
		OffsetDateTime t = OffsetDateTime.parse(text);
		return t.toEpochSecond() * 1_000_000_000L + t.getNano();
	}
}

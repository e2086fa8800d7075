package io.falcoj.k8saudit;

import java.util.Map;

/**
 * One Kubernetes audit event: the parsed JSON object as the API server wrote it, its time
 * ({@code stageTimestamp}) in nanoseconds since the epoch, and its number in the replay (from 1).
 * This is the context the {@code k8s_audit} fields read.
 */
public record AuditEvent(Map<String, Object> json, long timestampNanos, long number) {
}

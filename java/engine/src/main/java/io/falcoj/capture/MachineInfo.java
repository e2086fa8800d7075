package io.falcoj.capture;

/**
 * The machine info block: who captured, on what (libscap's scap_machine_info).
 *
 * @param bootTimeNanos host boot time, nanoseconds since the epoch (0 when the writer did not know it)
 * @param flags         libscap's machine flags (OS and architecture bits in newer captures)
 */
public record MachineInfo(int cpuCount, long memoryBytes, long maxPid, String hostname, long bootTimeNanos,
		long flags) {
}

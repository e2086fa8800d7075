package io.falcoj.capture;

/** The machine info block: who captured, on what. */
public record MachineInfo(int cpuCount, long memoryBytes, long maxCpuFrequency, long pageSize, String hostname,
		long bootTimeNanos) {
}

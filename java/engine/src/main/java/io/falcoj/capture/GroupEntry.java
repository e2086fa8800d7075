package io.falcoj.capture;

/** One entry of the group list block (or of the host's group database). */
public record GroupEntry(long gid, String name, String container) {
}

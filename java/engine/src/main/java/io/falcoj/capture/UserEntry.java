package io.falcoj.capture;

/** One entry of the user list block (or of the host's passwd database). */
public record UserEntry(long uid, long gid, String name, String homedir, String shell, String container) {
}

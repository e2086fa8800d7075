package io.falcoj.state;

import io.falcoj.capture.FdType;

/** What the engine knows about one open file descriptor. The state engine extends this class. */
public final class FdInfo {
	public long fd = -1;
	public FdType type = FdType.UNKNOWN;
	/** The name sysdig shows for the fd: a path, a socket tuple, "pipe:[123]"... */
	public String name = "";
}

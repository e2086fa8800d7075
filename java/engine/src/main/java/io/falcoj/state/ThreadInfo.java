package io.falcoj.state;

/**
 * What the engine knows about one thread (libsinsp's threadinfo). Owned and mutated only by the
 * state engine on the capture thread; fields read it. The state engine extends this class.
 */
public final class ThreadInfo {
	public long tid = -1;
	public long pid = -1;
	public long ptid = -1;
	public String comm = "";
	public String exe = "";
	public String exepath = "";
}

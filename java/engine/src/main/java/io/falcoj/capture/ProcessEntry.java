package io.falcoj.capture;

import java.util.List;

/**
 * One thread of the process list block (or of a live /proc scan). A plain carrier: the reader fills
 * what its block version holds and leaves the rest at the defaults below (-1 for unknown ids).
 */
public final class ProcessEntry {
	public long tid = -1;
	public long pid = -1;
	public long ptid = -1;
	public long sid = -1;
	public long vpgid = -1;
	public long pgid = -1;
	public String comm = "";
	public String exe = "";
	public String exepath = "";
	public List<String> args = List.of();
	public String cwd = "";
	public long fdlimit;
	public long flags;
	public long uid = -1;
	public long gid = -1;
	public long vmsizeKb;
	public long vmrssKb;
	public long vmswapKb;
	public long pfmajor;
	public long pfminor;
	public List<String> env = List.of();
	public long vtid = -1;
	public long vpid = -1;
	/** "subsystem=path" entries, as libscap stores them. */
	public List<String> cgroups = List.of();
	public String root = "";
	public long loginuid = -1;
	public boolean exeWritable;
	public boolean exeUpperLayer;
	public boolean exeFromMemfd;
	public boolean exeLowerLayer;
	public long capInheritable;
	public long capPermitted;
	public long capEffective;
	public long exeIno;
	public long exeInoCtime;
	public long exeInoMtime;
	public long pidnsInitStartTs;
	public long tty;
	public long cloneTs;
}

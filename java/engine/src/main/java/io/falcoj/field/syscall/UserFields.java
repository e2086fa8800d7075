package io.falcoj.field.syscall;

import io.falcoj.capture.GroupEntry;
import io.falcoj.capture.UserEntry;
import io.falcoj.field.FieldType;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.StateEngine;
import io.falcoj.state.ThreadInfo;

/**
 * The {@code user.*} and {@code group.*} fields: the thread's uid/gid and loginuid, with names,
 * home and shell from the capture's user and group lists. As in libsinsp, a uid the list does not
 * know leaves the name, home and shell without a value.
 */
public final class UserFields extends StateFamily {
	private static final long NO_ID = 0xffffffffL;

	public UserFields(StateEngine engine) {
		super(engine);
		num("user.uid", FieldType.UINT64, "user ID.", e -> e.thread == null ? NA : e.thread.uid);
		str("user.name", "user name.", e -> {
			UserEntry u = user(e);
			return u == null ? null : u.name();
		});
		str("user.homedir", "home directory of the user.", e -> {
			UserEntry u = user(e);
			return u == null ? null : u.homedir();
		});
		str("user.shell", "user's shell.", e -> {
			UserEntry u = user(e);
			return u == null ? null : u.shell();
		});
		num("user.loginuid", FieldType.INT64, "audit user id (auid).",
				e -> e.thread == null ? NA : (int) e.thread.loginuid);
		str("user.loginname", "audit user name (auid).", e -> {
			if (user(e) == null || e.thread.loginuid == NO_ID) {
				return null;
			}
			UserEntry l = engine.user(e.thread.loginuid);
			return l == null ? null : l.name();
		});
		num("group.gid", FieldType.UINT64, "group ID.", e -> e.thread == null ? NA : e.thread.gid);
		str("group.name", "group name.", e -> {
			ThreadInfo t = e.thread;
			if (t == null || t.gid == NO_ID) {
				return null;
			}
			GroupEntry g = engine.group(t.gid);
			return g == null ? null : g.name();
		});
	}

	private UserEntry user(ParsedEvent e) {
		ThreadInfo t = e.thread;
		if (t == null || t.uid == NO_ID) {
			return null;
		}
		return engine.user(t.uid);
	}
}

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

	private static final int UID = 0, NAME = 1, HOMEDIR = 2, SHELL = 3, LOGINUID = 4, LOGINNAME = 5, GID = 6,
			GROUP_NAME = 7;

	public UserFields(StateEngine engine) {
		super(engine);
		num(UID, "user.uid", FieldType.UINT64, "user ID.");
		str(NAME, "user.name", "user name.");
		str(HOMEDIR, "user.homedir", "home directory of the user.");
		str(SHELL, "user.shell", "user's shell.");
		num(LOGINUID, "user.loginuid", FieldType.INT64, "audit user id (auid).");
		str(LOGINNAME, "user.loginname", "audit user name (auid).");
		num(GID, "group.gid", FieldType.UINT64, "group ID.");
		str(GROUP_NAME, "group.name", "group name.");
	}

	@Override
	long numValue(int id, ParsedEvent e) {
		ThreadInfo t = e.thread;
		if (t == null) {
			return NA;
		}
		switch (id) {
		case UID:
			return t.uid;
		case LOGINUID:
			return (int) t.loginuid;
		case GID:
			return t.gid;
		default:
			return super.numValue(id, e);
		}
	}

	@Override
	String strValue(int id, ParsedEvent e) {
		switch (id) {
		case NAME: {
			UserEntry u = user(e);
			return u == null ? null : u.name();
		}
		case HOMEDIR: {
			UserEntry u = user(e);
			return u == null ? null : u.homedir();
		}
		case SHELL: {
			UserEntry u = user(e);
			return u == null ? null : u.shell();
		}
		case LOGINNAME: {
			if (user(e) == null || e.thread.loginuid == NO_ID) {
				return null;
			}
			UserEntry l = engine.user(e.thread.loginuid);
			return l == null ? null : l.name();
		}
		case GROUP_NAME: {
			ThreadInfo t = e.thread;
			if (t == null || t.gid == NO_ID) {
				return null;
			}
			GroupEntry g = engine.group(t.gid);
			return g == null ? null : g.name();
		}
		default:
			return super.strValue(id, e);
		}
	}

	private UserEntry user(ParsedEvent e) {
		ThreadInfo t = e.thread;
		if (t == null || t.uid == NO_ID) {
			return null;
		}
		return engine.user(t.uid);
	}
}

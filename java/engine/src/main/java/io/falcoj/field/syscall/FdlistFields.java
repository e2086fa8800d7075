package io.falcoj.field.syscall;

import io.falcoj.capture.FdType;
import io.falcoj.event.Event;
import io.falcoj.event.ParamType;
import io.falcoj.state.FdInfo;
import io.falcoj.state.LongObjectMap;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.SocketFormat;
import io.falcoj.state.StateEngine;

import java.nio.ByteBuffer;

/**
 * The {@code fdlist.*} fields of poll events: the fds of the PT_FDLIST parameter (u16 count, then
 * per fd an i64 number and i16 flags), as comma-separated numbers, names, addresses or ports.
 */
public final class FdlistFields extends StateFamily {
	private static final int NUMS = 0, NAMES = 1, CIPS = 2, SIPS = 3, CPORTS = 4, SPORTS = 5;

	public FdlistFields(StateEngine engine) {
		super(engine);
		str(NUMS, "fdlist.nums", "for poll events, this is a comma-separated list of the FD numbers in the 'fds' "
				+ "argument, returned as a string.");
		str(NAMES, "fdlist.names", "for poll events, this is a comma-separated list of the FD names in the 'fds' "
				+ "argument, returned as a string.");
		str(CIPS, "fdlist.cips", "for poll events, this is a comma-separated list of the client IP addresses in the "
				+ "'fds' argument, returned as a string.");
		str(SIPS, "fdlist.sips", "for poll events, this is a comma-separated list of the server IP addresses in the "
				+ "'fds' argument, returned as a string.");
		str(CPORTS, "fdlist.cports", "for TCP/UDP FDs, for poll events, this is a comma-separated list of the client "
				+ "TCP/UDP ports in the 'fds' argument, returned as a string.");
		str(SPORTS, "fdlist.sports", "for poll events, this is a comma-separated list of the server TCP/UDP ports in "
				+ "the 'fds' argument, returned as a string.");
	}

	/** Every fdlist field is the same walk over the fds; the id says which part of each it lists. */
	@Override
	String strValue(int what, ParsedEvent e) {
		return list(e, what);
	}

	private String list(ParsedEvent e, int what) {
		Event ev = e.event;
		if (ev.info() == null || !(ev.info().name().equals("poll") || ev.info().name().equals("ppoll"))) {
			return null;
		}
		int pi = -1;
		for (int i = 0; i < ev.paramCount() && i < ev.info().params().size(); i++) {
			if (ev.info().param(i).type() == ParamType.FDLIST) {
				pi = i;
				break;
			}
		}
		if (pi < 0 || ev.paramLength(pi) < 2) {
			return null;
		}
		ByteBuffer b = ev.buffer();
		int at = ev.paramOffset(pi);
		int end = at + ev.paramLength(pi);
		int n = b.getShort(at) & 0xffff;
		LongObjectMap<FdInfo> fds = e.thread == null ? null : engine.fdTable(e.thread);
		StringBuilder sb = new StringBuilder();
		int pos = at + 2;
		for (int j = 0; j < n && pos + 10 <= end; j++, pos += 10) {
			long fd = b.getLong(pos);
			String item = null;
			if (what == NUMS) {
				item = Long.toString(fd);
			} else if (fds != null) {
				FdInfo f = fds.get(fd);
				if (f != null) {
					item = item(f, what);
				} else if (what == NAMES) {
					item = "<NA>";
				}
			}
			if (item != null) {
				sb.append(item).append(',');
			}
		}
		if (sb.length() == 0) {
			return null;
		}
		sb.setLength(sb.length() - 1);
		return sb.toString();
	}

	private static String item(FdInfo f, int what) {
		boolean v4 = f.type == FdType.IPV4_SOCK;
		boolean v6 = f.type == FdType.IPV6_SOCK;
		switch (what) {
		case NAMES:
			return f.name().isEmpty() ? "<NA>" : f.name();
		case CIPS:
			return v4 ? SocketFormat.ipv4(f.sip) : v6 ? SocketFormat.ipv6(f.sip6) : null;
		case SIPS:
			return v4 ? SocketFormat.ipv4(f.dip) : v6 ? SocketFormat.ipv6(f.dip6) : null;
		case CPORTS:
			return v4 || v6 ? Integer.toString(f.sport) : null;
		case SPORTS:
			return v4 || v6 ? Integer.toString(f.dport) : null;
		default:
			return null;
		}
	}
}

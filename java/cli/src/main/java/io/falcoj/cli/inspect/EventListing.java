package io.falcoj.cli.inspect;

import io.falcoj.event.Direction;
import io.falcoj.event.EventCategory;
import io.falcoj.event.EventFlags;
import io.falcoj.event.EventInfo;
import io.falcoj.event.EventTable;
import io.falcoj.event.ParamInfo;

import java.io.IOException;
import java.io.Writer;

/** {@code -L}: every event of the table, as sysdig -L prints them: {@code > open(FSPATH name, FLAGS32 flags, UINT32 mode)}. */
public final class EventListing {
	private EventListing() {
	}

	public static void write(Writer out) throws IOException {
		EventTable table = EventTable.get();
		StringBuilder sb = new StringBuilder(128);
		for (int code = 0; code < table.size(); code++) {
			EventInfo e = table.event(code);
			if (e == null || e.hasFlag(EventFlags.UNUSED) || e.category() == EventCategory.INTERNAL) {
				continue;
			}
			sb.setLength(0);
			sb.append(e.direction() == Direction.ENTER ? '>' : '<').append(' ').append(e.name()).append('(');
			for (int i = 0; i < e.params().size(); i++) {
				ParamInfo p = e.params().get(i);
				if (i > 0) {
					sb.append(", ");
				}
				sb.append(p.type().name()).append(' ').append(p.name());
			}
			out.write(sb.append(")\n").toString());
		}
	}
}

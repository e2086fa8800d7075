package io.falcoj.state;

import io.falcoj.event.Direction;
import io.falcoj.event.Event;
import io.falcoj.event.EventFlags;
import io.falcoj.event.EventInfo;
import io.falcoj.event.EventTable;
import io.falcoj.event.ParamInfo;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Builds events in the libscap layout for tests: the newest variant of an event by name and
 * direction, parameters set by name (the others left empty, as converters leave them), encoded by
 * the table's parameter types.
 */
final class EventBuilder {
	private final EventInfo info;
	private final byte[][] params;
	private long tid;
	private long ts;

	private EventBuilder(EventInfo info) {
		this.info = info;
		this.params = new byte[info.params().size()][];
	}

	/** The enter event paired with the newest exit event of {@code name} (its code is one less). */
	static EventBuilder enter(String name) {
		boolean hasExit = EventTable.get().byName(name).stream().anyMatch(e -> e.direction() == Direction.EXIT);
		if (!hasExit) {
			return new EventBuilder(newest(name, Direction.ENTER));
		}
		return new EventBuilder(EventTable.get().event(newest(name, Direction.EXIT).code() - 1));
	}

	static EventBuilder exit(String name) {
		return new EventBuilder(newest(name, Direction.EXIT));
	}

	private static EventInfo newest(String name, Direction dir) {
		EventInfo best = null;
		for (EventInfo e : EventTable.get().byName(name)) {
			if (e.direction() == dir && !e.hasFlag(EventFlags.OLD_VERSION) && (best == null || e.code() > best.code())) {
				best = e;
			}
		}
		if (best == null) {
			throw new IllegalArgumentException("no current event " + name + " " + dir);
		}
		return best;
	}

	EventBuilder tid(long t) {
		tid = t;
		return this;
	}

	EventBuilder ts(long t) {
		ts = t;
		return this;
	}

	/** An integer parameter, written with the width of its type. */
	EventBuilder p(String name, long value) {
		int i = index(name);
		int width = width(info.param(i));
		ByteBuffer b = ByteBuffer.allocate(width).order(ByteOrder.LITTLE_ENDIAN);
		switch (width) {
		case 1 -> b.put((byte) value);
		case 2 -> b.putShort((short) value);
		case 4 -> b.putInt((int) value);
		default -> b.putLong(value);
		}
		params[i] = b.array();
		return this;
	}

	/** A string parameter (NUL-terminated). */
	EventBuilder p(String name, String value) {
		byte[] s = value.getBytes(StandardCharsets.UTF_8);
		byte[] z = new byte[s.length + 1];
		System.arraycopy(s, 0, z, 0, s.length);
		params[index(name)] = z;
		return this;
	}

	/** A list of strings as one NUL-separated buffer (args, env, cgroups). */
	EventBuilder p(String name, List<String> values) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (String v : values) {
			out.writeBytes(v.getBytes(StandardCharsets.UTF_8));
			out.write(0);
		}
		params[index(name)] = out.toByteArray();
		return this;
	}

	/** Raw parameter bytes (socket addresses and tuples). */
	EventBuilder raw(String name, byte[] bytes) {
		params[index(name)] = bytes.clone();
		return this;
	}

	private int index(String name) {
		int i = info.paramIndex(name);
		if (i < 0) {
			throw new IllegalArgumentException(info.name() + " has no parameter " + name);
		}
		return i;
	}

	private static int width(ParamInfo p) {
		switch (p.type()) {
		case INT8: case UINT8: case FLAGS8: case ENUMFLAGS8: case SIGTYPE: case L4PROTO: case SOCKFAMILY:
			return 1;
		case INT16: case UINT16: case FLAGS16: case ENUMFLAGS16: case SYSCALLID: case PORT:
			return 2;
		case INT32: case UINT32: case FLAGS32: case ENUMFLAGS32: case UID: case GID: case MODE: case BOOL: case SIGSET:
			return 4;
		default:
			return 8;
		}
	}

	/** The event bytes: header, parameter lengths, parameters. */
	byte[] bytes() {
		boolean large = info.hasFlag(EventFlags.LARGE_PAYLOAD);
		int lenSize = large ? 4 : 2;
		int total = Event.HEADER_SIZE + params.length * lenSize;
		for (byte[] p : params) {
			total += p == null ? 0 : p.length;
		}
		ByteBuffer b = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
		b.putLong(ts).putLong(tid).putInt(total).putShort((short) info.code()).putInt(params.length);
		for (byte[] p : params) {
			int n = p == null ? 0 : p.length;
			if (large) {
				b.putInt(n);
			} else {
				b.putShort((short) n);
			}
		}
		for (byte[] p : params) {
			if (p != null) {
				b.put(p);
			}
		}
		return b.array();
	}

	/** Hands the event to {@code engine} (through a fresh flyweight, as a capture source does). */
	void feed(StateEngine engine) {
		ByteBuffer buf = ByteBuffer.wrap(bytes()).order(ByteOrder.LITTLE_ENDIAN);
		engine.onEvent(new Event().wrap(buf, 0), 0);
	}

	/** PT_SOCKADDR for an IPv4 address and port. */
	static byte[] sockaddr4(int a, int b, int c, int d, int port) {
		return ByteBuffer.allocate(7).order(ByteOrder.LITTLE_ENDIAN).put((byte) SocketFormat.AF_INET)
				.put((byte) a).put((byte) b).put((byte) c).put((byte) d).putShort((short) port).array();
	}

	/** PT_SOCKTUPLE for IPv4 source and destination. */
	static byte[] tuple4(int[] src, int sport, int[] dst, int dport) {
		ByteBuffer b = ByteBuffer.allocate(13).order(ByteOrder.LITTLE_ENDIAN).put((byte) SocketFormat.AF_INET);
		for (int x : src) {
			b.put((byte) x);
		}
		b.putShort((short) sport);
		for (int x : dst) {
			b.put((byte) x);
		}
		b.putShort((short) dport);
		return b.array();
	}
}

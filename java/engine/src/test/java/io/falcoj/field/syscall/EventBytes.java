package io.falcoj.field.syscall;

import io.falcoj.event.Event;
import io.falcoj.state.ParsedEvent;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds one event in the libscap layout, parameter by parameter, for renderer and field tests. */
final class EventBytes {
	private final int type;
	private final long ts;
	private final long tid;
	private final java.util.List<byte[]> params = new java.util.ArrayList<>();

	private EventBytes(int type, long ts, long tid) {
		this.type = type;
		this.ts = ts;
		this.tid = tid;
	}

	static EventBytes event(int type) {
		return new EventBytes(type, 1_700_000_000_123_456_789L, 42);
	}

	static EventBytes event(int type, long ts, long tid) {
		return new EventBytes(type, ts, tid);
	}

	EventBytes raw(byte[] b) {
		params.add(b);
		return this;
	}

	EventBytes u8(int v) {
		return raw(new byte[] {(byte) v});
	}

	EventBytes u16(int v) {
		return raw(le(2).putShort((short) v).array());
	}

	EventBytes u32(long v) {
		return raw(le(4).putInt((int) v).array());
	}

	EventBytes u64(long v) {
		return raw(le(8).putLong(v).array());
	}

	EventBytes str(String s) {
		byte[] b = s.getBytes(StandardCharsets.UTF_8);
		byte[] z = new byte[b.length + 1];
		System.arraycopy(b, 0, z, 0, b.length);
		return raw(z);
	}

	static ByteBuffer le(int n) {
		return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
	}

	ByteBuffer bytes() {
		ByteArrayOutputStream data = new ByteArrayOutputStream();
		for (byte[] p : params) {
			data.writeBytes(p);
		}
		int len = Event.HEADER_SIZE + 2 * params.size() + data.size();
		ByteBuffer b = le(len);
		b.putLong(ts).putLong(tid).putInt(len).putShort((short) type).putInt(params.size());
		for (byte[] p : params) {
			b.putShort((short) p.length);
		}
		b.put(data.toByteArray());
		return b;
	}

	ParsedEvent parsed() {
		ParsedEvent pe = new ParsedEvent();
		pe.event.wrap(bytes(), 0);
		pe.num = 1;
		return pe;
	}
}

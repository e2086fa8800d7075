package io.falcoj.event;

/**
 * Parameter types of the libscap event format, with libscap's numbers (enum ppm_param_type).
 * The numbers matter: they are what a capture file and the drivers' header agree on.
 */
public enum ParamType {
	NONE(0), INT8(1), INT16(2), INT32(3), INT64(4), UINT8(5), UINT16(6), UINT32(7), UINT64(8),
	CHARBUF(9), BYTEBUF(10), ERRNO(11), SOCKADDR(12), SOCKTUPLE(13), FD(14), PID(15), FDLIST(16),
	FSPATH(17), SYSCALLID(18), SIGTYPE(19), RELTIME(20), ABSTIME(21), PORT(22), L4PROTO(23),
	SOCKFAMILY(24), BOOL(25), IPV4ADDR(26), DYN(27), FLAGS8(28), FLAGS16(29), FLAGS32(30), UID(31),
	GID(32), DOUBLE(33), SIGSET(34), CHARBUFARRAY(35), CHARBUF_PAIR_ARRAY(36), IPV4NET(37),
	IPV6ADDR(38), IPV6NET(39), IPADDR(40), IPNET(41), MODE(42), FSRELPATH(43), ENUMFLAGS8(44),
	ENUMFLAGS16(45), ENUMFLAGS32(46);

	public final int code;

	ParamType(int code) {
		this.code = code;
	}

	/** True for the types whose payload is an integer of fixed width. */
	public boolean isInteger() {
		switch (this) {
		case INT8: case INT16: case INT32: case INT64: case UINT8: case UINT16: case UINT32: case UINT64:
		case ERRNO: case FD: case PID: case SYSCALLID: case SIGTYPE: case RELTIME: case ABSTIME: case PORT:
		case L4PROTO: case SOCKFAMILY: case BOOL: case FLAGS8: case FLAGS16: case FLAGS32: case UID: case GID:
		case SIGSET: case MODE: case ENUMFLAGS8: case ENUMFLAGS16: case ENUMFLAGS32:
			return true;
		default:
			return false;
		}
	}

	/** True for the integer types read as signed. */
	public boolean isSigned() {
		switch (this) {
		case INT8: case INT16: case INT32: case INT64: case ERRNO: case FD: case PID:
			return true;
		default:
			return false;
		}
	}

	public boolean isFlags() {
		switch (this) {
		case FLAGS8: case FLAGS16: case FLAGS32: case MODE: case ENUMFLAGS8: case ENUMFLAGS16: case ENUMFLAGS32:
			return true;
		default:
			return false;
		}
	}

	public boolean isString() {
		return this == CHARBUF || this == FSPATH || this == FSRELPATH;
	}
}

package io.falcoj.capture;

/**
 * Layout constants of libscap's .scap block format (userspace/libscap/scap_savefile.h). A file is
 * a sequence of blocks: u32 type, u32 total length (header, body, padding to 4 bytes and the
 * trailer included), body, padding, u32 total length again. All little endian.
 */
final class ScapBlocks {
	static final int HEADER_SIZE = 8;
	static final int TRAILER_SIZE = 4;

	static final int SHB = 0x0A0D0D0A;
	static final int SHB_MAGIC = 0x1A2B3C4D;
	static final int SHB_MAGIC_SWAPPED = 0x4D3C2B1A;
	/** Section header body: u32 byte order magic, u16 major, u16 minor, u64 section length. */
	static final int SHB_BODY_SIZE = 16;
	static final int MAJOR_VERSION = 1;
	static final int MINOR_VERSION = 2;

	static final int MI = 0x201;
	static final int MI_INT = 0x8002ABCD;
	/** Machine info body: u32 cpus, u64 memory, u64 max pid, char[128] hostname, 4 x u64. */
	static final int MI_BODY_SIZE = 4 + 8 + 8 + 128 + 4 * 8;
	static final int HOSTNAME_SIZE = 128;

	static final int PL_V1 = 0x202;
	static final int PL_V1_INT = 0x8000ABCD;
	static final int PL_V2 = 0x207;
	static final int PL_V2_INT = 0x8013ABCD;
	static final int PL_V3 = 0x209;
	static final int PL_V3_INT = 0x8014ABCD;
	static final int PL_V4 = 0x210;
	static final int PL_V5 = 0x211;
	static final int PL_V6 = 0x212;
	static final int PL_V7 = 0x213;
	static final int PL_V8 = 0x214;
	static final int PL_V9 = 0x215;

	static final int FDL = 0x203;
	static final int FDL_INT = 0x8001ABCD;
	static final int FDL_V2 = 0x218;

	static final int EV = 0x204;
	static final int EV_INT = 0x8010ABCD;
	static final int EV_V2 = 0x216;
	static final int EV_V2_LARGE = 0x221;
	static final int EVF = 0x208;
	static final int EVF_V2 = 0x217;
	static final int EVF_V2_LARGE = 0x222;

	static final int IL = 0x205;
	static final int IL_INT = 0x8011ABCD;
	static final int IL_V2 = 0x219;

	static final int UL = 0x206;
	static final int UL_INT = 0x8012ABCD;
	static final int UL_V2 = 0x220;

	/** Interface entry types (scap_ifinfo_type). */
	static final int II_IPV4 = 1;
	static final int II_IPV6 = 2;
	static final int II_IPV4_NOLINKSPEED = 3;
	static final int II_IPV6_NOLINKSPEED = 4;

	/** User list entry types. */
	static final int USERBLOCK_USER = 0;
	static final int USERBLOCK_GROUP = 1;

	/** Event blocks of the first format carry a 22-byte event header without nparams. */
	static final int EVENT_V1_HEADER_SIZE = 22;
	/** Non-large event blocks hold at most this many bytes after the block header (libscap's read buffer). */
	static final int MAX_SMALL_EVENT_BLOCK = 1 << 16;

	private ScapBlocks() {
	}

	/** Process list versions 1..9, or 0 for a type that is not a process list. */
	static int processListVersion(int type) {
		switch (type) {
		case PL_V1: case PL_V1_INT: return 1;
		case PL_V2: case PL_V2_INT: return 2;
		case PL_V3: case PL_V3_INT: return 3;
		case PL_V4: return 4;
		case PL_V5: return 5;
		case PL_V6: return 6;
		case PL_V7: return 7;
		case PL_V8: return 8;
		case PL_V9: return 9;
		default: return 0;
		}
	}

	static boolean isEventBlock(int type) {
		return type == EV || type == EV_INT || type == EV_V2 || type == EV_V2_LARGE || type == EVF || type == EVF_V2
				|| type == EVF_V2_LARGE;
	}

	static boolean eventBlockHasFlags(int type) {
		return type == EVF || type == EVF_V2 || type == EVF_V2_LARGE;
	}

	static boolean eventBlockHasNparams(int type) {
		return type == EV_V2 || type == EV_V2_LARGE || type == EVF_V2 || type == EVF_V2_LARGE;
	}

	static boolean isLargeEventBlock(int type) {
		return type == EV_V2_LARGE || type == EVF_V2_LARGE;
	}

	static int padding(int length) {
		return (4 - (length & 3)) & 3;
	}
}

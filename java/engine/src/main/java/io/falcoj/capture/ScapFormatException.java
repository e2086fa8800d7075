package io.falcoj.capture;

import java.io.IOException;

/**
 * A capture file that does not follow the .scap format: truncated, corrupt or of an unsupported
 * kind. The message names the file and the byte offset where reading stopped (for gzip-compressed
 * files, the offset in the uncompressed stream).
 */
public class ScapFormatException extends IOException {
	private final long offset;

	public ScapFormatException(String file, long offset, String problem) {
		super(file + ": invalid capture at offset " + offset + ": " + problem);
		this.offset = offset;
	}

	/** Byte offset (in the uncompressed stream) of the block or field that is wrong. */
	public long offset() {
		return offset;
	}
}

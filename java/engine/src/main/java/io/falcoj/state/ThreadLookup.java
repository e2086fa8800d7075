package io.falcoj.state;

import io.falcoj.capture.CaptureListener;
import java.util.function.LongPredicate;

/**
 * Asks the running system about a thread that acts before any event introduced it (its clone or
 * exec was lost to a full ring, or it predates the capture and the process list missed it), as
 * libsinsp reads /proc for a thread it does not know. Live capture only: a capture file's
 * threads are not those of the machine reading it.
 */
@FunctionalInterface
public interface ThreadLookup {
	/**
	 * Reports thread {@code tid} as it is now to {@code into}: through {@code onProcess}, first its
	 * process's main thread followed by the process's fds ({@code onFd}) unless {@code knownProcess}
	 * accepts the process id, then the thread itself when it is not the main one. Returns false,
	 * reporting nothing, when the thread is gone or cannot be read.
	 */
	boolean lookup(long tid, LongPredicate knownProcess, CaptureListener into);
}

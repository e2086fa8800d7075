package io.falcoj.event;

/** Event categories (libscap's enum ppm_event_category), as shown by evt.category. */
public enum EventCategory {
	UNKNOWN(0), OTHER(1), FILE(2), NET(3), IPC(4), MEMORY(5), PROCESS(6), SLEEP(7), SYSTEM(8), SIGNAL(9),
	USER(10), TIME(11), PROCESSING(12), IO_READ(32), IO_WRITE(33), IO_OTHER(34), WAIT(64), SCHEDULER(128),
	INTERNAL(256), PLUGIN(512);

	public final int code;

	EventCategory(int code) {
		this.code = code;
	}

	/** The lowercase name used in the table file and by evt.category. */
	public String label() {
		return name().toLowerCase();
	}
}

package io.falcoj.cli;

import io.falcoj.cli.output.SyslogSender;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

import static io.falcoj.cli.output.AlertFormatter.digits;

/**
 * The daemon's own log (not alerts): to stderr with Falco's asctime-style stamp
 * ({@code Sat Nov 28 10:29:07 2026: message}) when log_stderr, to syslog when log_syslog, for
 * messages at or above log_level.
 */
public final class FalcoLogger {
	public enum Level {
		EMERGENCY, ALERT, CRITICAL, ERROR, WARNING, NOTICE, INFO, DEBUG;

		static Level parse(String s) {
			String v = s.trim().toLowerCase(Locale.ROOT);
			return switch (v) {
				case "emergency" -> EMERGENCY;
				case "alert" -> ALERT;
				case "critical" -> CRITICAL;
				case "error" -> ERROR;
				case "warning" -> WARNING;
				case "notice" -> NOTICE;
				case "info", "informational" -> INFO;
				case "debug" -> DEBUG;
				default -> null;
			};
		}
	}

	private final PrintStream err;
	private boolean toStderr = true;
	private SyslogSender syslog;
	private Level threshold = Level.INFO;
	private boolean iso8601;

	public FalcoLogger(PrintStream err) {
		this.err = err;
	}

	/** Stamps become {@code 2026-11-28T10:29:07+0000} (UTC), as with time_format_iso_8601. */
	public void useIso8601(boolean iso) {
		this.iso8601 = iso;
	}

	/** Applies the log_* settings; returns false (leaving the level as it was) for an unknown level name. */
	public boolean configure(boolean logStderr, SyslogSender syslogOrNull, String level) {
		this.toStderr = logStderr;
		this.syslog = syslogOrNull;
		Level l = Level.parse(level);
		if (l == null) {
			return false;
		}
		threshold = l;
		return true;
	}

	public boolean enabled(Level level) {
		return level.ordinal() <= threshold.ordinal();
	}

	public void log(Level level, String msg) {
		if (!enabled(level)) {
			return;
		}
		String text = msg.endsWith("\n") ? msg.substring(0, msg.length() - 1) : msg;
		if (toStderr) {
			String stamp = stamp(new Date());
			err.print(stamp + ": " + text + "\n");
			err.flush();
		}
		if (syslog != null) {
			try {
				syslog.send(level.ordinal(), text);
			} catch (IOException e) {
				syslog = null;
			}
		}
	}

	private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
	private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
			"Nov", "Dec"};

	/**
	 * asctime's layout ("Sat Nov 28 10:29:07 2026", day padded to two with a space) in the local
	 * zone, or ISO 8601 in UTC. Written out by hand: SimpleDateFormat's first use (calendar, locale
	 * data) cost about 25 ms of CPU at every start that logs.
	 */
	String stamp(Date now) {
		long millis = now.getTime();
		int offset = iso8601 ? 0 : TimeZone.getDefault().getOffset(millis);
		long local = millis + offset;
		LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400_000L));
		int second = (int) (Math.floorMod(local, 86_400_000L) / 1000);
		StringBuilder sb = new StringBuilder(32);
		if (iso8601) {
			digits(sb, day.getYear(), 4).append('-');
			digits(sb, day.getMonthValue(), 2).append('-');
			digits(sb, day.getDayOfMonth(), 2).append('T');
		} else {
			sb.append(DAYS[day.getDayOfWeek().ordinal()]).append(' ').append(MONTHS[day.getMonthValue() - 1]).append(' ');
			int dom = day.getDayOfMonth();
			sb.append(dom < 10 ? " " : "").append(dom).append(' ');
		}
		digits(sb, second / 3600, 2).append(':');
		digits(sb, second / 60 % 60, 2).append(':');
		digits(sb, second % 60, 2);
		return iso8601 ? sb.append("+0000").toString() : sb.append(' ').append(day.getYear()).toString();
	}

	public void info(String msg) {
		log(Level.INFO, msg);
	}

	public void debug(String msg) {
		log(Level.DEBUG, msg);
	}

	public void error(String msg) {
		log(Level.ERROR, msg);
	}
}

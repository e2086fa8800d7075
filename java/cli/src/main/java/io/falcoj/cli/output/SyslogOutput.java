package io.falcoj.cli.output;

import io.falcoj.rules.Priority;
import java.io.IOException;

/** Alerts to the local syslog, at the syslog severity of their priority (facility user). */
public final class SyslogOutput implements AlertOutput {
	private final SyslogSender sender;

	public SyslogOutput(SyslogSender sender) {
		this.sender = sender;
	}

	@Override
	public void send(Alert alert, String formatted) throws IOException {
		sender.send(alert.priority().ordinal(), formatted);
	}

	@Override
	public void close() {
	}

	@Override
	public String name() {
		return "syslog output";
	}
}

package io.falcoj.cli.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The daemon's settings, read once from {@link FalcoConfig} with Falco's defaults and checked:
 * a bad value is a {@link ConfigException} naming the key, so the daemon stops before doing
 * anything with a configuration Falco would refuse.
 */
public final class Settings {
	public List<String> rulesFiles;
	public String priority;
	public String ruleMatching;
	public boolean jsonOutput;
	public boolean jsonIncludeOutputProperty;
	public boolean jsonIncludeTagsProperty;
	public boolean timeFormatIso8601;
	public boolean bufferedOutputs;
	public double outputsRate;
	public double outputsMaxBurst;
	public boolean stdoutEnabled;
	public boolean syslogEnabled;
	public boolean fileEnabled;
	public String fileName;
	public boolean fileKeepAlive;
	public boolean programEnabled;
	public String program;
	public boolean programKeepAlive;
	public boolean httpEnabled;
	public String httpUrl;
	public String httpUserAgent;
	public boolean httpInsecure;
	public String httpCaCert;
	public String httpCaBundle;
	public String httpCaPath;
	public boolean logStderr;
	public boolean logSyslog;
	public String logLevel;
	public long outputTimeoutMillis;
	public double dropThreshold;
	public List<String> dropActions;
	public double dropRate;
	public double dropMaxBurst;
	public boolean dropSimulate;

	private static final List<String> PRIORITIES = List.of("emergency", "alert", "critical", "error", "warning", "notice",
			"informational", "info", "debug");
	private static final List<String> DROP_ACTIONS = List.of("ignore", "log", "alert", "exit");

	public static Settings read(FalcoConfig c) throws ConfigException {
		Settings s = new Settings();
		s.rulesFiles = c.strings("rules_file");
		s.priority = c.string("priority", "debug");
		if (!PRIORITIES.contains(s.priority.trim().toLowerCase(Locale.ROOT))) {
			throw new ConfigException("Unknown priority \"" + s.priority + "\"--must be one of emergency, alert, critical, error, warning, notice, informational, debug");
		}
		s.ruleMatching = c.string("rule_matching", "first");
		if (!s.ruleMatching.equals("first") && !s.ruleMatching.equals("all")) {
			throw new ConfigException("Unknown rule matching strategy \"" + s.ruleMatching + "\"--must be one of first, all");
		}
		s.jsonOutput = c.bool("json_output", false);
		s.jsonIncludeOutputProperty = c.bool("json_include_output_property", true);
		s.jsonIncludeTagsProperty = c.bool("json_include_tags_property", true);
		s.timeFormatIso8601 = c.bool("time_format_iso_8601", false);
		s.bufferedOutputs = c.bool("buffered_outputs", false);
		s.outputsRate = c.number("outputs.rate", 0);
		s.outputsMaxBurst = c.number("outputs.max_burst", 1000);
		if (s.outputsRate < 0 || s.outputsMaxBurst < 0) {
			throw new ConfigException("outputs.rate and outputs.max_burst must not be negative");
		}
		s.stdoutEnabled = c.bool("stdout_output.enabled", true);
		s.syslogEnabled = c.bool("syslog_output.enabled", true);
		s.fileEnabled = c.bool("file_output.enabled", false);
		s.fileKeepAlive = c.bool("file_output.keep_alive", false);
		s.fileName = c.string("file_output.filename", "");
		if (s.fileEnabled && s.fileName.isEmpty()) {
			throw new ConfigException("Error reading config file (" + c.source() + "): file output enabled but no filename in configuration block");
		}
		s.programEnabled = c.bool("program_output.enabled", false);
		s.programKeepAlive = c.bool("program_output.keep_alive", false);
		s.program = c.string("program_output.program", "");
		if (s.programEnabled && s.program.isEmpty()) {
			throw new ConfigException("Error reading config file (" + c.source() + "): program output enabled but no program in configuration block");
		}
		s.httpEnabled = c.bool("http_output.enabled", false);
		s.httpUrl = c.string("http_output.url", "");
		s.httpUserAgent = c.string("http_output.user_agent", "falcosecurity/falco");
		s.httpInsecure = c.bool("http_output.insecure", false);
		s.httpCaCert = c.string("http_output.ca_cert", "");
		s.httpCaBundle = c.string("http_output.ca_bundle", "");
		s.httpCaPath = c.string("http_output.ca_path", "");
		if (s.httpEnabled && s.httpUrl.isEmpty()) {
			throw new ConfigException("Error reading config file (" + c.source() + "): http output enabled but no url in configuration block");
		}
		s.logStderr = c.bool("log_stderr", true);
		s.logSyslog = c.bool("log_syslog", true);
		s.logLevel = c.string("log_level", "info");
		if (!PRIORITIES.contains(s.logLevel.trim().toLowerCase(Locale.ROOT))) {
			throw new ConfigException("Unknown log level \"" + s.logLevel + "\"--must be one of emergency, alert, critical, error, warning, notice, info, debug");
		}
		s.outputTimeoutMillis = c.integer("output_timeout", 2000);
		s.dropThreshold = c.number("syscall_event_drops.threshold", 0.1);
		if (s.dropThreshold < 0 || s.dropThreshold > 1) {
			throw new ConfigException("Error reading config file (" + c.source() + "): syscall event drops threshold must be a double in the range [0, 1]");
		}
		List<String> actions = c.has("syscall_event_drops.actions") ? c.strings("syscall_event_drops.actions") : List.of("log", "alert");
		s.dropActions = new ArrayList<>();
		for (String a : actions) {
			String v = a.trim().toLowerCase(Locale.ROOT);
			if (!DROP_ACTIONS.contains(v)) {
				throw new ConfigException("Error reading config file (" + c.source() + "): invalid syscall event drop action " + a);
			}
			s.dropActions.add(v);
		}
		s.dropRate = c.number("syscall_event_drops.rate", 0.03333);
		s.dropMaxBurst = c.number("syscall_event_drops.max_burst", 1);
		s.dropSimulate = c.bool("syscall_event_drops.simulate_drops", false);
		return s;
	}
}

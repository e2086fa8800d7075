package io.falcoj.cli;

import io.falcoj.capture.live.EbpfDriver;
import io.falcoj.cli.config.ConfigException;
import io.falcoj.cli.config.FalcoConfig;
import io.falcoj.cli.config.Settings;
import io.falcoj.cli.output.Alert;
import io.falcoj.cli.output.AlertFormatter;
import io.falcoj.cli.output.AlertOutput;
import io.falcoj.cli.output.AsyncOutput;
import io.falcoj.cli.output.FileOutput;
import io.falcoj.cli.output.HttpOutput;
import io.falcoj.cli.output.Outputs;
import io.falcoj.cli.output.ProgramOutput;
import io.falcoj.cli.output.StdoutOutput;
import io.falcoj.cli.output.SyslogOutput;
import io.falcoj.cli.output.SyslogSender;
import io.falcoj.cli.output.TokenBucket;
import io.falcoj.event.EventTable;
import io.falcoj.field.Field;
import io.falcoj.field.FieldCatalog;
import io.falcoj.field.FieldType;
import io.falcoj.json.JsonException;
import io.falcoj.k8saudit.AuditEvent;
import io.falcoj.k8saudit.AuditEventReader;
import io.falcoj.rules.LoadOptions;
import io.falcoj.rules.LoadResult;
import io.falcoj.rules.LoadedRules;
import io.falcoj.rules.Priority;
import io.falcoj.rules.Rule;
import io.falcoj.rules.RuleLoader;
import io.falcoj.field.syscall.SyscallSource;
import io.falcoj.rules.Ruleset;
import io.falcoj.state.StateEngine;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code falco}: loads the configuration and rules, then replays a capture ({@code -e}: a .scap
 * file, or Kubernetes audit JSON) through the rules and sends the alerts to the configured
 * outputs; or validates ({@code -V}), lists ({@code -L}, {@code --list}) and describes. Exit
 * codes, messages and output formats follow Falco's.
 */
public final class FalcoMain {
	static final String VERSION = "0.1.0";
	/** Built-in sources stand in for these plugins in {@code required_plugin_versions}. */
	static final Map<String, String> BUILTIN_PLUGINS = Map.of("k8saudit", "0.18.0", "json", "0.7.3", "container", "0.4.0");
	private static final Path DEFAULT_CONFIG = Path.of("/etc/falco/falco.yaml");

	private final PrintStream out;
	private final PrintStream err;
	private final FalcoLogger log;
	/** Only the real process takes over SIGINT/SIGTERM; an embedding JVM (tests) keeps its own. */
	private boolean ownsSignals;
	/** Set when a capture acts on SIGHUP: the run ends, then {@link #runRestarting} runs it again. */
	private volatile boolean restartRequested;
	/** A SIGHUP that came outside a capture (while loading): the capture acts on it when it starts. */
	private volatile boolean hupPending;

	FalcoMain(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
		this.log = new FalcoLogger(err);
	}

	public static void main(String[] args) {
		PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false,
				StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		int rc;
		try {
			FalcoMain falco = new FalcoMain(out, err);
			falco.ownsSignals = true;
			rc = falco.runRestarting(args);
		} finally {
			out.flush();
		}
		System.exit(rc);
	}

	/** A condition that ends the run: the message goes to stderr as "Error: message". */
	static final class Fatal extends Exception {
		Fatal(String message) {
			super(message);
		}
	}

	/**
	 * {@link #run}, started again after each SIGHUP (live mode), as Falco restarts itself: the
	 * configuration, rules, driver and state are read afresh; a configuration or rules error then
	 * ends the process.
	 */
	int runRestarting(String[] args) {
		if (ownsSignals) {
			// Outside a capture (loading, between runs) a SIGHUP is kept for the capture to act on
			// when it starts, rather than ending the JVM as its default handler would; a replay or
			// a validation ignores it.
			try {
				// a class rather than a lambda: every start pays for linking a lambda (some 2 ms here)
				sun.misc.Signal.handle(new sun.misc.Signal("HUP"), new sun.misc.SignalHandler() {
					@Override
					public void handle(sun.misc.Signal sig) {
						hupPending = true;
					}
				});
			} catch (IllegalArgumentException | UnsupportedOperationException e) {
				// no SIGHUP here: nothing to keep
			}
		}
		int rc;
		do {
			restartRequested = false;
			rc = run(args);
		} while (restartRequested && rc == 0);
		return rc;
	}

	int run(String[] args) {
		try {
			return runOrFail(args);
		} catch (Fatal f) {
			out.flush();
			err.print("Error: " + f.getMessage() + "\n");
			err.flush();
			return 1;
		} catch (RuntimeException | StackOverflowError bug) {
			// A defect, not bad input: say where in one line; FALCOJ_DEBUG=1 shows the whole trace.
			out.flush();
			StackTraceElement[] at = bug.getStackTrace();
			err.print("Error: internal error: " + bug + (at.length > 0 ? " at " + at[0] : "") + "\n");
			if (System.getenv("FALCOJ_DEBUG") != null) {
				bug.printStackTrace(err);
			}
			err.flush();
			return 1;
		}
	}

	private int runOrFail(String[] args) throws Fatal {
		Options o;
		try {
			o = Options.parse(args);
		} catch (OptionsException e) {
			throw new Fatal(e.getMessage());
		}
		if (o.help) {
			out.print(Options.usage());
			return 0;
		}
		if (o.version) {
			new InfoCommands(out).version();
			return 0;
		}
		if (o.listSyscallEvents) {
			new InfoCommands(out).events(o.markdown);
			return 0;
		}
		// Replay and live mode feed the events to the state engine the syscall fields read.
		Sources sources = new Sources();
		Map<String, FieldCatalog<?>> catalogs = sources.catalogs();
		if (o.listSource != null) {
			return new InfoCommands(out).listFields(catalogs, o);
		}

		Path configPath = configPath(o);
		FalcoConfig config;
		Settings s;
		try {
			config = configPath == null ? FalcoConfig.empty(o.configOverrides) : FalcoConfig.load(configPath, o.configOverrides);
			s = Settings.read(config);
		} catch (ConfigException e) {
			throw new Fatal(e.getMessage());
		}
		SyslogSender syslog = new SyslogSender();
		log.useIso8601(s.timeFormatIso8601);
		log.configure(s.logStderr, s.logSyslog && syslog.available() ? syslog : null, s.logLevel);
		log.info("Falco version: " + VERSION + " (falcoj)");
		if (configPath != null) {
			log.info("Falco initialized with configuration file: " + configPath);
		}
		if (o.support) {
			return new InfoCommands(out).support(o, configPath, s);
		}

		LoadOptions loadOptions = loadOptions(o);
		if (!o.validateFiles.isEmpty()) {
			return validate(o, s, catalogs, loadOptions);
		}

		LoadedRules rules = loadRules(o, s, configPath, catalogs, loadOptions);
		if (o.describeAllRules || o.describeRule != null) {
			return new InfoCommands(out).describe(o, s, rules);
		}
		Priority min = Priority.parse(s.priority);
		Ruleset.Matching matching = Ruleset.Matching.parse(s.ruleMatching);
		for (Ruleset<?> rs : rules.rulesets().values()) {
			rs.setMinimumPriority(min);
			rs.setMatching(matching);
			selectRules(rs, o);
		}
		if (o.dryRun) {
			log.info("Dry run: configuration and rules are valid, no events processed");
			return 0;
		}
		resolveOpenPathsForRules(sources.engine, rules.ruleset("syscall"));
		if (o.traceFile == null) {
			return live(o, s, config, rules, syslog, sources.syscallSource, catalogs);
		}
		Path trace = Path.of(o.traceFile);
		if (!Files.isReadable(trace)) {
			throw new Fatal("Could not open trace file " + trace + ": no such readable file");
		}
		String source = traceSource(trace);
		checkSources(o, source, catalogs);

		Outputs outputs = buildOutputs(o, s, syslog);
		DetectionStats stats = new DetectionStats();
		int rc;
		try {
			if (source.equals("k8s_audit")) {
				rc = replayAudit(trace, rules.ruleset("k8s_audit"), outputs, stats, o);
			} else {
				DropMonitor drops = s.dropActions.isEmpty() ? null : new DropMonitor(dropActions(s), s.dropThreshold,
						s.dropRate, s.dropMaxBurst, s.dropSimulate, log, outputs);
				rc = SyscallReplay.run(trace, sources, rules.ruleset("syscall"), this, outputs, stats, drops, o);
				if (drops != null) {
					drops.printStats(err);
				}
			}
		} finally {
			outputs.close();
			syslog.close();
		}
		if (o.verbose) {
			out.print(stats.format());
		}
		out.flush();
		return rc;
	}

	/**
	 * No -e: the live sources. syscall: capture with the driver engine.kind names (auto by
	 * default), see SyscallLive. k8s_audit: the audit webhook endpoint (see K8sAuditIntake), when
	 * asked for with --enable-source=k8s_audit or by loading the k8saudit plugin in falco.yaml.
	 * Runs until SIGINT/SIGTERM or -M seconds.
	 */
	private int live(Options o, Settings s, FalcoConfig config, LoadedRules rules, SyslogSender syslog, SyscallSource source,
			Map<String, FieldCatalog<?>> catalogs) throws Fatal {
		checkSources(o, "live", catalogs);
		boolean syscall = o.enableSources.isEmpty() ? !o.disableSources.contains("syscall") : o.enableSources.contains("syscall");
		boolean k8s;
		String k8sAddress;
		String kind;
		long preset;
		String hooks;
		try {
			k8s = !o.disableSources.contains("k8s_audit")
					&& (o.enableSources.contains("k8s_audit") || config.strings("load_plugins").contains("k8saudit"));
			k8sAddress = k8sAuditAddress(config);
			kind = config.string("engine.kind", "auto");
			preset = config.integer("engine.modern_ebpf.buf_size_preset", 4);
			hooks = config.string("engine.modern_ebpf.hooks", "syscall_tracepoints");
		} catch (ConfigException e) {
			throw new Fatal(e.getMessage());
		}
		EbpfDriver.Hooks ebpfHooks = switch (hooks) {
		case "syscall_tracepoints" -> EbpfDriver.Hooks.SYSCALL_TRACEPOINTS;
		case "raw_syscalls" -> EbpfDriver.Hooks.RAW_SYSCALLS;
		default -> throw new Fatal("engine.modern_ebpf.hooks must be syscall_tracepoints or raw_syscalls, not '" + hooks + "'");
		};
		if (preset < 1 || preset > 10) {
			throw new Fatal("engine.modern_ebpf.buf_size_preset must be between 1 (1 MB) and 10 (512 MB), not " + preset);
		}
		// Falco's presets: 1 MB doubling up to 512 MB per ring; 4 (8 MB) by default
		int ringBytes = (1 << 20) << (preset - 1);
		if (!syscall && !k8s) {
			throw new Fatal("Must enable at least one event source");
		}
		Outputs outputs = buildOutputs(o, s, syslog);
		if (ownsSignals) {
			reopenOnSigusr1(outputs);
		}
		DetectionStats stats = new DetectionStats();
		int rc = 0;
		K8sAuditIntake intake = null;
		WebServer web = null;
		try {
			web = startWebServer(config, stats, outputs, source.engine());
			if (k8s) {
				intake = K8sAuditIntake.start(k8sAddress, rules.ruleset("k8s_audit"), this, outputs, stats, log);
			}
			if (syscall) {
				// Syscall alerts (rule matches and drop alerts) leave the capture thread through a
				// JCTools queue; an outputs thread delivers them (AlertHandOff).
				DropMonitor drops;
				try (AlertHandOff handOff = new AlertHandOff(outputs)) {
					Outputs front = new Outputs(outputs.formatter(), List.of(handOff), null, msg -> log.error(msg));
					drops = s.dropActions.isEmpty() ? null : new DropMonitor(dropActions(s), s.dropThreshold,
							s.dropRate, s.dropMaxBurst, s.dropSimulate, log, front);
					rc = SyscallLive.run(kind, ringBytes, ebpfHooks, source, rules.ruleset("syscall"), this, front, stats, drops, o,
							log::info, err);
				}
				if (drops != null) {
					drops.printStats(err);
				}
			} else {
				awaitStop(o.durationSeconds, ownsSignals);
			}
		} finally {
			if (web != null) {
				web.close();
			}
			if (intake != null) {
				intake.close();
				log.info("k8s audit events received: " + intake.received());
			}
			outputs.close();
			syslog.close();
		}
		if (o.verbose) {
			out.print(stats.format());
		}
		out.flush();
		return rc;
	}

	/** The webserver when falco.yaml enables it (webserver.enabled; off when the key is absent). */
	private WebServer startWebServer(FalcoConfig config, DetectionStats stats, Outputs outputs, StateEngine engine) throws Fatal {
		try {
			if (!config.bool("webserver.enabled", false)) {
				return null;
			}
			if (config.bool("webserver.ssl_enabled", false)) {
				throw new Fatal("webserver.ssl_enabled is not supported; serve TLS from a proxy in front of the webserver");
			}
			long port = config.integer("webserver.listen_port", 8765);
			String health = config.string("webserver.k8s_healthz_endpoint", "/healthz");
			boolean metrics = config.bool("webserver.prometheus_metrics_enabled", false);
			WebServer w = WebServer.start(config.string("webserver.listen_address", ""), (int) port, health,
					metrics ? () -> stats.prometheus()
							+ "# HELP falcosecurity_scap_n_evts_total Syscall events parsed.\n"
							+ "# TYPE falcosecurity_scap_n_evts_total counter\n"
							+ "falcosecurity_scap_n_evts_total " + engine.eventCount() + "\n"
							+ "# HELP falcosecurity_falco_outputs_queue_num_drops_total Alerts dropped by the outputs throttle.\n"
							+ "# TYPE falcosecurity_falco_outputs_queue_num_drops_total counter\n"
							+ "falcosecurity_falco_outputs_queue_num_drops_total " + outputs.dropped() + "\n" : null);
			log.info("Starting health webserver on port " + w.port() + (metrics ? " (with /metrics)" : ""));
			return w;
		} catch (ConfigException e) {
			throw new Fatal(e.getMessage());
		}
	}

	/** The k8saudit plugin's open_params in falco.yaml's plugins list, or its default address. */
	static String k8sAuditAddress(FalcoConfig config) throws ConfigException {
		for (int i = 0; config.has("plugins[" + i + "]"); i++) {
			if ("k8saudit".equals(config.string("plugins[" + i + "].name", ""))) {
				String p = config.string("plugins[" + i + "].open_params", "");
				return p.isBlank() ? K8sAuditIntake.DEFAULT_ADDRESS : p;
			}
		}
		return K8sAuditIntake.DEFAULT_ADDRESS;
	}

	/** SIGUSR1 reopens the outputs' files and programs (after log rotation), as in Falco. */
	@SuppressWarnings("restriction")
	private void reopenOnSigusr1(Outputs outputs) {
		try {
			sun.misc.Signal.handle(new sun.misc.Signal("USR1"), sig -> {
				log.info("SIGUSR1 received, reopening outputs");
				outputs.reopen();
			});
		} catch (IllegalArgumentException | UnsupportedOperationException e) {
			log.debug("SIGUSR1 not available: " + e.getMessage());
		}
	}

	/**
	 * A capture starting: acts on a SIGHUP that came while it loaded ({@link #restart} with
	 * {@code stop}, so it ends at once).
	 */
	void actOnPendingHup(Runnable stop) {
		if (hupPending) {
			hupPending = false;
			restart(stop);
		}
	}

	/** SIGHUP: logs it, asks {@link #runRestarting} to run again, and ends this run with {@code stop}. */
	void restart(Runnable stop) {
		log.info("SIGHUP received, restarting...");
		restartRequested = true;
		stop.run();
	}

	/** Blocks until SIGINT/SIGTERM (when this process owns them), or {@code seconds} when positive. */
	@SuppressWarnings("restriction")
	private void awaitStop(long seconds, boolean signals) {
		java.util.concurrent.CountDownLatch stop = new java.util.concurrent.CountDownLatch(1);
		if (signals) {
			try {
				for (String name : new String[] {"INT", "TERM"}) {
					sun.misc.Signal.handle(new sun.misc.Signal(name), sig -> stop.countDown());
				}
				sun.misc.Signal.handle(new sun.misc.Signal("HUP"), sig -> restart(stop::countDown));
				actOnPendingHup(stop::countDown);
			} catch (IllegalArgumentException | UnsupportedOperationException e) {
				Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
			}
		}
		try {
			if (seconds > 0) {
				stop.await(seconds, java.util.concurrent.TimeUnit.SECONDS);
			} else {
				stop.await();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private Path configPath(Options o) throws Fatal {
		if (o.configFile != null) {
			Path p = Path.of(o.configFile);
			if (!Files.isRegularFile(p)) {
				throw new Fatal("Could not find configuration file at " + o.configFile);
			}
			return p;
		}
		if (Files.isRegularFile(DEFAULT_CONFIG)) {
			return DEFAULT_CONFIG;
		}
		// Run from a checkout (bin/falco): the repository's falco.yaml.
		Path root = checkoutRoot();
		return root != null && Files.isRegularFile(root.resolve("falco.yaml")) ? root.resolve("falco.yaml") : null;
	}

	/** The repository when running from a checkout's java/cli/target/falcoj-cli.jar, else null. */
	static Path checkoutRoot() {
		try {
			Path jar = Path.of(FalcoMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (jar.toString().endsWith("java/cli/target/falcoj-cli.jar")) {
				return jar.getParent().getParent().getParent().getParent();
			}
		} catch (java.net.URISyntaxException | RuntimeException e) {
			// no code source to go by
		}
		return null;
	}

	private static LoadOptions loadOptions(Options o) {
		LoadOptions lo = LoadOptions.defaults();
		String p = o.printAdditional;
		if (p == null || p.isEmpty()) {
			return lo;
		}
		// Falco's -p: -pc / -pk replace %container.info; anything else is appended as it is.
		if (p.equals("c") || p.equals("container")) {
			return lo.withContainerInfo("container=%container.name (id=%container.id)", "container=%container.name (id=%container.id)", "syscall");
		}
		if (p.equals("k") || p.equals("kubernetes")) {
			String k = "k8s.ns=%k8s.ns.name k8s.pod=%k8s.pod.name container=%container.id";
			return lo.withContainerInfo(k, k, "syscall");
		}
		return lo.withContainerInfo(LoadOptions.DEFAULT_CONTAINER_INFO, p, "syscall");
	}

	// ---- rules ---------------------------------------------------------------------------------

	private int validate(Options o, Settings s, Map<String, FieldCatalog<?>> catalogs, LoadOptions lo) {
		RuleLoader loader = new RuleLoader(catalogs, lo);
		log.info("Validating rules file(s):");
		for (String f : o.validateFiles) {
			log.info("   " + f);
			loader.loadFile(Path.of(f));
		}
		List<LoadResult> results = loader.results();
		boolean ok = loader.successful();
		if (s.jsonOutput) {
			out.print(LoadResult.toJsonDocument(results) + "\n");
		} else {
			StringBuilder sb = new StringBuilder();
			for (LoadResult r : results) {
				sb.append(r.successful() && r.warnings().isEmpty() ? r.summary() : r.verbose()).append('\n');
			}
			if (ok) {
				out.print(sb);
			} else {
				out.flush();
				err.print("Error: " + sb);
				err.flush();
			}
		}
		out.flush();
		return ok ? 0 : 1;
	}

	/**
	 * Rules files from -r, else from the configuration's rules_file, where a relative entry is
	 * relative to the configuration file's directory (so a source checkout's falco.yaml finds the
	 * checkout's rules/ wherever it is run from).
	 */
	private LoadedRules loadRules(Options o, Settings s, Path configPath, Map<String, FieldCatalog<?>> catalogs, LoadOptions lo)
			throws Fatal {
		List<Path> given = new ArrayList<>();
		boolean fromCommandLine = !o.rulesFiles.isEmpty();
		Path configDir = configPath == null ? null : configPath.toAbsolutePath().getParent();
		for (String f : fromCommandLine ? o.rulesFiles : s.rulesFiles) {
			Path p = Path.of(f);
			if (!fromCommandLine && !p.isAbsolute() && configDir != null) {
				p = configDir.resolve(p);
			}
			if (!fromCommandLine && !Files.exists(p)) {
				// The stock configuration names optional local files; Falco loads what is there.
				log.debug("Rules file " + f + " not found, skipped");
				continue;
			}
			given.add(p);
		}
		if (given.isEmpty()) {
			throw new Fatal("You must specify at least one rules file/directory via -r or a rules_file entry in falco.yaml");
		}
		List<Path> files;
		try {
			files = RuleLoader.expand(given);
		} catch (IOException e) {
			throw new Fatal("Could not read rules directory: " + e.getMessage());
		}
		RuleLoader loader = new RuleLoader(catalogs, lo);
		for (Path f : files) {
			log.info("Loading rules from file " + f);
			LoadResult r = loader.loadFile(f);
			if (!r.successful()) {
				throw new Fatal(r.verbose());
			}
			if (!r.warnings().isEmpty() && o.verbose) {
				log.log(FalcoLogger.Level.WARNING, r.verbose());
			}
		}
		LoadedRules rules = loader.rules();
		List<String> unmet = rules.checkPlugins(BUILTIN_PLUGINS);
		if (!unmet.isEmpty()) {
			throw new Fatal(String.join("\n", unmet));
		}
		return rules;
	}

	/**
	 * Rules on opens read the opened path (the stock ones at every open, through their rule
	 * masks): then the state engine resolves it at the open, which spares keeping a copy of it.
	 */
	private static void resolveOpenPathsForRules(StateEngine engine, Ruleset<?> syscallRules) {
		boolean rulesOnOpens = false;
		for (int code = 0; syscallRules != null && code < EventTable.get().size() && !rulesOnOpens; code++) {
			rulesOnOpens = engine.opensFile(code) && syscallRules.rulesFor(code) > 0;
		}
		engine.resolvePathsAtOpen(rulesOnOpens);
	}

	private static <C> void selectRules(Ruleset<C> rs, Options o) {
		for (String sub : o.disabledRuleSubstrings) {
			rs.setEnabled(r -> r.name().contains(sub), false);
		}
		if (!o.disabledTags.isEmpty()) {
			rs.setEnabled(r -> hasAnyTag(r, o.disabledTags), false);
		}
		if (!o.enabledTags.isEmpty()) {
			rs.setEnabled(r -> !hasAnyTag(r, o.enabledTags), false);
		}
	}

	private static boolean hasAnyTag(Rule<?> r, Collection<String> tags) {
		for (String t : tags) {
			if (r.tags().contains(t)) {
				return true;
			}
		}
		return false;
	}

	// ---- sources and replay --------------------------------------------------------------------

	/** k8s_audit for JSON files (by extension, or a first non-blank byte of '{' or '['), syscall otherwise. */
	static String traceSource(Path trace) throws Fatal {
		String name = trace.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".json") || name.endsWith(".jsonl")) {
			return "k8s_audit";
		}
		try (InputStream in = Files.newInputStream(trace)) {
			int c;
			do {
				c = in.read();
			} while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
			return c == '{' || c == '[' ? "k8s_audit" : "syscall";
		} catch (IOException e) {
			throw new Fatal("Could not open trace file " + trace + ": " + e.getMessage());
		}
	}

	private void checkSources(Options o, String source, Map<String, FieldCatalog<?>> catalogs) throws Fatal {
		for (String s : o.enableSources) {
			if (!catalogs.containsKey(s)) {
				throw new Fatal("Attempted enabling an unknown event source: " + s);
			}
		}
		for (String s : o.disableSources) {
			if (!catalogs.containsKey(s)) {
				throw new Fatal("Attempted disabling an unknown event source: " + s);
			}
		}
		if (o.disableSources.containsAll(catalogs.keySet())) {
			throw new Fatal("Must enable at least one event source");
		}
		// As in Falco, --enable-source/--disable-source choose live sources; a file brings its own.
		log.debug("Event source: " + source);
	}

	private int replayAudit(Path trace, Ruleset<AuditEvent> rules, Outputs outputs, DetectionStats stats, Options o) throws Fatal {
		List<AuditEvent> events;
		try {
			events = new AuditEventReader().read(trace, problem -> log.error(problem));
		} catch (IOException e) {
			throw new Fatal("Could not read k8s audit events from " + trace + ": " + e.getMessage());
		} catch (JsonException e) {
			throw new Fatal("Could not parse k8s audit events in " + trace + ": " + e.getMessage());
		}
		long deadline = o.durationSeconds > 0 ? System.nanoTime() + o.durationSeconds * 1_000_000_000L : Long.MAX_VALUE;
		for (AuditEvent e : events) {
			if (System.nanoTime() > deadline) {
				break;
			}
			rules.evaluate(e, 0, rule -> alert(rule, e, e.timestampNanos(), outputs, stats));
		}
		return 0;
	}

	/** Turns a match into an alert: counts it, renders the output and its fields, sends it. */
	<C> void alert(Rule<C> rule, C ctx, long timeNanos, Outputs outputs, DetectionStats stats) {
		stats.record(rule.index(), rule.name(), rule.priority(), rule.source());
		if (!outputs.wantsAlerts()) {
			return;
		}
		Map<String, Object> fields = new TreeMap<>();
		boolean iso = outputs.formatter().isIso8601();
		if (iso) {
			fields.put("evt.time.iso8601", AlertFormatter.isoTime(timeNanos, "+0000"));
		} else {
			fields.put("evt.time", timeNanos);
		}
		List<Field<C>> fs = rule.output().fields();
		List<String> names = rule.output().fieldNames();
		for (int k = 0; k < fs.size(); k++) {
			fields.put(names.get(k), jsonValue(fs.get(k), ctx));
		}
		outputs.handle(new Alert(timeNanos, rule.priority(), rule.name(), rule.source(), new TreeSet<>(rule.tags()),
				rule.output().render(ctx), fields));
	}

	/** A field's value as Falco's JSON output_fields carry it: numbers as numbers, absent as null. */
	private static <C> Object jsonValue(Field<C> f, C ctx) {
		Object v = f.value(ctx);
		if (v == null) {
			return null;
		}
		if (f.type().isNumeric() && !f.info().isList() && v instanceof Long) {
			return v;
		}
		if (f.info().isList() && v instanceof List<?> l && f.type() == FieldType.STRING) {
			return l;
		}
		return f.render(ctx);
	}

	// ---- outputs -------------------------------------------------------------------------------

	private Outputs buildOutputs(Options o, Settings s, SyslogSender syslog) throws Fatal {
		boolean buffered = s.bufferedOutputs && !o.unbuffered;
		String host = System.getenv("FALCO_HOSTNAME");
		if (host == null || host.isEmpty()) {
			host = hostname();
		}
		AlertFormatter fmt = new AlertFormatter(s.jsonOutput, s.timeFormatIso8601, s.jsonIncludeOutputProperty,
				s.jsonIncludeTagsProperty, host);
		List<AlertOutput> list = new ArrayList<>();
		if (s.stdoutEnabled) {
			list.add(new StdoutOutput(out, buffered));
		}
		if (s.fileEnabled) {
			list.add(new FileOutput(Path.of(s.fileName), false, buffered));
		}
		// Outputs that can block (a program, an HTTP endpoint) run behind their own queue and thread.
		long closeWait = Math.max(1000, s.outputTimeoutMillis * 5);
		java.util.function.Consumer<String> outputErrors = new LogErrors();
		if (s.programEnabled) {
			list.add(new AsyncOutput(new ProgramOutput(s.program, s.programKeepAlive, buffered), 10_000, closeWait, outputErrors));
		}
		if (s.syslogEnabled && syslog.available()) {
			list.add(new SyslogOutput(syslog));
		}
		if (s.httpEnabled) {
			try {
				list.add(new AsyncOutput(new HttpOutput(s.httpUrl, s.httpUserAgent, s.httpInsecure, httpCaFiles(s), s.jsonOutput,
						Duration.ofMillis(Math.max(1, s.outputTimeoutMillis))), 10_000, closeWait, outputErrors));
			} catch (IOException e) {
				throw new Fatal(e.getMessage());
			}
		}
		TokenBucket throttle = s.outputsRate > 0 ? new TokenBucket(s.outputsRate, s.outputsMaxBurst) : null;
		return new Outputs(fmt, list, throttle, outputErrors);
	}

	/**
	 * Where outputs report their errors: the log. A class, not a lambda, as it is made at every
	 * start (each lambda's invokedynamic call site costs its link then; see StateFamily).
	 */
	private final class LogErrors implements java.util.function.Consumer<String> {
		@Override
		public void accept(String msg) {
			log.error(msg);
		}
	}

	/**
	 * The PEM files http_output trusts: ca_cert and ca_bundle when they exist, and the *.pem / *.crt
	 * files of ca_path. Falco's stock ca_path (/etc/ssl/certs) is the system's store, which the
	 * JDK's own trust store already stands for, so a lone ca_path of that value changes nothing.
	 */
	private static List<Path> httpCaFiles(Settings s) throws IOException {
		List<Path> files = new ArrayList<>();
		for (String f : new String[] {s.httpCaCert, s.httpCaBundle}) {
			if (!f.isBlank() && Files.isRegularFile(Path.of(f))) {
				files.add(Path.of(f));
			}
		}
		if (!s.httpCaPath.isBlank() && !s.httpCaPath.equals("/etc/ssl/certs") && Files.isDirectory(Path.of(s.httpCaPath))) {
			try (java.util.stream.Stream<Path> dir = Files.list(Path.of(s.httpCaPath))) {
				dir.filter(p -> p.toString().endsWith(".pem") || p.toString().endsWith(".crt")).sorted().forEach(files::add);
			}
		}
		return files;
	}

	private static String hostname() {
		try {
			String h = Files.readString(Path.of("/proc/sys/kernel/hostname")).trim();
			if (!h.isEmpty()) {
				return h;
			}
		} catch (IOException | RuntimeException e) {
			// fall through to the resolver
		}
		try {
			return InetAddress.getLocalHost().getHostName();
		} catch (IOException e) {
			return "localhost";
		}
	}

	private static List<DropMonitor.Action> dropActions(Settings s) {
		List<DropMonitor.Action> out = new ArrayList<>();
		for (String a : s.dropActions) {
			out.add(DropMonitor.Action.valueOf(a.toUpperCase(Locale.ROOT)));
		}
		return out;
	}

	FalcoLogger logger() {
		return log;
	}

	PrintStream stdout() {
		return out;
	}

}

package io.falcoj.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of {@code falco}, with Falco's option names and rules: short options may be
 * bundled ({@code -Av}) and take their value attached or as the next word ({@code -pc},
 * {@code -p c}); long options take {@code --name=value} or {@code --name value}.
 */
public final class Options {
	public boolean help;
	public String configFile;
	public final List<String> rulesFiles = new ArrayList<>();
	public String traceFile;
	public final List<String> validateFiles = new ArrayList<>();
	public boolean describeAllRules;
	public String describeRule;
	/** Non-null when {@code --list} was given: the source to list, or "" for all. */
	public String listSource;
	public boolean listSyscallEvents;
	public boolean namesOnly;
	public boolean markdown;
	public final List<String> disabledRuleSubstrings = new ArrayList<>();
	public final Set<String> disabledTags = new LinkedHashSet<>();
	public final Set<String> enabledTags = new LinkedHashSet<>();
	public final List<String> configOverrides = new ArrayList<>();
	public boolean allEvents;
	public long durationSeconds;
	public String printAdditional;
	public boolean unbuffered;
	public boolean verbose;
	public boolean version;
	public boolean support;
	public boolean dryRun;
	public boolean printIgnoredEvents;
	public final Set<String> enableSources = new LinkedHashSet<>();
	public final Set<String> disableSources = new LinkedHashSet<>();

	private enum Kind {
		FLAG, VALUE, OPTIONAL_VALUE
	}

	private record Spec(String shortName, String longName, Kind kind, String argName, String help) {
	}

	private static final List<Spec> SPECS = List.of(
			new Spec("h", "help", Kind.FLAG, null, "Print this page"),
			new Spec("c", null, Kind.VALUE, "<path>", "Configuration file. If not specified uses /etc/falco/falco.yaml."),
			new Spec("A", null, Kind.FLAG, null, "Monitor all events supported by Falco defined in rules and configs. This option affects live captures only."),
			new Spec(null, "disable-source", Kind.VALUE, "<event_source>", "Disable a specific event source. Available sources are 'syscall' and 'k8s_audit'. Can be passed multiple times. Can not be mixed with --enable-source."),
			new Spec(null, "dry-run", Kind.FLAG, null, "Run Falco without processing events. Checks that the configuration and rules have no errors."),
			new Spec("D", null, Kind.VALUE, "<substring>", "Disable any rules with names having the substring <substring>. Can be passed multiple times. Can not be mixed with -t."),
			new Spec("e", null, Kind.VALUE, "<events_file>", "Read the events from a trace file <events_file> (.scap, or k8s audit .json/.jsonl) instead of tapping into live."),
			new Spec(null, "enable-source", Kind.VALUE, "<event_source>", "Enable a specific event source; all others get disabled. Can be passed multiple times. Can not be mixed with --disable-source."),
			new Spec("i", null, Kind.FLAG, null, "Print all high volume syscalls that are ignored by default (i.e. without the -A flag) and exit."),
			new Spec("L", null, Kind.FLAG, null, "Show the name and description of all rules and exit. With json_output, print details about all rules, macros and lists in JSON."),
			new Spec("l", null, Kind.VALUE, "<rule>", "Show the name and description of the rule with name <rule> and exit. With json_output, print details in JSON."),
			new Spec(null, "list", Kind.OPTIONAL_VALUE, "<source>", "List all defined fields. If <source> is provided, only list those fields for the source <source> (\"syscall\" or \"k8s_audit\")."),
			new Spec(null, "list-events", Kind.FLAG, null, "List all defined system call events."),
			new Spec(null, "list-syscall-events", Kind.FLAG, null, "List all defined system call events."),
			new Spec("M", null, Kind.VALUE, "<num_seconds>", "Stop collecting after <num_seconds> reached."),
			new Spec(null, "markdown", Kind.FLAG, null, "When used with --list/--list-syscall-events, print the content in Markdown format"),
			new Spec("N", null, Kind.FLAG, null, "When used with --list, only print field names."),
			new Spec("o", "option", Kind.VALUE, "<opt>=<val>", "Set the value of option <opt> to <val>. Overrides values in the configuration file. <opt> is its location in the configuration file in dot notation; entries of lists are accessed via square brackets: base.id=val, base.subvalue.subvalue2=val, base.list[1]=val"),
			new Spec("p", "print", Kind.VALUE, "<output_format>", "Add additional information to each falco notification's output. With -pc or -pcontainer use a container-friendly format. With -pk or -pkubernetes use a kubernetes-friendly format."),
			new Spec("r", null, Kind.VALUE, "<rules_file>", "Rules file/directory (defaults to value set in configuration file, or /etc/falco_rules.yaml). Can be passed multiple times."),
			new Spec(null, "support", Kind.FLAG, null, "Print support information including version, rules files used, etc. and exit."),
			new Spec("T", null, Kind.VALUE, "<tag>", "Disable any rules with a tag=<tag>. Can be passed multiple times. Can not be mixed with -t."),
			new Spec("t", null, Kind.VALUE, "<tag>", "Only run those rules with a tag=<tag>. Can be passed multiple times. Can not be mixed with -T/-D."),
			new Spec("U", "unbuffered", Kind.FLAG, null, "Turn off output buffering to configured outputs: every line emitted by falco is flushed."),
			new Spec("V", "validate", Kind.VALUE, "<rules_file>", "Read the contents of the specified rules(s) file and exit. Can be passed multiple times to validate multiple files."),
			new Spec("v", null, Kind.FLAG, null, "Verbose output."),
			new Spec(null, "version", Kind.FLAG, null, "Print version number."));

	/** Parses {@code args}; throws with Falco's wording for bad or conflicting options. */
	public static Options parse(String[] args) throws OptionsException {
		Options o = new Options();
		for (int i = 0; i < args.length; i++) {
			String a = args[i];
			if (a.startsWith("--") && a.length() > 2) {
				String name = a.substring(2);
				String value = null;
				int eq = name.indexOf('=');
				if (eq >= 0) {
					value = name.substring(eq + 1);
					name = name.substring(0, eq);
				}
				Spec s = find(null, name);
				if (s == null) {
					throw new OptionsException("Option '" + name + "' does not exist");
				}
				if (s.kind == Kind.VALUE && value == null) {
					if (i + 1 >= args.length) {
						throw new OptionsException("Option '" + name + "' is missing an argument");
					}
					value = args[++i];
				} else if (s.kind == Kind.OPTIONAL_VALUE && value == null) {
					value = i + 1 < args.length && !args[i + 1].startsWith("-") ? args[++i] : "";
				} else if (s.kind == Kind.FLAG && value != null) {
					throw new OptionsException("Option '" + name + "' does not take an argument");
				}
				o.set(s, value);
			} else if (a.startsWith("-") && a.length() > 1) {
				for (int j = 1; j < a.length(); j++) {
					String letter = a.substring(j, j + 1);
					Spec s = find(letter, null);
					if (s == null) {
						throw new OptionsException("Option '" + letter + "' does not exist");
					}
					if (s.kind == Kind.FLAG) {
						o.set(s, null);
						continue;
					}
					String value;
					if (j + 1 < a.length()) {
						value = a.substring(j + 1);
					} else if (i + 1 < args.length) {
						value = args[++i];
					} else {
						throw new OptionsException("Option '" + letter + "' is missing an argument");
					}
					o.set(s, value);
					break;
				}
			} else {
				throw new OptionsException("Unexpected argument '" + a + "'");
			}
		}
		o.check();
		return o;
	}

	private static Spec find(String shortName, String longName) {
		for (Spec s : SPECS) {
			if (shortName != null && shortName.equals(s.shortName)) {
				return s;
			}
			if (longName != null && longName.equals(s.longName)) {
				return s;
			}
		}
		return null;
	}

	private void set(Spec s, String v) throws OptionsException {
		String key = s.shortName != null ? s.shortName : s.longName;
		switch (key) {
			case "h" -> help = true;
			case "c" -> configFile = v;
			case "A" -> allEvents = true;
			case "disable-source" -> disableSources.add(v);
			case "enable-source" -> enableSources.add(v);
			case "dry-run" -> dryRun = true;
			case "D" -> disabledRuleSubstrings.add(v);
			case "e" -> traceFile = v;
			case "i" -> printIgnoredEvents = true;
			case "L" -> describeAllRules = true;
			case "l" -> describeRule = v;
			case "list" -> listSource = v;
			case "list-events", "list-syscall-events" -> listSyscallEvents = true;
			case "M" -> {
				try {
					durationSeconds = Long.parseLong(v.trim());
				} catch (NumberFormatException e) {
					durationSeconds = -1;
				}
				if (durationSeconds < 0) {
					throw new OptionsException("Argument '" + v + "' failed to parse");
				}
			}
			case "markdown" -> markdown = true;
			case "N" -> namesOnly = true;
			case "o" -> configOverrides.add(v);
			case "p" -> printAdditional = v;
			case "r" -> rulesFiles.add(v);
			case "support" -> support = true;
			case "T" -> disabledTags.add(v);
			case "t" -> enabledTags.add(v);
			case "U" -> unbuffered = true;
			case "V" -> validateFiles.add(v);
			case "v" -> verbose = true;
			case "version" -> version = true;
			default -> throw new IllegalStateException(key);
		}
	}

	private void check() throws OptionsException {
		if (disabledRuleSubstrings.size() + disabledTags.size() > 0 && !enabledTags.isEmpty()) {
			throw new OptionsException("You can not specify both disabled (-D/-T) and enabled (-t) rules");
		}
		if (!enableSources.isEmpty() && !disableSources.isEmpty()) {
			throw new OptionsException("You can not mix --enable-source and --disable-source");
		}
	}

	/** The {@code --help} text. */
	public static String usage() {
		StringBuilder sb = new StringBuilder("Falco - Cloud Native Runtime Security (falcoj)\nUsage:\n  falco [OPTION...]\n\n");
		for (Spec s : SPECS) {
			String left = "  " + (s.shortName != null ? "-" + s.shortName + (s.longName != null ? ", " : "") : "    ")
					+ (s.longName != null ? "--" + s.longName : "")
					+ (s.argName == null ? "" : s.kind == Kind.OPTIONAL_VALUE ? " [=" + s.argName + "]" : " " + s.argName);
			sb.append(String.format("%-36s %s%n", left, s.help));
		}
		return sb.toString();
	}
}

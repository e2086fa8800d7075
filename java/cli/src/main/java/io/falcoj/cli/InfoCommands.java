package io.falcoj.cli;

import io.falcoj.cli.config.Settings;
import io.falcoj.event.EventFlags;
import io.falcoj.event.EventInfo;
import io.falcoj.event.EventTable;
import io.falcoj.field.FieldCatalog;
import io.falcoj.field.FieldInfo;
import io.falcoj.json.Json;
import io.falcoj.rules.LoadOptions;
import io.falcoj.rules.LoadedRules;
import io.falcoj.rules.Rule;
import io.falcoj.rules.RuleLoader;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The commands of {@code falco} that print something and exit: --version, --list-events, --list,
 * --support, -L and -l.
 */
final class InfoCommands {
	private final PrintStream out;

	InfoCommands(PrintStream out) {
		this.out = out;
	}

	int describe(Options o, Settings s, LoadedRules rules) throws FalcoMain.Fatal {
		List<Rule<?>> all = rules.allRules();
		List<Rule<?>> chosen = new ArrayList<>();
		for (Rule<?> r : all) {
			if (o.describeAllRules || r.name().equals(o.describeRule)) {
				chosen.add(r);
			}
		}
		if (!o.describeAllRules && chosen.isEmpty()) {
			throw new FalcoMain.Fatal("Rule \"" + o.describeRule + "\" not found");
		}
		if (s.jsonOutput) {
			out.print(describeJson(chosen, rules) + "\n");
			out.flush();
			return 0;
		}
		String fmt = "%-50s %s%n";
		out.printf(fmt, "Rule", "Description");
		out.printf(fmt, "----", "-----------");
		for (Rule<?> r : chosen) {
			out.printf(fmt, r.name(), wrap(r.description().trim(), 51, 110));
		}
		out.flush();
		return 0;
	}

	/** -L/-l with json_output: each rule's definition, keys sorted as Falco's JSON has them. */
	private static String describeJson(List<Rule<?>> chosen, LoadedRules rules) {
		Map<String, Object> doc = new TreeMap<>();
		if (rules.requiredEngineVersion() != null) {
			doc.put("required_engine_version", rules.requiredEngineVersion());
		}
		List<Object> list = new ArrayList<>();
		for (Rule<?> r : chosen) {
			Map<String, Object> info = new TreeMap<>();
			info.put("condition", r.condition());
			info.put("description", r.description());
			info.put("enabled", r.enabled());
			info.put("name", r.name());
			info.put("output", r.output().format());
			info.put("priority", r.priority().label());
			info.put("source", r.source());
			info.put("tags", new ArrayList<>(r.tags()));
			list.add(Map.of("info", info));
		}
		doc.put("rules", list);
		return Json.write(doc);
	}

	/** Wraps {@code text} at {@code width} columns, later lines indented by {@code indent}. */
	static String wrap(String text, int indent, int width) {
		StringBuilder sb = new StringBuilder();
		int col = indent;
		for (String word : text.split("\\s+")) {
			if (word.isEmpty()) {
				continue;
			}
			if (col > indent && col + 1 + word.length() > width) {
				sb.append('\n').append(" ".repeat(indent));
				col = indent;
			} else if (col > indent) {
				sb.append(' ');
				col++;
			}
			sb.append(word);
			col += word.length();
		}
		return sb.toString();
	}

	void version() {
		out.print("Falco version: " + FalcoMain.VERSION + " (falcoj)\n");
		out.print("Libs version:  " + FalcoMain.VERSION + "\n");
		out.print("Plugin API:    3.0.0\n");
		out.print("Engine:        " + LoadOptions.ENGINE_VERSION + "\n");
		out.print("Driver:\n");
		out.print("  API version:    8.0.0\n");
		out.print("  Schema version: " + EventTable.get().size() + " events\n");
		out.print("  Default driver: falcoj kmod\n");
		out.flush();
	}

	void events(boolean markdown) {
		EventTable t = EventTable.get();
		if (markdown) {
			out.print("| Dir | Event |\n| :-- | :-- |\n");
		}
		for (int c = 0; c < t.size(); c++) {
			EventInfo e = t.event(c);
			if (e == null || e.name().equals("NA") || e.hasFlag(EventFlags.UNUSED)
					|| e.hasFlag(EventFlags.OLD_VERSION)) {
				continue;
			}
			StringBuilder sb = new StringBuilder();
			sb.append(e.name()).append('(');
			for (int k = 0; k < e.params().size(); k++) {
				sb.append(k == 0 ? "" : ", ").append(e.params().get(k).type()).append(' ').append(e.params().get(k).name());
			}
			sb.append(')');
			if (markdown) {
				out.print("| " + e.direction().symbol + " | `" + sb + "` |\n");
			} else {
				out.print(e.direction().symbol + " " + sb + "\n");
			}
		}
		out.flush();
	}

	int listFields(Map<String, FieldCatalog<?>> catalogs, Options o) throws FalcoMain.Fatal {
		String want = o.listSource;
		if (!want.isEmpty() && !catalogs.containsKey(want)) {
			throw new FalcoMain.Fatal("Unknown event source " + want);
		}
		for (Map.Entry<String, FieldCatalog<?>> e : catalogs.entrySet()) {
			if (!want.isEmpty() && !want.equals(e.getKey())) {
				continue;
			}
			Map<String, List<FieldInfo>> byClass = new LinkedHashMap<>();
			for (FieldInfo f : e.getValue().fields()) {
				String cls = f.name().contains(".") ? f.name().substring(0, f.name().indexOf('.')) : f.name();
				byClass.computeIfAbsent(cls, k -> new ArrayList<>()).add(f);
			}
			for (Map.Entry<String, List<FieldInfo>> c : byClass.entrySet()) {
				if (o.namesOnly) {
					for (FieldInfo f : c.getValue()) {
						out.print(f.name() + "\n");
					}
					continue;
				}
				out.print("-------------------------------------------------------------------------------\n");
				out.printf("%-29s %s%n", "Field Class:", c.getKey());
				out.printf("%-29s %s%n%n", "Event Sources:", e.getKey());
				for (FieldInfo f : c.getValue()) {
					String type = f.type().name() + (f.isList() ? " (list)" : "");
					String name = f.name() + (f.argument() == FieldInfo.Argument.REQUIRED ? "[arg]" : "");
					out.printf("%-29s %s%n", name, wrap(f.description() + " (" + type.toLowerCase(Locale.ROOT) + ")", 30, 110));
				}
				out.print("\n");
			}
		}
		out.flush();
		return 0;
	}

	int support(Options o, Path configPath, Settings s) throws FalcoMain.Fatal {
		Map<String, Object> doc = new LinkedHashMap<>();
		doc.put("version", FalcoMain.VERSION);
		Map<String, Object> engine = new LinkedHashMap<>();
		engine.put("engine_version", LoadOptions.ENGINE_VERSION);
		doc.put("engine_info", engine);
		Map<String, Object> sys = new LinkedHashMap<>();
		sys.put("sysname", System.getProperty("os.name"));
		sys.put("release", System.getProperty("os.version"));
		sys.put("machine", System.getProperty("os.arch"));
		sys.put("java", System.getProperty("java.version"));
		doc.put("system_info", sys);
		doc.put("cmdline", String.join(" ", ProcessHandle.current().info().arguments().map(List::of).orElse(List.of())));
		try {
			doc.put("config", configPath == null ? "" : Files.readString(configPath));
			List<Object> files = new ArrayList<>();
			List<Path> given = new ArrayList<>();
			for (String f : o.rulesFiles.isEmpty() ? s.rulesFiles : o.rulesFiles) {
				if (Files.exists(Path.of(f))) {
					given.add(Path.of(f));
				}
			}
			for (Path p : RuleLoader.expand(given)) {
				Map<String, Object> f = new LinkedHashMap<>();
				f.put("content", Files.readString(p));
				f.put("name", p.toString());
				files.add(f);
			}
			doc.put("rules_files", files);
		} catch (IOException e) {
			throw new FalcoMain.Fatal("Could not read a file for --support: " + e.getMessage());
		}
		out.print(Json.write(doc) + "\n");
		out.flush();
		return 0;
	}
}

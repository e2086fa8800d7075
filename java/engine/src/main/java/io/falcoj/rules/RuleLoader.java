package io.falcoj.rules;

import io.falcoj.field.FieldCatalog;
import io.falcoj.filter.FilterCompileException;
import io.falcoj.filter.EvaluationEpoch;
import io.falcoj.filter.FilterCompiler;
import io.falcoj.filter.Position;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Loads Falco rules files into compiled {@link Ruleset}s, one per event source. The entry point
 * for embedding:
 *
 * <pre>
 * RuleLoader loader = new RuleLoader(Map.of("syscall", syscallFields, "k8s_audit", k8sFields), LoadOptions.defaults());
 * for (Path p : RuleLoader.expand(paths)) loader.loadFile(p);
 * if (loader.successful()) {
 *     Ruleset&lt;ParsedEvent&gt; rs = loader.rules().ruleset("syscall");
 *     rs.evaluate(event, event.event.type(), rule -&gt; alert(rule, rule.output().render(event)));
 * }
 * System.out.println(LoadResult.toJsonDocument(loader.results()));   // falco -V JSON
 * </pre>
 *
 * Files are applied in order into one collection of items (so later files append to or override
 * earlier ones); after each file everything is compiled, as Falco does, and that file's result
 * gets the errors and warnings. Loading stops being useful after the first failed file.
 */
public final class RuleLoader {
	private final Map<String, FilterCompiler<?>> compilers = new LinkedHashMap<>();
	private final LoadOptions options;
	private final RuleItems items;
	private final RuleCompiler compiler;
	private final List<LoadResult> results = new ArrayList<>();
	private Map<String, List<Rule<?>>> compiled = Map.of();
	private final Map<String, Integer> codeCounts = new LinkedHashMap<>();
	/** Per source: the event codes whose events do not reach the rules (FieldCatalog.reachesRules). */
	private final Map<String, BitSet> unreached = new LinkedHashMap<>();
	private final Map<String, EvaluationEpoch> epochs = new LinkedHashMap<>();

	public RuleLoader(Map<String, ? extends FieldCatalog<?>> catalogs, LoadOptions options) {
		this.options = options;
		for (Map.Entry<String, ? extends FieldCatalog<?>> e : catalogs.entrySet()) {
			EvaluationEpoch epoch = options.plainFilters() ? null : new EvaluationEpoch();
			epochs.put(e.getKey(), epoch);
			compilers.put(e.getKey(), new FilterCompiler<>(e.getValue(), epoch));
			codeCounts.put(e.getKey(), e.getValue().eventCodeCount());
			BitSet skip = new BitSet();
			for (int code = 0; code < e.getValue().eventCodeCount(); code++) {
				skip.set(code, !e.getValue().reachesRules(code));
			}
			unreached.put(e.getKey(), skip);
		}
		this.items = new RuleItems(new RuleItems.Sources() {
			@Override
			public boolean known(String source) {
				return compilers.containsKey(source);
			}

			@Override
			public boolean hasField(String source, String field) {
				return RuleLoader.hasField(compilers.get(source), field);
			}
		});
		this.compiler = new RuleCompiler(compilers, options);
	}

	private static boolean hasField(FilterCompiler<?> c, String field) {
		String name = field;
		String arg = null;
		int br = field.indexOf('[');
		if (br > 0 && field.endsWith("]")) {
			name = field.substring(0, br);
			arg = field.substring(br + 1, field.length() - 1);
		}
		try {
			c.bind(name, arg, Position.START);
			return true;
		} catch (FilterCompileException e) {
			return false;
		}
	}

	/** Files given on a command line, directories replaced by their regular files in name order. */
	public static List<Path> expand(List<Path> filesOrDirectories) throws IOException {
		List<Path> out = new ArrayList<>();
		for (Path p : filesOrDirectories) {
			if (Files.isDirectory(p)) {
				try (Stream<Path> s = Files.list(p)) {
					s.filter(Files::isRegularFile).sorted().forEach(out::add);
				}
			} else {
				out.add(p);
			}
		}
		return out;
	}

	/** Reads and loads one file; an unreadable file is a LOAD_ERR_FILE_READ result. */
	public LoadResult loadFile(Path file) {
		String content;
		try {
			content = Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException | RuntimeException e) {
			LoadResult res = new LoadResult(file.toString(), "");
			res.add(LoadCode.LOAD_ERR_FILE_READ, "Could not open file " + file + " for reading: " + e.getMessage(),
					LoadContext.ofFile(file.toString()));
			results.add(res);
			return res;
		}
		return loadContent(file.toString(), content);
	}

	/**
	 * Loads several files in order, as {@link #loadFile} one after the other would, but parses
	 * their YAML in parallel first (the part of loading that depends on nothing else).
	 */
	public List<LoadResult> loadFiles(List<Path> files) {
		List<CompletableFuture<RuleReader.Parsed>> parsed = new ArrayList<>();
		List<String> contents = new ArrayList<>();
		for (Path f : files) {
			String content;
			try {
				content = Files.readString(f, StandardCharsets.UTF_8);
			} catch (IOException | RuntimeException e) {
				content = null;
			}
			contents.add(content);
			String c = content;
			parsed.add(c == null ? null : CompletableFuture.supplyAsync(() -> RuleReader.parseYaml(c)));
		}
		List<LoadResult> out = new ArrayList<>();
		for (int k = 0; k < files.size(); k++) {
			if (contents.get(k) == null) {
				out.add(loadFile(files.get(k)));
			} else {
				out.add(load(files.get(k).toString(), contents.get(k), parsed.get(k).join()));
			}
		}
		return out;
	}

	/** Loads rules content named {@code name} (usually the file name). */
	public LoadResult loadContent(String name, String content) {
		return load(name, content, RuleReader.parseYaml(content));
	}

	private LoadResult load(String name, String content, RuleReader.Parsed parsed) {
		LoadResult res = new LoadResult(name, content);
		results.add(res);
		items.setResult(res);
		RuleReader reader = new RuleReader(items, res, options.engineVersion());
		if (!reader.read(name, parsed)) {
			return res;
		}
		Map<String, List<Rule<?>>> out = compiler.compile(items, res);
		if (out != null) {
			compiled = out;
		}
		return res;
	}

	/** The result of every file loaded, in order. */
	public List<LoadResult> results() {
		return Collections.unmodifiableList(results);
	}

	/** Whether every file so far loaded without errors. */
	public boolean successful() {
		for (LoadResult r : results) {
			if (!r.successful()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The compiled rules (of the last successful compilation), one ruleset per known source,
	 * empty rulesets included. Each call builds fresh rulesets over the same rules.
	 */
	@SuppressWarnings({"unchecked", "rawtypes"})
	public LoadedRules rules() {
		Map<String, Ruleset<?>> sets = new LinkedHashMap<>();
		for (String source : compilers.keySet()) {
			List<Rule<?>> rs = compiled.getOrDefault(source, List.of());
			sets.put(source, new Ruleset(source, (List) rs, codeCounts.get(source), unreached.get(source),
					epochs.get(source)));
		}
		// loops rather than streams of lambdas: each lambda is linked at start-up (see RuleItems.BY_INDEX)
		Map<String, List<String>> lists = new LinkedHashMap<>();
		List<RuleItems.ListItem> listItems = new ArrayList<>(items.lists.values());
		listItems.sort(RuleItems.BY_INDEX);
		for (RuleItems.ListItem l : listItems) {
			lists.put(l.name, List.copyOf(l.items));
		}
		Map<String, String> macros = new LinkedHashMap<>();
		List<RuleItems.MacroItem> macroItems = new ArrayList<>(items.macros.values());
		macroItems.sort(RuleItems.BY_INDEX);
		for (RuleItems.MacroItem m : macroItems) {
			macros.put(m.name, m.cond);
		}
		return new LoadedRules(sets, items.requiredEngineVersion, items.requiredPlugins, lists, macros);
	}
}

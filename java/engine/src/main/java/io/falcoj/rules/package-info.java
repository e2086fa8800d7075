/**
 * Falco rules files: loading, merging, compiling, and the rulesets that events meet.
 * <p>
 * {@link io.falcoj.rules.RuleLoader} reads files in order (lists, macros, rules, exceptions,
 * {@code append}/{@code override}, {@code enabled}, {@code required_engine_version},
 * {@code required_plugin_versions}), compiles after each file as Falco does ({@link io.falcoj.rules.RuleLoader#loadFiles} parses the
 * files' YAML in parallel first), and keeps one
 * {@link io.falcoj.rules.LoadResult} per file with Falco's codes
 * ({@link io.falcoj.rules.LoadCode}), item types and positions. Render them with
 * {@link io.falcoj.rules.LoadResult#summary()}, {@link io.falcoj.rules.LoadResult#verbose()} or, for
 * {@code falco -V} with JSON output, {@link io.falcoj.rules.LoadResult#toJsonDocument}.
 * <p>
 * {@link io.falcoj.rules.RuleLoader#rules()} gives {@link io.falcoj.rules.LoadedRules}: a
 * {@link io.falcoj.rules.Ruleset} per source. A ruleset indexes its rules by event code;
 * {@link io.falcoj.rules.Ruleset#evaluate} runs the matching ones ({@code rule_matching: first}
 * or {@code all}) and hands each matching {@link io.falcoj.rules.Rule} to the caller, which renders
 * its {@link io.falcoj.rules.OutputFormat} ({@code render}, {@code renderFields} for
 * {@code output_fields}). Select rules with {@link io.falcoj.rules.Ruleset#setEnabled} ({@code -D},
 * {@code -t}, {@code -T}) and {@link io.falcoj.rules.Ruleset#setMinimumPriority}
 * ({@code priority}).
 */
package io.falcoj.rules;

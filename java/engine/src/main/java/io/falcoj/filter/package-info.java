/**
 * Falco's condition language: {@link io.falcoj.filter.ConditionParser} (the grammar, in EBNF at
 * its top) builds an {@link io.falcoj.filter.Expr} tree; {@link io.falcoj.filter.MacroExpander}
 * replaces macro references; {@link io.falcoj.filter.FilterCompiler} binds fields through a
 * {@link io.falcoj.field.FieldCatalog} and compiles the tree once into a
 * {@link io.falcoj.filter.Filter} that evaluates events without parsing or (for plain field
 * checks) allocating; {@link io.falcoj.filter.EventTypes} computes the event codes a condition
 * can match, for indexing.
 * <p>
 * Standalone use, e.g. a sysdig-style filter on the command line:
 * <pre>
 * Filter&lt;ParsedEvent&gt; f = new FilterCompiler&lt;&gt;(syscallFields).compile(ConditionParser.parse(text));
 * if (f.matches(event, event.event.type())) { ... }
 * </pre>
 */
package io.falcoj.filter;

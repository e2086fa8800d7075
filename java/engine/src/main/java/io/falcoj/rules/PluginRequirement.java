package io.falcoj.rules;

/** One {@code required_plugin_versions} entry or alternative: a plugin name and minimum version. */
public record PluginRequirement(String name, String version) {
}

package io.falcoj.rules;

/**
 * Settings of the rule loader.
 *
 * @param engineVersion         the engine version rules files are checked against
 *                              ({@code required_engine_version})
 * @param containerInfoFormat   what {@code %container.info} in outputs becomes (Falco's {@code -pc}
 *                              / {@code -pk} change it)
 * @param extraOutputFormat     text appended to every output of {@code extraOutputSource} (empty
 *                              for none), as Falco's {@code -p} does when there is no
 *                              {@code %container.info}
 * @param extraOutputSource     the source whose outputs get the extra text, or null for all
 * @param plainFilters          each rule's filter evaluated on its own, as compiled: no results
 *                              shared between rules, no specialisation per event code (the
 *                              reference that the usual evaluation is tested against)
 */
public record LoadOptions(String engineVersion, String containerInfoFormat, String extraOutputFormat, String extraOutputSource,
		boolean plainFilters) {
	/** The version of Falco's engine whose rules language this engine implements. */
	public static final String ENGINE_VERSION = "0.57.0";
	/** Falco's replacement for {@code %container.info} when no option changes it. */
	public static final String DEFAULT_CONTAINER_INFO = "%container.name (id=%container.id)";

	public static LoadOptions defaults() {
		return new LoadOptions(ENGINE_VERSION, DEFAULT_CONTAINER_INFO, "", null, false);
	}

	public LoadOptions withContainerInfo(String format, String extra, String source) {
		return new LoadOptions(engineVersion, format, extra, source, plainFilters);
	}

	/** These options with {@code plainFilters} set. */
	public LoadOptions withPlainFilters() {
		return new LoadOptions(engineVersion, containerInfoFormat, extraOutputFormat, extraOutputSource, true);
	}
}

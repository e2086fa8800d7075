package io.falcoj.field;

import java.util.List;

/**
 * The fields of one event source ({@code syscall}, {@code k8s_audit}). The condition compiler and
 * the output formatter resolve field names here; nothing else knows what a field name means.
 */
public interface FieldCatalog<C> {
	/** The source name used in rule files ({@code source: k8s_audit}). */
	String source();

	/**
	 * Binds a field. {@code name} is the whole dotted token as written ({@code evt.arg.flags},
	 * {@code proc.name}); {@code bracketArgument} is what stood in {@code [...]} after it, or null.
	 *
	 * @throws UnknownFieldException when no field of this source has that name, or the argument is
	 *                               missing, unexpected or malformed
	 */
	Field<C> field(String name, String bracketArgument) throws UnknownFieldException;

	/** All fields, for {@code --list}. */
	List<FieldInfo> fields();

	/**
	 * The event type codes that {@code evt.type = typeName} matches (enter and exit variants), for
	 * indexing rules by event type; an empty array for a name this source does not know; null when
	 * this source has no event types (every rule of it meets every event).
	 */
	int[] eventCodes(String typeName);

	/** One past the highest event code of this source, or 0 when it has no event types. */
	int eventCodeCount();

	/**
	 * Whether the events of {@code code} reach the rules (they always reach the state). False
	 * for the events Falco no longer hands its rules; the default: every code does.
	 */
	default boolean reachesRules(int code) {
		return true;
	}

	/**
	 * Whether every event of {@code code} (one of {@link #eventCodes}{@code (typeName)}) is of type
	 * {@code typeName}. False for codes shared by several type names, such as the generic syscall
	 * events: there the compiler also compares the {@code evt.type} field's value.
	 */
	default boolean eventCodeIsExactly(int code, String typeName) {
		return true;
	}
}

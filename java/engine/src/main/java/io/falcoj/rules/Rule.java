package io.falcoj.rules;

import io.falcoj.filter.Filter;

import java.util.BitSet;
import java.util.Collections;
import java.util.TreeSet;
import java.util.Set;

/**
 * A compiled rule of one source. Immutable except for {@link #enabled()}, which the command line
 * ({@code -D}, {@code -t}, {@code -T}) may change before events flow.
 */
public final class Rule<C> {
	private final int index;
	private final String name;
	private final String description;
	private final Priority priority;
	private final String source;
	private final Set<String> tags;
	private final String condition;
	private final Filter<C> filter;
	private final OutputFormat<C> output;
	private final BitSet eventCodes;
	private final Set<String> exceptionFields;
	private volatile boolean enabled;

	Rule(int index, String name, String description, Priority priority, String source, Set<String> tags, boolean enabled,
			String condition, Filter<C> filter, OutputFormat<C> output, BitSet eventCodes, Set<String> exceptionFields) {
		this.index = index;
		this.name = name;
		this.description = description;
		this.priority = priority;
		this.source = source;
		this.tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
		this.enabled = enabled;
		this.condition = condition;
		this.filter = filter;
		this.output = output;
		this.eventCodes = eventCodes;
		this.exceptionFields = Set.copyOf(exceptionFields);
	}

	/** Position in definition order across all files (a redefined rule keeps its first place). */
	public int index() {
		return index;
	}

	public String name() {
		return name;
	}

	public String description() {
		return description;
	}

	public Priority priority() {
		return priority;
	}

	public String source() {
		return source;
	}

	/** The tags (sorted, as Falco keeps them). */
	public Set<String> tags() {
		return tags;
	}

	public boolean enabled() {
		return enabled;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** The condition as compiled: with exceptions appended, before list and macro substitution. */
	public String condition() {
		return condition;
	}

	/**
	 * The compiled condition. Its parts are shared with other rules of the ruleset and remember
	 * their results per event: evaluate rules through {@link Ruleset#evaluate}, which advances
	 * the event epoch, rather than calling this filter directly.
	 */
	public Filter<C> filter() {
		return filter;
	}

	public OutputFormat<C> output() {
		return output;
	}

	/** The event codes this rule can match; null when the source has no event types. */
	public BitSet eventCodes() {
		return eventCodes == null ? null : (BitSet) eventCodes.clone();
	}

	public Set<String> exceptionFields() {
		return exceptionFields;
	}

	@Override
	public String toString() {
		return name;
	}
}

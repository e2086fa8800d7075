package io.falcoj.field.syscall;

import io.falcoj.event.Direction;
import io.falcoj.event.EventInfo;
import io.falcoj.event.EventTable;
import io.falcoj.field.Field;
import io.falcoj.field.FieldCatalog;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.UnknownFieldException;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.StateEngine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The catalog of the {@code syscall} source: every field family, and the event type index. A name
 * resolves exactly ({@code proc.name}), or as a field that takes a dotted argument followed by it
 * ({@code evt.arg.flags} is {@code evt.arg} with argument {@code flags}).
 */
public final class SyscallFields implements FieldCatalog<ParsedEvent> {
	private final Map<String, FieldInfo> byName = new HashMap<>();
	private final Map<FieldInfo, FieldFamily> familyOf = new HashMap<>();
	/** The families in listing order; an entry is null until its family is made (see Deferred). */
	private final FieldFamily[] families;
	/** Per entry of families: how to make it and the field classes it holds, or null when given made. */
	private final Deferred[] deferred;

	/**
	 * A family made when a field of one of its classes (the part of a name before the first dot:
	 * {@code fd} for {@code fd.name}) is first bound, or when all fields are listed. Building every
	 * family's fields (a few hundred) was a good part of a short-lived tool's start, and
	 * falco-inspect's filter usually names one or two classes. Which family by a number, not a
	 * Supplier lambda: each lambda is an invokedynamic call site linked at every start.
	 */
	record Deferred(int family, StateEngine engine, Set<String> classes) {
		static final int PROC = 0, USER = 1, CONTAINER = 2, FD = 3, FDLIST = 4, K8S = 5;

		FieldFamily make() {
			switch (family) {
			case PROC:
				return new ProcFields(engine);
			case USER:
				return new UserFields(engine);
			case CONTAINER:
				return new ContainerFields(engine);
			case FD:
				return new FdFields(engine);
			case FDLIST:
				return new FdlistFields(engine);
			case K8S:
				return new K8sFields(engine);
			default:
				throw new IllegalArgumentException("no field family " + family);
			}
		}
	}

	/**
	 * The catalog over a state engine: {@code leading} families first (the evt.* family, which
	 * lives elsewhere), then process/thread, user/group, container, fd, fdlist and k8s, in the order
	 * {@code sysdig -l} lists them.
	 */
	public static SyscallFields standard(StateEngine engine, FieldFamily... leading) {
		List<Deferred> later = List.of(
				new Deferred(Deferred.PROC, engine, Set.of("proc", "thread")),
				new Deferred(Deferred.USER, engine, Set.of("user", "group")),
				new Deferred(Deferred.CONTAINER, engine, Set.of("container")),
				new Deferred(Deferred.FD, engine, Set.of("fd")),
				new Deferred(Deferred.FDLIST, engine, Set.of("fdlist")),
				new Deferred(Deferred.K8S, engine, Set.of("k8s")));
		return new SyscallFields(List.of(leading), later);
	}

	public SyscallFields(List<FieldFamily> families) {
		this(families, List.of());
	}

	/** {@code made} first, then the {@code later} ones, each made when first needed. */
	SyscallFields(List<FieldFamily> made, List<Deferred> later) {
		int n = made.size() + later.size();
		families = new FieldFamily[n];
		deferred = new Deferred[n];
		for (int i = 0; i < made.size(); i++) {
			families[i] = made.get(i);
			index(families[i]);
		}
		for (int i = 0; i < later.size(); i++) {
			deferred[made.size() + i] = later.get(i);
		}
	}

	private void index(FieldFamily family) {
		for (FieldInfo f : family.fields()) {
			// As when every family was indexed in order: a later family's field of the same name wins.
			FieldInfo old = byName.get(f.name());
			if (old != null && indexOf(familyOf.get(old)) > indexOf(family)) {
				continue;
			}
			byName.put(f.name(), f);
			familyOf.put(f, family);
		}
	}

	private int indexOf(FieldFamily family) {
		for (int i = 0; i < families.length; i++) {
			if (families[i] == family) {
				return i;
			}
		}
		return -1;
	}

	/** Makes the deferred families that hold fields of {@code name}'s class. */
	private void makeFamiliesOf(String name) {
		int dot = name.indexOf('.');
		String cls = dot < 0 ? name : name.substring(0, dot);
		for (int i = 0; i < families.length; i++) {
			if (families[i] == null && deferred[i].classes().contains(cls)) {
				make(i);
			}
		}
	}

	private void make(int i) {
		FieldFamily family = deferred[i].make();
		families[i] = family;
		for (FieldInfo f : family.fields()) {
			int dot = f.name().indexOf('.');
			if (dot < 0 || !deferred[i].classes().contains(f.name().substring(0, dot))) {
				throw new IllegalStateException("field " + f.name() + " is outside its family's classes " + deferred[i].classes());
			}
		}
		index(family);
	}

	@Override
	public String source() {
		return "syscall";
	}

	@Override
	public Field<ParsedEvent> field(String name, String bracketArgument) throws UnknownFieldException {
		makeFamiliesOf(name);
		FieldInfo info = byName.get(name);
		String argument = bracketArgument;
		if (info == null) {
			for (int dot = name.lastIndexOf('.'); dot > 0 && info == null; dot = name.lastIndexOf('.', dot - 1)) {
				FieldInfo prefix = byName.get(name.substring(0, dot));
				if (prefix != null && prefix.argument() != FieldInfo.Argument.NONE && bracketArgument == null) {
					info = prefix;
					argument = name.substring(dot + 1);
				}
			}
		}
		if (info == null) {
			throw new UnknownFieldException("unknown field " + name);
		}
		if (argument == null && info.argument() == FieldInfo.Argument.REQUIRED) {
			throw new UnknownFieldException("field " + name + " requires an argument");
		}
		if (argument != null && info.argument() == FieldInfo.Argument.NONE) {
			throw new UnknownFieldException("field " + name + " does not take an argument");
		}
		return familyOf.get(info).bind(info, argument);
	}

	@Override
	public List<FieldInfo> fields() {
		List<FieldInfo> all = new ArrayList<>();
		for (int i = 0; i < families.length; i++) {
			if (families[i] == null) {
				make(i);
			}
			all.addAll(families[i].fields());
		}
		return List.copyOf(all);
	}

	/**
	 * Event types by name. A syscall without events of its own (getuid on old tables, most rarely
	 * traced calls) reaches user space as a generic syscall event whose evt.type is the syscall
	 * name, so such a name maps to the generic event codes.
	 */
	@Override
	public int[] eventCodes(String typeName) {
		EventTable table = EventTable.get();
		List<EventInfo> own = table.byName(typeName);
		if (!own.isEmpty()) {
			return codes(own);
		}
		for (int sc = 0; sc < table.syscallCount(); sc++) {
			if (typeName.equals(table.syscallName(sc))) {
				return codes(table.byName("syscall"));
			}
		}
		return new int[0];
	}

	/** A loop, not a stream with a method reference to link (a few per rule set, at every start). */
	private static int[] codes(List<EventInfo> events) {
		int[] out = new int[events.size()];
		for (int i = 0; i < out.length; i++) {
			out[i] = events.get(i).code();
		}
		return out;
	}

	/** The generic syscall events carry many type names (their ID parameter says which): not exact. */
	@Override
	public boolean eventCodeIsExactly(int code, String typeName) {
		EventInfo info = EventTable.get().event(code);
		return info != null && info.name().equals(typeName);
	}

	@Override
	public int eventCodeCount() {
		return EventTable.get().size();
	}

	/**
	 * Enter events of an old version (those of every syscall but connect, creat, open, openat and
	 * openat2 in the current event table; not the tracepoints' and metaevents') do not reach the
	 * rules, as in Falco 0.42 (engine 0.57.0, which this engine reports): its drivers no longer
	 * send them, its capture reader keeps them only to complete their exit events, and the stock
	 * rules dropped {@code evt.dir = <} on that basis. Evaluated, an execve enter event would meet
	 * the spawned_process rules with the image being replaced.
	 * The state engine still applies them; exits read them through {@code ParsedEvent.enter()}.
	 */
	@Override
	public boolean reachesRules(int code) {
		EventInfo info = EventTable.get().event(code);
		return info == null || info.direction() != Direction.ENTER || !info.isOldVersion();
	}
}

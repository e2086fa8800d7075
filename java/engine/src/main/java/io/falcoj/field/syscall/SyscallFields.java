package io.falcoj.field.syscall;

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

/**
 * The catalog of the {@code syscall} source: every field family, and the event type index. A name
 * resolves exactly ({@code proc.name}), or as a field that takes a dotted argument followed by it
 * ({@code evt.arg.flags} is {@code evt.arg} with argument {@code flags}).
 */
public final class SyscallFields implements FieldCatalog<ParsedEvent> {
	private final List<FieldInfo> fields = new ArrayList<>();
	private final Map<String, FieldInfo> byName = new HashMap<>();
	private final Map<FieldInfo, FieldFamily> familyOf = new HashMap<>();

	/**
	 * The catalog over a state engine: {@code leading} families first (the evt.* family, which
	 * lives elsewhere), then process/thread, user/group, container, fd, fdlist and k8s, in the order
	 * {@code sysdig -l} lists them.
	 */
	public static SyscallFields standard(StateEngine engine, FieldFamily... leading) {
		List<FieldFamily> all = new ArrayList<>(List.of(leading));
		all.add(new ProcFields(engine));
		all.add(new UserFields(engine));
		all.add(new ContainerFields(engine));
		all.add(new FdFields(engine));
		all.add(new FdlistFields(engine));
		all.add(new K8sFields(engine));
		return new SyscallFields(all);
	}

	public SyscallFields(List<FieldFamily> families) {
		for (FieldFamily family : families) {
			for (FieldInfo f : family.fields()) {
				fields.add(f);
				byName.put(f.name(), f);
				familyOf.put(f, family);
			}
		}
	}

	@Override
	public String source() {
		return "syscall";
	}

	@Override
	public Field<ParsedEvent> field(String name, String bracketArgument) throws UnknownFieldException {
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
		return List.copyOf(fields);
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
			return own.stream().mapToInt(EventInfo::code).toArray();
		}
		for (int sc = 0; sc < table.syscallCount(); sc++) {
			if (typeName.equals(table.syscallName(sc))) {
				return table.byName("syscall").stream().mapToInt(EventInfo::code).toArray();
			}
		}
		return new int[0];
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
}

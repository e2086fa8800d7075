package io.falcoj.filter;

import io.falcoj.field.Field;
import io.falcoj.field.FieldCatalog;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldType;
import io.falcoj.field.UnknownFieldException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small catalog over plain maps, for testing the language and the loader without the syscall
 * state engine: a field reads the map entry of its name (with {@code [arg]} appended when it has
 * an argument). Event types: open 2/3, close 4/5, execve 10/11, connect 20/21, of 30 codes.
 */
public final class TestCatalog implements FieldCatalog<Map<String, Object>> {
	public static final Map<String, int[]> EVENTS = Map.of("open", new int[]{2, 3}, "close", new int[]{4, 5},
			"execve", new int[]{10, 11}, "connect", new int[]{20, 21}, "access", new int[]{24, 25},
			"accept4", new int[]{0, 1}, "mkdir", new int[]{0, 1});

	private final List<FieldInfo> fields = new ArrayList<>();
	private final boolean withEventTypes;

	public TestCatalog() {
		this(true);
	}

	public TestCatalog(boolean withEventTypes) {
		this.withEventTypes = withEventTypes;
		add("evt.type", FieldType.STRING, false, FieldInfo.Argument.NONE);
		add("evt.num", FieldType.UINT64, false, FieldInfo.Argument.NONE);
		add("evt.arg", FieldType.STRING, false, FieldInfo.Argument.REQUIRED);
		add("proc.name", FieldType.STRING, false, FieldInfo.Argument.NONE);
		add("proc.pname", FieldType.STRING, false, FieldInfo.Argument.NONE);
		add("proc.cmdline", FieldType.STRING, false, FieldInfo.Argument.NONE);
		// proc.aname without an argument: the ancestors, any of which matches (as libsinsp compares it)
		fields.add(new FieldInfo("proc.aname", FieldType.STRING, true, FieldInfo.Argument.OPTIONAL, "ancestors", true));
		add("proc.pid", FieldType.INT64, false, FieldInfo.Argument.NONE);
		add("proc.tty", FieldType.INT64, false, FieldInfo.Argument.NONE);
		add("fd.name", FieldType.STRING, false, FieldInfo.Argument.NONE);
		add("fd.sport", FieldType.PORT, false, FieldInfo.Argument.NONE);
		add("fd.net", FieldType.IPNET, false, FieldInfo.Argument.NONE);
		add("fd.sip", FieldType.IPADDR, false, FieldInfo.Argument.NONE);
		add("container.privileged", FieldType.BOOL, false, FieldInfo.Argument.NONE);
		add("ka.images", FieldType.STRING, true, FieldInfo.Argument.NONE);
		add("fd.filename", FieldType.STRING, false, FieldInfo.Argument.NONE);
		add("fd.directory", FieldType.STRING, false, FieldInfo.Argument.NONE);
		add("proc.exe", FieldType.STRING, false, FieldInfo.Argument.NONE);
		add("user.name", FieldType.STRING, false, FieldInfo.Argument.NONE);
		add("evt.args", FieldType.STRING, false, FieldInfo.Argument.NONE);
		add("evt.time", FieldType.STRING, false, FieldInfo.Argument.NONE);
		add("evt.dir", FieldType.STRING, false, FieldInfo.Argument.NONE);
		add("user.loginuid", FieldType.INT64, false, FieldInfo.Argument.NONE);
		add("container.id", FieldType.STRING, false, FieldInfo.Argument.NONE);
		add("container.name", FieldType.STRING, false, FieldInfo.Argument.NONE);
	}

	private void add(String name, FieldType t, boolean list, FieldInfo.Argument arg) {
		fields.add(new FieldInfo(name, t, list, arg, "test field " + name));
	}

	@Override
	public String source() {
		return "syscall";
	}

	@Override
	public Field<Map<String, Object>> field(String name, String bracketArgument) throws UnknownFieldException {
		FieldInfo info = null;
		String arg = bracketArgument;
		for (FieldInfo f : fields) {
			if (f.name().equals(name)) {
				info = f;
			}
		}
		if (info == null) {
			for (FieldInfo f : fields) {
				if (f.argument() != FieldInfo.Argument.NONE && name.startsWith(f.name() + ".") && bracketArgument == null) {
					info = f;
					arg = name.substring(f.name().length() + 1);
				}
			}
		}
		if (info == null) {
			throw new UnknownFieldException("unknown field " + name);
		}
		if (arg == null && info.argument() == FieldInfo.Argument.REQUIRED) {
			throw new UnknownFieldException("field " + name + " requires an argument");
		}
		if (arg != null && info.argument() == FieldInfo.Argument.NONE) {
			throw new UnknownFieldException("field " + name + " does not take an argument");
		}
		String key = arg == null ? info.name() : info.name() + "[" + arg + "]";
		boolean direction = withEventTypes && key.equals("evt.dir");
		return new Field<>(info, arg) {
			@Override
			public Object value(Map<String, Object> ctx) {
				return ctx.get(key);
			}

			/** evt.dir follows the code (even: enter, odd: exit), as the syscall catalog's does. */
			@Override
			public Object valueForCode(int code) {
				return direction ? (code % 2 == 0 ? ">" : "<") : VARIES;
			}
		};
	}

	@Override
	public List<FieldInfo> fields() {
		return List.copyOf(fields);
	}

	@Override
	public int[] eventCodes(String typeName) {
		if (!withEventTypes) {
			return null;
		}
		int[] c = EVENTS.get(typeName);
		return c == null ? new int[0] : c;
	}

	/** Codes 0 and 1 are generic events, shared by every syscall without events of its own. */
	@Override
	public boolean eventCodeIsExactly(int code, String typeName) {
		return code > 1;
	}

	@Override
	public int eventCodeCount() {
		return withEventTypes ? 30 : 0;
	}
}

package io.falcoj.cli.inspect;

import io.falcoj.field.FieldCatalog;
import io.falcoj.field.FieldInfo;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** {@code -l}: the fields, grouped by class (the name before the first dot), laid out as sysdig -l does. */
public final class FieldListing {
	private static final int NAME_WIDTH = 30;
	private static final int LINE_WIDTH = 120;

	private static final java.util.Map<String, String> CLASS_DESCRIPTIONS = java.util.Map.of(
			"evt", "Event fields applicable to syscall events.",
			"process", "Additional information about the process and thread executing the syscall event.",
			"user", "Information about the user executing the specific event.",
			"group", "Information about the user group.",
			"container", "Container information.",
			"fd", "Every syscall that has a file descriptor in its arguments has these fields set with information "
					+ "related to the file.",
			"fdlist", "Poll event related fields.");

	private FieldListing() {
	}

	/** sysdig's class of a field: evt (syscall.type too), process (proc and thread), and the prefix for the rest. */
	static String fieldClass(String name) {
		int dot = name.indexOf('.');
		String prefix = dot < 0 ? name : name.substring(0, dot);
		return switch (prefix) {
		case "syscall" -> "evt";
		case "proc", "thread" -> "process";
		default -> prefix;
		};
	}

	public static void write(FieldCatalog<?> catalog, Writer out) throws IOException {
		String currentClass = null;
		List<FieldInfo> fields = catalog.fields();
		for (FieldInfo f : fields) {
			String cls = fieldClass(f.name());
			if (!cls.equals(currentClass)) {
				if (currentClass != null) {
					out.write("\n");
				}
				out.write("-------------------------------\n");
				out.write(pad("Field Class:") + cls + "\n");
				String description = CLASS_DESCRIPTIONS.get(cls);
				if (description != null) {
					out.write(pad("Description:") + description + " \n");
				}
				out.write("\n");
				currentClass = cls;
			}
			StringBuilder line = new StringBuilder(pad(f.name()));
			if (line.length() > NAME_WIDTH) {
				line.append(' ');
			}
			int col = line.length();
			for (String word : f.description().split(" ")) {
				if (col + word.length() > LINE_WIDTH && col > NAME_WIDTH) {
					out.write(line.append('\n').toString());
					line.setLength(0);
					line.append(" ".repeat(NAME_WIDTH));
					col = NAME_WIDTH;
				}
				line.append(word).append(' ');
				col += word.length() + 1;
			}
			out.write(line.append('\n').toString());
		}
	}

	private static String pad(String s) {
		StringBuilder sb = new StringBuilder(s);
		while (sb.length() < NAME_WIDTH) {
			sb.append(' ');
		}
		return sb.toString();
	}
}

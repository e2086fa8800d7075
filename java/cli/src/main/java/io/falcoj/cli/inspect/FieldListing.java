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

	private FieldListing() {
	}

	public static void write(FieldCatalog<?> catalog, Writer out) throws IOException {
		String currentClass = null;
		List<FieldInfo> fields = catalog.fields();
		for (FieldInfo f : fields) {
			int dot = f.name().indexOf('.');
			String cls = dot < 0 ? f.name() : f.name().substring(0, dot);
			if (cls.equals("syscall")) {
				cls = "evt";
			}
			if (!cls.equals(currentClass)) {
				if (currentClass != null) {
					out.write("\n");
				}
				out.write("-------------------------------\n");
				out.write(pad("Field Class:") + cls + "\n\n");
				currentClass = cls;
			}
			String name = f.name() + (f.argument() == FieldInfo.Argument.REQUIRED && !f.name().startsWith("evt.") ? "[]" : "");
			StringBuilder line = new StringBuilder(pad(name));
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

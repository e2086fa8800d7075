package io.falcoj.field.syscall;

import io.falcoj.field.Field;
import io.falcoj.state.ParsedEvent;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class DumpArgsScratchTest {
	@Test
	void dump() throws Exception {
		String name = System.getProperty("dump.file");
		org.junit.jupiter.api.Assumptions.assumeTrue(name != null);
		List<ScapSamples.Sample> events = ScapSamples.events(Path.of(name));
		SyscallFields catalog = new SyscallFields(List.of(new EvtFields(EventState.NONE)));
		String[] names = System.getProperty("dump.fields", "evt.num evt.type evt.args").split(" ");
		Field<ParsedEvent>[] fields = new Field[names.length];
		for (int i = 0; i < names.length; i++) {
			String n = names[i];
			String arg = null;
			if (n.endsWith("]")) {
				arg = n.substring(n.indexOf('[') + 1, n.length() - 1);
				n = n.substring(0, n.indexOf('['));
			}
			fields[i] = catalog.field(n, arg);
		}
		try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(System.getProperty("dump.out"))))) {
			long num = 0;
			for (ScapSamples.Sample s : events) {
				ParsedEvent pe = s.parsed(++num);
				if (Boolean.getBoolean("dump.all") == false && pe.event.info() != null && pe.event.info().category() == io.falcoj.event.EventCategory.INTERNAL) {
					continue;
				}
				StringBuilder sb = new StringBuilder();
				for (Field<ParsedEvent> f : fields) {
					sb.append(f.render(pe)).append(' ');
				}
				out.println(sb.toString().stripTrailing());
			}
		}
	}
}

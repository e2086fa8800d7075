package io.falcoj.field.syscall;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.falcoj.capture.FdType;
import io.falcoj.SharedTraces;
import io.falcoj.capture.ScapReader;
import io.falcoj.field.Field;
import io.falcoj.state.ParsedEvent;
import io.falcoj.state.ThreadInfo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The fields that keep what they made for recurring values (fd.directory and fd.filename by the
 * name they were cut from, proc.cmdline and proc.pcmdline by the thread's name and arguments,
 * proc.args and proc.env by the array they were joined from,
 * evt.res of a failed call by value, the thread.cap_* texts by capability set) give, on every event of a real capture, what computing them
 * afresh gives.
 */
class FieldCachesTest {
	@Test
	void keptValuesAreTheComputedOnesOnEveryEvent() throws Exception {
		Path trace = SharedTraces.require("qemu-small.scap");
		SyscallSource source = new SyscallSource();
		SyscallFields catalog = source.catalog();
		Field<ParsedEvent> name = catalog.field("fd.name", null);
		Field<ParsedEvent> directory = catalog.field("fd.directory", null);
		Field<ParsedEvent> filename = catalog.field("fd.filename", null);
		Field<ParsedEvent> cmdline = catalog.field("proc.cmdline", null);
		Field<ParsedEvent> pcmdline = catalog.field("proc.pcmdline", null);
		Field<ParsedEvent> res = catalog.field("evt.res", null);
		Field<ParsedEvent> rawres = catalog.field("evt.rawres", null);
		Field<ParsedEvent> capPermitted = catalog.field("thread.cap_permitted", null);
		Field<ParsedEvent> capEffective = catalog.field("thread.cap_effective", null);
		Field<ParsedEvent> args = catalog.field("proc.args", null);
		Field<ParsedEvent> env = catalog.field("proc.env", null);
		List<String> wrong = new ArrayList<>();
		// per arguments array: the proc.args String last read for it (every thread running that
		// command shares it, but for the rare slot that another array took in between)
		java.util.Map<String[], Object> argsLines = new java.util.IdentityHashMap<>();
		int[] shared = {0};
		int[] joinedAgain = {0};
		int[] counts = new int[3];
		source.setConsumer(pe -> {
			String n = (String) name.value(pe);
			if (pe.fd != null && n != null && (pe.fd.type == FdType.FILE || pe.fd.type == FdType.FILE_V2)) {
				int slash = n.lastIndexOf('/');
				String dir = slash <= 0 ? "/" : slash < n.length() - 1 ? n.substring(0, slash) : n;
				String file = slash < 0 ? "/" : slash < n.length() - 1 ? n.substring(slash + 1) : n;
				check(wrong, pe, "fd.directory", dir, directory.value(pe));
				check(wrong, pe, "fd.filename", file, filename.value(pe));
				counts[0]++;
			}
			ThreadInfo t = pe.thread;
			if (t != null) {
				check(wrong, pe, "proc.cmdline", t.args.length == 0 ? t.comm : t.comm + " " + String.join(" ", t.args),
						cmdline.value(pe));
				ThreadInfo p = source.engine().thread(t.ptid);
				if (p != null) {
					check(wrong, pe, "proc.pcmdline", p.args.length == 0 ? p.comm : p.comm + " " + String.join(" ", p.args),
							pcmdline.value(pe));
				}
				Object a = args.value(pe);
				check(wrong, pe, "proc.args", String.join(" ", t.args), a);
				check(wrong, pe, "proc.env", String.join(" ", t.env), env.value(pe));
				Object last = argsLines.put(t.args, a);
				if (last != null && t.args.length > 0) {
					shared[0]++;
					joinedAgain[0] += last == a ? 0 : 1;
				}
				check(wrong, pe, "thread.cap_permitted", ProcFields.caps(t.capPermitted), capPermitted.value(pe));
				check(wrong, pe, "thread.cap_effective", ProcFields.caps(t.capEffective), capEffective.value(pe));
				counts[1]++;
			}
			long r = rawres.longValue(pe, Long.MIN_VALUE);
			// opens: their result is an fd, which prints as the errno name when negative
			if (r != Long.MIN_VALUE && r < 0 && pe.event.info() != null && pe.event.info().name().startsWith("open")) {
				String errno = SystemNames.errno(r);
				if (errno != null) {
					check(wrong, pe, "evt.res", errno, res.value(pe));
					counts[2]++;
				}
			}
		});
		ScapReader.read(trace, source);
		assertTrue(wrong.isEmpty(), String.join("\n", wrong.subList(0, Math.min(20, wrong.size()))));
		// the capture has file opens, threads and failed calls to check
		assertTrue(counts[0] > 100 && counts[1] > 1000 && counts[2] > 10, "too few checks: " + java.util.Arrays.toString(counts));
		assertTrue(shared[0] > 1000, "reads of a command's arguments after the first: " + shared[0]);
		// The lines are kept direct-mapped by identity hash, so two arrays may take turns in a slot
		// (rarely: a few dozen arrays, 1,024 slots); with every array in one slot
		// (-XX:hashCode=2), qemu-small joins 198 lines again for 16 arrays.
		assertTrue(joinedAgain[0] <= argsLines.size(), "proc.args joined again " + joinedAgain[0]
				+ " times for " + argsLines.size() + " arguments arrays");
	}

	private static void check(List<String> wrong, ParsedEvent pe, String field, String expected, Object got) {
		if (!expected.equals(got)) {
			wrong.add("event " + pe.num + " " + field + ": expected " + expected + ", got " + got);
		}
	}
}

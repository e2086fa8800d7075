package io.falcoj.field.syscall;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.falcoj.event.EventInfo;
import io.falcoj.event.EventTable;
import io.falcoj.field.FieldInfo;
import io.falcoj.field.FieldType;
import io.falcoj.field.UnknownFieldException;
import io.falcoj.state.StateEngine;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class SyscallFieldsTest {
	private final SyscallFields fields = SyscallFields.standard(new StateEngine());

	/** The field names of these classes in `sysdig -l` of Debian's sysdig 0.29.3, in its order. */
	private static final String SYSDIG_029 = "proc.pid proc.exe proc.name proc.args proc.env proc.cmdline proc.exeline "
			+ "proc.cwd proc.nthreads proc.nchilds proc.ppid proc.pname proc.pcmdline proc.apid proc.aname "
			+ "proc.loginshellid proc.duration proc.fdopencount proc.fdlimit proc.fdusage proc.vmsize proc.vmrss "
			+ "proc.vmswap thread.pfmajor thread.pfminor thread.tid thread.ismain thread.exectime thread.totexectime "
			+ "thread.cgroups thread.cgroup thread.vtid proc.vpid thread.cpu thread.cpu.user thread.cpu.system "
			+ "thread.vmsize thread.vmrss proc.sid proc.sname proc.tty proc.exepath proc.vpgid "
			+ "proc.is_container_healthcheck proc.is_container_liveness_probe proc.is_container_readiness_probe "
			+ "proc.is_exe_writable user.uid user.name user.homedir user.shell user.loginuid user.loginname group.gid "
			+ "group.name container.id container.name container.image container.image.id container.type "
			+ "container.privileged container.mounts container.mount container.mount.source container.mount.dest "
			+ "container.mount.mode container.mount.rdwr container.mount.propagation container.image.repository "
			+ "container.image.tag container.image.digest container.healthcheck container.liveness_probe "
			+ "container.readiness_probe fd.num fd.type fd.typechar fd.name fd.directory fd.filename fd.ip fd.cip "
			+ "fd.sip fd.lip fd.rip fd.port fd.cport fd.sport fd.lport fd.rport fd.l4proto fd.sockfamily fd.is_server "
			+ "fd.uid fd.containername fd.containerdirectory fd.proto fd.cproto fd.sproto fd.lproto fd.rproto fd.net "
			+ "fd.cnet fd.snet fd.lnet fd.rnet fd.connected fd.name_changed fd.cip.name fd.sip.name fd.lip.name "
			+ "fd.rip.name fd.dev fd.dev.major fd.dev.minor fdlist.nums fdlist.names fdlist.cips fdlist.sips "
			+ "fdlist.cports fdlist.sports";

	@Test
	void everySysdigFieldIsThereInSysdigsOrder() {
		List<String> ours = fields.fields().stream().map(FieldInfo::name).collect(Collectors.toList());
		List<String> theirs = List.of(SYSDIG_029.split(" "));
		assertEquals(theirs, ours.stream().filter(theirs::contains).collect(Collectors.toList()));
	}

	@Test
	void typesFollowSysdig() {
		assertEquals(FieldType.INT64, info("proc.pid").type());
		assertEquals(FieldType.STRING, info("proc.name").type());
		assertEquals(FieldType.RELTIME, info("proc.duration").type());
		assertEquals(FieldType.DOUBLE, info("proc.fdusage").type());
		assertEquals(FieldType.BOOL, info("fd.is_server").type());
		assertEquals(FieldType.IPADDR, info("fd.cip").type());
		assertEquals(FieldType.PORT, info("fd.sport").type());
		assertEquals(FieldType.IPNET, info("fd.net").type());
		assertTrue(info("fd.ip").isList(), "filter-only any-of fields say so");
	}

	private FieldInfo info(String name) {
		return fields.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void argumentsAreCheckedWhenBinding() throws Exception {
		assertEquals("proc.aname[2]", fields.field("proc.aname", "2").toString());
		assertEquals("thread.cgroup[cpuacct]", fields.field("thread.cgroup.cpuacct", null).toString());
		assertThrows(UnknownFieldException.class, () -> fields.field("proc.aname", "x"));
		assertThrows(UnknownFieldException.class, () -> fields.field("proc.apid", "-1"));
		assertThrows(UnknownFieldException.class, () -> fields.field("thread.cgroup", null));
		assertThrows(UnknownFieldException.class, () -> fields.field("proc.name", "1"));
		assertThrows(UnknownFieldException.class, () -> fields.field("proc.nosuch", null));
	}

	@Test
	void syscallsWithoutOwnEventsMapToTheGenericEvents() {
		int[] generic = EventTable.get().byName("syscall").stream().mapToInt(EventInfo::code).toArray();
		assertArrayEquals(generic, fields.eventCodes("wait4"), "wait4 has no event of its own");
		assertTrue(fields.eventCodes("open").length >= 2, "open has its own events");
		assertEquals(0, fields.eventCodes("no_such_call").length);
	}

	@Test
	void genericEventsAreNotExactlyAnyOneSyscall() {
		for (int code : fields.eventCodes("wait4")) {
			assertFalse(fields.eventCodeIsExactly(code, "wait4"), "a generic event must be checked for its syscall id");
		}
		for (int code : fields.eventCodes("open")) {
			assertTrue(fields.eventCodeIsExactly(code, "open"));
		}
	}

	/** Families are made on first use (start-up time); binding first and listing later changes nothing. */
	@Test
	void deferredFamiliesBindAndListAsTheEagerCatalog() throws UnknownFieldException {
		StateEngine engine = new StateEngine();
		SyscallFields lazy = SyscallFields.standard(engine);
		SyscallFields eager = new SyscallFields(List.of(new ProcFields(engine), new UserFields(engine),
				new ContainerFields(engine), new FdFields(engine), new FdlistFields(engine), new K8sFields(engine)));
		// A field of a family not made yet, and one taking a dotted argument.
		assertEquals("fd.name", lazy.field("fd.name", null).info().name());
		assertEquals(eager.field("proc.aname", "2").info(), lazy.field("proc.aname", "2").info());
		UnknownFieldException unknown = assertThrows(UnknownFieldException.class, () -> lazy.field("fd.no_such_field", null));
		assertEquals("unknown field fd.no_such_field", unknown.getMessage());
		assertThrows(UnknownFieldException.class, () -> lazy.field("nosuchclass.name", null));
		assertEquals(eager.fields(), lazy.fields());
		// Each field bound first thing in a fresh catalog: as in the eager one.
		for (FieldInfo f : eager.fields()) {
			String message;
			try {
				FieldInfo bound = eager.field(f.name(), null).info();
				assertEquals(bound, SyscallFields.standard(engine).field(f.name(), null).info(), f.name());
				continue;
			} catch (UnknownFieldException e) {
				message = e.getMessage();
			}
			assertEquals(message, assertThrows(UnknownFieldException.class,
					() -> SyscallFields.standard(engine).field(f.name(), null)).getMessage());
		}
	}
}

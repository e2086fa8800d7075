package io.falcoj.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PathsAndContainersTest {
	@Test
	void pathsJoinAndCleanAsLibsinspDoes() {
		assertEquals("/root/x", Paths.concatenate("/root/", "x"));
		assertEquals("/etc/passwd", Paths.concatenate("/root/", "../etc/passwd"));
		assertEquals("/a/b/c/d", Paths.concatenate("/a/b/", "./c/./d"));
		assertEquals("/etc/x", Paths.concatenate("/home/", "/etc//x"), "an absolute path replaces the directory");
		assertEquals("/", Paths.concatenate("/a/", "../../.."), "never above the root");
		assertEquals("/a/b/c", Paths.concatenate("/a/b/", "c/"), "no trailing separator");
		assertEquals("//bin", Paths.concatenate("//", "bin"), "the directory part is kept as it is");
		assertEquals("//usr", Paths.concatenate("//usr/share/", ".."));
		assertEquals("/", Paths.concatenate("//usr/", ".."));
		assertEquals("<UNKNOWN>x", Paths.concatenate("<UNKNOWN>", "x"));
	}

	@Test
	void thePathCacheKeysOnTheDirectoryAndTheBytes() {
		PathCache cache = new PathCache();
		java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap("../x\0junk".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		int n = io.falcoj.event.RawMemory.strlen(b, 0, b.capacity());
		assertEquals(4, n);
		PathCache.Entry a = cache.resolve("/srv/a/", b, 0, n);
		assertEquals("/srv/x", a.full);
		assertEquals("../x", a.name);
		org.junit.jupiter.api.Assertions.assertSame(a, cache.resolve(new String("/srv/a/"), b, 0, n), "a hit");
		// An fd's kept copy of the bytes finds the entry the event's bytes made (FdInfo's pending names).
		org.junit.jupiter.api.Assertions.assertSame(a, cache.resolve("/srv/a/", "../x".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				"the byte[] form shares the key");
		assertEquals("/home/x", cache.resolve("/home/u/", b, 0, n).full, "another directory, another path");
		java.nio.ByteBuffer other = java.nio.ByteBuffer.wrap("../y".getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertEquals("/srv/y", cache.resolve("/srv/a/", other, 0, 4).full);
	}

	@Test
	void containerIdsComeFromCgroupPaths() {
		String id = "3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a";
		assertEquals("3f2a1b0c9d8e", ContainerIds.fromPath("/docker/" + id));
		assertEquals("3f2a1b0c9d8e", ContainerIds.fromPath("/system.slice/docker-" + id + ".scope"));
		assertEquals("3f2a1b0c9d8e", ContainerIds.fromPath("/kubepods/besteffort/pod1234/" + id));
		assertEquals("3f2a1b0c9d8e", ContainerIds.fromPath("/kubepods.slice/kubepods-pod1.slice/cri-containerd-" + id
				+ ".scope"));
		assertEquals("3f2a1b0c9d8e", ContainerIds.fromPath("/machine.slice/libpod-" + id + ".scope"));
		assertEquals("3f2a1b0c9d8e", ContainerIds.fromPath("/kubepods/burstable/pod9/crio-" + id + ".scope"));
		assertEquals("", ContainerIds.fromPath("/user.slice/user-1000.slice/session-2.scope"));
		assertEquals("", ContainerIds.fromPath("/system.slice/crio-conmon-" + id + ".scope"));
		assertEquals("", ContainerIds.fromPath("/"));
		assertEquals("web1", ContainerIds.fromPath("/lxc/web1/init.scope"));
		assertEquals("3f2a1b0c9d8e", ContainerIds.fromCgroups(new String[] {"cpu=/", "memory=/docker/" + id}));
		assertEquals("", ContainerIds.fromCgroups(new String[] {"cpu=/", "memory=/"}));
	}

	@Test
	void cgroupSubsystemsGetTheirClassicNames() {
		ThreadInfo t = new ThreadInfo();
		t.setCgroups(new String[] {"io=/a", "perf=/b", "mem=/c", "cpuset_cgroup=/d", "bogus", "cpu,cpuacct=/e"});
		assertEquals("/a", t.cgroup("blkio"));
		assertEquals("/b", t.cgroup("perf_event"));
		assertEquals("/c", t.cgroup("memory"));
		assertEquals("/d", t.cgroup("cpuset"));
		assertEquals("/e", t.cgroup("cpuacct"));
		assertEquals(5, t.cgroups.length, "entries without '=' are dropped");
	}
}

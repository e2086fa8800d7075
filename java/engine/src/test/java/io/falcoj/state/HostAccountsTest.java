package io.falcoj.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostAccountsTest {
	@TempDir
	Path etc;

	@Test
	void passwdAndGroupFeedTheUserAndGroupTables() throws Exception {
		Files.writeString(etc.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n# comment\n\nbroken line\n"
				+ "u:x:1000:1000:User,,,:/home/u:/bin/zsh\nbad:x:notanumber:1:x:/:/bin/sh\n");
		Files.writeString(etc.resolve("group"), "root:x:0:\nusers:x:100:u\n:x:5:\n");
		StateEngine engine = new StateEngine();
		assertEquals(4, HostAccounts.feed(etc, engine));
		assertEquals("u", engine.user(1000).name());
		assertEquals("/home/u", engine.user(1000).homedir());
		assertEquals("/bin/zsh", engine.user(1000).shell());
		assertEquals("users", engine.group(100).name());
		assertNull(engine.user(1), "malformed lines are skipped");
	}

	@Test
	void missingFilesFeedNothing() throws Exception {
		assertEquals(0, HostAccounts.feed(etc.resolve("nowhere"), new StateEngine()));
	}
}

package io.falcoj.cli.output;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.falcoj.rules.Priority;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** http_output over TLS: a private CA's certificate given as ca_cert is trusted, otherwise refused. */
class HttpsOutputTest {
	private static void keytool(String... args) throws IOException, InterruptedException {
		Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
		assumeTrue(Files.isExecutable(keytool), "no keytool in this JDK");
		List<String> cmd = new ArrayList<>(List.of(keytool.toString()));
		cmd.addAll(List.of(args));
		Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", cmd) + ": " + out);
	}

	@Test
	void privateCaIsTrustedOnlyWhenGiven(@TempDir Path dir) throws Exception {
		Path ks = dir.resolve("server.p12");
		Path pem = dir.resolve("server.pem");
		keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1",
				"-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", ks.toString(),
				"-storepass", "changeit", "-keypass", "changeit");
		keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", ks.toString(), "-storepass", "changeit",
				"-file", pem.toString());

		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(ks)) {
			store.load(in, "changeit".toCharArray());
		}
		KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
		kmf.init(store, "changeit".toCharArray());
		SSLContext ctx = SSLContext.getInstance("TLS");
		ctx.init(kmf.getKeyManagers(), null, null);
		HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.setHttpsConfigurator(new HttpsConfigurator(ctx));
		List<String> bodies = Collections.synchronizedList(new ArrayList<>());
		server.createContext("/", ex -> {
			bodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
			ex.sendResponseHeaders(200, -1);
			ex.close();
		});
		server.start();
		try {
			String url = "https://127.0.0.1:" + server.getAddress().getPort() + "/";
			Alert a = new Alert(0, Priority.ERROR, "r", "syscall", new TreeSet<>(), "x", Map.of());
			new HttpOutput(url, "ua", false, List.of(pem), true, Duration.ofSeconds(5)).send(a, "{\"over\":\"tls\"}");
			assertEquals(List.of("{\"over\":\"tls\"}"), bodies);
			HttpOutput untrusted = new HttpOutput(url, "ua", false, List.of(), true, Duration.ofSeconds(5));
			assertThrows(IOException.class, () -> untrusted.send(a, "{}"));
			new HttpOutput(url, "ua", true, List.of(), true, Duration.ofSeconds(5)).send(a, "{\"insecure\":true}");
			assertEquals(2, bodies.size());
		} finally {
			server.stop(0);
		}
	}
}

package io.falcoj.cli.output;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;

/**
 * Alerts POSTed to an HTTP(S) endpoint, one request per alert, with Falco's content types
 * (application/json for JSON output, text/plain otherwise) and user agent. A response other
 * than 2xx is an error for the caller to report. HTTPS trusts the JDK's CAs, or exactly those of
 * http_output's ca_cert / ca_bundle / ca_path, or any certificate with insecure (the JDK's client
 * still checks that the certificate names the host).
 */
public final class HttpOutput implements AlertOutput {
	private final URI url;
	private final String userAgent;
	private final boolean json;
	private final Duration timeout;
	private final HttpClient client;

	public HttpOutput(String url, String userAgent, boolean insecure, boolean json, Duration timeout) throws IOException {
		this(url, userAgent, insecure, List.of(), json, timeout);
	}

	/**
	 * @param caFiles PEM files (http_output.ca_cert, ca_bundle, the files of ca_path) whose
	 *                certificates are trusted instead of the JDK's; empty for the JDK's
	 */
	public HttpOutput(String url, String userAgent, boolean insecure, List<Path> caFiles, boolean json, Duration timeout)
			throws IOException {
		try {
			this.url = URI.create(url);
		} catch (IllegalArgumentException e) {
			throw new IOException("invalid http_output.url '" + url + "': " + e.getMessage());
		}
		this.userAgent = userAgent;
		this.json = json;
		this.timeout = timeout;
		HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(timeout);
		if (insecure) {
			b.sslContext(trustAll());
		} else if (!caFiles.isEmpty()) {
			b.sslContext(trusting(caFiles));
		}
		this.client = b.build();
	}

	/** An SSL context that trusts exactly the certificates in these PEM files. */
	static SSLContext trusting(List<Path> pemFiles) throws IOException {
		try {
			KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
			ks.load(null, null);
			CertificateFactory cf = CertificateFactory.getInstance("X.509");
			int n = 0;
			for (Path p : pemFiles) {
				try (InputStream in = Files.newInputStream(p)) {
					for (Certificate c : cf.generateCertificates(in)) {
						ks.setCertificateEntry("ca" + n++, c);
					}
				}
			}
			if (n == 0) {
				throw new IOException("http_output: no certificate in " + pemFiles);
			}
			TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			tmf.init(ks);
			SSLContext ctx = SSLContext.getInstance("TLS");
			ctx.init(null, tmf.getTrustManagers(), new SecureRandom());
			return ctx;
		} catch (GeneralSecurityException e) {
			throw new IOException("http_output: cannot use the CA certificates " + pemFiles + ": " + e.getMessage());
		}
	}

	private static SSLContext trustAll() throws IOException {
		TrustManager tm = new X509TrustManager() {
			@Override
			public void checkClientTrusted(X509Certificate[] chain, String authType) {
			}

			@Override
			public void checkServerTrusted(X509Certificate[] chain, String authType) {
			}

			@Override
			public X509Certificate[] getAcceptedIssuers() {
				return new X509Certificate[0];
			}
		};
		try {
			SSLContext ctx = SSLContext.getInstance("TLS");
			ctx.init(null, new TrustManager[] {tm}, new SecureRandom());
			return ctx;
		} catch (GeneralSecurityException e) {
			throw new IOException("cannot set up TLS for http_output: " + e.getMessage());
		}
	}

	@Override
	public void send(Alert alert, String formatted) throws IOException {
		HttpRequest req = HttpRequest.newBuilder(url)
				.timeout(timeout)
				.header("Content-Type", json ? "application/json" : "text/plain")
				.header("User-Agent", userAgent)
				.POST(HttpRequest.BodyPublishers.ofString(formatted))
				.build();
		try {
			HttpResponse<Void> r = client.send(req, HttpResponse.BodyHandlers.discarding());
			if (r.statusCode() / 100 != 2) {
				throw new IOException("http_output: " + url + " answered " + r.statusCode());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("http_output: interrupted");
		}
	}

	@Override
	public void close() {
	}

	@Override
	public String name() {
		return "http output (" + url + ")";
	}
}

package org.ddmconformance.testsupport;

import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** A self-signed certificate for localhost/127.0.0.1, made with the JDK's keytool: a PKCS12 key store and its PEM. */
public record SelfSignedCertificate(Path keystore, String password, Path pem) {

    public static SelfSignedCertificate create(Path dir, String password) throws IOException, InterruptedException {
        Path keystore = dir.resolve("server.p12");
        Path pem = dir.resolve("server.pem");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", password, "-keypass", password);
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", keystore.toString(), "-storepass", password,
                "-file", pem.toString());
        return new SelfSignedCertificate(keystore, password, pem);
    }

    /** WireMock options serving https with this certificate. */
    public Consumer<WireMockConfiguration> httpsOptions() {
        return options -> options.httpsPort(0).keystorePath(keystore.toString()).keystoreType("PKCS12")
                .keystorePassword(password).keyManagerPassword(password);
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IOException("keytool failed: " + output);
        }
    }
}

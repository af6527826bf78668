package org.ddmconformance.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collections;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.ddmconformance.config.ConfigurationException;
import org.ddmconformance.config.Tls;

/** One trust store: the JVM's trusted CAs plus those of DDM_CA_CERT and DDM_TRUSTSTORE. */
final class TrustStores {

    private TrustStores() {
    }

    static KeyStore combined(Tls tls) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int n = 0;
            for (X509Certificate ca : jvmTrustedCertificates()) {
                store.setCertificateEntry("jvm-" + n++, ca);
            }
            if (tls.caCert() != null) {
                try (InputStream in = Files.newInputStream(tls.caCert())) {
                    var certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
                    if (certificates.isEmpty()) {
                        throw new ConfigurationException("DDM_CA_CERT names " + tls.caCert() + ", which holds no certificate");
                    }
                    for (Certificate certificate : certificates) {
                        store.setCertificateEntry("ca-cert-" + n++, certificate);
                    }
                } catch (GeneralSecurityException e) {
                    throw new ConfigurationException("DDM_CA_CERT names " + tls.caCert()
                            + ", which is not a PEM file of certificates (" + e.getMessage() + ")");
                }
            }
            if (tls.truststore() != null) {
                KeyStore extra;
                try {
                    extra = KeyStore.getInstance(tls.truststore().toFile(), tls.truststorePassword().toCharArray());
                } catch (IOException | GeneralSecurityException e) {
                    throw new ConfigurationException("DDM_TRUSTSTORE names " + tls.truststore()
                            + ", which cannot be opened with DDM_TRUSTSTORE_PASSWORD (" + e.getClass().getSimpleName() + ")");
                }
                for (String alias : Collections.list(extra.aliases())) {
                    Certificate certificate = extra.getCertificate(alias);
                    if (certificate != null) {
                        store.setCertificateEntry("truststore-" + n++, certificate);
                    }
                }
            }
            return store;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot build the trust store", e);
        }
    }

    private static X509Certificate[] jvmTrustedCertificates() throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509TrustManager x509) {
                return x509.getAcceptedIssuers();
            }
        }
        return new X509Certificate[0];
    }
}

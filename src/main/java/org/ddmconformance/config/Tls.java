package org.ddmconformance.config;

import java.nio.file.Path;

/** Extra trust for https endpoints; with none of it the JVM's trust store decides. */
public record Tls(Path caCert, Path truststore, String truststorePassword, boolean insecure) {

    public static final Tls JVM_DEFAULT = new Tls(null, null, null, false);

    public boolean addsTrust() {
        return caCert != null || truststore != null;
    }

    @Override
    public String toString() {
        return "Tls[caCert=" + caCert + ", truststore=" + truststore + ", insecure=" + insecure + "]";
    }
}

package org.ddmconformance.config;

/** An HTTP proxy every request goes through; {@code username} null means no proxy authentication. */
public record ProxySettings(String scheme, String host, int port, String username, String password) {

    @Override
    public String toString() {
        return scheme + "://" + (username == null ? "" : username + ":****@") + host + ":" + port;
    }
}

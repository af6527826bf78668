package org.ddmconformance.config;

/** A setting is missing or wrong; the message is one sentence for the person running the suite. */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}

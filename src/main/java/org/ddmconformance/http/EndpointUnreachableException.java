package org.ddmconformance.http;

import org.ddmconformance.config.ConfigurationException;

/** The endpoint (or IAM, or the proxy) cannot be reached at all: a setting or network problem, not a verdict. */
public class EndpointUnreachableException extends ConfigurationException {
    public EndpointUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}

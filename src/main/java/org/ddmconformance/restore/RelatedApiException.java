package org.ddmconformance.restore;

/** A related API gave nothing usable: the message is a sentence fragment naming the API and what it returned. */
public final class RelatedApiException extends RuntimeException {

    public RelatedApiException(String message) {
        super(message);
    }
}

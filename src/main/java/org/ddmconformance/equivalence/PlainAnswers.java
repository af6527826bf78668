package org.ddmconformance.equivalence;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The answers to the plain requests the forms are compared with, each sent once per run however many scenarios
 * and generated cases compare with it, also when they run side by side (the others wait for the first one's
 * answer, which its request's own deadline bounds).
 */
public final class PlainAnswers {

    private final Map<String, CompletableFuture<Refusal>> answers = new ConcurrentHashMap<>();

    /** @param key what makes two plain requests the same (method, path, headers, body) */
    public Refusal once(String key, Supplier<Refusal> send) {
        CompletableFuture<Refusal> mine = new CompletableFuture<>();
        CompletableFuture<Refusal> first = answers.putIfAbsent(key, mine);
        if (first == null) {
            try {
                mine.complete(send.get());
            } catch (RuntimeException | Error e) {
                answers.remove(key, mine); // a later comparison sends it again rather than inherit the failure
                mine.completeExceptionally(e);
                throw e;
            }
            return mine.join();
        }
        try {
            return first.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}

package org.ddmconformance.explore;

import java.util.Set;
import org.ddmconformance.http.LargeBody;
import org.ddmconformance.http.RestoreCall;

/**
 * One generated request body and what the contract allows as its answer.
 *
 * @param name         readable, e.g. {@code target.data_nodes[0] is null}
 * @param body         the text sent, which may be deliberately not JSON; null when {@code largeBody} is sent
 * @param largeBody    a body of many megabytes, made only when sent; null for the others
 * @param allowed      the statuses the contract allows; empty for an INFO case, which is recorded, never judged
 * @param mayRestore   a conformant endpoint may start a restore (202 is allowed): sent one at a time, and only
 *                     where restores are allowed
 * @param closeAllowed the endpoint may close the connection without an answer (a body far over any size)
 * @param plain        for a case judged by comparison: the same request in the plain form, which the case must be
 *                     answered like (a refused request, so no restore is spent on it); null for the others
 * @param addressing   for a case that changes where the request goes or its credential; null for the others
 */
public record ExploreCase(Family family, String name, String body, LargeBody largeBody, Set<Integer> allowed,
                          boolean mayRestore, boolean closeAllowed, String plain, Addressing addressing) {

    public ExploreCase {
        allowed = Set.copyOf(allowed);
    }

    public ExploreCase(Family family, String name, String body, LargeBody largeBody, Set<Integer> allowed,
                       boolean mayRestore, boolean closeAllowed, String plain) {
        this(family, name, body, largeBody, allowed, mayRestore, closeAllowed, plain, null);
    }

    public ExploreCase(Family family, String name, String body, LargeBody largeBody, Set<Integer> allowed,
                       boolean mayRestore, boolean closeAllowed) {
        this(family, name, body, largeBody, allowed, mayRestore, closeAllowed, null);
    }

    public ExploreCase(Family family, String name, String body, Set<Integer> allowed, boolean mayRestore,
                       boolean closeAllowed) {
        this(family, name, body, null, allowed, mayRestore, closeAllowed);
    }

    /** The template with this case's body, and its addressing. */
    public RestoreCall applyTo(RestoreCall template) {
        RestoreCall call = largeBody != null ? template.withLargeBody(largeBody) : template.withBody(body);
        return addressing == null ? call : addressing.applyTo(call);
    }

    /** A case that goes elsewhere, or with another credential, with a valid body. */
    static ExploreCase addressed(Family family, String name, String body, Addressing addressing,
                                 Set<Integer> allowed) {
        return new ExploreCase(family, name, body, null, allowed, false, false, null, addressing);
    }

    /** The length of its body: characters of the text, or bytes of a large body. */
    public long bodyLength() {
        return largeBody != null ? largeBody.length() : body.length();
    }

    /** A case judged by comparison with the same request in the plain form ({@code plain}). */
    static ExploreCase comparedWith(String plain, Family family, String name, String body) {
        return new ExploreCase(family, name, body, null, Set.of(), false, false, plain);
    }

    static ExploreCase rejected(Family family, String name, String body, Integer... statuses) {
        return new ExploreCase(family, name, body, Set.of(statuses), false, false);
    }

    @Override
    public String toString() {
        return name;
    }
}

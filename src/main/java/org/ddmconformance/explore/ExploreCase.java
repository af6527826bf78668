package org.ddmconformance.explore;

import java.util.Set;

/**
 * One generated request body and what the contract allows as its answer.
 *
 * @param name         readable, e.g. {@code target.data_nodes[0] is null}
 * @param body         the text sent, which may be deliberately not JSON
 * @param allowed      the statuses the contract allows; empty for an INFO case, which is recorded, never judged
 * @param mayRestore   a conformant endpoint may start a restore (202 is allowed): sent one at a time, and only
 *                     where restores are allowed
 * @param closeAllowed the endpoint may close the connection without an answer (a body far over any size)
 */
public record ExploreCase(Family family, String name, String body, Set<Integer> allowed, boolean mayRestore,
                          boolean closeAllowed) {

    public ExploreCase {
        allowed = Set.copyOf(allowed);
    }

    static ExploreCase rejected(Family family, String name, String body, Integer... statuses) {
        return new ExploreCase(family, name, body, Set.of(statuses), false, false);
    }

    @Override
    public String toString() {
        return name;
    }
}

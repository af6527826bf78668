package org.ddmconformance.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.ddmconformance.work.SideBySide;

/**
 * Sends the cases of a family: those that cannot start a restore concurrently (at most DDM_CONCURRENCY at once),
 * then those that may, one at a time, so that two requests that may start a restore never overlap.
 */
public final class CaseRunner {

    private CaseRunner() {
    }

    /** The results in the order of the cases. */
    public static <R> List<R> run(List<ExploreCase> cases, int concurrency, Function<ExploreCase, R> send) {
        List<R> results = new ArrayList<>(cases.size());
        List<ExploreCase> concurrent = cases.stream().filter(c -> !c.mayRestore()).toList();
        List<Future<R>> futures = new ArrayList<>();
        ExecutorService pool = concurrent.size() > 1 && concurrency > 1
                ? SideBySide.pool(Math.min(concurrency, concurrent.size()), "ddm-explore") : null;
        try {
            for (ExploreCase c : cases) {
                if (!c.mayRestore() && pool != null) {
                    futures.add(pool.submit(() -> send.apply(c)));
                }
            }
            int next = 0;
            for (ExploreCase c : cases) {
                if (c.mayRestore() || pool == null) {
                    results.add(null);
                } else {
                    results.add(SideBySide.result(futures.get(next++), "sending generated cases"));
                }
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        for (int i = 0; i < cases.size(); i++) {
            if (results.get(i) == null) {
                results.set(i, send.apply(cases.get(i)));
            }
        }
        return results;
    }
}

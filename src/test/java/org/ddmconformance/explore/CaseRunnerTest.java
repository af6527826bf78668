package org.ddmconformance.explore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CaseRunnerTest {

    private static List<ExploreCase> cases(int rejected, int restoring) {
        List<ExploreCase> cases = new ArrayList<>();
        for (int i = 0; i < rejected + restoring; i++) {
            boolean mayRestore = i < 2 * restoring && i % 2 == 1;
            cases.add(new ExploreCase(Family.TYPES, "case " + i, "{}", mayRestore ? Set.of(202) : Set.of(400),
                    mayRestore, false));
        }
        return cases;
    }

    @Test
    void resultsComeInTheOrderOfTheCases() {
        List<ExploreCase> cases = cases(20, 5);
        assertThat(CaseRunner.run(cases, 8, ExploreCase::name))
                .containsExactlyElementsOf(cases.stream().map(ExploreCase::name).toList());
    }

    @Test
    void casesThatCannotRestoreRunConcurrently() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        List<Boolean> overlapped = CaseRunner.run(cases(2, 0), 8, c -> {
            bothStarted.countDown();
            try {
                return bothStarted.await(10, TimeUnit.SECONDS); // only true if another case runs meanwhile
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(overlapped).containsOnly(true);
    }

    @Test
    void casesThatMayRestoreNeverOverlap() {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CaseRunner.run(cases(10, 10), 8, c -> {
            if (c.mayRestore()) {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                Thread.yield();
                running.decrementAndGet();
            }
            return c;
        });
        assertThat(most).hasValue(1);
    }
}

package org.ddmconformance.report;

import java.util.List;

/** The outcome of one catalogue requirement in one run. */
public record RequirementResult(String id, String level, String area, String statement, String source,
                                RequirementStatus status, List<ScenarioOutcome> scenarios,
                                List<String> observations) {

    /** The first failure or skip message: why the requirement is not PASS. */
    public String reason() {
        return scenarios.stream().filter(s -> s.status() == status && s.message() != null)
                .map(ScenarioOutcome::message).findFirst().orElse("");
    }
}

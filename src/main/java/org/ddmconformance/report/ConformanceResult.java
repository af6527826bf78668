package org.ddmconformance.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ddmconformance.work.RunDeadline;

/**
 * The per-requirement verdict of a run, as written to {@code conformance.json}. Only MUST requirements decide
 * {@code conformant}; SHOULD failures are warnings and INFO records what was observed.
 */
public record ConformanceResult(String verdict, boolean conformant, boolean verified, String endpoint,
                                int mustPassed, int mustTotal, List<RequirementResult> requirements,
                                List<String> warnings, RunHeader header) {

    public ConformanceResult(String verdict, boolean conformant, boolean verified, String endpoint, int mustPassed,
                             int mustTotal, List<RequirementResult> requirements, List<String> warnings) {
        this(verdict, conformant, verified, endpoint, mustPassed, mustTotal, requirements, warnings, null);
    }

    /** The reason of the RM-JOB-* scenarios against an endpoint declared to have no job API (DDM_JOB_API=false). */
    public static final String NO_JOB_API = "not run: DDM_JOB_API=false";
    private static final String SHOULD_FAILED = "SHOULD requirement ";
    private static final String INFO_FAILED = "INFO requirement ";

    public static ConformanceResult of(String endpoint, List<RequirementResult> requirements, List<String> notices) {
        return of(endpoint, requirements, notices, null, null);
    }

    /**
     * @param runDeadline the sentence naming the run deadline ({@link RunDeadline#sentence()}), or null without
     *                    one: requirements it stopped make the run incomplete, never conformant
     * @param header      the report's opening section (version, time, endpoint, fixture, jobs), or null
     */
    public static ConformanceResult of(String endpoint, List<RequirementResult> requirements, List<String> notices,
                                       String runDeadline, RunHeader header) {
        List<RequirementResult> must = requirements.stream().filter(r -> r.level().equals("MUST")).toList();
        List<String> failed = must.stream().filter(r -> r.status() == RequirementStatus.FAIL)
                .map(RequirementResult::id).toList();
        int passed = (int) must.stream().filter(r -> r.status() == RequirementStatus.PASS).count();
        long notVerified = must.size() - passed - failed.size();
        boolean verified = passed + failed.size() > 0;
        long stopped = stoppedByRunDeadline(requirements).size();
        String incomplete = runDeadline != null && stopped > 0
                ? runDeadline + ": " + stopped + (stopped == 1 ? " requirement was" : " requirements were") + " not run"
                : null;
        String verdict;
        if (!failed.isEmpty()) {
            verdict = "NOT CONFORMANT: " + String.join(", ", failed) + " failed"
                    + (incomplete == null ? "" : "; " + incomplete);
        } else if (incomplete != null) {
            verdict = "INCOMPLETE: " + incomplete;
        } else if (!verified) {
            verdict = "NO VERDICT: no MUST requirement was verified";
        } else {
            verdict = "CONFORMANT: " + passed + "/" + must.size() + " MUST requirements passed"
                    + (notVerified > 0 ? " (" + notVerified + " skipped or not run)" : "");
        }
        if (requirements.stream().anyMatch(r -> r.reason().startsWith(NO_JOB_API))) {
            verdict += "; restore jobs not checked (DDM_JOB_API=false)";
        }
        List<String> warnings = new ArrayList<>(notices);
        requirements.stream().filter(r -> r.level().equals("SHOULD") && r.status() == RequirementStatus.FAIL)
                .forEach(r -> warnings.add(SHOULD_FAILED + r.id() + " failed: " + firstLine(r.reason())));
        requirements.stream().filter(r -> r.level().equals("INFO") && r.status() == RequirementStatus.FAIL)
                .forEach(r -> warnings.add(INFO_FAILED + r.id() + " (no effect on the verdict) saw an answer "
                        + "outside the expected ones: " + firstLine(r.reason())));
        return new ConformanceResult(verdict, failed.isEmpty() && verified && incomplete == null, verified, endpoint,
                passed, must.size(), requirements, List.copyOf(warnings), header);
    }

    /** The warnings that are not about a failed SHOULD or INFO requirement (those are listed with the failures). */
    public List<String> notices() {
        return warnings.stream().filter(w -> !w.startsWith(SHOULD_FAILED) && !w.startsWith(INFO_FAILED)).toList();
    }

    /** The requirements that failed, whatever their level: MUST first, in catalogue order. */
    public List<RequirementResult> failures() {
        return requirements.stream().filter(r -> r.status() == RequirementStatus.FAIL)
                .sorted(Comparator.comparing(r -> !r.level().equals("MUST"))).toList();
    }

    /** How many requirements have each status, in the order of {@link RequirementStatus}. */
    public Map<RequirementStatus, Long> counts() {
        Map<RequirementStatus, Long> counts = new EnumMap<>(RequirementStatus.class);
        for (RequirementStatus status : RequirementStatus.values()) {
            counts.put(status, requirements.stream().filter(r -> r.status() == status).count());
        }
        return counts;
    }

    public List<String> failedMust() {
        return requirements.stream().filter(r -> r.level().equals("MUST") && r.status() == RequirementStatus.FAIL)
                .map(RequirementResult::id).toList();
    }

    /** Ids of the requirements the run deadline stopped: NOT RUN, with its reason. */
    public List<String> requirementsStoppedByRunDeadline() {
        return stoppedByRunDeadline(requirements);
    }

    private static List<String> stoppedByRunDeadline(List<RequirementResult> requirements) {
        return requirements.stream().filter(r -> r.status() == RequirementStatus.NOT_RUN)
                .filter(r -> r.reason().startsWith(RunDeadline.REASON_PREFIX)).map(RequirementResult::id).toList();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}

package org.ddmconformance.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ddmconformance.requirements.Requirement;
import org.ddmconformance.requirements.RequirementCatalogue;

/** Results shaped like a real run's: every requirement of the catalogue, some of them changed. */
final class SampleResults {

    static final String FAILURE = """
            expected status 400 or 404, got 202
            request: POST http://h/v3/p/instances/i/backups/metadata-recovery
              body: {"source":{"backup_id":"b-1"}}
            response: 202
              headers: Content-Type: application/json
              body: {"job_id": "j-1"}""";

    static final RunHeader HEADER = new RunHeader("ddm-conformance 9.9", "2026-11-30T21:00:00Z", 4200,
            "https://ddm.example.com", List.of(
                    new RunHeader.FixtureLine("project_id", "p-1", "configured (DDM_PROJECT_ID)"),
                    new RunHeader.FixtureLine("source instance_id", "i-1", "configured (DDM_INSTANCE_ID)"),
                    new RunHeader.FixtureLine("X-Auth-Token", "****", "configured (DDM_AUTH_TOKEN)"),
                    new RunHeader.FixtureLine("restore_time", "1735689600000", "discovered: one minute before the end"),
                    new RunHeader.FixtureLine("backup_id", "b-1", "discovered: backups, the newest normal backup"),
                    new RunHeader.FixtureLine("target instance_id", "t-1", "discovered: restorable-instances"),
                    new RunHeader.FixtureLine("target data_nodes", "n-1,n-2", "discovered: related-dn"),
                    new RunHeader.FixtureLine("restorable window", "[2024, 2026]", "discovered: 1 window(s)")),
            List.of(new RunHeader.JobLine("job-1", "COMPLETED", 28, "Restore metadata from a backup", true, null,
                            "job job-1: Completed after 28 ms (1 poll(s))"),
                    new RunHeader.JobLine("job-2", "COMPLETED", 11, "Restore metadata to a point in time", true, null,
                            "job job-2: Completed after 11 ms (1 poll(s))")));

    private SampleResults() {
    }

    /** Every catalogue requirement PASS with one observation each, but those given another status and message. */
    static ConformanceResult run(Map<String, Map.Entry<RequirementStatus, String>> changed, List<String> notices) {
        List<RequirementResult> results = new ArrayList<>();
        for (Requirement r : RequirementCatalogue.load().all()) {
            Map.Entry<RequirementStatus, String> change = changed.get(r.id());
            RequirementStatus status = change == null ? RequirementStatus.PASS : change.getKey();
            ScenarioOutcome scenario = new ScenarioOutcome("Scenario of " + r.id(),
                    "classpath:features/" + r.area() + "/" + r.area() + ".feature:12", status,
                    change == null ? null : change.getValue());
            results.add(new RequirementResult(r.id(), r.level().name(), r.area(), r.statement(), r.source(), status,
                    List.of(scenario), List.of("observed of " + r.id())));
        }
        return ConformanceResult.of("https://ddm.example.com", results, notices, null, HEADER);
    }
}

package org.ddmconformance.report;

/** What one scenario contributed to a requirement: its status, and the failure or skip message if any. */
public record ScenarioOutcome(String scenario, String location, RequirementStatus status, String message) {
}

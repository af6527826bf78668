package org.ddmconformance.requirements;

/** One rule the suite enforces, as listed in features/requirements.yaml. */
public record Requirement(String id, Level level, String area, String statement, String source) {

    public enum Level { MUST, SHOULD, INFO }

    /** The Gherkin tag that marks a scenario verifying this requirement. */
    public String tag() {
        return "@" + id;
    }
}

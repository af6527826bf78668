package org.ddmconformance.suite;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The conformance suite: every feature under {@code features/} (shipped on the classpath), glued to the
 * step definitions. Shared engine settings live in {@code junit-platform.properties}; the launcher adds
 * the report plugins and the tag filter of each run.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.ddmconformance.steps")
public class ConformanceSuite {
}

package org.ddmconformance.steps;

import io.cucumber.java.ParameterType;

/** Custom parameter types, so steps read as the domain and a typo in a feature fails loudly. */
public final class ParameterTypes {

    @ParameterType("[A-Za-z0-9_ ]+")
    public BodyChange bodyChange(String label) {
        return BodyChange.byLabel(label.trim());
    }

    @ParameterType("GET|PUT|DELETE|PATCH")
    public String httpMethod(String method) {
        return method;
    }
}

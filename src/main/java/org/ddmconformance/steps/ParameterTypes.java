package org.ddmconformance.steps;

import io.cucumber.java.ParameterType;
import org.ddmconformance.explore.Family;
import org.ddmconformance.http.AlmostRightTokens;

/** Custom parameter types, so steps read as the domain and a typo in a feature fails loudly. */
public final class ParameterTypes {

    @ParameterType("[A-Za-z0-9_ ]+")
    public BodyChange bodyChange(String label) {
        return BodyChange.byLabel(label.trim());
    }

    @ParameterType("Content-Type application/json;charset=utf-8|Content-Type application/json;charset=UTF-8"
            + "|Content-Type Application/JSON; charset=\"utf-8\"|no Content-Type|header names in lower case"
            + "|the body in chunks|whitespace around the token|a percent-encoded character in the project segment"
            + "|a percent-encoded character in the instance segment|the fields form-encoded")
    public WrittenForm writtenForm(String label) {
        return WrittenForm.byLabel(label);
    }

    @ParameterType(AlmostRightTokens.LABELS)
    public AlmostRightTokens tokenAlteration(String label) {
        return AlmostRightTokens.byLabel(label);
    }

    @ParameterType(ListedFact.LABELS)
    public ListedFact listedFact(String label) {
        return ListedFact.byLabel(label);
    }

    @ParameterType(Family.LABELS)
    public Family exploreFamily(String label) {
        return Family.byLabel(label);
    }

    @ParameterType("an invalid UTF-8 escape in the path|an invalid UTF-8 escape in the query"
            + "|a body nested ten thousand levels deep")
    public String hostileRequest(String hostile) {
        return hostile;
    }

    @ParameterType("GET|PUT|DELETE|PATCH")
    public String httpMethod(String method) {
        return method;
    }
}

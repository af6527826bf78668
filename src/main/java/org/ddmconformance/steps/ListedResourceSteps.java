package org.ddmconformance.steps;

import io.cucumber.java.en.Given;
import java.util.List;
import java.util.Map;
import org.ddmconformance.config.Fixture;
import org.ddmconformance.restore.RelatedApiException;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;

/**
 * Requests naming what the related APIs list as not usable here ({@link ListedFact}). Where those APIs list none,
 * or cannot be read, the scenario is skipped with the reason: their contracts are not the restore API's.
 */
public final class ListedResourceSteps implements ListedFact.Lists {

    private final ScenarioContext context;

    public ListedResourceSteps(ScenarioContext context) {
        this.context = context;
    }

    @Given("a restore request naming {listedFact}")
    public void naming(ListedFact fact) {
        context.prepare(fact.request(this).toString());
    }

    @Override
    public Fixture fixture() {
        return context.fixture();
    }

    /** Every item of a related list API, through the scenario's recorder; skipped when it cannot be asked. */
    @Override
    public List<JsonNode> list(String name, String path, Map<String, ?> query, String field) {
        if (!context.settings().lifecycle().discover()) {
            throw new TestAbortedException("not applicable: DDM_DISCOVER=false, so " + name + " is not asked");
        }
        try {
            return context.session().relatedApis().list(name, path, query, field, context.recorder(),
                    context::observe);
        } catch (RelatedApiException | AssertionError unreadable) {
            // The message may quote the answer, and an answer may echo the token.
            throw new TestAbortedException(context.session().masker().mask("not applicable: " + name
                    + " could not be read: " + unreadable.getMessage()));
        }
    }
}
